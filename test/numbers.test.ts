import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { clean, formatPlain, parseDecimal } from "../src/core/numbers/decimal.js";
import { NUMBER_SOURCE, parseNumber } from "../src/core/numbers/number.js";
import { parseThaiNumberWords } from "../src/core/numbers/thai-number-words.js";
import { buildMatchView, matchView } from "../src/core/text/match-view.js";

describe("Thai number words", () => {
  test.each([
    ["หนึ่ง", 1], ["สาม", 3], ["สิบ", 10], ["สิบเอ็ด", 11], ["ยี่สิบ", 20], ["ยี่สิบเอ็ด", 21],
    ["หนึ่งร้อยยี่สิบเอ็ด", 121], ["ร้อยห้า", 105], ["สองแสนห้าหมื่น", 250000], ["หนึ่งล้าน", 1000000],
    ["สามล้านสองแสน", 3200000], ["สองพันห้าร้อยหกสิบสี่", 2564],
  ])("%s → %d", (words, value) => {
    expect(parseThaiNumberWords(words)).toBe(value);
  });

  test.each(["แสน", "ล้าน", "สองสาม", "ยี่", "ยี่ร้อย", ""])("%j is not a number", (words) => {
    expect(parseThaiNumberWords(words)).toBeUndefined();
  });
});

describe("numerals with multipliers (in the match view)", () => {
  test.each([
    ["3,000", 3000], ["19.77", 19.77], ["๔๐.๘", 40.8], ["๓,๐๐๐", 3000], ["9 ล้าน", 9e6],
    ["๕๐ พันล้าน", 5e10], ["1.5 แสนล้าน", 1.5e11], ["3 หมื่น", 30000], ["1.2 ล้าน", 1.2e6],
    ["9,475.739 ล้าน", 9475739000], ["1.4 แสน", 140000], ["2 ล้านล้าน", 2e12], ["สองแสนห้าหมื่น", 250000],
  ])("%s → %d", (text, value) => {
    expect(parseNumber(matchView(text))).toBe(value);
  });

  test.each(["1.5 ร้อย", "3 ล้านแสน"])("%j is rejected", (text) => {
    expect(parseNumber(text)).toBeUndefined();
  });

  // The lower places written after the multiplier, a digit each (thaigov: รายได้สูงสุด 1 แสน 8 พันบาท,
  // อสม. 1 ล้าน 5 หมื่น คน): one number, not its last part.
  test.each([
    ["1 แสน 8 พัน", 108000], ["1 ล้าน 5 หมื่น", 1050000], ["5 แสน 4 หมื่น", 540000], ["3 ล้าน 5 แสน 2 พัน", 3502000],
    // A million after the last place counts the whole in millions.
    ["2 หมื่น 5 พันล้าน", 25e9],
  ])("%s → %d", (text, value) => {
    expect(parseNumber(matchView(text))).toBe(value);
  });

  test("only falling places join: a larger one after is another number", () => {
    const number = new RegExp(`^${NUMBER_SOURCE}`);
    expect(number.exec("5 พัน 2 แสน")?.[0]).toBe("5 พัน");
    expect(number.exec("1 แสน 8 พันบาท")?.[0]).toBe("1 แสน 8 พัน");
    expect(number.exec("2 หมื่น 5 พันล้านบาท")?.[0]).toBe("2 หมื่น 5 พันล้าน");
  });
});

describe("exact decimals", () => {
  test.each([
    ["9,475.739", 6, 9475739000], ["0.15", 0, 0.15], ["1,301,698", 0, 1301698], ["7.81", 9, 7810000000], ["12", 3, 12000],
  ])("%s × 10^%d", (numeral, exponent, value) => {
    expect(parseDecimal(numeral, exponent)).toBe(value);
  });

  test("clean removes floating-point noise", () => {
    expect(clean(0.1 + 0.2)).toBe(0.3);
    expect(clean(5 + 2 / 4 + 30 / 400)).toBe(5.575);
  });

  test.each([
    [1e21, "1000000000000000000000"], [1.5e22, "15000000000000000000000"], [1e-7, "0.0000001"], [40.8, "40.8"], [-2e21, "-2000000000000000000000"],
  ])("formatPlain(%d) = %s", (n, s) => {
    expect(formatPlain(n)).toBe(s);
  });
});

describe("match view", () => {
  test("keeps length and maps Thai digits, exotic spaces and dashes", () => {
    const text = "๓\u2013๙ ก\u00a0ข\u200b ค 5\u200bค";
    const view = matchView(text);
    expect(view).toBe("3-9 ก ข  ค 5 ค");
    expect(view.length).toBe(text.length);
  });

  test("removes a zero-width character between Thai letters, a web page's invisible word break, mapping offsets back", () => {
    // From the corpus: เดือน​พฤศจิ​กายน (a month's name cut in two), ชาญ​วี​รกูล (a surname).
    const text = "เดือน\u200bพฤศจิ\u200bกายน มีการเข้าพักร้อยละ 72.40 นายอนุทิน ชาญ\u200bวี\u2060รกูล";
    expect(matchView(text)).toBe(text);
    const source = buildMatchView(text);
    expect(source.view).toBe("เดือนพฤศจิกายน มีการเข้าพักร้อยละ 72.40 นายอนุทิน ชาญวีรกูล");
    const at = source.view.indexOf("72.40");
    expect(source.original(at, at + 5)).toBe("72.40");
    expect(source.original(source.view.indexOf("ชาญ"), source.view.length)).toBe("ชาญ\u200bวี\u2060รกูล");
  });
});

describe("clean", () => {
  /** The definition: the value through its 15 significant digits as text. */
  const roundTrip = (v: number): number => (Number.isFinite(v) ? Number(v.toPrecision(15)) : v);

  test("is the round trip through 15 significant digits, whole numbers and negative zero included", () => {
    const values = fc.oneof(fc.integer(), fc.maxSafeInteger(), fc.double(), fc.constantFrom(0, -0, 1e15 - 1, 1e15, -1e15 + 1, 0.1 + 0.2, 9475.739 * 1e6));
    fc.assert(fc.property(values, (v) => { expect(Object.is(clean(v), roundTrip(v))).toBe(true); }), { seed: 1618, numRuns: 20000 });
  });
});
