/** Thai weekday names written before a date (`วันศุกร์ที่ 19 พฤศจิกายน 2564`). */
import { weekday, type Ymd } from "./calendar.js";

const WEEKDAYS: ReadonlyArray<[string, number]> = [
  ["อาทิตย์", 0], ["จันทร์", 1], ["อังคาร", 2], ["พุธ", 3], ["พฤหัสบดี", 4], ["พฤหัส", 4], ["ศุกร์", 5], ["เสาร์", 6],
];

const BEFORE_DATE = new RegExp(`วัน(${WEEKDAYS.map(([n]) => n).join("|")})(?:ที่)?[ \\t]*$`);

/**
 * When the text just before a date names a weekday that is not the date's own, returns the
 * weekday written and the one the date falls on; otherwise undefined.
 */
export function weekdayMismatch(before: string, date: Ymd): { written: string; actual: string } | undefined {
  const m = BEFORE_DATE.exec(before);
  if (!m) return undefined;
  const written = m[1] ?? "";
  const expected = WEEKDAYS.find(([n]) => n === written)?.[1];
  const actual = weekday(date);
  if (expected === undefined || expected === actual) return undefined;
  const actualName = WEEKDAYS.find(([, d]) => d === actual)?.[0] ?? String(actual);
  return { written, actual: actualName };
}
