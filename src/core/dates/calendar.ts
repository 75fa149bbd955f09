/** A calendar day in the Gregorian calendar; `month` and `day` are 1-based. */
export interface Ymd {
  year: number;
  month: number;
  day: number;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isValidDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

/** ISO 8601 `YYYY-MM` or `YYYY-MM-DD`. */
export function isoDate(year: number, month: number, day?: number): string {
  return day === undefined ? `${pad(year, 4)}-${pad(month)}` : `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** Days since the epoch, for distances between dates. */
export function dayNumber(d: Ymd): number {
  return Date.UTC(d.year, d.month - 1, d.day) / 86_400_000;
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(d: Ymd): number {
  return new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
}
