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
import type { Dirent } from "node:fs";
import { open, readdir, realpath, stat } from "node:fs/promises";
import { resolve } from "node:path";
import { decodeBytes, sniffBinary, SNIFF_BYTES, type Encoding } from "./decode.js";

/** What expanding the arguments produces, in order. */
export type InputEntry =
  /** A decoded document: `file` as shown to the user; `text` decoded, byte-order mark removed. */
  | { kind: "document"; file: string; text: string; encoding?: Encoding }
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

/** Decodes UTF-8 and drops a leading BOM; invalid bytes become U+FFFD (and are reported). */
function decode(bytes: Uint8Array): { text: string; valid: boolean } {
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), valid: true };
  } catch {
    return { text: new TextDecoder("utf-8", { fatal: false }).decode(bytes), valid: false };
  }
}

function* decoded(file: string, bytes: Uint8Array): Generator<InputEntry> {
  const { text, valid } = decode(bytes);
  if (!valid) {
    yield { kind: "warning", file, code: "INVALID_UTF8",
      message: "not valid UTF-8 (TIS-620 or another encoding?); invalid bytes were replaced with U+FFFD" };
  }
  yield { kind: "document", file, text };
}

/**
 * Reads one file. The first 8 KB is read on its own so that a large binary file is rejected
 * without reading all of it; reads advance the file position so that pipes work too.
 */
async function* readOne(file: string, path: string): AsyncGenerator<InputEntry> {
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
      if (head.subarray(0, filled).includes(0)) {
        yield { kind: "warning", file, code: "BINARY_SKIPPED", message: "looks binary (a NUL byte in its first 8 KB); skipped" };
        return;
      }
      const rest = filled < SNIFF_BYTES ? Buffer.alloc(0) : await handle.readFile();
      bytes = Buffer.concat([head.subarray(0, filled), rest]);
    } finally {
      await handle.close();
    }
  } catch (error) {
    yield { kind: "error", file, message: describeFsError(error) };
    return;
  }
  yield* decoded(file, bytes);
}

async function* readStdin(stdin: AsyncIterable<Uint8Array | string>): AsyncGenerator<InputEntry> {
  const chunks: Buffer[] = [];
  try {
    for await (const chunk of stdin) chunks.push(typeof chunk === "string" ? Buffer.from(chunk, "utf8") : Buffer.from(chunk));
  } catch (error) {
    yield { kind: "error", file: "-", message: describeFsError(error) };
    return;
  }
  yield* decoded("-", Buffer.concat(chunks));
}

interface Walk {
  excluded: ReadonlySet<string>;
  /** Real paths of the directories on the current branch, so a symlink loop is not followed forever. */
  ancestors: Set<string>;
}

async function* walkDirectory(file: string, path: string, walk: Walk): AsyncGenerator<InputEntry> {
  let entries: Dirent[];
  let real: string;
  try {
    real = await realpath(path);
    entries = await readdir(path, { withFileTypes: true });
  } catch (error) {
    yield { kind: "error", file, message: describeFsError(error) };
    return;
  }
  if (walk.ancestors.has(real)) return; // a symlink back up the tree
  walk.ancestors.add(real);
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
        yield { kind: "error", file: childFile, message: describeFsError(error) };
        continue;
      }
    }
    if (isDirectory) yield* walkDirectory(childFile, childPath, walk);
    else if (isFile && !walk.excluded.has(resolve(childPath))) yield* readOne(childFile, childPath);
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
  for (const arg of args) {
    if (arg === "-") {
      yield* readStdin(options.stdin);
      continue;
    }
    let isDirectory: boolean;
    try {
      isDirectory = (await stat(arg)).isDirectory();
    } catch (error) {
      yield { kind: "error", file: arg, message: describeFsError(error) };
      continue;
    }
    if (isDirectory) yield* walkDirectory(arg, arg, { excluded, ancestors: new Set() });
    else yield* readOne(arg, arg);
  }
}
