/** Offsets point into the original text: text === document.slice(start, end), lines agree. */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { ROOT, factsOf } from "./helpers.js";

function checkDocument(text: string): number {
  const facts = factsOf(text);
  for (const f of facts) {
    expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(f.start).toBeLessThan(f.end);
    expect(text.slice(0, f.start).split("\n").length).toBe(f.line);
    if (f.qualifier === "range") expect(f.value_max).toBeGreaterThan(Number(f.value));
    else expect(f.value_max).toBeUndefined();
    if (typeof f.value === "number") expect(Number.isFinite(f.value)).toBe(true);
  }
  return facts.length;
}

describe("span invariant", () => {
  test.each(readdirSync(join(ROOT, "seeds")).sort())("seeds/%s", (name) => {
    const text = readFileSync(join(ROOT, "seeds", name), "utf8").replace(/^\uFEFF/, "");
    expect(checkDocument(text)).toBeGreaterThan(0);
  });

  test("corpus sample (fixtures/corpus-sample.txt, ~0.9 MB of government news)", () => {
    const articles = readFileSync(join(ROOT, "fixtures/corpus-sample.txt"), "utf8").split("\n\n");
    let total = 0;
    for (const article of articles) total += checkDocument(article);
    expect(total).toBeGreaterThan(1000);
  });
});

describe("text as real files write it", () => {
  const composed = "น้ำท่วม 77 ตำบล 536 หมู่บ้าน ลดลง ๑.๕ ล้านบาท";
  const decomposed = composed.replace(/\u0e33/g, "\u0e4d\u0e32").replace("น้\u0e4d\u0e32", "น\u0e4d\u0e49\u0e32");

  test("decomposed sara am (PDF text) gives the same facts, spans into the original", () => {
    expect(decomposed).not.toBe(composed);
    const a = factsOf(composed);
    const b = factsOf(decomposed);
    expect(b.map((f) => [f.kind, f.value, f.unit])).toEqual(a.map((f) => [f.kind, f.value, f.unit]));
    expect(b.length).toBe(3);
    for (const f of b) expect(decomposed.slice(f.start, f.end)).toBe(f.text);
  });

  test("a table's wide gap between a number and its multiplier, spaces and non-breaking ones mixed", () => {
    const text = "สัญญา\n592      สัญญา\nต้นเงิน     2,679.44\u00a0 \u00a0 \u00a0ล้านบาท\n2     บริษัท ปตท. จำกัด (มหาชน)";
    const facts = factsOf(text);
    expect(facts.map((f) => [f.kind, f.value, f.unit])).toEqual([["money", 2679440000, "THB"]]);
    for (const f of facts) expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(facts[0]!.line).toBe(3);
  });

  test("CRLF line ends and non-breaking spaces between number and unit", () => {
    const text = "บรรทัดแรก\r\nพื้นที่ 1,451\u00a0ไร่เศษ\r\nวันที่ 5\u00a0พ.ย. 2563\r\n";
    const facts = factsOf(text);
    expect(facts.map((f) => [f.kind, f.value, f.qualifier ?? "", f.line])).toEqual([
      ["area", 1451, "more_than", 2], ["date", "2020-11-05", "", 3],
    ]);
    for (const f of facts) expect(text.slice(f.start, f.end)).toBe(f.text);
  });
});

describe("wordcut's quirks do not damage figures", () => {
  // wordcut glues Thai digits, ๆ, ฯ, % and curly quotes to their neighbours; the core never
  // hands it those characters, so the figures around them come out whole.
  test.each([
    ["ในกรุงเทพฯ 5 แห่ง", "count", 5, "แห่ง"],
    ["หน่วยงานต่างๆ ๑๐ ราย", "count", 10, "ราย"],
    ["“สามจังหวัด” ภาคใต้", "count", 3, "จังหวัด"],
    ["เพิ่มขึ้น 12.5% จากปีก่อน", "percent", 12.5, "percent"],
    ["อื่น ๆ อีก ๒๐ โครงการ", "count", 20, "โครงการ"],
    ["ฯลฯ รวม ๓ ชั้น", "count", 3, "ชั้น"],
  ])("%s", (text, kind, value, unit) => {
    const facts = factsOf(text);
    expect(facts).toHaveLength(1);
    expect(facts[0]).toMatchObject({ kind, value, unit });
    expect(text.slice(facts[0]?.start, facts[0]?.end)).toBe(facts[0]?.text);
  });
});
