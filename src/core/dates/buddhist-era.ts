/** Buddhist-era years run 543 ahead of Gregorian ones (2564 BE = 2021 CE). */
export const BE_OFFSET = 543;

/** The first year read as Buddhist era when no era is written (FACTS.md: a four-digit year ≥ 2400). */
export const BE_THRESHOLD = 2400;

export type Era = "BE" | "CE" | "auto";

/**
 * Converts a written year to Gregorian.
 * - four digits: Buddhist era when ≥ 2400 (or when `era` is "BE"), Gregorian otherwise;
 * - two digits: Buddhist era 25xx (only meaningful after a Thai month: `19 พ.ย. 64` → 2021).
 */
/** A year as written after ปี / พ.ศ. / ค.ศ. (`2567`, `พ.ศ. 2563`, `67`, `ค.ศ. 2020`), to Gregorian. */
export function readWrittenYear(text: string): number | undefined {
  const digits = /[0-9]+/.exec(text)?.[0];
  if (!digits) return undefined;
  return toGregorianYear(Number(digits), digits.length, text.startsWith("ค") ? "CE" : text.startsWith("พ") ? "BE" : "auto");
}

export function toGregorianYear(written: number, digits: number, era: Era = "auto"): number {
  if (digits <= 2) return 2500 + written - BE_OFFSET;
  if (era === "CE") return written;
  if (era === "BE" || written >= BE_THRESHOLD) return written - BE_OFFSET;
  return written;
}
