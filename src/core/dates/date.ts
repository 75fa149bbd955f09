/**
 * The built-in date recognizer: Thai and English dates, day ranges, month ranges and periods,
 * normalized to ISO 8601 (`19 พ.ย. 64` → `2021-11-19`, `๓ – ๙ กรกฎาคม ๒๕๖๒` →
 * `2019-07-03/2019-07-09`, `สิงหาคม 2560` → `2017-08`, `ต.ค. 63 – ก.ย. 64` → `2020-10/2021-09`,
 * `23/04/2568` → `2025-04-23`).
 *
 * Like chrono, every component is either known (written) or implied: a day and month without
 * a year take the year from the document's own date, and the result says so (`yearImplied`).
 */
import { eraOf, toGregorianYear, type Era } from "./buddhist-era.js";
import { dayNumber, isValidDay, isoDate, type Ymd } from "./calendar.js";
import { wordsSource, type Calendar, type DateWords } from "./date-words.js";
import { MONTH_FIRST_CHAR_CLASS, MONTH_SOURCE, lookupMonth } from "./months.js";
import { periodSource, periodStartSource, periodValue } from "./periods.js";
import { YEAR2, YEAR2_DIGITS, YEAR4_DIGITS, eraPrefix } from "./year-source.js";

// Not after a digit, nor after a decimal point or a thousands comma (1.8 ตัน); after an
// abbreviation's dot a day may be glued on (ครม.8 ตุลาคม 2567).
const DAY = "(?<![0-9,])(?<![0-9]\\.)(?:0?[1-9]|[12][0-9]|3[01])(?![0-9])";
const SP = "[ \\t]{0,3}";

/**
 * Builds the recognizer's source from a rule set's words; named groups only when `named` (the
 * parser's). Forms that start alike share their start (the first day, or the first month),
 * which is then matched once per position instead of once per form; the forms after it keep
 * their order, so the same text matches. (The shared start cannot match in two ways that the
 * forms would tell apart: a day is followed by no digit, and no form goes on with the rest of a
 * longer month name.)
 */
export function buildDateSource(words: DateWords, named: boolean): string {
  const YEAR4 = `${eraPrefix(words, " ?")}${YEAR4_DIGITS}(?![0-9])`;
  // Between the two ends of a range or period: a dash or a through word, optionally with a day word.
  const through = wordsSource(words.through);
  const dayWord = wordsSource(words.dayWord);
  const THROUGH_WORD = `(?:-${through ? `|${through}` : ""})${SP}${dayWord ? `(?:${dayWord}${SP})?` : ""}`;
  const THROUGH = `${SP}${THROUGH_WORD}`;
  // Before a second end that starts with its month, a month word may follow the through word
  // instead (กันยายน 2561 ถึงเดือนสิงหาคม 2564).
  const monthWord = wordsSource(words.monthWord);
  const beforeMonth = [dayWord, monthWord].filter((w): w is string => w !== undefined).join("|");
  const THROUGH_MONTH = `${SP}(?:-${through ? `|${through}` : ""})${SP}${beforeMonth ? `(?:(?:${beforeMonth})${SP})?` : ""}`;
  // Every date starts with a digit, a month name's first letter, or a period's word (or Q, H).
  const periodStart = periodStartSource(words);
  const yearWord = wordsSource(words.yearWord);
  const FIRST = `(?=[0-9QH]|${MONTH_FIRST_CHAR_CLASS}${periodStart ? `|${periodStart}` : ""})`;

  const g = (name: string, src: string): string => (named ? `(?<${name}>${src})` : `(?:${src})`);
  const year = (p: string): string => g(`${p}y`, `${YEAR4}|${YEAR2}`);
  const month = (p: string): string => g(`${p}m`, MONTH_SOURCE);
  const day = (p: string): string => g(`${p}d`, DAY);
  const afterDay = [
    // 27 ตุลาคม – 5 พฤศจิกายน 2566, 31 ธันวาคม 2564 ถึง 9 มีนาคม 2567
    `${month("a1")}(?:${SP}${year("a1")})?${THROUGH}${day("a2")}${SP}${month("a2")}(?:${SP}${year("a2")})?`,
    // 3 – 9 กรกฎาคม 2562, 20-22 ม.ค.2566 (the space before the dash is the shared one)
    `${THROUGH_WORD}${day("b2")}${SP}${month("b")}(?:${SP}${year("b")})?`,
    // 1 มกราคม 2563 – ธันวาคม 2565: a day to a month, each with its year
    `${month("l")}${SP}${year("l")}${THROUGH_MONTH}${month("l2")}${SP}${year("l2")}(?!${SP}[0-9])`,
    // 19 พฤศจิกายน 2564, 19 พ.ย. 64, 5 Nov 2020, 20 พฤศจิกายน
    `${month("c")}(?:${SP}${year("c")})?`,
  ];
  const afterMonth = [
    // December 17, 2002, Mar 7 2023 (English, month first; read before a two-digit year)
    `${SP}${day("h")},?${SP}${g("hy", YEAR4)}`,
    // มกราคม - มิถุนายน 2568, ม.ค. - มิ.ย., พ.ค. – ส.ค. 64
    `${THROUGH_MONTH}${month("d2")}(?:${SP}${year("d")})?`,
    // ต.ค. 63 – ก.ย. 64, ตุลาคม 2563 - กันยายน 2564
    `${SP}${year("g")}${THROUGH_MONTH}${month("g2")}${SP}${year("g2")}`,
    // มีนาคม 2567 – 26 มีนาคม 2568, เดือนตุลาคม 2564 จนถึง 30 เมษายน 2565: a month to a day, each with its year
    `${SP}${year("k")}${THROUGH}${day("k2")}${SP}${month("k2")}${SP}${year("k2")}`,
    // สิงหาคม 2560, ต.ค. 63, and with a year word between (มิ.ย. ปี2568, เดือนธันวาคม ปี 2567)
    `${SP}${yearWord ? `(?:${yearWord}${SP})?` : ""}${year("e")}`,
  ];
  const alternatives = [
    `${day("s")}${SP}(?:${afterDay.join("|")})`,
    `${month("s")}(?:${afterMonth.join("|")})`,
    // 23/04/2568
    `(?<![0-9/])${g("fd", "0?[1-9]|[12][0-9]|3[01]")}/${g("fm", "0?[1-9]|1[0-2]")}/${g("fy", "[0-9]{4}")}(?![0-9/])`,
    // 2023-06-08 (ISO, a time after it left out)
    `(?<![0-9-])${g("iy", YEAR4_DIGITS)}-${g("im", "0[1-9]|1[0-2]")}-${g("id", "0[1-9]|[12][0-9]|3[01]")}(?![0-9]|-[0-9])`,
    // 14.11.2023, 14.11.66
    `(?<![0-9.])${g("td", "0?[1-9]|[12][0-9]|3[01]")}\\.${g("tm", "0?[1-9]|1[0-2]")}\\.${g("ty", `${YEAR4_DIGITS}|${YEAR2_DIGITS}`)}(?![0-9]|\\.[0-9])`,
    periodSource(words, named),
  ];
  return `${FIRST}(?:${alternatives.join("|")})`;
}

/** What the recognizer makes of a matched date. */
export interface ParsedDate {
  /** ISO 8601 date, month, or interval `a/b`. */
  value: string;
  /** True when a year was filled in from the document date. */
  yearImplied: boolean;
  /** The first (or only) day, when a day was written; used for weekday checks. */
  first?: Ymd;
}

/** What a date needs from its document: the document's own date, for years left out. */
export interface DateContext {
  /** Called only when a year is missing, so the document date is found only when needed. */
  documentDate?: () => Ymd | undefined;
  /**
   * The date a day written at `offset` without its year is read against, when it depends on
   * where the day stands (its article's dateline, in a text of many articles); else documentDate.
   */
  dateAt?: (offset: number) => Ymd | undefined;
}

interface Part {
  year?: number;
  month: number;
  day?: number;
}

/**
 * A two-digit year right after a month with no day is read only after a Thai month's short form
 * (ต.ค. 63, กุมภาฯ 68); after a full name it is more likely a count (ตุลาคม 63 ราย).
 */
function shortYearAllowed(yearText: string | undefined, monthText: string | undefined): boolean {
  return yearText === undefined || /[0-9]{3}/.test(yearText) || /[.ฯ]/.test(monthText ?? "");
}

function readYear(text: string | undefined, monthText: string | undefined, calendar: Calendar): number | undefined {
  if (text === undefined) return undefined;
  const digits = /[0-9]+/.exec(text)?.[0] ?? "";
  const era: Era = eraOf(text, calendar.eras);
  const month = monthText === undefined ? undefined : lookupMonth(monthText);
  if (digits.length === 2 && month && !month.thai) return undefined;
  return toGregorianYear(Number(digits), digits.length, month && !month.thai && era === "auto" && Number(digits) < 2400 ? "CE" : era);
}

/** One end of a date from its written month, day and year (any may be absent). */
function part(monthText: string | undefined, dayText: string | undefined, yearText: string | undefined, calendar: Calendar): Part | undefined {
  const month = monthText === undefined ? undefined : lookupMonth(monthText)?.month;
  if (month === undefined || (dayText === undefined && !shortYearAllowed(yearText, monthText))) return undefined;
  const year = readYear(yearText, monthText, calendar);
  return {
    month,
    ...(dayText !== undefined ? { day: Number(dayText) } : {}),
    ...(year !== undefined ? { year } : {}),
  };
}

/** The year nearest to the document date for a day and month written without one. */
function impliedYear(month: number, day: number, context: DateContext): number | undefined {
  const ref = context.documentDate?.();
  if (!ref) return undefined;
  let best: number | undefined;
  let bestDistance = Infinity;
  for (const year of [ref.year - 1, ref.year, ref.year + 1]) {
    if (!isValidDay(year, month, day)) continue;
    const distance = Math.abs(dayNumber({ year, month, day }) - dayNumber(ref));
    if (distance < bestDistance) {
      best = year;
      bestDistance = distance;
    }
  }
  return best;
}

function render(p: Required<Pick<Part, "year">> & Part): string | undefined {
  if (p.day === undefined) return isoDate(p.year, p.month);
  return isValidDay(p.year, p.month, p.day) ? isoDate(p.year, p.month, p.day) : undefined;
}

/**
 * Parses text matched by a calendar's date source (in the match view). Returns undefined for
 * impossible dates (31 February) and for dates whose year can be neither read nor implied.
 */
export function parseDate(text: string, calendar: Calendar, context: DateContext = {}): ParsedDate | undefined {
  const m = calendar.dateParser.exec(text);
  const groups = m?.groups;
  if (!groups) return undefined;

  let from: Part | undefined;
  let to: Part | undefined;
  if (groups["a1m"] !== undefined) {
    from = part(groups["a1m"], groups["sd"], groups["a1y"], calendar);
    to = part(groups["a2m"], groups["a2d"], groups["a2y"], calendar);
  } else if (groups["b2d"] !== undefined) {
    to = part(groups["bm"], groups["b2d"], groups["by"], calendar);
    from = to && { ...to, day: Number(groups["sd"]) };
  } else if (groups["cm"] !== undefined) {
    from = part(groups["cm"], groups["sd"], groups["cy"], calendar);
  } else if (groups["d2m"] !== undefined) {
    from = part(groups["sm"], undefined, undefined, calendar);
    to = part(groups["d2m"], undefined, groups["dy"], calendar);
    if (!to) return undefined;
  } else if (groups["g2m"] !== undefined) {
    from = part(groups["sm"], undefined, groups["gy"], calendar);
    to = part(groups["g2m"], undefined, groups["g2y"], calendar);
    if (!to) return undefined;
  } else if (groups["k2m"] !== undefined) {
    from = part(groups["sm"], undefined, groups["ky"], calendar);
    to = part(groups["k2m"], groups["k2d"], groups["k2y"], calendar);
    if (!to) return undefined;
  } else if (groups["l2m"] !== undefined) {
    from = part(groups["lm"], groups["sd"], groups["ly"], calendar);
    to = part(groups["l2m"], undefined, groups["l2y"], calendar);
    if (!to) return undefined;
  } else if (groups["ey"] !== undefined) {
    from = part(groups["sm"], undefined, groups["ey"], calendar);
  } else if (groups["hy"] !== undefined) {
    // English month first (December 17, 2002): read as every other written date is, era and all.
    if (lookupMonth(groups["sm"] ?? "")?.thai !== false) return undefined;
    from = part(groups["sm"], groups["hd"], groups["hy"], calendar);
  } else if (groups["fd"] !== undefined) {
    const year = toGregorianYear(Number(groups["fy"]), 4);
    from = { year, month: Number(groups["fm"]), day: Number(groups["fd"]) };
  } else if (groups["iy"] !== undefined) {
    from = { year: Number(groups["iy"]), month: Number(groups["im"]), day: Number(groups["id"]) };
  } else if (groups["td"] !== undefined) {
    const digits = groups["ty"] ?? "";
    from = { year: toGregorianYear(Number(digits), digits.length), month: Number(groups["tm"]), day: Number(groups["td"]) };
  } else {
    const value = periodValue(groups, calendar);
    return value === undefined ? undefined : { value, yearImplied: false };
  }
  if (!from) return undefined;

  let yearImplied = false;
  // A range's first end without a year takes the year of the last end (a year earlier when it
  // crosses new year: 25 ธ.ค. – 5 ม.ค. 2567).
  if (to && to.year === undefined) {
    const y = to.day !== undefined ? impliedYear(to.month, to.day, context) : context.documentDate?.()?.year;
    if (y === undefined) return undefined;
    to.year = y;
    yearImplied = true;
  }
  if (from.year === undefined) {
    if (to?.year !== undefined) {
      from.year = from.month > to.month ? to.year - 1 : to.year;
    } else {
      const y = from.day !== undefined ? impliedYear(from.month, from.day, context) : undefined;
      if (y === undefined) return undefined;
      from.year = y;
      yearImplied = true;
    }
  }
  const start = render(from as Part & { year: number });
  if (start === undefined) return undefined;
  let value = start;
  if (to) {
    const end = render(to as Part & { year: number });
    if (end === undefined || end < start) return undefined;
    value = `${start}/${end}`;
  }
  const first = from.day !== undefined ? { year: from.year, month: from.month, day: from.day } : undefined;
  return { value, yearImplied, ...(first ? { first } : {}) };
}
