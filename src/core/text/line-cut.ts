/**
 * Where to cut a line too long to handle whole (a file without newlines): after a space, so that
 * no word is cut in two, and preferably after a space with no digit on either side, so that a
 * figure and its unit (`5 ไร่`, `ร้อยละ 5`) stay on one side. Any space counts, not only U+0020:
 * text that separates its words with no-break or ideographic spaces is cut as well as any other.
 */

/** Spaces a long line may be cut after. */
const SPACE = /[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/;
/** ASCII and Thai digits. */
const DIGIT = /[0-9\u0e50-\u0e59]/;

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;

/**
 * The end (exclusive) of the first piece of `text.slice(start)` when at most `limit` code units
 * fit: just after a space with no digit beside it in the back half of the window, else just
 * after the last space, else at the limit (not inside a surrogate pair). Always > start.
 */
export function longLineCut(text: string, start: number, limit: number): number {
  const end = Math.min(text.length, start + limit);
  const half = start + Math.floor((end - start) / 2);
  let anySpace = -1;
  for (let i = end - 1; i > start; i--) {
    if (!SPACE.test(text[i]!)) continue;
    if (anySpace < 0) anySpace = i;
    if (i >= half && !DIGIT.test(text[i - 1] ?? "") && !DIGIT.test(text[i + 1] ?? "")) return i + 1;
    if (i < half) break;
  }
  if (anySpace < 0) {
    for (let i = half - 1; i > start; i--) {
      if (SPACE.test(text[i]!)) {
        anySpace = i;
        break;
      }
    }
  }
  if (anySpace >= 0) return anySpace + 1;
  return end - (end > start + 1 && isHighSurrogate(text.charCodeAt(end - 1)) ? 1 : 0);
}
