/**
 * Character tests on UTF-16 code units, for the loops that walk text a letter at a time:
 * `/\s/.test(text[i])` builds a one-letter string for every Thai letter it looks at (V8 caches
 * only Latin-1 ones), which was a good share of the extractor's garbage.
 */


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

/**
 * Exactly what `/\s/` matches: JavaScript's white space and line terminators. A set rather than
 * a chain of comparisons: one path for every letter, so compiled code is not thrown away the
 * first time a rarer one (a dash, a quote mark) comes by.
 */
export const isWhitespace = charSet(" \t\n\v\f\r\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff");

/** Where the white space (line ends too) ending at `offset` starts: the end of the text before it. */
export function skipWhitespaceBack(text: string, offset: number): number {
  let at = offset;
  while (at > 0 && isWhitespace(text.charCodeAt(at - 1))) at--;
  return at;
}

/** Whether a UTF-16 code is an ASCII digit (a match view's digits are ASCII). */
export const isDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;
