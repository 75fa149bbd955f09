/**
 * File names as bytes. Linux names are byte strings: a name that is not UTF-8 (a TIS-620 Thai
 * name from an old archive) cannot be a JavaScript string without losing bytes, and a path
 * rebuilt from the lossy string names no file. Such a name is kept as a Buffer, which every
 * fs call accepts, and shown escaped (`\xCA`) wherever it is printed.
 */
import { readFileSync } from "node:fs";
import { isUtf8 } from "node:buffer";

/** A path as the file system takes it: a string, or bytes when it is not valid UTF-8. */
export type FsPath = string | Buffer;

/** Length of the UTF-8 sequence a lead byte announces (0: not a lead byte). */
function sequenceLength(b: number): number {
  if (b < 0x80) return 1;
  if (b >= 0xc2 && b <= 0xdf) return 2;
  if (b >= 0xe0 && b <= 0xef) return 3;
  if (b >= 0xf0 && b <= 0xf4) return 4;
  return 0;
}

const hex = (b: number): string => `\\x${b.toString(16).toUpperCase().padStart(2, "0")}`;

/** A name's bytes as text: valid UTF-8 as it is, every other byte as `\xNN`. */
function escapeBytes(bytes: Uint8Array): string {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let out = "";
  let i = 0;
  while (i < buffer.length) {
    const n = sequenceLength(buffer[i]!);
    if (n > 0 && i + n <= buffer.length && isUtf8(buffer.subarray(i, i + n))) {
      out += buffer.toString("utf8", i, i + n);
      i += n;
    } else {
      out += hex(buffer[i]!);
      i++;
    }
  }
  return out;
}

/** A directory entry's name: a string when it is UTF-8, else its bytes. */
export function nameOf(bytes: Buffer): FsPath {
  return isUtf8(bytes) ? bytes.toString("utf8") : bytes;
}

/** How a path is shown: itself, or its bytes escaped. */
export function shownPath(path: FsPath): string {
  return typeof path === "string" ? path : escapeBytes(path);
}

/**
 * Joins a path as the user wrote it with a path found under it, with `/`, keeping the user's
 * prefix untouched (`seeds` and `seeds/` both give `seeds/000_x.txt`; `./in` gives `./in/a.txt`).
 */
export function displayJoin(base: string, name: string): string {
  return base.endsWith("/") ? base + name : `${base}/${name}`;
}

/** `base` + `/` + `name` (no `/` doubled), as a string while both are strings, else as bytes. */
export function joinPath(base: FsPath, name: FsPath): FsPath {
  if (typeof base === "string" && typeof name === "string") return displayJoin(base, name);
  const b = typeof base === "string" ? Buffer.from(base, "utf8") : base;
  const n = typeof name === "string" ? Buffer.from(name, "utf8") : name;
  return b[b.length - 1] === 0x2f ? Buffer.concat([b, n]) : Buffer.concat([b, Buffer.from("/"), n]);
}

/** Whether a name is hidden (starts with "."). */
export function isHiddenName(name: FsPath): boolean {
  return typeof name === "string" ? name.startsWith(".") : name[0] === 0x2e;
}

/**
 * The command-line arguments as the bytes the process was given. Node decodes `process.argv`
 * as UTF-8, replacing what is not with U+FFFD; on Linux /proc/self/cmdline still has the bytes.
 * Each argument of `argv` (the arguments after the script) that lost bytes is given back as a
 * Buffer; everything else, and everything where the bytes cannot be found, stays as it is.
 */
export function argumentBytes(argv: readonly string[], cmdline = "/proc/self/cmdline"): Map<string, Buffer> {
  const found = new Map<string, Buffer>();
  if (!argv.some((arg) => arg.includes("\uFFFD"))) return found;
  let raw: Buffer;
  try {
    raw = readFileSync(cmdline);
  } catch {
    return found;
  }
  const parts: Buffer[] = [];
  for (let start = 0; start < raw.length;) {
    const end = raw.indexOf(0, start);
    parts.push(raw.subarray(start, end < 0 ? raw.length : end));
    start = end < 0 ? raw.length : end + 1;
  }
  for (const bytes of parts) {
    const lossy = bytes.toString("utf8");
    if (lossy.includes("\uFFFD") && !isUtf8(bytes) && argv.includes(lossy)) found.set(lossy, Buffer.from(bytes));
  }
  return found;
}
