/** Buddhist-era years run 543 ahead of Gregorian ones (2564 BE = 2021 CE). */
export const BE_OFFSET = 543;

/** The first year read as Buddhist era when no era is written (FACTS.md: a four-digit year ≥ 2400). */
export const BE_THRESHOLD = 2400;

export type Era = "BE" | "CE" | "auto";

/** An era marker as looked up: spaces and a final dot removed (`พ.ศ 2563` is read as `พ.ศ. 2563`). */
export const eraKey = (marker: string): string => marker.replace(/[ \t]+/g, "").replace(/\.$/, "");

/**
 * The era a year's text is written in: that of the era marker before its digits (`พ.ศ. 2563`,
 * by the rule set's `date_era`, keyed by eraKey), "auto" without one.
 */
export function eraOf(text: string, eras: ReadonlyMap<string, Exclude<Era, "auto">>): Era {
  const digit = text.search(/[0-9]/);
  return digit <= 0 ? "auto" : eras.get(eraKey(text.slice(0, digit))) ?? "auto";
}

/** A year as written after ปี or an era marker (`2567`, `พ.ศ. 2563`, `67`, `ค.ศ. 2020`), to Gregorian. */
export function readWrittenYear(text: string, eras: ReadonlyMap<string, Exclude<Era, "auto">>): number | undefined {
  const digits = /[0-9]+/.exec(text)?.[0];
  if (!digits) return undefined;
  return toGregorianYear(Number(digits), digits.length, eraOf(text, eras));
}

/**
 * Converts a written year to Gregorian.
 * - four digits: Buddhist era when ≥ 2400 (or when `era` is "BE"), Gregorian otherwise;
 * - two digits: Buddhist era 25xx (only meaningful after a Thai month: `19 พ.ย. 64` → 2021).
 */
export function toGregorianYear(written: number, digits: number, era: Era = "auto"): number {
  if (digits <= 2) return 2500 + written - BE_OFFSET;
  if (era === "CE") return written;
  if (era === "BE" || written >= BE_THRESHOLD) return written - BE_OFFSET;
  return written;
}
