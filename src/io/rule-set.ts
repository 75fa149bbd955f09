/**
 * The rule set of a run or of the library: the rule files read, then taken from the build's
 * cache when they are just the built-in ones (rules-cache.ts), else compiled. Problems come back
 * as data; the command line prints them, the library throws them.
 */
import type { RuleSet } from "../core/index.js";
import { readCachedRuleSet } from "./rules-cache.js";
import { loadRuleSources, type RulesLoadError, type RulesLoadOptions } from "./rules-loader.js";

export interface LoadedRuleSet {
  /** Undefined when there is any problem. */
  ruleSet?: RuleSet;
  /** Rule files that could not be read. */
  errors: RulesLoadError[];
  /** Problems found compiling them, formatted (`file:line:col: CODE: …`). */
  diagnostics: string[];
}

export async function readRuleSet(options: RulesLoadOptions): Promise<LoadedRuleSet> {
  const { sources, errors } = await loadRuleSources(options);
  if (errors.length > 0) return { errors, diagnostics: [] };
  const cached = options.userPaths.length === 0 ? readCachedRuleSet(sources) : undefined;
  if (cached) return { ruleSet: cached, errors: [], diagnostics: [] };
  // The compiler (and yaml) is loaded only when needed.
  const { compileRules, formatDiagnostic } = await import("../core/index.js");
  const { ruleSet, diagnostics } = compileRules(sources);
  if (diagnostics.length > 0) return { errors: [], diagnostics: diagnostics.map(formatDiagnostic) };
  return { ruleSet, errors: [], diagnostics: [] };
}
