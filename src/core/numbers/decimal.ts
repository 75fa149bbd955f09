/**
 * Exact decimal arithmetic on numerals as written: `9,475.739` × 10⁶ is 9475739000, not
 * 9475738999.999998 as floating point would give.
 */

/** Parses digits with `,` thousands separators and `.` decimal point (ASCII digits only). */
export function parseDecimal(numeral: string, exponent = 0): number | undefined {
  const plain = numeral.replace(/,/g, "");
  const m = /^(\d*)(?:\.(\d+))?$/.exec(plain);
  if (!m || (m[1] === "" && m[2] === undefined)) return undefined;
  const intPart = m[1] ?? "";
  const fracPart = m[2] ?? "";
  if (exponent === 0) return Number(plain);
  // Shift the decimal point by `exponent` places on the digit string.
  const digits = intPart + fracPart;
  const point = intPart.length + exponent;
  const shifted = point >= digits.length
    ? digits + "0".repeat(point - digits.length)
    : `${digits.slice(0, point)}.${digits.slice(point)}`;
  return Number(shifted);
}

/**
 * Rounds away floating-point noise (15 significant digits), for values built by arithmetic.
 * A whole number of at most 15 digits has no noise to lose and is returned as it is (negative
 * zero as zero, as the round trip through text gives), without the trip through text.
 */
export function clean(value: number): number {
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return value + 0;
  return Number.isFinite(value) ? Number(value.toPrecision(15)) : value;
}

/**
 * Formats a number as a plain decimal, never in exponent notation (`1e21` → `1000000000000000000000`).
 */
export function formatPlain(value: number): string {
  const s = String(value);
  // String() writes an exponent with a lower-case e, and no other e (Infinity, NaN have none).
  if (!s.includes("e")) return s;
  const [mantissa = "", expPart = "0"] = s.split(/e/i);
  const exp = Number(expPart);
  const negative = mantissa.startsWith("-");
  const [int = "", frac = ""] = mantissa.replace("-", "").split(".");
  const digits = int + frac;
  const point = int.length + exp;
  let out: string;
  if (point <= 0) out = `0.${"0".repeat(-point)}${digits}`;
  else if (point >= digits.length) out = digits + "0".repeat(point - digits.length);
  else out = `${digits.slice(0, point)}.${digits.slice(point)}`;
  return (negative ? "-" : "") + out;
}
