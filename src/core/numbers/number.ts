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

/**
 * After a multiplier word below a million million, the lower places written the same way, one digit
 * each, in falling order (`1 แสน 8 พัน` → 108000, `3 ล้าน 5 แสน` → 3500000), and a million after the
 * last place that counts the whole in millions (`2 หมื่น 5 พันล้าน` → 25000 × 10^6): the regex allows
 * only smaller places after each, so the whole is one number.
 */
const place = (word: string): string => `(?:[ \\t]{0,3}[1-9][ \\t]{0,3}${word})`;
const places = (...words: string[]): string => `(?:${words.map((w, i) => `${place(w)}${words.slice(i + 1).map((v) => `${place(v)}?`).join("")}`).join("|")})(?:ล้าน(?!ล้าน))?`;
const MULTIPLIER_WITH_PLACES = `(?:ล้าน(?!ล้าน)${places("แสน", "หมื่น", "พัน")}|แสน(?!ล้าน)${places("หมื่น", "พัน")}|หมื่น(?!ล้าน)${places("พัน")}|${MULTIPLIER_SOURCE})`;

/** Regex source (no capturing groups) of the number recognizer. */
export const NUMBER_SOURCE = `(?:${NUMERAL_SOURCE}(?:[ \\t]{0,3}${MULTIPLIER_WITH_PLACES})?|${NUMBER_WORDS_SOURCE})`;

const SPLIT = /^([0-9][0-9,]*(?:\.[0-9]+)?)[ \t]{0,3}(.*)$/s;
/** A multiplier, the lower places after it and the million that may count them (MULTIPLIER_WITH_PLACES). */
const PLACES = /^(\S+?)((?:[ \t]{0,3}[1-9][ \t]{0,3}(?:แสน|หมื่น|พัน))+)(ล้าน)?$/s;
const LOWER_PLACE = /([1-9])[ \t]{0,3}(\S+?)(?=[ \t]|[1-9]|$)/g;

/** Parses text matched by NUMBER_SOURCE (in the match view). */
export function parseNumber(text: string): number | undefined {
  const m = SPLIT.exec(text);
  if (!m) return parseThaiNumberWords(text);
  const numeral = m[1] ?? "";
  const rest = m[2] ?? "";
  if (rest === "") return parseDecimal(numeral);
  const exponent = multiplierExponent(rest);
  if (exponent !== undefined) return parseDecimal(numeral, exponent);
  const places = PLACES.exec(rest);
  const head = places ? multiplierExponent(places[1] ?? "") : undefined;
  const value = head === undefined ? undefined : parseDecimal(numeral, head);
  if (value === undefined) return undefined;
  let total = value;
  for (const [, digit, word] of (places![2] ?? "").matchAll(LOWER_PLACE)) {
    const lower = multiplierExponent(word ?? "");
    if (lower === undefined) return undefined;
    total += Number(digit) * 10 ** lower;
  }
  return places![3] === undefined ? total : parseDecimal(String(total), 6);
}
