/**
 * Quarters and halves of a year, written with their year, as the interval of their months:
 * `ไตรมาสที่ 3/2545`, `ไตรมาส 3 ปี 2545`, `ไตรมาส 4 ของปี 2563`, `ไตรมาสแรกของปี 2566`, `Q3/45`,
 * `Q4 2565` → 2002-07/2002-09 …; `ครึ่งแรกของปี 2568`, `ครึ่งปีหลัง 2567`, `H1/2568` → 2025-01/2025-06;
 * market shorthand with the year glued on: `3Q66` → 2023-07/2023-09, `1H67`, `9M67` → 2024-01/2024-09.
 * Without a year (`ไตรมาส 2`, `ไตรมาสที่ผ่านมา`) a period is no date, so it is not matched here.
 */
import { readWrittenYear } from "./buddhist-era.js";
import { isoDate } from "./calendar.js";
import { leadingWords, wordKey, wordsSource, type Calendar, type DateWords } from "./date-words.js";
import { YEAR2, YEAR4_DIGITS, YEAR_END, eraPrefix } from "./year-source.js";

const YEAR4 = `${YEAR4_DIGITS}${YEAR_END}`;
const SP = "[ \\t]{0,3}";

const alternatives = (...forms: Array<string | undefined>): string => `(?:${forms.filter((f) => f !== undefined).join("|")})`;

/** Regex source of the words a period can start with (for a quick lookahead), or undefined for none. */
export function periodStartSource(words: DateWords): string | undefined {
  return wordsSource(leadingWords([...words.quarter, ...words.half]));
}

/**
 * Regex source of a period; with `named`, its parts are captured as `<p>q` (quarter), `<p>h` (half), `<p>y`.
 * The words are the rule set's (DateWords); `Q3`, `H1` and the digits are the same in every one.
 */
export function periodSource(words: DateWords, named: boolean, p = "p"): string {
  const g = (name: string, src: string): string => (named ? `(?<${p}${name}>${src})` : `(?:${src})`);
  const ERA = eraPrefix(words, " ?");
  const quarterWord = wordsSource(words.quarter);
  const quarterOrdinal = wordsSource(words.quarterOrdinals.map(([w]) => w));
  const halfWord = wordsSource(words.half);
  const halfOrdinal = wordsSource(words.halfOrdinals.map(([w]) => w));
  const link = wordsSource(words.yearLink);
  const yearWord = wordsSource(words.yearWord);
  const quarter = alternatives(
    quarterWord && `${quarterWord}${SP}${alternatives(`${g("q", "[1-4]")}(?![0-9.])`, quarterOrdinal && g("qw", quarterOrdinal))}`,
    `(?<![A-Za-z])Q${g("qq", "[1-4]")}`,
  );
  const half = alternatives(halfWord && halfOrdinal && `${halfWord}${SP}${g("hw", halfOrdinal)}`, `(?<![A-Za-z])H${g("hh", "[12]")}`);
  // After `/` or ปี a two-digit year is Buddhist era (ไตรมาส 3/45); after a bare space only a
  // four-digit one is a year (ไตรมาสแรก 10 ราย counts).
  const afterYearWord = yearWord && `${link ? `${link}?` : ""}${SP}${yearWord}`;
  const toYear = `(?:${SP}${alternatives("/", afterYearWord)}${SP}${g("y", `${ERA}(?:${YEAR4}|${YEAR2})`)}|[ \\t]{1,3}${g("y4", `${ERA}${YEAR4}`)})`;
  // Market shorthand, the year glued on (3Q66, 1H/2567, 9M67: the first nine months): a listed
  // company's reporting periods as Thai business news writes them. After a space only a
  // four-digit year (2Q 2567): in 5M 20 คน, 5M is five million.
  const compact = `(?<![A-Za-z0-9])${alternatives(`${g("cq", "[1-4]")}Q`, `${g("ch", "[12]")}H`, `${g("cm", "[1-9]|1[01]")}M`)}`
    + `(?:/?${g("cy", `${ERA}(?:${YEAR4}|${YEAR2})`)}|[ \\t]${g("cy4", `${ERA}${YEAR4}`)})`;
  return `(?:(?:${quarter}|${half})${toYear}|${compact})`;
}

/**
 * In market shorthand (3Q24, Q1/25, 1H24), a two-digit year below this is Christian era, as English
 * writes it: Buddhist-era 2500–2539 (1957–1996) is older than the reporting periods Thai business news
 * writes so; 3Q66 stays 2566 (2023).
 */
const CE_SHORT_BELOW = 40;

/** The months of a matched period as an ISO interval (`2002-07/2002-09`), from its named groups. */
export function periodValue(groups: Readonly<Record<string, string | undefined>>, calendar: Calendar, p = "p"): string | undefined {
  const yearText = groups[`${p}y`] ?? groups[`${p}y4`] ?? groups[`${p}cy`] ?? groups[`${p}cy4`];
  if (yearText === undefined) return undefined;
  const latin = [`${p}qq`, `${p}hh`, `${p}cq`, `${p}ch`, `${p}cm`].some((name) => groups[name] !== undefined);
  const christian = latin && /^[0-9]{2}$/.test(yearText) && Number(yearText) < CE_SHORT_BELOW;
  const year = christian ? 2000 + Number(yearText) : readWrittenYear(yearText, calendar.eras);
  if (year === undefined) return undefined;
  const quarter = groups[`${p}q`] ?? groups[`${p}qq`] ?? groups[`${p}cq`];
  const quarterWord = groups[`${p}qw`];
  const halfWord = groups[`${p}hw`];
  const half = groups[`${p}hh`] ?? groups[`${p}ch`];
  const leading = groups[`${p}cm`];
  let first: number;
  let months: number;
  if (leading !== undefined) {
    first = 1;
    months = Number(leading);
  } else if (quarter !== undefined || quarterWord !== undefined) {
    const n = quarter !== undefined ? Number(quarter) : calendar.quarterOrdinals.get(wordKey(quarterWord!));
    if (n === undefined) return undefined;
    first = (n - 1) * 3 + 1;
    months = 3;
  } else if (half !== undefined || halfWord !== undefined) {
    const n = half !== undefined ? Number(half) : calendar.halfOrdinals.get(wordKey(halfWord!));
    if (n === undefined) return undefined;
    first = (n - 1) * 6 + 1;
    months = 6;
  } else {
    return undefined;
  }
  return `${isoDate(year, first)}/${isoDate(year, first + months - 1)}`;
}
