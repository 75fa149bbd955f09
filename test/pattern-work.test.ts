/**
 * Every built-in pattern is linear on long runs of one kind of character: a line of digits, of
 * Latin letters, of dots or hyphens, of spaces, of Thai without spaces, and their simplest
 * mixtures. Each piece of a document stays under --timeout however slow a pattern is, so a
 * quadratic one (the e-mail mask: 1 MB of "1" took 39 s) is never stopped; it has to be found
 * here. The work is counted, not timed (support/regex-work.ts): a pattern fails when four times
 * the text costs more than six times the work, or when the adversarial text costs more than a
 * generous multiple of a plain pass over news text of the same length.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { matchView } from "../src/core/text/match-view.js";
import { builtinRules, ROOT } from "./helpers.js";
import { countWork, OverBudget } from "./support/regex-work.js";

const SHORT = 500;
const LONG = 4 * SHORT;
/** Linear work grows 4× from SHORT to LONG, quadratic 16×. */
const MAX_GROWTH = 6;
/** The most an adversarial text may cost, as a multiple of a plain pass (the worst built-in pattern is ~25×). */
const MAX_OVER_PLAIN = 64;

const run = (unit: string) => (n: number): string => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
const ADVERSARIAL: Record<string, (n: number) => string> = {
  "digits": run("1"),
  "Latin letters": run("a"),
  "dots": run("."),
  "hyphens": run("-"),
  "spaces": run(" "),
  "Thai letters": run("ก"),
  "Thai without spaces": run("พื้นที่ทั้งหมดของจังหวัดจำนวน"),
  "1.": run("1."),
  "1,": run("1,"),
  "1 ": run("1 "),
  "1-": run("1-"),
  "a@": run("a@"),
  "a.": run("a."),
};

const ruleSet = builtinRules();
const patterns = [...ruleSet.rules, ...ruleSet.masks].flatMap((rule) => rule.regexes.map((regex, i) => ({ id: rule.regexes.length > 1 ? `${rule.id}#${i + 1}` : rule.id, source: regex.source })));
const plain = matchView(readdirSync(join(ROOT, "seeds")).sort().slice(0, 20).map((f) => readFileSync(join(ROOT, "seeds", f), "utf8")).join("\n")).slice(0, LONG);

describe("the counter", () => {
  test("sees the quadratic e-mail pattern as quadratic, and its fix as linear", () => {
    const before = "[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}";
    const after = "(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}";
    expect(countWork(before, "1".repeat(LONG)) / countWork(before, "1".repeat(SHORT))).toBeGreaterThan(12);
    expect(countWork(after, "1".repeat(LONG)) / countWork(after, "1".repeat(SHORT))).toBeLessThan(4.5);
  });

  test.each(patterns)("finds what RegExp finds: $id", ({ source }) => {
    const text = ["ติดต่อ info2566@example.go.th โทร. 02 123 4567 กม. 132+100 โควิด-19", plain].join("\n");
    const expected = [...text.matchAll(new RegExp(source, "gu"))].map((m): [number, number] => [m.index, m.index + m[0].length]);
    const found: Array<[number, number]> = [];
    countWork(source, text, Infinity, found);
    expect(found).toEqual(expected);
  });
});

describe.each(patterns)("$id", ({ source }) => {
  const plainWork = countWork(source, plain);
  test.each(Object.entries(ADVERSARIAL))("is linear on a run of %s", (_name, make) => {
    const budget = MAX_OVER_PLAIN * Math.max(plainWork, LONG);
    let long: number;
    try {
      long = countWork(source, make(LONG), budget);
    } catch (error) {
      if (error instanceof OverBudget) expect.fail(`more than ${MAX_OVER_PLAIN}× a plain pass (${plainWork} steps) on ${LONG} characters`);
      throw error;
    }
    const short = countWork(source, make(SHORT));
    expect(long / short, `${short} steps on ${SHORT} characters, ${long} on ${LONG}`).toBeLessThanOrEqual(MAX_GROWTH);
  });
});
