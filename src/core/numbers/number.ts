/**
 * The built-in number recognizer: a numeral (`3,000`, `19.77`, Thai digits already mapped to
 * ASCII by the match view) with an optional multiplier word (`๕๐ พันล้าน` → 5e10,
 * `1.5 แสนล้าน` → 1.5e11), or a run of Thai number words (`สองแสนห้าหมื่น` → 250000).
 */
import { parseDecimal } from "./decimal.js";
import { MILLION, MULTIPLIER_SOURCE, NUMBER_WORDS_SOURCE, PLACE_WORDS, multiplierExponent, parseThaiNumberWords } from "./thai-number-words.js";

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
 * only smaller places after each, so the whole is one number. The places are the number words' own,
 * from a thousand up (พัน, หมื่น, แสน), highest first.
 */
const PLACES_DOWN = Object.entries(PLACE_WORDS).filter(([, value]) => value >= 1_000).sort((a, b) => b[1] - a[1]).map(([word]) => word);
const place = (word: string): string => `(?:[ \\t]{0,3}[1-9][ \\t]{0,3}${word})`;
/** One or more of `words` (a falling run of places) after a head, each at most once, then a million that may count them. */
const placesAfter = (words: readonly string[]): string =>
  `(?:${words.map((w, i) => `${place(w)}${words.slice(i + 1).map((v) => `${place(v)}?`).join("")}`).join("|")})(?:${MILLION}(?!${MILLION}))?`;
const MULTIPLIER_WITH_PLACES = `(?:${[MILLION, ...PLACES_DOWN.slice(0, -1)].map((head) => {
  const lower = head === MILLION ? PLACES_DOWN : PLACES_DOWN.slice(PLACES_DOWN.indexOf(head) + 1);
  return `${head}(?!${MILLION})${placesAfter(lower)}`;
}).join("|")}|${MULTIPLIER_SOURCE})`;

/** Regex source (no capturing groups) of the number recognizer. */
export const NUMBER_SOURCE = `(?:${NUMERAL_SOURCE}(?:[ \\t]{0,3}${MULTIPLIER_WITH_PLACES})?|${NUMBER_WORDS_SOURCE})`;

const SPLIT = /^([0-9][0-9,]*(?:\.[0-9]+)?)[ \t]{0,3}(.*)$/s;
/** A multiplier, the lower places after it and the million that may count them (MULTIPLIER_WITH_PLACES). */
const PLACES = new RegExp(`^(\\S+?)((?:[ \\t]{0,3}[1-9][ \\t]{0,3}(?:${PLACES_DOWN.join("|")}))+)(${MILLION})?$`, "s");
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
  const [, head = "", lower = "", million] = PLACES.exec(rest) ?? [];
  const headExponent = multiplierExponent(head);
  let total = headExponent === undefined ? undefined : parseDecimal(numeral, headExponent);
  if (total === undefined) return undefined;
  for (const [, digit, word] of lower.matchAll(LOWER_PLACE)) {
    const placeExponent = multiplierExponent(word ?? "");
    if (placeExponent === undefined) return undefined;
    total += Number(digit) * 10 ** placeExponent;
  }
  return million === undefined ? total : parseDecimal(String(total), 6);
}
