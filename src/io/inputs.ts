/**
 * Expands command-line path arguments into documents, read one at a time.
 *
 * - a file is read as given (a pipe such as `/dev/fd/63` too);
 * - a directory is walked (walk.ts), entries sorted by code point within each directory,
 *   skipping names that start with "." and files that look binary (with a warning);
 * - `-` is standard input.
 *
 * Bytes become text in decode.ts: the encoding is detected (UTF-8, UTF-16 with a byte-order
 * mark, TIS-620 / Windows-874) unless `encoding` forces one.
 *
 * Nothing here throws for a bad path: an unreadable file or directory, a binary file named
 * on the command line, or a symbolic-link loop becomes an `error` entry (with a code) and the
 * walk goes on, so that one bad input does not lose the others' facts.
 */
import { closeSync, openSync, readSync, statSync, type Stats } from "node:fs";
import { open, readFile, stat, type FileHandle } from "node:fs/promises";
import { isPdfHeader, sniffBinary, SNIFF_BYTES, type Encoding } from "./decode.js";
import { shownPath, type FsPath } from "./file-names.js";
import { extensionOf, globBase, walkFilter, type WalkFilter } from "./filters.js";
import { convertDocument, documentFormat, otherDocument, type DocumentFormat, type InputKind } from "./formats/index.js";
import { binaryEntry, decoded, partEntries, type ReadContext } from "./input-entries.js";
import { ChunkSource } from "./chunk-source.js";
import { fileChunks, readBody, WHOLE_BYTES } from "./parts.js";
import { walkTree, type WalkedDirectories } from "./walk.js";
import type { InputErrorCode, InputWarningCode } from "./codes.js";

/** What expanding the arguments produces, in order. */
export type InputEntry =
  /** A decoded document: `file` as shown to the user; `text` decoded, byte-order mark removed; `bytes` read. */
  | { kind: "document"; file: string; text: string; encoding?: Encoding; bytes?: number }
  /**
   * A run of whole lines of a document too large to hold at once (parts.ts), in order:
   * `offset` (UTF-16) and `lines` say what of the document precedes it; `last` ends it.
   */
  | { kind: "part"; file: string; text: string; encoding: Encoding; offset: number; lines: number; index: number; last: boolean; bytes: number }
  /** Something worth telling the user that did not stop the run (e.g. a binary file skipped). */
  | { kind: "warning"; file: string; line?: number; code: InputWarningCode; message: string }
  /** A path that could not be read; the run goes on but should end with a failure status. */
  | { kind: "error"; file: string; code: InputErrorCode; message: string };

export type { InputErrorCode, InputWarningCode } from "./codes.js";

/** A file's identity: its device and inode (the same through every link and path). */
export interface FileIdentity {
  dev: number;
  ino: number;
}

/** Which files the directory walks of a run take: the same for reading them and for measuring them (sizes.ts). */
export interface WalkSettings {
  /** A file never read (the existing `-o` file, so a run does not read its own output). */
  exclude?: FileIdentity;
  /** False: a directory walk skips symbolic links (`--no-follow-links`). */
  followLinks?: boolean;
  /** `--include` / `--exclude` globs and the output extensions read all the same (filters.ts); default: walkFilter({}). */
  filter?: WalkFilter;
}

export interface InputOptions extends WalkSettings {
  /** Read when an argument is `-`. */
  stdin: AsyncIterable<Uint8Array | string>;
  /** `--encoding`: read every input in this encoding instead of detecting it. */
  encoding?: Encoding;
  /** `--input`: files read by their names (`auto`, the default), or all as text or HTML. */
  input?: InputKind;
}

/** Largest HTML, DOCX or PDF file read (it is read whole, to be converted). */
export const DOCUMENT_MAX_BYTES = 256 * 1024 * 1024;

/** Orders names by Unicode code point; UTF-8 byte order is code point order, UTF-16 order is not. */
export function compareCodePoints(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, "utf8"), Buffer.from(b, "utf8"));
}

/** The OS reason of a file-system error, without Node's "CODE: …, syscall 'path'" wrapping. */
export function describeFsError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as NodeJS.ErrnoException).code;
  const m = /^[A-Z]+: (.*?), \w+(?: '.*')?$/s.exec(error.message);
  const reason = m?.[1] ?? error.message;
  return code && !reason.includes(code) ? `${reason} (${code})` : reason;
}

/** An error entry for a file-system failure, its code from the OS error. */
function fsError(file: string, error: unknown): InputEntry {
  const errno = (error as NodeJS.ErrnoException | undefined)?.code;
  const code: InputErrorCode = errno === "ENOENT" || errno === "ENOTDIR" ? "NOT_FOUND"
    : errno === "EACCES" || errno === "EPERM" ? "PERMISSION_DENIED"
    : errno === "ELOOP" ? "SYMLINK_LOOP"
    : errno === "ERR_STRING_TOO_LONG" ? "TOO_LARGE"
    : "UNREADABLE";
  return { kind: "error", file, code, message: describeFsError(error) };
}

/**
 * The bytes of a regular file of 1 byte to WHOLE_BYTES, read synchronously; undefined for anything
 * else (an empty or larger file, a pipe or a device: read as a stream), or when the file grows while read.
 *
 * Why synchronously: a corpus is mostly small files, and reading one through promises takes
 * four trips to the thread pool (open, read, read to the end, close) and their promises; at
 * ~0.25 ms a file, the main thread became the bottleneck of a run over 16,000 articles. A
 * regular file's read does not wait on anything the way a pipe does, and the workers go on
 * extracting meanwhile.
 */
function readSmallFile(path: FsPath, stats: Stats): Buffer | undefined {
  // Size 0 is also what /proc and /sys files report, and some of them block until there is
  // something to read (/proc/kmsg): read on the thread pool, this thread stays free to answer a
  // signal. An empty file costs a little more that way, nothing else.
  if (!stats.isFile() || stats.size === 0 || stats.size > WHOLE_BYTES) return undefined;
  const fd = openSync(path, "r");
  try {
    // One byte more than its size, to see whether it grew.
    const buffer = Buffer.allocUnsafe(stats.size + 1);
    let filled = 0;
    for (let n; filled < buffer.length && (n = readSync(fd, buffer, filled, buffer.length - filled, null)) > 0;) filled += n;
    return filled > stats.size ? undefined : buffer.subarray(0, filled);
  } finally {
    closeSync(fd);
  }
}

const sameFile = (stats: Stats, other: FileIdentity | undefined): boolean => other !== undefined && stats.dev === other.dev && stats.ino === other.ino;

/**
 * Reads one file: a small regular file at once (readSmallFile), anything else as a stream
 * (readStream). `exclude` is the `-o` file: met in a directory walk, it is not read.
 */
async function* readOne(file: string, path: FsPath, context: ReadContext & { input: InputKind }, exclude?: FileIdentity): AsyncGenerator<InputEntry> {
  const extension = extensionOf(file);
  const other = context.input === "auto" ? otherDocument(extension) : undefined;
  if (other) {
    const message = `${other.what} (${extension}) is not read${other.hint ? `; ${other.hint}` : ""}`;
    yield context.explicit
      ? { kind: "error", file, code: "BINARY_FILE", message }
      : { kind: "warning", file, code: "BINARY_SKIPPED", message: `${message}; skipped` };
    return;
  }
  const format = documentFormat(extension, context.input);
  if (format !== "text") {
    yield* readDocument(file, path, format, context);
    return;
  }
  let small: Buffer | undefined;
  let regular = true;
  let size = 0;
  try {
    // Looked at before it is opened: opening a FIFO would wait for a writer, and closing it again
    // could break the writer's pipe.
    const stats = statSync(path);
    regular = stats.isFile();
    size = stats.size;
    if (sameFile(stats, exclude)) {
      yield { kind: "warning", file, code: "OUTPUT_SKIPPED", message: "is the -o file of this run: not read (it is replaced when the run ends)" };
      return;
    }
    small = readSmallFile(path, stats);
  } catch (error) {
    yield fsError(file, error);
    return;
  }
  if (small) {
    if (isPdfHeader(small)) {
      yield* convertedEntries(file, "pdf", small, context);
      return;
    }
    const binary = sniffBinary(small.subarray(0, SNIFF_BYTES), context.encoding);
    if (binary) yield binaryEntry(file, binary, context);
    else yield* decoded(file, small, context);
    return;
  }
  let handle;
  try {
    handle = await open(path, "r");
  } catch (error) {
    yield fsError(file, error);
    return;
  }
  try {
    // A large file is a PDF by its header too (read whole, as one named .pdf). Not peeked at: a
    // pipe, whose bytes are sniffed as they come (a PDF there is binary), and a file of size 0
    // (/proc), which a read may drain.
    if (regular && size > 0 && isPdfHeader(await headOf(handle))) {
      yield* readDocument(file, path, "pdf", context);
      return;
    }
    yield* readStream(file, fileChunks(handle), context, regular ? undefined : PAUSE_MS);
  } finally {
    await handle.close();
  }
}

/** A regular file's first bytes, read without moving its position (empty when they cannot be read: reported by the read itself). */
async function headOf(handle: FileHandle): Promise<Uint8Array> {
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(5), 0, 5, 0);
    return buffer.subarray(0, bytesRead);
  } catch {
    return new Uint8Array(0);
  }
}

/**
 * Reads an input that is not a small regular file (a large file, a pipe, a device, standard
 * input): its first 8 KB on its own, so that binary input is rejected without reading all of
 * it (`/dev/zero` never ends), then the rest whole or, past WHOLE_BYTES, in parts (parts.ts).
 */
async function* readStream(file: string, chunks: AsyncIterable<Uint8Array | string>, context: ReadContext, pauseMs?: number): AsyncGenerator<InputEntry> {
  const source = new ChunkSource(chunks, pauseMs);
  let handedOn = false;
  let bytes: Buffer;
  try {
    const head: Buffer[] = [];
    let filled = 0;
    let ended = false;
    let lineEnd = false;
    while (filled < SNIFF_BYTES) {
      // A pipe that pauses with whole lines come is sniffed on what it has: its lines go on now.
      const step = await source.next(lineEnd);
      if (step === "idle") break;
      if (step.done) {
        ended = true;
        break;
      }
      // Copied: a file's chunks are views of one reused buffer.
      const chunk = typeof step.value === "string" ? Buffer.from(step.value, "utf8") : Buffer.from(step.value);
      head.push(chunk);
      filled += chunk.length;
      lineEnd ||= chunk.includes(0x0a);
    }
    const prefix = Buffer.concat(head, filled);
    const binary = sniffBinary(prefix.subarray(0, SNIFF_BYTES), context.encoding);
    if (binary) {
      yield binaryEntry(file, binary, context);
      return;
    }
    const body = ended ? { kind: "whole" as const, bytes: prefix } : await readBody(source, context.encoding, { prefix });
    if (body.kind === "parts") {
      handedOn = true;
      yield* partEntries(file, body.parts, context);
      return;
    }
    bytes = body.bytes;
  } catch (error) {
    yield fsError(file, error);
    return;
  } finally {
    // Stop the source (standard input's stream is destroyed) when not all of it was read.
    if (!handedOn) await source.return();
  }
  yield* decoded(file, bytes, context);
}

/**
 * How long a pipe (standard input, a FIFO) may pause before the whole lines it has sent are
 * handed on: `tail -f log | extract -` shows each record's facts as it comes, not at the end.
 */
const PAUSE_MS = 200;

/** An HTML, DOCX or PDF file: read whole, converted to its text (formats/). */
async function* readDocument(file: string, path: FsPath, format: Exclude<DocumentFormat, "text">, context: ReadContext): AsyncGenerator<InputEntry> {
  let bytes: Buffer;
  try {
    const size = (await stat(path)).size;
    if (size > DOCUMENT_MAX_BYTES) {
      yield { kind: "error", file, code: "TOO_LARGE", message: `${size} bytes: more than the ${DOCUMENT_MAX_BYTES / 1024 / 1024} MB read of one ${format.toUpperCase()} file` };
      return;
    }
    bytes = await readFile(path);
  } catch (error) {
    yield fsError(file, error);
    return;
  }
  yield* convertedEntries(file, format, bytes, context);
}

/** The mark the review page's head carries (output/html/page.ts), looked for in its first bytes. */
const REVIEW_PAGE_MARK = Buffer.from('<meta name="generator" content="thai-facts extract -f html">');

function isReviewPage(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 4096)).includes(REVIEW_PAGE_MARK);
}

/** The entries of a converted document: its warnings, then the document (or an error). */
async function* convertedEntries(file: string, format: Exclude<DocumentFormat, "text">, bytes: Uint8Array, context: ReadContext): AsyncGenerator<InputEntry> {
  // A review page this tool wrote is its output, not a document: read only when named.
  if (format === "html" && !context.explicit && isReviewPage(bytes)) {
    yield { kind: "warning", file, code: "OUTPUT_SKIPPED", message: "a review page written by extract -f html; skipped (name it to read it)" };
    return;
  }
  const result = await convertDocument(format, bytes, context.encoding);
  if (!result.ok) {
    // Like a binary file: an error when named, skipped with a warning when met in a directory.
    yield context.explicit
      ? { kind: "error", file, code: result.code, message: result.message }
      : { kind: "warning", file, code: "BINARY_SKIPPED", message: `${result.message}; skipped` };
    return;
  }
  for (const w of result.warnings) yield { kind: "warning", file, code: w.code, message: w.message, ...(w.line !== undefined ? { line: w.line } : {}) };
  yield { kind: "document", file, text: result.text, bytes: bytes.length };
}

async function* readStdin(stdin: AsyncIterable<Uint8Array | string>, encoding: Encoding | undefined, input: InputKind): AsyncGenerator<InputEntry> {
  const context: ReadContext = { explicit: true, encoding };
  if (input === "html") {
    const chunks: Buffer[] = [];
    try {
      for await (const chunk of stdin) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : Buffer.from(chunk));
    } catch (error) {
      yield fsError("-", error);
      return;
    }
    yield* convertedEntries("-", "html", Buffer.concat(chunks), context);
    return;
  }
  yield* readStream("-", stdin, context, PAUSE_MS);
}

/** What the `-o` file is, when it exists as a regular file (through links). */
export function outputIdentity(path: string): FileIdentity | undefined {
  try {
    const stats = statSync(path);
    return stats.isFile() ? { dev: stats.dev, ino: stats.ino } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The input among `args` that is the `-o` file itself (through links and other spellings of its
 * path), found before any work: reading it while replacing it would lose the input.
 */
export function inputThatIsOutput(args: readonly FsPath[], output: FileIdentity | undefined): FsPath | undefined {
  if (!output) return undefined;
  for (const arg of args) {
    if (arg === "-") continue;
    try {
      const stats = statSync(arg);
      if (stats.isFile() && sameFile(stats, output)) return arg;
    } catch {
      // reported when it is read
    }
  }
  return undefined;
}

/** What the walks of one run share. */
interface Walk {
  exclude: FileIdentity | undefined;
  encoding: Encoding | undefined;
  input: InputKind;
  followLinks: boolean;
  walked: WalkedDirectories;
}

/** The files under a directory, read; what the walk met on the way, reported. */
async function* walkDirectory(file: string, path: FsPath, walk: Walk, filter: WalkFilter, root: string): AsyncGenerator<InputEntry> {
  for await (const item of walkTree(file, path, { walked: walk.walked, followLinks: walk.followLinks, filter, root })) {
    if (item.kind === "file") yield* readOne(item.file, item.path, { explicit: false, encoding: walk.encoding, input: walk.input }, walk.exclude);
    else if (item.kind === "error") yield fsError(item.file, item.error);
    // Only a symbolic link can lead back up the tree; following it would never end.
    else if (item.kind === "loop") yield { kind: "error", file: item.file, code: "SYMLINK_LOOP", message: `symbolic link loop: leads back to ${item.ancestor}; not followed` };
    else yield { kind: "warning", file: item.file, code: "DIRECTORY_REPEATED", message: `the same directory as ${item.first}, read already; not read again` };
  }
}

/** The files a glob argument matches, walked from its base directory; none is an error. */
async function* expandGlob(arg: string, glob: { base: string }, walk: Walk, filter: WalkFilter): AsyncGenerator<InputEntry> {
  const shownBase = glob.base === "." && !arg.startsWith("./") ? "" : glob.base;
  try {
    if (!(await stat(glob.base)).isDirectory()) throw Object.assign(new Error("not a directory"), { code: "ENOTDIR" });
  } catch {
    yield { kind: "error", file: arg, code: "NOT_FOUND", message: "no file matches this pattern" };
    return;
  }
  let found = false;
  for await (const entry of walkDirectory(shownBase, glob.base, walk, filter, shownBase)) {
    found = true;
    yield entry;
  }
  if (!found) yield { kind: "error", file: arg, code: "NOT_FOUND", message: "no file matches this pattern" };
}

/**
 * The documents named by `args`, in order, one at a time: memory does not grow with the
 * number of files. Directory contents come in code-point order of their names.
 */
export async function* readInputs(args: readonly FsPath[], options: InputOptions): AsyncGenerator<InputEntry> {
  const encoding = options.encoding;
  const input = options.input ?? "auto";
  const walk: Walk = { exclude: options.exclude, encoding, input, followLinks: options.followLinks !== false, walked: new Map() };
  const filter = options.filter ?? walkFilter({});
  for (const arg of args) {
    if (arg === "-") {
      yield* readStdin(options.stdin, encoding, input);
      continue;
    }
    const shown = shownPath(arg);
    let isDirectory: boolean;
    try {
      isDirectory = (await stat(arg)).isDirectory();
    } catch (error) {
      // A glob the shell did not expand (quoted, or matching nothing there): expanded here.
      const glob = typeof arg === "string" && (error as NodeJS.ErrnoException).code === "ENOENT" ? globBase(arg) : undefined;
      if (glob && typeof arg === "string") {
        yield* expandGlob(arg, glob, walk, filter.withGlob(glob.glob));
        continue;
      }
      yield fsError(shown, error);
      continue;
    }
    if (isDirectory) yield* walkDirectory(shown, arg, walk, filter, shown);
    else yield* readOne(shown, arg, { explicit: true, encoding, input });
  }
}
