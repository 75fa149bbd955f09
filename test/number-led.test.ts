/**
 * Number-led patterns (core/rules/number-led.ts): which patterns count as led by a number, and
 * that trying them only at number starts finds exactly the candidates and rejections their full
 * scans find.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { findCandidates, type Candidate, type Rejection } from "../src/core/extract/candidates.js";
import { WordBoundaries } from "../src/core/extract/word-boundaries.js";
import { isNumberLed, numberStarts } from "../src/core/rules/number-led.js";
import { compilePattern } from "../src/core/rules/pattern.js";
import type { RuleSet } from "../src/core/index.js";
import { matchView } from "../src/core/text/match-view.js";
import { ROOT, builtinRules, segmenter } from "./helpers.js";

const lexicons = new Map([["unit", "(?:บาท|ราย)"]]);
const led = (pattern: string): boolean => isNumberLed(compilePattern(pattern, lexicons).source);

describe("isNumberLed", () => {
  test.each([
    ["{number:value} ?{unit:unit}", true],
    ["{number} ?{unit:unit}", true],
    ["(?=[0-9])(?<=(?:,|และ) ?){number:value} ?{unit}", true],
    ["(?<=ละ ?)(?!25[0-9]{2})(?!ปี){number:value}(?![-0-9%])", true],
    ["{number:value}+ ?{unit}", true],
  ])("%s leads with a number: %s", (pattern, expected) => expect(led(pattern)).toBe(expected));

  test.each([
    ["ร้อยละ ?{number:value}", false],
    ["{unit:unit} ?{number:value}", false],
    ["{number:value}? ?{unit}", false],
    ["{number:value}* ?{unit}", false],
    ["(?=[0-9])? ?{number:value}", false],
    ["{number:value} ?บาท|ราคา ?{number:value}", false],
    ["(?:{number:value}|สิบ) ?{unit}", false],
    ["{date:value}", false],
  ])("%s does not: %s", (pattern, expected) => expect(led(pattern)).toBe(expected));

  test("an alternation inside a group or a class does not count", () => {
    expect(led("{number:value} ?(?:บาท|ราย)")).toBe(true);
    expect(led("{number:value}[|] ?{unit}")).toBe(true);
  });
});

describe("numberStarts", () => {
  test("finds every start, overlapping ones too", () => {
    const view = "สองแสนห้าหมื่น 5 แสน, 1,234.5 และ x9 12";
    const starts = [...numberStarts(view)];
    expect(starts).toContain(view.indexOf("ห้า"));
    expect(starts).toContain(view.indexOf("แสน"));
    expect(starts).toContain(view.indexOf("แสน", 5));
    expect(starts).toContain(view.indexOf("1,234"));
    expect(starts).not.toContain(view.indexOf("234"));
    expect(starts).not.toContain(view.indexOf("9"));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });
});

/** The built-in rules with every pattern scanning the text itself. */
function scanningOnly(rules: RuleSet): RuleSet {
  return { ...rules, rules: rules.rules.map((rule) => ({ ...rule, numberLed: rule.regexes.map(() => undefined) })) };
}

function candidates(view: string, rules: RuleSet): { found: Candidate[]; rejections: Rejection[] } {
  const rejections: Rejection[] = [];
  const found = findCandidates({
    view, rules, boundaries: new WordBoundaries(view, segmenter), masks: [], rejections,
    dates: { documentDate: () => ({ year: 2020, month: 6, day: 1 }) },
  });
  return { found, rejections };
}

const summary = ({ found, rejections }: ReturnType<typeof candidates>): unknown[] => [
  found.map((c) => [c.rule.id, c.start, c.end, c.value, c.valueMax, c.unit, c.qualifier]),
  rejections.map((r) => [r.rule.id, r.start, r.end, r.reason]),
];

describe("number-led patterns tried at number starts find what their scans find", () => {
  const rules = builtinRules();
  const scanning = scanningOnly(rules);

  test("most built-in patterns are number-led", () => {
    expect(rules.rules.flatMap((r) => r.numberLed).filter(Boolean).length).toBeGreaterThanOrEqual(14);
  });

  test("on every line of the corpus sample", () => {
    const lines = readFileSync(join(ROOT, "fixtures/corpus-sample.txt"), "utf8").split("\n").map(matchView);
    let total = 0;
    for (const line of lines) {
      const led = candidates(line, rules);
      expect(summary(led)).toEqual(summary(candidates(line, scanning)));
      total += led.found.length;
    }
    expect(total).toBeGreaterThan(500);
  });

  test("on tricky starts: number words inside others, a rejected match retried a character later", () => {
    for (const line of ["สามารถ 3 ราย", "สองแสนห้าหมื่นบาท", "5 แสนบาท 10 แสนล้านบาท", "ร้อยยี่สิบราย", "ราคา 25 บาท ละ 3 บาท", "1.5-2.5 ล้านบาท และ 3, 4 และ 5 ปี"]) {
      expect(summary(candidates(line, rules))).toEqual(summary(candidates(line, scanning)));
    }
  });

  const slice = "/tmp/slice20.txt";
  test.skipIf(!existsSync(slice))("on sampled lines of the benchmark slice, when it is there", () => {
    const lines = readFileSync(slice, "utf8").slice(0, 3_000_000).split("\n").filter((_, i) => i % 7 === 0).map(matchView);
    for (const line of lines) expect(summary(candidates(line, rules))).toEqual(summary(candidates(line, scanning)));
  });
});
