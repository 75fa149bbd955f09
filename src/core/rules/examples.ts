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
function whyNot(text: string, rule: CompiledRule, ruleSet: RuleSet, segmenter: Segmenter): string {
  const { trace } = extractFacts(text, ruleSet, segmenter, { explain: true });
  if (!trace) return "its pattern did not match";
  const span = (start: number, end: number): string => `«${trace.source.original(start, end)}»`;
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

/** One example or counterexample to run: a rule's (or a mask's) text and what it should give. */
export interface ExampleCase {
  rule: CompiledRule | CompiledMask;
  kind: "example" | "counterexample";
  text: string;
  pos: Pos;
  /** For a rule's example: the fields its fact should have, and the text it should cover. */
  expect?: Record<string, unknown>;
  match?: string;
}

/**
 * What running a case's text gave: the facts of the whole rule set, the ids of the masks that
 * match it, and, when the case's rule gave no fact, why not (whyNot).
 */
export interface ExampleOutcome {
  facts: readonly Fact[];
  masks: readonly string[];
  why?: string;
}

/** The cases of every rule in `ruleSet` (or only those of `only`): masks first, then rules, in order. */
export function exampleCases(ruleSet: RuleSet, only?: (rule: CompiledRule | CompiledMask) => boolean): ExampleCase[] {
  const cases: ExampleCase[] = [];
  for (const mask of ruleSet.masks) {
    if (only && !only(mask)) continue;
    for (const example of mask.examples) cases.push({ rule: mask, kind: "example", text: example.text, pos: example.pos });
    for (const counter of mask.counterexamples) cases.push({ rule: mask, kind: "counterexample", text: counter.text, pos: counter.pos });
  }
  for (const rule of ruleSet.rules) {
    if (only && !only(rule)) continue;
    for (const example of rule.examples) {
      cases.push({ rule, kind: "example", text: example.text, pos: example.pos, expect: example.expect, ...(example.match !== undefined ? { match: example.match } : {}) });
    }
    for (const counter of rule.counterexamples) cases.push({ rule, kind: "counterexample", text: counter.text, pos: counter.pos });
  }
  return cases;
}

/** The ids of the masks of `ruleSet` that match somewhere in `text`. */
function masksMatching(ruleSet: RuleSet, text: string): string[] {
  const view = matchView(text);
  return ruleSet.masks.filter((mask) => mask.regexes.some((r) => {
    r.lastIndex = 0;
    const hit = r.test(view);
    r.lastIndex = 0;
    return hit;
  })).map((mask) => mask.id);
}

/** Whether a case passed, given what its text gave. */
export function judgeExample(c: ExampleCase, outcome: ExampleOutcome): ExampleResult {
  const base = { rule: c.rule, kind: c.kind, text: c.text, pos: c.pos };
  if (c.rule.kind === "mask") {
    const hit = outcome.masks.includes(c.rule.id);
    const ok = c.kind === "example" ? hit : !hit;
    const problem = c.kind === "example" ? "expected the mask to match this text, it does not" : "expected the mask not to match this text, it does";
    return { ...base, facts: [], ok, ...(ok ? {} : { problem }) };
  }
  const facts = outcome.facts.filter((f) => f.rule === c.rule.id);
  if (c.kind === "counterexample") {
    return { ...base, facts, ok: facts.length === 0,
      ...(facts.length ? { problem: `expected no fact from this rule, got ${facts.map(describeFact).join("; ")}` } : {}) };
  }
  const candidates = c.match === undefined ? facts : facts.filter((f) => f.text === c.match);
  if (candidates.length === 0) {
    const got = facts.length ? facts.map(describeFact).join("; ") : `no fact from this rule${outcome.why ? `: ${outcome.why}` : ""}`;
    const wanted = c.match === undefined ? "a fact" : `a fact «${c.match}»`;
    return { ...base, facts, ok: false, problem: `expected ${wanted}, got ${got}` };
  }
  const best = candidates.map((f) => ({ f, bad: mismatches(f, c.expect ?? {}) })).sort((a, b) => a.bad.length - b.bad.length)[0];
  if (best && best.bad.length > 0) return { ...base, facts, ok: false, problem: `${best.bad.join("; ")} (fact ${describeFact(best.f)})` };
  return { ...base, facts, ok: true };
}

/** What a case's text gives (run in the tests' thread, and by a worker for `rules test` and `rules validate`). */
export function exampleOutcome(c: Pick<ExampleCase, "rule" | "text" | "kind">, ruleSet: RuleSet, segmenter: Segmenter): ExampleOutcome {
  if (c.rule.kind === "mask") return { facts: [], masks: masksMatching(ruleSet, c.text) };
  const { facts } = extractFacts(c.text, ruleSet, segmenter);
  const rule = c.rule;
  // Why the rule gave nothing is asked of an example only: for a counterexample that is the pass.
  const ask = c.kind === "example" && !facts.some((f) => f.rule === rule.id);
  return { facts, masks: [], ...(ask ? { why: whyNot(c.text, rule, ruleSet, segmenter) } : {}) };
}

/** Runs every example and counterexample of every rule in `rules` (or only those of `only`), in this thread. */
export function runExamples(ruleSet: RuleSet, segmenter: Segmenter, only?: (rule: CompiledRule | CompiledMask) => boolean): ExampleResult[] {
  return exampleCases(ruleSet, only).map((c) => judgeExample(c, exampleOutcome(c, ruleSet, segmenter)));
}
