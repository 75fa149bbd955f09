/**
 * Quarters and halves of a year, written with their year, as the interval of their months:
 * `ไตรมาสที่ 3/2545`, `ไตรมาส 3 ปี 2545`, `ไตรมาส 4 ของปี 2563`, `ไตรมาสแรกของปี 2566`, `Q3/45`,
 * `Q4 2565` → 2002-07/2002-09 …; `ครึ่งแรกของปี 2568`, `ครึ่งปีหลัง 2567`, `H1/2568` → 2025-01/2025-06.
 * Without a year (`ไตรมาส 2`, `ไตรมาสที่ผ่านมา`) a period is no date, so it is not matched here.
 */
import { readWrittenYear } from "./buddhist-era.js";
import { isoDate } from "./calendar.js";

const ERA = "(?:(?:พ\\.ศ\\.?|ค\\.ศ\\.?) ?)?";
const YEAR4 = "[12][0-9]{3}(?![0-9]|[.,][0-9])";
const YEAR2 = "[0-9]{2}(?![0-9]|[.,][0-9])";
const SP = "[ \\t]{0,3}";

/** Ordinal words of a quarter or a half, and which one they name. */
const ORDINALS: Readonly<Record<string, number>> = { แรก: 1, สอง: 2, สาม: 3, สี่: 4, หลัง: 2, สุดท้าย: 4 };

/** Regex source of a period; with `named`, its parts are captured as `<p>q` (quarter), `<p>h` (half), `<p>y`. */
export function periodSource(named: boolean, p = "p"): string {
  const g = (name: string, src: string): string => (named ? `(?<${p}${name}>${src})` : `(?:${src})`);
  const quarter = `(?:ไตรมาส(?:ที่)?${SP}(?:${g("q", "[1-4]")}(?![0-9.])|${g("qw", "แรก|สอง|สาม|สี่|สุดท้าย")})|(?<![A-Za-z])Q${g("qq", "[1-4]")})`;
  const half = `(?:ครึ่ง(?:ปี)?${SP}${g("hw", "แรก|หลัง")}|(?<![A-Za-z])H${g("hh", "[12]")})`;
  // After `/` or ปี a two-digit year is Buddhist era (ไตรมาส 3/45); after a bare space only a
  // four-digit one is a year (ไตรมาสแรก 10 ราย counts).
  const toYear = `(?:${SP}(?:/|(?:ของ|ใน)?${SP}ปี)${SP}${g("y", `${ERA}(?:${YEAR4}|${YEAR2})`)}|[ \\t]{1,3}${g("y4", `${ERA}${YEAR4}`)})`;
  return `(?:${quarter}|${half})${toYear}`;
}

/** The months of a matched period as an ISO interval (`2002-07/2002-09`), from its named groups. */
export function periodValue(groups: Readonly<Record<string, string | undefined>>, p = "p"): string | undefined {
  const yearText = groups[`${p}y`] ?? groups[`${p}y4`];
  if (yearText === undefined) return undefined;
  const year = readWrittenYear(yearText);
  if (year === undefined) return undefined;
  const quarter = groups[`${p}q`] ?? groups[`${p}qq`];
  const quarterWord = groups[`${p}qw`];
  const halfWord = groups[`${p}hw`];
  const half = groups[`${p}hh`];
  let first: number;
  let months: number;
  if (quarter !== undefined || quarterWord !== undefined) {
    first = ((quarter !== undefined ? Number(quarter) : ORDINALS[quarterWord!]!) - 1) * 3 + 1;
    months = 3;
  } else if (half !== undefined || halfWord !== undefined) {
    first = ((half !== undefined ? Number(half) : ORDINALS[halfWord!]!) - 1) * 6 + 1;
    months = 6;
  } else {
    return undefined;
  }
  return `${isoDate(year, first)}/${isoDate(year, first + months - 1)}`;
}
