/**
 * Runs the `examples` and `counterexamples` each rule carries, as textlint's tester and
 * Duckling's corpora do: an example must yield a fact from its rule with the expected fields,
 * a counterexample must yield no fact from its rule. The test suite and `extract rules test`
 * both run this.
 */
import { extractFacts } from "../extract/extract.js";
import type { Segmenter } from "../segmenter.js";
import type { Fact } from "../types.js";
import { matchView } from "../text/match-view.js";
import type { CompiledMask, CompiledRule, RuleSet } from "./compile.js";
import type { Pos } from "./rule-file.js";

export interface ExampleResult {
  rule: CompiledRule | CompiledMask;
  kind: "example" | "counterexample";
  text: string;
  pos: Pos;
  ok: boolean;
  /** What was expected and what came out, when not ok. */
  problem?: string;
  /** The facts the rule produced on this text. */
  facts: Fact[];
}

const sameValue = (expected: unknown, actual: unknown): boolean =>
  typeof expected === "number" && typeof actual === "number"
    ? Math.abs(expected - actual) <= 1e-9 * Math.max(1, Math.abs(expected))
    : String(expected) === String(actual);

function describeFact(f: Fact): string {
  const parts = [`«${f.text}»`, `value=${f.value}`];
  if (f.unit !== undefined) parts.push(`unit=${f.unit}`);
  if (f.qualifier !== undefined) parts.push(`qualifier=${f.qualifier}`);
  if (f.value_max !== undefined) parts.push(`value_max=${f.value_max}`);
  if (f.subject !== undefined) parts.push(`subject=${f.subject}`);
  if (f.target) parts.push("target=true");
  if (f.year !== undefined) parts.push(`year=${f.year}`);
  if (f.change !== undefined) parts.push(`change=${f.change}`);
  return parts.join(" ");
}

/** Checks one fact against an example's expectations; returns the mismatches. */
function mismatches(fact: Fact, expect: Record<string, unknown>): string[] {
  const out: string[] = [];
  for (const [key, expected] of Object.entries(expect)) {
    const actual = (fact as unknown as Record<string, unknown>)[key];
    // `null` expects the field absent: `change: null` (no change), `year: null` (no year).
    const ok = expected === null
      ? actual === undefined
      : key === "subject"
      ? typeof actual === "string" && actual.includes(String(expected))
      : key === "target"
        ? Boolean(actual) === expected
        : actual !== undefined && sameValue(expected, actual);
    if (!ok) out.push(`${key}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  }
  return out;
}

const LOST_BECAUSE = {
  priority: (loser: CompiledRule, winner: CompiledRule) => `its priority is lower (${loser.priority} < ${winner.priority})`,
  length: () => "its match is shorter",
  position: () => "its match starts later",
  "rule order": () => "same span, and it is defined later",
} as const;

/**
 * Why `rule` gave no fact on `text`: the rule that took the text instead, and why it won; or the
 * reason its match was rejected or vetoed; or that its pattern did not match (as `explain` shows).
 */
export function whyNot(text: string, rule: CompiledRule, ruleSet: RuleSet, segmenter: Segmenter): string {
  const { trace } = extractFacts(text, ruleSet, segmenter, { explain: true });
  if (!trace) return "its pattern did not match";
  const span = (start: number, end: number): string => `«${text.slice(trace.toOriginal(start), trace.toOriginal(end))}»`;
  const loss = trace.losses.find((l) => l.loser.rule.id === rule.id);
  if (loss) {
    const w = loss.winner;
    return `its match ${span(loss.loser.start, loss.loser.end)} lost to rule ${w.rule.id} (${w.rule.pos.file}:${w.rule.pos.line}) on ${span(w.start, w.end)}: ${LOST_BECAUSE[loss.reason](loss.loser.rule, w.rule)}`;
  }
  const veto = trace.vetoed.find((v) => v.candidate.rule.id === rule.id);
  if (veto) return `its match ${span(veto.candidate.start, veto.candidate.end)} was vetoed: ${veto.reason}`;
  const rejection = trace.rejections.find((r) => r.rule.id === rule.id);
  if (rejection) return `its match ${span(rejection.start, rejection.end)} was rejected: ${rejection.reason}`;
  const others = trace.winners.map((w) => `${w.rule.id} on ${span(w.start, w.end)}`);
  return `its pattern did not match${others.length ? ` (facts came from ${others.join(", ")})` : ""}`;
}

/** Runs every example and counterexample of every rule in `rules` (or only those of `only`). */
export function runExamples(ruleSet: RuleSet, segmenter: Segmenter, only?: (rule: CompiledRule | CompiledMask) => boolean): ExampleResult[] {
  const results: ExampleResult[] = [];
  // A mask's example must be matched by the mask; a counterexample must not.
  for (const mask of ruleSet.masks) {
    if (only && !only(mask)) continue;
    const matches = (text: string): boolean => mask.regexes.some((r) => {
      r.lastIndex = 0;
      const hit = r.test(matchView(text));
      r.lastIndex = 0;
      return hit;
    });
    for (const example of mask.examples) {
      const ok = matches(example.text);
      results.push({ rule: mask, kind: "example", text: example.text, pos: example.pos, facts: [], ok,
        ...(ok ? {} : { problem: "expected the mask to match this text, it does not" }) });
    }
    for (const counter of mask.counterexamples) {
      const ok = !matches(counter.text);
      results.push({ rule: mask, kind: "counterexample", text: counter.text, pos: counter.pos, facts: [], ok,
        ...(ok ? {} : { problem: "expected the mask not to match this text, it does" }) });
    }
  }
  for (const rule of ruleSet.rules) {
    if (only && !only(rule)) continue;
    for (const example of rule.examples) {
      const facts = extractFacts(example.text, ruleSet, segmenter).facts.filter((f) => f.rule === rule.id);
      const candidates = example.match === undefined ? facts : facts.filter((f) => f.text === example.match);
      const base = { rule, kind: "example" as const, text: example.text, pos: example.pos, facts };
      if (candidates.length === 0) {
        const got = facts.length ? facts.map(describeFact).join("; ") : `no fact from this rule: ${whyNot(example.text, rule, ruleSet, segmenter)}`;
        const wanted = example.match === undefined ? "a fact" : `a fact «${example.match}»`;
        results.push({ ...base, ok: false, problem: `expected ${wanted}, got ${got}` });
        continue;
      }
      const best = candidates.map((f) => ({ f, bad: mismatches(f, example.expect) })).sort((a, b) => a.bad.length - b.bad.length)[0];
      if (best && best.bad.length > 0) {
        results.push({ ...base, ok: false, problem: `${best.bad.join("; ")} (fact ${describeFact(best.f)})` });
      } else results.push({ ...base, ok: true });
    }
    for (const counter of rule.counterexamples) {
      const facts = extractFacts(counter.text, ruleSet, segmenter).facts.filter((f) => f.rule === rule.id);
      results.push({
        rule, kind: "counterexample", text: counter.text, pos: counter.pos, facts, ok: facts.length === 0,
        ...(facts.length ? { problem: `expected no fact from this rule, got ${facts.map(describeFact).join("; ")}` } : {}),
      });
    }
  }
  return results;
}
