/**
 * Full validation of rule sources: everything compileRules checks, plus the examples and
 * counterexamples run (a rule that cannot match its own examples is an EXAMPLE_FAILED error).
 */
import type { Diagnostic } from "../diagnostic.js";
import { compileRules, type RuleSet, type RuleSource } from "./compile.js";
import type { ExampleResult } from "./examples.js";

/**
 * `runCases` runs the examples of the rules it picks and says how each went: `extract rules
 * validate` runs the user's on worker threads, under the run's time budget; the tests run them
 * in their own thread (runExamples).
 */
export async function validateRules(
  sources: readonly RuleSource[],
  runCases: (ruleSet: RuleSet) => readonly ExampleResult[] | Promise<readonly ExampleResult[]>,
): Promise<{ ruleSet: RuleSet; diagnostics: Diagnostic[] }> {
  const { ruleSet, diagnostics } = compileRules(sources);
  // The examples still run when there are problems, in the rules that did compile (a broken rule
  // is left out of the set; the rest of its file stays), so that one run reports every problem:
  // a typo in one rule does not hide another's failing example.
  return { ruleSet, diagnostics: [...diagnostics, ...exampleDiagnostics(await runCases(ruleSet))] };
}

/** Failed examples as EXAMPLE_FAILED diagnostics. */
function exampleDiagnostics(results: readonly ExampleResult[]): Diagnostic[] {
  return results.filter((r) => !r.ok).map((r) => ({
    file: r.pos.file, line: r.pos.line, col: r.pos.col, code: "EXAMPLE_FAILED" as const,
    message: `rule ${r.rule.id}, ${r.kind} "${r.text}": ${r.problem ?? "failed"}`,
  }));
}
