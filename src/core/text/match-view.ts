/**
 * The text the recognizers and rules match against: the document with a few characters
 * replaced one-for-one so that patterns stay simple. Length is preserved, so every offset
 * found in the view is an offset into the original document.
 *
 * - Thai digits ๐–๙ become ASCII 0–9.
 * - Non-breaking, zero-width and other exotic spaces become a plain space.
 * - Dashes (en, em, minus, hyphen variants) become `-`.
 */
const REPLACEMENTS: ReadonlyMap<number, string> = (() => {
  const map = new Map<number, string>();
  for (let d = 0; d < 10; d++) map.set(0x0e50 + d, String(d));
  for (const cp of [0x00a0, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x2002, 0x2003, 0x2009, 0x202f, 0x3000]) {
    map.set(cp, " ");
  }
  for (const cp of [0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2212, 0xfe63, 0xff0d]) map.set(cp, "-");
  return map;
})();

const REPLACEABLE = /[\u0e50-\u0e59\u00a0\u200b-\u200d\u2060\ufeff\u2002\u2003\u2009\u202f\u3000\u2010-\u2014\u2212\ufe63\uff0d]/g;

/** Returns the match view of `text` (same length, same offsets). */
export function matchView(text: string): string {
  return text.replace(REPLACEABLE, (ch) => REPLACEMENTS.get(ch.charCodeAt(0)) ?? ch);
}
