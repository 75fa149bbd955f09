/**
 * What a date's value says (the ISO 8601 text a date fact holds): one day, a range of days, the
 * year of the period it names; and whether a date stands alone on its line, a dateline. Read by
 * the time references, the title's year and the document's datelines.
 */
import type { Ymd } from "./calendar.js";

/** A dateline's words besides the date: the weekday (วันอังคารที่), spaces. */
const DATELINE_BEFORE = /^[\s\u00a0]*(?:วัน[\u0e01-\u0e4e]*ที่)?[\s\u00a0]*$/;
const DATELINE_AFTER = /^[\s\u00a0]*$/;
const DATELINE_WEEKDAY = /^[\s\u00a0]*วัน[\u0e01-\u0e4e]*ที่/;

/**
 * Whether the dateline on `line` (its day `day`) starts an article after the one dated `last`, the
 * dateline before it in its text: one with its weekday always does; a date alone that is older than
 * `last` is a table's cell (a resolution's date, 3 พฤศจิกายน 2552, in a cabinet summary of 2565), not a
 * later article's day.
 */
export function startsArticle(line: string, day: Ymd, last: Ymd | null | undefined): boolean {
  if (!last || DATELINE_WEEKDAY.test(line)) return true;
  return (day.year - last.year || day.month - last.month || day.day - last.day) >= 0;
}

/**
 * The day a date value names when it is one day with its year (`2020-08-25`), as a Ymd;
 * undefined for a month, a range or a period.
 */
export function dayOf(value: string): Ymd | undefined {
  const m = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/.exec(value);
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : undefined;
}

/** A date's year as a period: the last, for one across new year (a fiscal year); none for a single day. */
export function periodYear(value: string): number | undefined {
  if (dayOf(value)) return undefined;
  const years = value.match(/(?<![0-9-])[0-9]{4}/g);
  return years ? Number(years[years.length - 1]) : undefined;
}

/** Whether a date's value is a period: months, quarters, years, not a day or a range of days. */
export function isPeriodValue(value: string | number): boolean {
  return typeof value === "string" && dayOf(value) === undefined && !isDayRange(value);
}

/** Whether a date value is a range of days (2023-01-20/2023-01-22), not of months or quarters. */
export function isDayRange(value: string): boolean {
  return /^[0-9]{4}-[0-9]{2}-[0-9]{2}\/[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(value);
}

/** Days a range of days may span and still be an event's (a fair, a week of rain); longer, a period. */
const PERIOD_DAYS = 31;

/** Whether a date value is a range of days longer than an event's (2024-01-01/2024-12-29): a period figures are counted over. */
export function isLongDayRange(value: string): boolean {
  return daySpan(value) > PERIOD_DAYS;
}

/** Days from a range of days' first to its last (2024-01-01/2024-10-20 → 293); 0 for any other value. */
export function daySpan(value: string): number {
  if (!isDayRange(value)) return 0;
  const [from, to] = value.split("/").map((d) => Date.parse(`${d}T00:00:00Z`));
  return Math.round((to! - from!) / 86_400_000);
}

/**
 * Whether the date at [start, end) of `view` is a dateline: alone on its line but for the weekday
 * before it (วันอังคารที่ 25 สิงหาคม 2563). A text holding many articles starts each with one.
 */
export function isDateline(view: string, start: number, end: number): boolean {
  const lineStart = view.lastIndexOf("\n", start - 1) + 1;
  let lineEnd = view.indexOf("\n", end);
  if (lineEnd < 0) lineEnd = view.length;
  return DATELINE_BEFORE.test(view.slice(lineStart, start)) && DATELINE_AFTER.test(view.slice(end, lineEnd));
}
