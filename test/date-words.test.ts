/** The date recognizer's words are rule data (`date_*` context settings, rules/calendar.yaml). */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { wordcutSegmenter } from "../src/adapters/wordcut.js";
import { compileRules, extractFacts, type RuleSource } from "../src/core/index.js";
import { builtinRules, builtinSources, segmenter } from "./helpers.js";
import { parseJsonl, runCli, writeIn } from "./run-cli.js";

const user = (text: string, file = "my.yaml"): RuleSource => ({ file, text, origin: "user" });
const compiled = (...extra: RuleSource[]) => compileRules([...builtinSources(), ...extra]);
const datesOf = (text: string, rules = builtinRules()) =>
  extractFacts(text, rules, segmenter).facts.filter((f) => f.kind === "date").map((f) => [f.text, f.value]);

describe("a user's date words", () => {
  const RANGE = "งดจำหน่าย 1 มกราคม 2567 ตราบจน 31 มีนาคม 2567";

  test("a through word added to date_through joins a range's ends", () => {
    expect(datesOf(RANGE)).toEqual([["1 มกราคม 2567", "2024-01-01"], ["31 มีนาคม 2567", "2024-03-31"]]);
    const { ruleSet, diagnostics } = compiled(user("lexicons:\n  date_through:\n    - ตราบจน\n"));
    expect(diagnostics).toEqual([]);
    expect(datesOf(RANGE, ruleSet)).toEqual([["1 มกราคม 2567 ตราบจน 31 มีนาคม 2567", "2024-01-01/2024-03-31"]]);
    // The built-in words still work, and the built-in rule set is not changed by the user's.
    expect(datesOf("1 ถึงวันที่ 5 มกราคม 2567", ruleSet)).toEqual([["1 ถึงวันที่ 5 มกราคม 2567", "2024-01-01/2024-01-05"]]);
    expect(datesOf(RANGE)).toHaveLength(2);
  });

  test("a through word added to date_through also joins a range whose high end is below zero", () => {
    // A user's range rule joined by a word of their own: the minus after that word is the high
    // end's sign only once the word is a through word (the joint is read from date_through).
    const rule = [
      "rules:",
      "  - id: my.pai-jon",
      "    kind: percent",
      "    priority: 5",
      "    pattern: \"ร้อยละ -?{number:value} ไปจน -?{number:value_max}\"",
      "    unit: percent",
      "",
    ].join("\n");
    const text = "คาดว่าจะหดตัวร้อยละ -3.2 ไปจน -2.2 ในปีนี้";
    const range = (rules: ReturnType<typeof builtinRules>) => extractFacts(text, rules, segmenter).facts
      .filter((f) => f.kind === "percent").map((f) => [f.value, f.value_max]);
    const without = compiled(user(rule));
    expect(without.diagnostics).toEqual([]);
    expect(range(without.ruleSet)).toEqual([[-3.2, 2.2]]);
    const withWord = compiled(user(`lexicons:\n  date_through:\n    - ไปจน\n${rule}`));
    expect(withWord.diagnostics).toEqual([]);
    expect(range(withWord.ruleSet)).toEqual([[-3.2, -2.2]]);
  });

  describe("from the command line (extract -r my.yaml)", () => {
    const dir = mkdtempSync(join(tmpdir(), "extract-date-words-"));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    test("the range is found with the user's word", async () => {
      writeIn(dir, "my.yaml", "lexicons:\n  date_through:\n    - ตราบจน\n");
      const run = await runCli(["-", "-r", "my.yaml", "-f", "jsonl"], dir, `${RANGE}\n`);
      expect(run.stderr).toBe("");
      expect(parseJsonl(run.stdout).map((f) => [f["text"], f["value"]])).toEqual([
        ["1 มกราคม 2567 ตราบจน 31 มีนาคม 2567", "2024-01-01/2024-03-31"],
      ]);
    });
  });

  test("an era marker added to date_era is matched and read in its era", () => {
    const { ruleSet, diagnostics } = compiled(user("lexicons:\n  date_era:\n    คริสต์ศักราช: CE\n"));
    expect(diagnostics).toEqual([]);
    expect(datesOf("5 มกราคม คริสต์ศักราช 2020", ruleSet)).toEqual([["5 มกราคม คริสต์ศักราช 2020", "2020-01-05"]]);
    expect(ruleSet.context.calendar.eras.get("คริสต์ศักราช")).toBe("CE");
  });

  test("the words between a period and the year that says its year are the calendar's (date_year_link, date_year_word, date_era)", () => {
    const { ofYear } = builtinRules().context.calendar;
    // ครึ่งปีแรก|ของปี |2567, ไตรมาส 4 ในปี พ.ศ. |2563: nothing but them, each optional.
    expect([" ของปี ", "ในปี พ.ศ. ", "ปี พ.ศ ", "", " "].map((gap) => ofYear.test(gap))).toEqual([true, true, true, true, true]);
    expect([" และ ", " ของปีงบประมาณ "].map((gap) => ofYear.test(gap))).toEqual([false, false]);
    // A user's link word joins them.
    const { ruleSet, diagnostics } = compiled(user("lexicons:\n  date_year_link:\n    - แห่ง\n"));
    expect(diagnostics).toEqual([]);
    expect(ruleSet.context.calendar.ofYear.test(" แห่งปี ")).toBe(true);
    expect(builtinRules().context.calendar.ofYear.test(" แห่งปี ")).toBe(false);
  });

  test("a quarter's ordinal added with its value names that quarter", () => {
    const { ruleSet, diagnostics } = compiled(user("lexicons:\n  date_quarter_ordinal:\n    ที่สาม: 3\n"));
    expect(diagnostics).toEqual([]);
    expect(datesOf("ไตรมาสที่สาม ปี 2566", ruleSet)).toEqual([["ไตรมาสที่สาม ปี 2566", "2023-07/2023-09"]]);
  });

  test("a rule set without date words still reads dates of digits and month names", () => {
    const date = user('rules:\n  - id: d\n    kind: date\n    pattern: "{date:value}"\n', "date.yaml");
    const { ruleSet, diagnostics } = compileRules([date]);
    expect(diagnostics).toEqual([]);
    const facts = (text: string) => extractFacts(text, ruleSet, wordcutSegmenter([])).facts.map((f) => [f.text, f.value]);
    expect(facts("3 – 9 กรกฎาคม 2562")).toEqual([["3 – 9 กรกฎาคม 2562", "2019-07-03/2019-07-09"]]);
    expect(facts("Q3/2545")).toEqual([["Q3/2545", "2002-07/2002-09"]]);
    expect(facts("5 มกราคม 2567 ถึง 9 มกราคม 2567").map(([t]) => t)).toEqual(["5 มกราคม 2567", "9 มกราคม 2567"]);
  });
});

describe("the date words stay out of the segmenter's dictionary", () => {
  test("the built-in words are those of the rules without rules/calendar.yaml", () => {
    const without = compileRules(builtinSources().filter((s) => !s.file.endsWith("calendar.yaml")));
    expect(builtinRules().words).toEqual(without.ruleSet.words);
  });
});

describe("bad date settings are reported with file:line:col and a code", () => {
  const problems = (text: string) => compiled(user(text)).diagnostics.map((d) => [d.file, d.line, d.col, d.code]);

  test("an era other than BE or CE", () => {
    expect(problems("lexicons:\n  date_era:\n    ร.ศ.: RE\n")).toEqual([["my.yaml", 3, 5, "RULE_INVALID"]]);
    const { diagnostics } = compiled(user("lexicons:\n  date_era:\n    ร.ศ.: RE\n"));
    expect(diagnostics[0]?.message).toContain('"RE"');
  });

  test.each([
    ["a quarter's ordinal out of 1-4", "lexicons:\n  date_quarter_ordinal:\n    ที่ห้า: 5\n", 3, 5],
    ["a half's ordinal with no value", "lexicons:\n  date_half_ordinal:\n    - ปลาย\n", 3, 7],
  ])("%s", (_name, text, line, col) => {
    expect(problems(text)).toEqual([["my.yaml", line, col, "RULE_INVALID"]]);
  });

  test("a date setting naming no lexicon", () => {
    expect(problems("context:\n  date_through: no_such_words\n")).toEqual([["my.yaml", 2, 17, "LEXICON_UNDEFINED"]]);
  });

  test("a misspelt date setting gets a did-you-mean", () => {
    const { diagnostics } = compiled(user("context:\n  date_thru: date_through\n"));
    expect(diagnostics.map((d) => [d.line, d.col, d.code])).toEqual([[2, 3, "RULE_INVALID"]]);
    expect(diagnostics[0]?.message).toContain('did you mean "date_through"');
  });
});
