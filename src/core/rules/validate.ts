/**
 * Full validation of rule sources: everything compileRules checks, plus every example and
 * counterexample run (a rule that cannot match its own examples is an EXAMPLE_FAILED error).
 */
import type { Diagnostic } from "../diagnostic.js";
import type { Segmenter } from "../segmenter.js";
import { compileRules, type CompiledMask, type CompiledRule, type RuleSet, type RuleSource } from "./compile.js";
import { runExamples, type ExampleResult } from "./examples.js";

/**
 * `examplesOf` picks the rules whose examples run (default: all); `extract rules validate`
 * runs only the user's, since layering a user rule may rightly take text from a built-in one.
 */
export function validateRules(
  sources: readonly RuleSource[],
  segmenter: (rules: RuleSet) => Segmenter,
  examplesOf?: (rule: CompiledRule | CompiledMask) => boolean,
): { ruleSet: RuleSet; diagnostics: Diagnostic[] } {
  const { ruleSet, diagnostics } = compileRules(sources);
  // The examples still run when there are problems, in the rules that did compile (a broken rule
  // is left out of the set; the rest of its file stays), so that one run reports every problem:
  // a typo in one rule does not hide another's failing example.
  return { ruleSet, diagnostics: [...diagnostics, ...exampleDiagnostics(runExamples(ruleSet, segmenter(ruleSet), examplesOf))] };
}

/** Failed examples as EXAMPLE_FAILED diagnostics. */
export function exampleDiagnostics(results: readonly ExampleResult[]): Diagnostic[] {
  return results.filter((r) => !r.ok).map((r) => ({
    file: r.pos.file, line: r.pos.line, col: r.pos.col, code: "EXAMPLE_FAILED" as const,
    message: `rule ${r.rule.id}, ${r.kind} "${r.text}": ${r.problem ?? "failed"}`,
  }));
}
