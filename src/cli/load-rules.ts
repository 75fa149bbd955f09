/**
 * The rules of a run (extraction or `explain`), read by io/rule-set.ts. Every problem is
 * reported through `say`; undefined means there was one.
 */
import type { RuleSet } from "../core/runtime.js";
import { readRuleSet } from "../io/rule-set.js";
import type { StderrStyle } from "./style.js";

export async function loadRuleSet(
  options: { defaultRules: boolean; rules: readonly string[] }, style: StderrStyle, say: (line: string) => void,
): Promise<RuleSet | undefined> {
  const { ruleSet, errors, diagnostics } = await readRuleSet({ builtIn: options.defaultRules, userPaths: options.rules });
  for (const e of errors) say(style.error(e.path, e.message));
  for (const d of diagnostics) say(d);
  return ruleSet;
}
