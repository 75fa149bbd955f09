/**
 * Expands command-line path arguments into documents, read one at a time.
 *
 * - a file is read as given (a pipe such as `/dev/fd/63` too);
 * - a directory is walked recursively, entries sorted by code point within each directory,
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
import { closeSync, openSync, readSync, statSync, type Dirent } from "node:fs";
import { open, readdir, realpath, stat } from "node:fs/promises";
import { resolve } from "node:path";
import { sniffBinary, SNIFF_BYTES, type Encoding } from "./decode.js";
import { binaryEntry, decoded, partEntries, type ReadContext } from "./input-entries.js";
import { fileChunks, readBody, WHOLE_BYTES } from "./parts.js";

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

/**
 * BINARY_SKIPPED: a binary file met while walking a directory; INVALID_BYTES: bytes that are not
 * valid in the file's encoding were replaced with U+FFFD (the line is that of the first one).
 */
export type InputWarningCode = "BINARY_SKIPPED" | "INVALID_BYTES";

/**
 * NOT_FOUND: no such file (or a dangling symbolic link); PERMISSION_DENIED; SYMLINK_LOOP: a link
 * that leads back to itself or to a directory being walked; BINARY_FILE: a binary file named
 * explicitly (or on standard input); TOO_LARGE: more text than one string can hold;
 * UNREADABLE: any other read error (its OS code in the message).
 */
export type InputErrorCode = "NOT_FOUND" | "PERMISSION_DENIED" | "SYMLINK_LOOP" | "BINARY_FILE" | "TOO_LARGE" | "UNREADABLE";

export interface InputOptions {
  /** Read when an argument is `-`. */
  stdin: AsyncIterable<Uint8Array | string>;
  /** Absolute paths never read (the `-o` file, so a run does not read its own output). */
  exclude?: readonly string[];
  /** `--encoding`: read every input in this encoding instead of detecting it. */
  encoding?: Encoding;
}

/** Orders names by Unicode code point; UTF-8 byte order is code point order, UTF-16 order is not. */
export function compareCodePoints(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, "utf8"), Buffer.from(b, "utf8"));
}

/**
 * Joins a path as the user wrote it with a path found under it, with `/`, keeping the user's
 * prefix untouched (`seeds` and `seeds/` both give `seeds/000_x.txt`; `./in` gives `./in/a.txt`).
 */
export function displayJoin(base: string, name: string): string {
  return base.endsWith("/") ? base + name : `${base}/${name}`;
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
    : "UNREADABLE";
  return { kind: "error", file, code, message: describeFsError(error) };
}

/**
 * The bytes of a regular file of up to WHOLE_BYTES, read synchronously; undefined for anything
 * else (a larger file, a pipe or a device: read as a stream), or when the file grows while read.
 *
 * Why synchronously: a corpus is mostly small files, and reading one through promises takes
 * four trips to the thread pool (open, read, read to the end, close) and their promises; at
 * ~0.25 ms a file, the main thread became the bottleneck of a run over 16,000 articles. A
 * regular file's read does not wait on anything the way a pipe does, and the workers go on
 * extracting meanwhile.
 */
function readSmallFile(path: string): Buffer | undefined {
  // Looked at before it is opened: opening a FIFO would wait for a writer, and closing it again
  // could break the writer's pipe.
  const stats = statSync(path);
  if (!stats.isFile() || stats.size > WHOLE_BYTES) return undefined;
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

/**
 * Reads one file: a small regular file at once (readSmallFile), anything else as a stream. The
 * first 8 KB of a stream is read on its own so that a large binary file is rejected without
 * reading all of it; reads advance the file position so that pipes work too.
 */
async function* readOne(file: string, path: string, context: ReadContext): AsyncGenerator<InputEntry> {
  let small: Buffer | undefined;
  try {
    small = readSmallFile(path);
  } catch (error) {
    yield fsError(file, error);
    return;
  }
  if (small) {
    const binary = sniffBinary(small.subarray(0, SNIFF_BYTES), context.encoding);
    if (binary) yield binaryEntry(file, binary, context);
    else yield* decoded(file, small, context);
    return;
  }
  let bytes: Buffer;
  try {
    const handle = await open(path, "r");
    try {
      const head = Buffer.alloc(SNIFF_BYTES);
      // A pipe may deliver the first 8 KB in several reads; stop at end of input.
      let filled = 0;
      while (filled < SNIFF_BYTES) {
        const { bytesRead } = await handle.read(head, filled, SNIFF_BYTES - filled, null);
        if (bytesRead === 0) break;
        filled += bytesRead;
      }
      const binary = sniffBinary(head.subarray(0, filled), context.encoding);
      if (binary) {
        yield binaryEntry(file, binary, context);
        return;
      }
      // A large file is handed on in parts while the handle is open (parts.ts).
      const body = filled < SNIFF_BYTES
        ? { kind: "whole" as const, bytes: head.subarray(0, filled) }
        : await readBody(fileChunks(handle), context.encoding, { prefix: head.subarray(0, filled) });
      if (body.kind === "parts") {
        yield* partEntries(file, body.parts, context);
        return;
      }
      bytes = body.bytes;
    } finally {
      await handle.close();
    }
  } catch (error) {
    yield fsError(file, error);
    return;
  }
  yield* decoded(file, bytes, context);
}

async function* readStdin(stdin: AsyncIterable<Uint8Array | string>, encoding: Encoding | undefined): AsyncGenerator<InputEntry> {
  const context: ReadContext = { explicit: true, encoding };
  let bytes: Buffer;
  try {
    const body = await readBody(stdin, encoding);
    if (body.kind === "parts") {
      yield* partEntries("-", body.parts, context);
      return;
    }
    bytes = body.bytes;
  } catch (error) {
    yield fsError("-", error);
    return;
  }
  yield* decoded("-", bytes, context);
}

interface Walk {
  excluded: ReadonlySet<string>;
  encoding: Encoding | undefined;
  /** Real paths of the directories on the current branch, to their paths as shown, so a symlink loop is caught. */
  ancestors: Map<string, string>;
}

async function* walkDirectory(file: string, path: string, walk: Walk): AsyncGenerator<InputEntry> {
  let entries: Dirent[];
  let real: string;
  try {
    real = await realpath(path);
    const ancestor = walk.ancestors.get(real);
    if (ancestor !== undefined) {
      // Only a symbolic link can lead back up the tree; following it would never end.
      yield { kind: "error", file, code: "SYMLINK_LOOP", message: `symbolic link loop: leads back to ${ancestor}; not followed` };
      return;
    }
    entries = await readdir(path, { withFileTypes: true });
  } catch (error) {
    yield fsError(file, error);
    return;
  }
  walk.ancestors.set(real, file);
  entries.sort((a, b) => compareCodePoints(a.name, b.name));
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const childFile = displayJoin(file, entry.name);
    const childPath = displayJoin(path, entry.name);
    let isDirectory = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const target = await stat(childPath);
        isDirectory = target.isDirectory();
        isFile = target.isFile();
      } catch (error) {
        yield fsError(childFile, error);
        continue;
      }
    }
    if (isDirectory) yield* walkDirectory(childFile, childPath, walk);
    else if (isFile && !walk.excluded.has(resolve(childPath))) yield* readOne(childFile, childPath, { explicit: false, encoding: walk.encoding });
    // Sockets, FIFOs and devices inside a directory are not documents: skipped silently.
  }
  walk.ancestors.delete(real);
}

/**
 * The documents named by `args`, in order, one at a time: memory does not grow with the
 * number of files. Directory contents come in code-point order of their names.
 */
export async function* readInputs(args: readonly string[], options: InputOptions): AsyncGenerator<InputEntry> {
  const excluded = new Set((options.exclude ?? []).map((p) => resolve(p)));
  const encoding = options.encoding;
  for (const arg of args) {
    if (arg === "-") {
      yield* readStdin(options.stdin, encoding);
      continue;
    }
    let isDirectory: boolean;
    try {
      isDirectory = (await stat(arg)).isDirectory();
    } catch (error) {
      yield fsError(arg, error);
      continue;
    }
    if (isDirectory) yield* walkDirectory(arg, arg, { excluded, encoding, ancestors: new Map() });
    else yield* readOne(arg, arg, { explicit: true, encoding });
  }
}
