/**
 * Character tests on UTF-16 code units, for the loops that walk text a letter at a time:
 * `/\s/.test(text[i])` builds a one-letter string for every Thai letter it looks at (V8 caches
 * only Latin-1 ones), which was a good share of the extractor's garbage.
 */

/** Exactly what `/\s/` matches: JavaScript's white space and line terminators. */
export function isWhitespace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a)
    || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/**
 * A membership test for a fixed set of characters, by code unit: one bit per code unit (8 KB),
 * so that the test is a shift and a mask rather than a hash lookup, in loops over every letter.
 */
export function charSet(chars: string): (code: number) => boolean {
  const bits = new Uint32Array(0x10000 >>> 5);
  for (let i = 0; i < chars.length; i++) {
    const code = chars.charCodeAt(i);
    bits[code >>> 5]! |= 1 << (code & 31);
  }
  return (code) => code >= 0 && code < 0x10000 && (bits[code >>> 5]! & (1 << (code & 31))) !== 0;
}
