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

/** A membership test for a fixed set of characters, by code unit. */
export function charSet(chars: string): (code: number) => boolean {
  const codes = new Set<number>();
  for (let i = 0; i < chars.length; i++) codes.add(chars.charCodeAt(i));
  return (code) => codes.has(code);
}
