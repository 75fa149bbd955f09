/**
 * Large inputs, read in parts: a file or standard input bigger than WHOLE_BYTES is decoded a
 * run of whole lines at a time (about PART_BYTES each), so that memory does not grow with the
 * size of one input. Smaller inputs are read whole and decoded by decode.ts as before.
 *
 * The encoding is decided on the first part (a byte-order mark, `--encoding`, or detection on
 * its bytes) and kept for the rest; later parts are decoded in that encoding. A part always
 * ends at a line end, which no multi-byte sequence contains, so parts decode independently and
 * offsets add up exactly: a part knows the UTF-16 offset and the number of lines before it.
 */
import { Buffer, isUtf8 } from "node:buffer";
import { longLineCut } from "../core/reading.js";
import { ChunkSource } from "./chunk-source.js";
import { bomOf, decodeBytes, type BinaryEvidence, type Encoding, type InvalidBytes } from "./decode.js";

/**
 * Inputs up to this size are read and decoded whole, with decode.ts's detection over all of
 * their bytes; the first part of a larger one is about this big, so detection sees as much.
 */
export const WHOLE_BYTES = 1024 * 1024;

/**
 * About how much of a larger input a part holds (more when one line is longer). Small on
 * purpose: its text (~100 KB as UTF-16) stays in V8's young generation, so the memory of a
 * part is reclaimed as soon as the part is done, however large the input.
 */
export const PART_BYTES = 128 * 1024;

/**
 * The longest line read whole: a longer one (a file without newlines, a sparse file) is cut
 * into parts after a space (longLineCut), so that memory stays bounded for any input. Lines up
 * to this size stay whole in one part.
 */
export const LONG_LINE_BYTES = 4 * 1024 * 1024;

/** A decoded run of whole lines of a large input. */
export interface DecodedPart {
  text: string;
  encoding: Encoding;
  /** UTF-16 offset of `text` in the document, and the lines before it. */
  offset: number;
  lines: number;
  /** Bytes of input it was decoded from. */
  bytes: number;
  /** 0 for the first part. */
  index: number;
  last: boolean;
  /** The first bytes of the document found to be invalid, on the part they are in (reported once). */
  invalid?: InvalidBytes;
}

export type PartResult = ({ ok: true } & DecodedPart) | { ok: false; binary: BinaryEvidence };

/** What reading the start of an input found: all of it, or parts to come. */
export type Body = { kind: "whole"; bytes: Buffer } | { kind: "parts"; parts: AsyncGenerator<PartResult> };

const toBuffer = (chunk: Uint8Array | string): Buffer =>
  typeof chunk === "string" ? Buffer.from(chunk, "utf8") : Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);

export interface BodyOptions {
  /** What the caller already read of the input (the sniffed head). */
  prefix?: Buffer;
  /** Read whole up to this many bytes (tests make it small). */
  wholeBytes?: number;
  /** About how many bytes a part holds. */
  partBytes?: number;
  /** Lines longer than this many bytes are cut (tests make it small). */
  longLineBytes?: number;
}

/** Whether bytes hold a line end (0x0A; in UTF-16 also part of a two-byte one, found exactly later). */
const hasLineEnd = (bytes: Uint8Array): boolean => bytes.indexOf(0x0a) >= 0;

/**
 * Reads `chunks` up to `wholeBytes`: the whole input if it ends by then, else the parts of it,
 * read as they are consumed. Chunks are copied as they come, so a source may reuse its buffer.
 * A ChunkSource with an idle time hands on the whole lines it has whenever it pauses.
 */
export async function readBody(chunks: AsyncIterable<Uint8Array | string> | ChunkSource, forced: Encoding | undefined, options: BodyOptions = {}): Promise<Body> {
  const { prefix = Buffer.alloc(0), wholeBytes = WHOLE_BYTES, partBytes = PART_BYTES, longLineBytes = LONG_LINE_BYTES } = options;
  const source = chunks instanceof ChunkSource ? chunks : new ChunkSource(chunks);
  const collected: Buffer[] = [prefix];
  let size = prefix.length;
  let lineEnd = hasLineEnd(prefix);
  const parts = (): Body => ({ kind: "parts", parts: decodeParts(Buffer.concat(collected, size), source, forced, partBytes, Math.max(longLineBytes, partBytes)) });
  while (size <= wholeBytes) {
    const step = await source.next(lineEnd);
    if (step === "idle") return parts();
    if (step.done) return { kind: "whole", bytes: Buffer.concat(collected, size) };
    const chunk = Buffer.from(toBuffer(step.value));
    collected.push(chunk);
    size += chunk.length;
    lineEnd ||= hasLineEnd(chunk);
  }
  return parts();
}

/** Bytes asked of a file per read. */
const READ_BYTES = 64 * 1024;

/**
 * Reads an open file from its current position. Every chunk is a view of one buffer, reused:
 * it is valid until the next chunk is asked for (readBody and the parts copy it at once), so
 * reading a large file allocates nothing per chunk.
 */
export async function* fileChunks(handle: { read(buffer: Buffer, offset: number, length: number, position: null): Promise<{ bytesRead: number }> }): AsyncGenerator<Buffer> {
  const buffer = Buffer.allocUnsafe(READ_BYTES);
  for (;;) {
    const { bytesRead } = await handle.read(buffer, 0, READ_BYTES, null);
    if (bytesRead === 0) return;
    yield buffer.subarray(0, bytesRead);
  }
}

const isUtf16 = (encoding: Encoding): encoding is "utf-16le" | "utf-16be" => encoding === "utf-16le" || encoding === "utf-16be";

/** Index just after the last line end (LF) of `bytes` in `encoding`, or 0 when it has none. */
export function afterLastLineEnd(bytes: Uint8Array, encoding: Encoding): number {
  if (!isUtf16(encoding)) return bytes.lastIndexOf(0x0a) + 1;
  // Code units start at even offsets: parts and the byte-order mark are whole units.
  const [lo, hi] = encoding === "utf-16le" ? [0x0a, 0x00] : [0x00, 0x0a];
  for (let i = (bytes.length & ~1) - 2; i >= 0; i -= 2) if (bytes[i] === lo && bytes[i + 1] === hi) return i + 2;
  return 0;
}

/** Index just after the first line end of `bytes` at or after `from` (even for UTF-16), or 0 when none. */
function afterFirstLineEnd(bytes: Uint8Array, from: number, encoding: Encoding): number {
  if (!isUtf16(encoding)) return bytes.indexOf(0x0a, from) + 1;
  const [lo, hi] = encoding === "utf-16le" ? [0x0a, 0x00] : [0x00, 0x0a];
  for (let i = from; i + 1 < bytes.length; i += 2) if (bytes[i] === lo && bytes[i + 1] === hi) return i + 2;
  return 0;
}

function countLines(text: string): number {
  let n = 0;
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) n++;
  return n;
}

/** How many U+FFFD the bytes spell out themselves (so that only replacements count as invalid). */
function literalReplacements(bytes: Uint8Array, encoding: Encoding): number {
  const pattern = encoding === "utf-8" ? [0xef, 0xbf, 0xbd] : encoding === "utf-16le" ? [0xfd, 0xff] : encoding === "utf-16be" ? [0xff, 0xfd] : undefined;
  if (!pattern) return 0;
  const needle = Buffer.from(pattern);
  const haystack = toBuffer(bytes);
  let n = 0;
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
    if (isUtf16(encoding) && i % 2 !== 0) continue;
    n++;
  }
  return n;
}

/** Replacement characters in `text`, and the index of the first. */
function replacements(text: string): { count: number; first: number } {
  const first = text.indexOf("\uFFFD");
  let count = 0;
  for (let i = first; i >= 0; i = text.indexOf("\uFFFD", i + 1)) count++;
  return { count, first };
}

/** What is used of a TextDecoder. */
interface Decoder {
  decode(bytes: Uint8Array): string;
}

/** A later part's text, and where its first invalid bytes are if it has any (not counting a BOM: parts after the first keep U+FEFF). */
function decodeLater(bytes: Buffer, decoder: Decoder, encoding: Encoding, byteOffset: number, lines: number): { text: string; invalid?: InvalidBytes } {
  const text = decoder.decode(bytes);
  // Windows-874 gives every byte a meaning; valid UTF-8 is checked natively, without a scan here.
  if (encoding === "windows-874" || (encoding === "utf-8" && isUtf8(bytes))) return { text };
  const { count, first } = replacements(text);
  const replaced = count - literalReplacements(bytes, encoding);
  if (replaced <= 0) return { text };
  const before = text.slice(0, first);
  const byte = isUtf16(encoding) ? first * 2 : Buffer.byteLength(before, "utf8");
  return { text, invalid: { offset: byteOffset + byte, line: lines + countLines(before) + 1, count: replaced } };
}

/** How far back from the end of a long line's bytes a space is looked for. */
const CUT_WINDOW_BYTES = 64 * 1024;

/**
 * Where to cut `bytes`, the start of a line too long to hold, at or before `limit`: after a
 * space near it (longLineCut on the last CUT_WINDOW_BYTES, decoded), else at the last whole
 * character before it.
 */
function cutLongLine(bytes: Uint8Array, limit: number, encoding: Encoding): number {
  let end = Math.min(limit, bytes.length);
  let start = Math.max(0, end - CUT_WINDOW_BYTES);
  if (isUtf16(encoding)) {
    end &= ~1;
    start &= ~1;
    const unitAt = (i: number): number => (encoding === "utf-16le" ? bytes[i]! | (bytes[i + 1]! << 8) : (bytes[i]! << 8) | bytes[i + 1]!);
    if (end >= 2 && unitAt(end - 2) >= 0xd800 && unitAt(end - 2) <= 0xdbff) end -= 2;
    if (start < end && unitAt(start) >= 0xdc00 && unitAt(start) <= 0xdfff) start += 2;
  } else if (encoding === "utf-8") {
    // Back to the start of the character the end falls in (a continuation byte is 10xxxxxx).
    while (end > 0 && (bytes[end]! & 0xc0) === 0x80) end--;
    while (start < end && (bytes[start]! & 0xc0) === 0x80) start++;
  }
  if (end <= start) return Math.min(limit, bytes.length);
  const window = bytes.subarray(start, end);
  if (encoding === "utf-8" && !isUtf8(window)) {
    // Damaged text: offsets in a decoded string would not map back to bytes; an ASCII space will do.
    const space = window.lastIndexOf(0x20);
    return start + (space >= 0 ? space + 1 : window.length);
  }
  const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(window);
  const at = longLineCut(text, 0, text.length);
  const before = text.slice(0, at);
  return start + (encoding === "utf-8" ? Buffer.byteLength(before, "utf8") : isUtf16(encoding) ? 2 * before.length : before.length);
}

/**
 * The parts of an input whose first `prefix.length` bytes are read. One working buffer holds
 * what is read and not yet decoded: a part is cut from its front at a line end (the last one
 * within `partBytes`, or the first one after), decoded, and the rest moved to the front.
 */
async function* decodeParts(
  prefix: Buffer, source: ChunkSource, forced: Encoding | undefined, partBytes: number, longLineBytes: number,
): AsyncGenerator<PartResult> {
  let work = Buffer.allocUnsafe(Math.max(2 * partBytes, prefix.length + partBytes));
  prefix.copy(work, 0);
  let filled = prefix.length;
  let ended = false;
  // Whether work[0, filled) holds a line end, known for work[0, scanned): only what came since
  // is looked at (a long line is not scanned again at every chunk).
  let scanned = 0;
  let lineEnded = false;
  const holdsLineEnd = (): boolean => {
    if (!lineEnded) {
      lineEnded = afterFirstLineEnd(work.subarray(0, filled), scanned, encoding) > 0;
      scanned = filled & ~1;
    }
    return lineEnded;
  };
  /**
   * Reads until `filled` reaches `target` bytes or the input ends, or the source pauses while
   * whole lines are waiting (they are then handed on).
   */
  const fill = async (target: number): Promise<void> => {
    while (!ended && filled < target) {
      const step = await source.next(holdsLineEnd());
      if (step === "idle") return;
      if (step.done) {
        ended = true;
        return;
      }
      const chunk = toBuffer(step.value);
      if (filled + chunk.length > work.length) {
        const bigger = Buffer.allocUnsafe(Math.max(2 * work.length, filled + chunk.length));
        work.copy(bigger, 0, 0, filled);
        work = bigger;
      }
      chunk.copy(work, filled);
      filled += chunk.length;
    }
  };
  // UTF-16 needs to be known before the first cut (its line ends are two bytes); it is only ever
  // forced or announced by a byte-order mark. UTF-8 and Windows-874 both end lines with 0x0A.
  let encoding: Encoding = forced ?? bomOf(prefix)?.encoding ?? "utf-8";
  let decoder: Decoder | undefined;
  let index = 0;
  let offset = 0;
  let lines = 0;
  let byteOffset = 0;
  let reported = false;
  try {
    for (;;) {
      // The first part is all of the prefix read whole (up to its last line end), so that the
      // encoding is detected on as much as a whole input would be.
      const size = index === 0 ? Math.max(partBytes, prefix.length) : partBytes;
      await fill(size + 1);
      let cut = filled <= size && ended ? filled : afterLastLineEnd(work.subarray(0, Math.min(filled, size)), encoding);
      if (cut === 0) cut = afterFirstLineEnd(work.subarray(0, filled), size & ~1, encoding);
      while (cut === 0 && !ended) {
        // One line longer than a part: read on until it ends, scanning only what is new, or
        // until it is too long to hold, when it is cut after a space.
        if (filled >= longLineBytes) {
          cut = cutLongLine(work.subarray(0, filled), longLineBytes, encoding);
          break;
        }
        const scanned = filled & ~1;
        await fill(Math.min(filled + partBytes, longLineBytes));
        cut = afterFirstLineEnd(work.subarray(0, filled), scanned, encoding);
      }
      if (cut === 0) cut = filled; // the input ends without a line end
      const bytes = work.subarray(0, cut);
      let text: string;
      let invalid: InvalidBytes | undefined;
      if (index === 0) {
        const result = decodeBytes(bytes, forced);
        if (!result.ok) {
          yield { ok: false, binary: result.binary };
          return;
        }
        ({ text, encoding } = result);
        invalid = result.invalid;
        decoder = new TextDecoder(encoding, { ignoreBOM: true });
      } else {
        ({ text, invalid } = decodeLater(bytes, decoder!, encoding, byteOffset, lines));
      }
      work.copy(work, 0, cut, filled);
      filled -= cut;
      scanned = 0;
      lineEnded = false;
      const last = ended && filled === 0;
      const part: PartResult = { ok: true, text, encoding, offset, lines, bytes: cut, index, last };
      if (invalid && !reported) {
        part.invalid = invalid;
        reported = true;
      }
      yield part;
      if (last) return;
      index++;
      offset += text.length;
      lines += countLines(text);
      byteOffset += cut;
    }
  } finally {
    if (!ended) await source.return();
  }
}
