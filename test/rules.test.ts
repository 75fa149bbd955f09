/** Every built-in rule's examples and counterexamples, as Duckling's corpora and textlint's tester. */
import { describe, expect, test } from "vitest";
import { compileRules, runExamples } from "../src/core/index.js";
import { builtinRules, builtinSources, segmenter } from "./helpers.js";

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
