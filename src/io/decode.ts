/**
 * Bytes to text: which encoding a document is in, whether it is text at all, and its text.
 * Pure (bytes in, text out, no file system) so that every rule here is tested on byte arrays.
 *
 * Detection, in order, unless an encoding is forced:
 *  1. a byte-order mark: UTF-8 (EF BB BF), UTF-16 LE (FF FE), UTF-16 BE (FE FF);
 *  2. valid UTF-8;
 *  3. invalid UTF-8 that reads as Thai in Windows-874 (a superset of TIS-620): the bytes above
 *     0x7F are mostly Thai letters, Thai vowel and tone marks follow a Thai letter, and there
 *     are more bytes that break UTF-8 than well-formed UTF-8 sequences;
 *  4. otherwise UTF-8 with the bad bytes replaced by U+FFFD, and the first one reported.
 *
 * Binary: a NUL byte (a NUL code unit in UTF-16) in the first 8 KB, as git and grep decide,
 * or a PDF header. UTF-16 without a byte-order mark is therefore binary unless forced.
 */

/** The encodings `extract` reads. Windows-874 is how TIS-620 files are read. */
export type Encoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-874";

/** Labels accepted by `--encoding`, case-insensitive, to the encoding they select. */
export const ENCODING_LABELS: Readonly<Record<string, Encoding>> = {
  "utf-8": "utf-8", "utf8": "utf-8",
  "utf-16le": "utf-16le", "utf16le": "utf-16le",
  "utf-16be": "utf-16be", "utf16be": "utf-16be",
  "windows-874": "windows-874", "cp874": "windows-874", "tis-620": "windows-874", "tis620": "windows-874",
  "iso-8859-11": "windows-874",
};

/** The encoding an `--encoding` label selects, or undefined for an unknown label. */
export function parseEncodingLabel(label: string): Encoding | undefined {
  return Object.hasOwn(ENCODING_LABELS, label.toLowerCase()) ? ENCODING_LABELS[label.toLowerCase()] : undefined;
}

/** How many leading bytes decide whether a file is binary. */
export const SNIFF_BYTES = 8192;

/** Where a file was found to be binary, and why. */
export interface BinaryEvidence {
  /** Byte offset of the first NUL (0 for a PDF header). */
  offset: number;
  /** What was found, for the message: "a NUL byte at byte 1234", "a PDF header". */
  reason: string;
  /** What to do about it, when there is something to do. */
  hint?: string;
}

/** The first bad byte of a document decoded with replacements. */
export interface InvalidBytes {
  /** Byte offset in the file (counting a byte-order mark). */
  offset: number;
  /** 1-based line of the decoded text where it is. */
  line: number;
  /** Bytes that were replaced with U+FFFD (a rough count for the message). */
  count: number;
}

export type DecodeResult =
  | {
    ok: true;
    /** The text, byte-order mark removed: offsets of facts are UTF-16 code units into it. */
    text: string;
    encoding: Encoding;
    /** How the encoding was chosen. */
    source: "bom" | "forced" | "detected";
    /** Present when bytes had to be replaced with U+FFFD. */
    invalid?: InvalidBytes;
  }
  | { ok: false; code: "BINARY"; binary: BinaryEvidence };

const BOMS: ReadonlyArray<{ encoding: Encoding; bytes: readonly number[] }> = [
  { encoding: "utf-8", bytes: [0xef, 0xbb, 0xbf] },
  { encoding: "utf-16le", bytes: [0xff, 0xfe] },
  { encoding: "utf-16be", bytes: [0xfe, 0xff] },
];

/** The encoding announced by a byte-order mark at the start of `bytes`, with the mark's length. */
export function bomOf(bytes: Uint8Array): { encoding: Encoding; length: number } | undefined {
  for (const bom of BOMS) {
    if (bom.bytes.every((b, i) => bytes[i] === b)) return { encoding: bom.encoding, length: bom.bytes.length };
  }
  return undefined;
}

const isUtf16 = (e: Encoding | undefined): boolean => e === "utf-16le" || e === "utf-16be";

/** Whether bytes start with "%PDF-": a PDF, whatever its name. */
export function isPdfHeader(bytes: Uint8Array): boolean {
  return bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46 && bytes[4] === 0x2d;
}

/**
 * Whether the start of a file (at least its first SNIFF_BYTES, or all of it) looks binary.
 * `forced` is the `--encoding` choice, if any: for UTF-16 a NUL is a zero code unit, not a byte.
 */
export function sniffBinary(head: Uint8Array, forced?: Encoding): BinaryEvidence | undefined {
  const window = head.subarray(0, SNIFF_BYTES);
  const bom = bomOf(window);
  if (isUtf16(forced) || (forced === undefined && isUtf16(bom?.encoding))) {
    for (let i = bom && isUtf16(bom.encoding) ? 2 : 0; i + 1 < window.length; i += 2) {
      if (window[i] === 0 && window[i + 1] === 0) return { offset: i, reason: `a NUL character at byte ${i}` };
    }
    return undefined;
  }
  // Government releases often come as PDF; its text must be extracted first.
  if (isPdfHeader(window)) {
    return { offset: 0, reason: "a PDF header", hint: "name it .pdf to have its text layer read" };
  }
  const nul = window.indexOf(0);
  if (nul < 0) return undefined;
  const utf16 = forced === undefined ? utf16WithoutBom(window) : undefined;
  return { offset: nul, reason: `a NUL byte at byte ${nul}`, ...(utf16 ? { hint: `it looks like ${utf16 === "utf-16le" ? "UTF-16 LE" : "UTF-16 BE"} without a byte-order mark: try --encoding ${utf16}` } : {}) };
}

/**
 * Whether bytes with NULs read as UTF-16 without a byte-order mark: nearly every second byte
 * (odd ones for LE, even ones for BE) is the high byte of ASCII (0x00) or of Thai (0x0E).
 */
function utf16WithoutBom(window: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  const units = window.length >> 1;
  if (units < 2) return undefined;
  let le = 0;
  let be = 0;
  for (let i = 0; i + 1 < window.length; i += 2) {
    if (window[i + 1] === 0x00 || window[i + 1] === 0x0e) le++;
    if (window[i] === 0x00 || window[i] === 0x0e) be++;
  }
  if (le >= 0.9 * units && be < 0.5 * units) return "utf-16le";
  if (be >= 0.9 * units && le < 0.5 * units) return "utf-16be";
  return undefined;
}

/** A pass over bytes as UTF-8: the first bad byte, and how many good multi-byte sequences and bad bytes. */
interface Utf8Scan {
  firstInvalid: number;
  multibyte: number;
  invalid: number;
}

/** Scans UTF-8 by the Unicode table of well-formed sequences (no overlongs, surrogates or > U+10FFFF). */
function scanUtf8(bytes: Uint8Array, from: number): Utf8Scan {
  let firstInvalid = -1;
  let multibyte = 0;
  let invalid = 0;
  const n = bytes.length;
  let i = from;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need = 0;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b === 0xe0) { need = 2; lo = 0xa0; }
    else if ((b >= 0xe1 && b <= 0xec) || b === 0xee || b === 0xef) need = 2;
    else if (b === 0xed) { need = 2; hi = 0x9f; }
    else if (b === 0xf0) { need = 3; lo = 0x90; }
    else if (b >= 0xf1 && b <= 0xf3) need = 3;
    else if (b === 0xf4) { need = 3; hi = 0x8f; }
    let ok = need > 0 && i + need < n;
    if (ok) {
      const second = bytes[i + 1]!;
      ok = second >= lo && second <= hi;
      for (let k = 2; ok && k <= need; k++) {
        const c = bytes[i + k]!;
        ok = c >= 0x80 && c <= 0xbf;
      }
    }
    if (ok) {
      multibyte++;
      i += need + 1;
    } else {
      if (firstInvalid < 0) firstInvalid = i;
      invalid++;
      i++;
    }
  }
  return { firstInvalid, multibyte, invalid };
}

/** Thai letters and signs in TIS-620 / Windows-874 (A1–DA, DF–FB). */
const isThaiByte = (b: number): boolean => (b >= 0xa1 && b <= 0xda) || (b >= 0xdf && b <= 0xfb);
/** Windows-874 additions: €, …, curly quotes, bullet, dashes, no-break space. */
const isWindows874Punctuation = (b: number): boolean => b === 0x80 || b === 0x85 || (b >= 0x91 && b <= 0x97) || b === 0xa0;
/** Marks written above or below a consonant: mai han-akat, sara i … sara u, phinthu, tone marks and the like. */
const isThaiMark = (b: number): boolean => b === 0xd1 || (b >= 0xd4 && b <= 0xda) || (b >= 0xe7 && b <= 0xee);
/** What a mark may follow: a consonant (A1–CE) or another mark (a tone mark over sara i). */
const canCarryMark = (b: number): boolean => (b >= 0xa1 && b <= 0xce) || isThaiMark(b);

/**
 * Whether bytes that are not valid UTF-8 read as Thai in Windows-874: at least 90% of the bytes
 * above 0x7F are Thai letters or Windows-874 punctuation, and at least 90% of the vowel and
 * tone marks sit on a letter. Latin-1 or other single-byte text fails the second test, as its
 * letters C0–FF would put marks after ASCII letters and spaces.
 */
export function looksLikeThaiSingleByte(bytes: Uint8Array, from = 0): boolean {
  let high = 0;
  let thai = 0;
  let marks = 0;
  let carried = 0;
  for (let i = from; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x80) continue;
    high++;
    if (isThaiByte(b) || isWindows874Punctuation(b)) thai++;
    if (isThaiMark(b)) {
      marks++;
      if (i > from && canCarryMark(bytes[i - 1]!)) carried++;
    }
  }
  return high > 0 && thai >= 0.9 * high && carried >= 0.9 * marks;
}

/** 1-based line of byte `offset`, counting LF bytes (or LF code units in UTF-16) from `from`. */
function lineAt(bytes: Uint8Array, from: number, offset: number, encoding: Encoding): number {
  let line = 1;
  if (encoding === "utf-16le" || encoding === "utf-16be") {
    const lf = encoding === "utf-16le" ? 0 : 1;
    for (let i = from; i < offset && i + 1 < bytes.length; i += 2) {
      if (bytes[i + lf] === 0x0a && bytes[i + 1 - lf] === 0) line++;
    }
    return line;
  }
  for (let i = from; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** The first bad code unit of UTF-16 (a lone surrogate or a dangling odd byte), as a byte offset. */
function scanUtf16(bytes: Uint8Array, from: number, encoding: "utf-16le" | "utf-16be"): { firstInvalid: number; invalid: number } {
  let firstInvalid = -1;
  let invalid = 0;
  const unit = (i: number): number => (encoding === "utf-16le" ? bytes[i]! | (bytes[i + 1]! << 8) : (bytes[i]! << 8) | bytes[i + 1]!);
  const bad = (i: number): void => {
    if (firstInvalid < 0) firstInvalid = i;
    invalid++;
  };
  let i = from;
  for (; i + 1 < bytes.length; i += 2) {
    const u = unit(i);
    if (u >= 0xd800 && u <= 0xdbff) {
      if (i + 3 < bytes.length && unit(i + 2) >= 0xdc00 && unit(i + 2) <= 0xdfff) i += 2;
      else bad(i);
    } else if (u >= 0xdc00 && u <= 0xdfff) {
      bad(i);
    }
  }
  if (i < bytes.length) bad(i);
  return { firstInvalid, invalid };
}

/** Decodes without failing: WHATWG decoders replace bad sequences with U+FFFD. The BOM is the caller's. */
function decodeAs(body: Uint8Array, encoding: Encoding): string {
  return new TextDecoder(encoding, { ignoreBOM: true }).decode(body);
}

/** Strict UTF-8, or undefined at the first bad byte (native, so a 100 MB file costs little). */
function strictUtf8(body: Uint8Array): string | undefined {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    return undefined;
  }
}

/**
 * Decodes a whole file. `forced` (from `--encoding`) skips detection; a byte-order mark for
 * that same encoding is still removed. Never throws: binary input is `ok: false`, and bytes
 * that are not valid in the chosen encoding become U+FFFD with the first one reported.
 */
export function decodeBytes(bytes: Uint8Array, forced?: Encoding): DecodeResult {
  const binary = sniffBinary(bytes, forced);
  if (binary) return { ok: false, code: "BINARY", binary };
  const bom = bomOf(bytes);
  const source = forced !== undefined ? "forced" : bom ? "bom" : "detected";
  const encoding: Encoding = forced ?? bom?.encoding ?? "utf-8";
  const start = bom && bom.encoding === encoding ? bom.length : 0;
  const body = bytes.subarray(start);

  if (encoding === "utf-8") {
    const text = strictUtf8(body);
    if (text !== undefined) return { ok: true, text, encoding, source };
    const scan = scanUtf8(bytes, start);
    // More bytes that break UTF-8 than sequences that make it: a single-byte file, if it reads as Thai.
    if (source === "detected" && scan.invalid > scan.multibyte && looksLikeThaiSingleByte(bytes)) {
      return { ok: true, text: decodeAs(body, "windows-874"), encoding: "windows-874", source };
    }
    const invalid = { offset: scan.firstInvalid, line: lineAt(bytes, start, scan.firstInvalid, "utf-8"), count: scan.invalid };
    return { ok: true, text: decodeAs(body, "utf-8"), encoding, source, invalid };
  }
  const text = decodeAs(body, encoding);
  if (encoding === "windows-874") return { ok: true, text, encoding, source }; // every byte has a meaning in Node's table
  const scan = scanUtf16(bytes, start, encoding);
  if (scan.firstInvalid < 0) return { ok: true, text, encoding, source };
  const invalid = { offset: scan.firstInvalid, line: lineAt(bytes, start, scan.firstInvalid, encoding), count: scan.invalid };
  return { ok: true, text, encoding, source, invalid };
}
