/** Shared test setup: the built-in rules and one segmenter, loaded once per test file. */
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { wordcutSegmenter } from "../src/adapters/wordcut.js";
import { compileRules, extractFacts, runExamples, validateRules, type CompiledRule, type RuleSet, type RuleSource } from "../src/core/index.js";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");

export function builtinSources(): RuleSource[] {
  const dir = join(ROOT, "rules");
  return readdirSync(dir).filter((f) => f.endsWith(".yaml")).sort()
    .map((f) => ({ file: `rules/${f}`, text: readFileSync(join(dir, f), "utf8"), origin: "built-in" }));
}

let cached: RuleSet | undefined;
export function builtinRules(): RuleSet {
  if (!cached) {
    const { ruleSet, diagnostics } = compileRules(builtinSources());
    if (diagnostics.length) throw new Error(diagnostics.map((d) => `${d.file}:${d.line}:${d.col}: ${d.code}: ${d.message}`).join("\n"));
    cached = ruleSet;
  }
  return cached;
}

/** The built-in rules' date and year recognizers (rules/calendar.yaml), for calling parseDate directly. */
export const builtinCalendar = () => builtinRules().context.calendar;

export const segmenter = wordcutSegmenter(builtinRules().words);

/** Facts of a text under the built-in rules. */
export const factsOf = (text: string) => extractFacts(text, builtinRules(), segmenter).facts;

/** The built-in rules with rule files of the repository (docs/recipes/…) loaded after them, as `-r` loads them. */
export function rulesWith(...files: string[]): RuleSet {
  const extra = files.map((f) => ({ file: f, text: readFileSync(join(ROOT, f), "utf8"), origin: "user" }));
  const { ruleSet, diagnostics } = compileRules([...builtinSources(), ...extra]);
  if (diagnostics.length) throw new Error(diagnostics.map((d) => `${d.file}:${d.line}:${d.col}: ${d.code}: ${d.message}`).join("\n"));
  return ruleSet;
}

/** validateRules with the examples run in this thread: of the rules `only` picks (default: all). */
export const validateHere = (sources: readonly RuleSource[], only?: (rule: Pick<CompiledRule, "origin">) => boolean) =>
  validateRules(sources, (rules) => runExamples(rules, wordcutSegmenter(rules.words), only));
