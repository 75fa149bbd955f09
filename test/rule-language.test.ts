/** Rule files are validated with file:line:col, a code, and what was expected. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { wordcutSegmenter } from "../src/adapters/wordcut.js";
import { compileRules, extractFacts, type RuleSource } from "../src/core/index.js";
import { ROOT, builtinSources, validateHere } from "./helpers.js";

const broken = (name: string): RuleSource => ({
  file: `fixtures/broken-rules/${name}`, text: readFileSync(join(ROOT, "fixtures/broken-rules", name), "utf8"), origin: "user",
});
const check = async (name: string) => (await validateHere([broken(name)])).diagnostics
  .map((d) => ({ file: d.file, line: d.line, col: d.col, code: d.code }));

describe("broken rule files are reported with file:line:col and a code", () => {
  test.each([
    ["bad-yaml.yaml", 3, "YAML_SYNTAX"],
    ["unknown-key.yaml", 4, "RULE_INVALID"],
    ["bad-regex.yaml", 4, "REGEX_INVALID"],
    ["undefined-lexicon.yaml", 4, "LEXICON_UNDEFINED"],
    ["duplicate-id.yaml", 5, "DUPLICATE_ID"],
    ["failing-example.yaml", 8, "EXAMPLE_FAILED"],
    ["unsafe-regex.yaml", 4, "REGEX_UNSAFE"],
    ["alias.yaml", 2, "RULE_INVALID"],
    ["lexicon-twin.yaml", 4, "RULE_INVALID"],
  ] as const)("%s → line %d %s", async (name, line, code) => {
    const found = await check(name);
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]).toMatchObject({ file: `fixtures/broken-rules/${name}`, line, code });
  });

  test("an unknown key gets a did-you-mean", () => {
    const { diagnostics } = compileRules([broken("unknown-key.yaml")]);
    expect(diagnostics[0]?.message).toContain('did you mean "patterns"');
    expect(diagnostics[0]?.col).toBe(5);
  });

  test("two entries of a lexicon that differ only in spaces are one: the second is reported, not lost", () => {
    const { diagnostics } = compileRules([broken("lexicon-twin.yaml")]);
    expect(diagnostics.map((d) => d.message)).toEqual(['lexicon currency: "ดอลลาร์สรอ." is the entry "ดอลลาร์ สรอ." of line 3 again (a space in an entry matches none or more): remove one']);
  });

  test("a position inside a pattern points at the placeholder", () => {
    const { diagnostics } = compileRules([broken("undefined-lexicon.yaml")]);
    expect(diagnostics[0]).toMatchObject({ line: 4, code: "LEXICON_UNDEFINED" });
    // Column 14 is the opening quote; the pattern's text starts at 15.
    expect(diagnostics[0]?.col).toBe(15 + "{number:value} ?".length);
    expect(diagnostics[0]?.endCol).toBe(15 + "{number:value} ?{power_unit:unit}".length);
  });
});

describe("layering", () => {
  const user = (text: string): RuleSource => ({ file: "user.yaml", text, origin: "user" });
  const seg = wordcutSegmenter([]);

  test("a user lexicon adds entries to a built-in one", () => {
    const { ruleSet, diagnostics } = compileRules([...builtinSources(), user("lexicons:\n  currency:\n    บิตคอยน์: BTC\n")]);
    expect(diagnostics).toEqual([]);
    const facts = extractFacts("ถือครอง 2.5 บิตคอยน์", ruleSet, seg).facts;
    expect(facts).toMatchObject([{ kind: "money", value: 2.5, unit: "BTC" }]);
  });

  test("a user rule overrides a built-in rule by id", () => {
    const { ruleSet, diagnostics } = compileRules([...builtinSources(),
      user('rules:\n  - id: percent.sign\n    kind: percent\n    pattern: "{number:value} ?%"\n    unit: pct\n')]);
    expect(diagnostics).toEqual([]);
    expect(ruleSet.rules.filter((r) => r.id === "percent.sign")).toHaveLength(1);
    expect(extractFacts("เพิ่ม 5%", ruleSet, seg).facts[0]).toMatchObject({ unit: "pct", rule: "percent.sign" });
  });

  test("a broken change_streak pattern is reported where it is written", () => {
    const { diagnostics } = compileRules([...builtinSources(), user('context:\n  change_streak: "เป็น(เดือน"\n')]);
    expect(diagnostics.map((d) => [d.file, d.line, d.code])).toEqual([["user.yaml", 2, "REGEX_INVALID"]]);
  });

  test("value expressions build a value from several captures", () => {
    const { ruleSet, diagnostics } = compileRules([user(
      'rules:\n  - id: area.test\n    kind: area\n    pattern: "{number:a} ไร่ {number:b} งาน"\n    value: "a + b / 4"\n    unit: rai\n')]);
    expect(diagnostics).toEqual([]);
    expect(extractFacts("5 ไร่ 2 งาน", ruleSet, seg).facts[0]).toMatchObject({ value: 5.5, unit: "rai" });
  });

  test("a lexicon entry that is empty or only spaces is reported where it is written", () => {
    const { diagnostics } = compileRules([user('lexicons:\n  about:\n    - ราว\n    - " "\n  near:\n    "": ใกล้\n')]);
    expect(diagnostics.map((d) => [d.file, d.line, d.col, d.code])).toEqual([
      ["user.yaml", 4, 7, "RULE_INVALID"],
      ["user.yaml", 6, 5, "RULE_INVALID"],
    ]);
  });

  test("references to captures the pattern does not have are reported", () => {
    const { diagnostics } = compileRules([user(
      'rules:\n  - id: area.test\n    kind: area\n    pattern: "{number:a} ไร่"\n    value: "a + c"\n')]);
    expect(diagnostics.map((d) => d.code)).toContain("CAPTURE_UNDEFINED");
  });
});

describe("lexicon names that are also Object.prototype's (issue 13)", () => {
  test.each(["__proto__", "toString", "constructor", "hasOwnProperty"])("a lexicon named %s matches", async (name) => {
    const source: RuleSource = {
      file: "user.yaml", origin: "user",
      text: [
        "lexicons:", `  ${name}:`, "    - วิดเจ็ต",
        "rules:", "  - id: user.widget", "    kind: count", `    pattern: "{number:value} ?{${name}:unit}"`,
        "    examples:", "      - \"5 วิดเจ็ต\"",
      ].join("\n"),
    };
    const { ruleSet, diagnostics } = await validateHere([...builtinSources(), source], (rule) => rule.origin === "user");
    expect(diagnostics).toEqual([]);
    expect(extractFacts("มี 5 วิดเจ็ต", ruleSet, wordcutSegmenter(ruleSet.words)).facts.map((f) => [f.rule, f.value, f.unit])).toEqual([["user.widget", 5, "วิดเจ็ต"]]);
  });
});
