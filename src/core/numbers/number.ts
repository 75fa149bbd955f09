/**
 * The built-in number recognizer: a numeral (`3,000`, `19.77`, Thai digits already mapped to
 * ASCII by the match view) with an optional multiplier word (`๕๐ พันล้าน` → 5e10,
 * `1.5 แสนล้าน` → 1.5e11), or a run of Thai number words (`สองแสนห้าหมื่น` → 250000).
 */
import { parseDecimal } from "./decimal.js";
import { MULTIPLIER_SOURCE, NUMBER_WORDS_SOURCE, multiplierExponent, parseThaiNumberWords } from "./thai-number-words.js";

/**
 * A numeral not glued to Latin letters, other digits, the `/` and `:` of dates, times, paths
 * and identifiers (`5G`, `GSH91`, `17/01/2566`, `10:30`, `details/74284`), or a word's hyphen
 * (`โควิด-19`) — but a minus after sara a (ะ) is a sign (`ร้อยละ-42.9`), so ะ is left out of the
 * letters rather than looked behind for ร้อยละ (an alternation there made every number-led pattern
 * 2.5 times slower); and a percentage after Latin letters and a minus is a rate's spread below its
 * base (`MRR-1.00% ต่อปี`), the minus a sign. After a Thai word a slash is a separator: `1 ราย/1 ใบ`.
 */
export const NUMERAL_SOURCE =
  "(?<![A-Za-z0-9_@#]|[A-Za-z0-9_.][/:]|[0-9][.,]|[\\u0e01-\\u0e2f\\u0e31-\\u0e4e]-|[A-Za-z]-(?![0-9]+(?:\\.[0-9]+)?[ \\t]?%))(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\\.[0-9]+)?(?![0-9]|[.,][0-9]|[A-Za-z]|[/:][0-9])";

/** Regex source (no capturing groups) of the number recognizer. */
export const NUMBER_SOURCE = `(?:${NUMERAL_SOURCE}(?:[ \\t]{0,3}${MULTIPLIER_SOURCE})?|${NUMBER_WORDS_SOURCE})`;

const SPLIT = /^([0-9][0-9,]*(?:\.[0-9]+)?)[ \t]{0,3}(.*)$/s;

/** Parses text matched by NUMBER_SOURCE (in the match view). */
export function parseNumber(text: string): number | undefined {
  const m = SPLIT.exec(text);
  if (!m) return parseThaiNumberWords(text);
  const numeral = m[1] ?? "";
  const rest = m[2] ?? "";
  if (rest === "") return parseDecimal(numeral);
  const exponent = multiplierExponent(rest);
  return exponent === undefined ? undefined : parseDecimal(numeral, exponent);
}
