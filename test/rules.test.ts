/** Every built-in rule's examples and counterexamples, as Duckling's corpora and textlint's tester. */
import { describe, expect, test } from "vitest";
import { compileRules, runExamples } from "../src/core/index.js";
import { builtinRules, builtinSources, factsOf, segmenter } from "./helpers.js";

describe("built-in rules", () => {
  test("compile without diagnostics", () => {
    expect(compileRules(builtinSources()).diagnostics).toEqual([]);
  });

  test("every rule carries at least one example", () => {
    for (const rule of builtinRules().rules) expect(rule.examples.length, rule.id).toBeGreaterThan(0);
  });

  const cases = runExamples(builtinRules(), segmenter).map((r) => [`${r.rule.id} ${r.kind}: ${r.text}`, r] as const);
  test.each(cases)("%s", (_name, result) => {
    expect(result.problem ?? "").toBe("");
    expect(result.ok).toBe(true);
  });
});

describe("the year a figure refers to (context year_pattern)", () => {
  const yearOf = (text: string, figure: string) => factsOf(text).find((f) => f.text === figure)?.year;

  test("a four-digit or two-digit year after ปี", () => {
    expect(yearOf("ในปี 2567 มีผู้ป่วย 500 ราย", "500 ราย")).toBe(2024);
    expect(yearOf("ในปี 64 มีผู้ป่วย 500 ราย", "500 ราย")).toBe(2021);
    expect(yearOf("ระยะที่ 2 ปี พ.ศ. 2564 – 2568 งบประมาณ 500 ล้านบาท", "500 ล้านบาท")).toBe(2021);
  });

  test("ปี after a number is that number's unit: the number after it is no year", () => {
    expect(yearOf("ระยะเวลาผ่อนชำระ อาทิ 15 ปี 20 ปี 30 ปี", "30 ปี")).toBeUndefined();
    expect(yearOf("ผู้ป่วยหญิงอายุ 26 ปี 23 ปี และ 25 ปี พบเชื้อ 6 ราย", "6 ราย")).toBeUndefined();
  });

  test("a quarter's number before ปี does not hide a four-digit year", () => {
    const facts = factsOf("ไตรมาส 2 ปี 2563 มีประชากร 796,705 คน");
    expect(facts.map((f) => f.text)).toEqual(["796,705 คน"]);
    expect(facts[0]?.year).toBe(2020);
  });
});
