/**
 * The rules of a run (extraction or `explain`): read, then taken from the build's cache when
 * they are just the built-in ones (io/rules-cache.ts), else compiled. Every problem is reported
 * through `say`; undefined means there was one.
 */
import type { RuleSet } from "../core/runtime.js";
import { readCachedRuleSet } from "../io/rules-cache.js";
import { loadRuleSources } from "../io/rules-loader.js";
import type { StderrStyle } from "./style.js";

export async function loadRuleSet(
  options: { defaultRules: boolean; rules: readonly string[] }, style: StderrStyle, say: (line: string) => void,
): Promise<RuleSet | undefined> {
  const { sources, errors } = await loadRuleSources({ builtIn: options.defaultRules, userPaths: options.rules });
  for (const e of errors) say(style.error(e.path, e.message));
  if (errors.length > 0) return undefined;
  const cached = options.rules.length === 0 ? readCachedRuleSet(sources) : undefined;
  if (cached) return cached;
  // The compiler (and yaml) is loaded only when needed.
  const { compileRules, formatDiagnostic } = await import("../core/index.js");
  const { ruleSet, diagnostics } = compileRules(sources);
  for (const d of diagnostics) say(formatDiagnostic(d));
  return diagnostics.length > 0 ? undefined : ruleSet;
}
