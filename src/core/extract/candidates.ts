/**
 * Runs every rule's patterns over a document's match view and turns each match into a
 * candidate fact: captures parsed by their recognizer or looked up in their lexicon, value
 * built by the rule's expression. A match whose captures do not parse, or whose edges cut a
 * Thai word in two (`สาม` inside `สามารถ`), or that overlaps a mask (`โควิด-19`), is not a
 * candidate; the search resumes one character later so that a shorter match can still be found.
 */
import type { Ymd } from "../dates/calendar.js";
import { parseDate, type DateContext } from "../dates/date.js";
import { clean } from "../numbers/decimal.js";
import { parseNumber } from "../numbers/number.js";
import type { CompiledRule, RuleSet } from "../rules/compile.js";
import { evaluate, type CaptureValue } from "../rules/expression.js";
import { numberStarts } from "../rules/number-led.js";
import { parseYear } from "../rules/recognizers.js";
import type { Qualifier } from "../types.js";
import { upperBound } from "../text/sorted.js";
import { isSignAt, MINUS, SIGNED } from "../refine/sign.js";
import { skipSpacesBack } from "./cues.js";
import type { WordBoundaries } from "./word-boundaries.js";

/**
 * Every field is always present (undefined when absent): candidates of every rule then share
 * one object shape, which keeps the code sorting and resolving them monomorphic.
 */
export interface Candidate {
  rule: CompiledRule;
  start: number;
  end: number;
  value: number | string;
  valueMax: number | undefined;
  unit: string | undefined;
  /** From a capture named `qualifier` or from the rule; context cues apply only when absent. */
  qualifier: Qualifier | undefined;
  yearImplied: boolean;
  /** The first (or only) day of a date, for the weekday check. */
  firstDay: Ymd | undefined;
  /** Capture name → [start, end) and text, for explanations. */
  captures: Map<string, { start: number; end: number; text: string }>;
}

/** Why a match was dropped before overlap resolution (for `explain`). */
export interface Rejection {
  rule: CompiledRule;
  start: number;
  end: number;
  reason: string;
}

export interface CandidateContext {
  view: string;
  rules: RuleSet;
  boundaries: WordBoundaries;
  dates: DateContext;
  /** Spans matched by mask rules, sorted by start: no candidate may overlap one. */
  masks: ReadonlyArray<{ start: number; end: number; id: string }>;
  /** Collect rejections (explain mode). */
  rejections?: Rejection[];
}

const MULTIPLIER_WRITTEN = /[\u0e01-\u0e4e]$/;

/**
 * A mask span overlapping [start, end), by binary search: masks are sorted by start and, coming
 * from a handful of patterns, rarely nest, so the few spans starting before `end` are checked
 * from the nearest back.
 */
function overlappingMask(masks: CandidateContext["masks"], start: number, end: number): CandidateContext["masks"][number] | undefined {
  const lo = upperBound(masks, end - 1, (m) => m.start);
  for (let i = lo - 1; i >= 0 && i >= lo - 8; i--) {
    const m = masks[i];
    if (m && m.end > start) return m;
  }
  return undefined;
}

/**
 * All candidates of all rules, rule by rule and pattern by pattern, each pattern's in order.
 * A number-led pattern is tried only at the text's number starts, anchored there: its matches
 * are those its scan would find, since every one of them starts at a number.
 */
export function findCandidates(ctx: CandidateContext): Candidate[] {
  const out: Candidate[] = [];
  const { view } = ctx;
  let starts: Int32Array | undefined;
  for (const rule of ctx.rules.rules) {
    for (let p = 0; p < rule.regexes.length; p++) {
      const sticky = rule.numberLed[p];
      if (sticky) {
        starts ??= numberStarts(view);
        matchAt(rule, sticky, starts, ctx, out);
        continue;
      }
      const regex = rule.regexes[p]!;
      regex.lastIndex = 0;
      for (let m = regex.exec(view); m; m = regex.exec(view)) {
        if (take(rule, m, ctx, out)) {
          const after = regex.lastIndex;
          takeHighEnd(rule, regex, out[out.length - 1]!, ctx, out);
          regex.lastIndex = after;
          continue;
        }
        const at = takeShorter(rule, regex, m, ctx, out);
        regex.lastIndex = at ?? m.index + 1;
      }
    }
  }
  return out;
}

/**
 * The matches of a number-led pattern, as its scan would find them: the first at or after
 * where the scan stands, which is after the last match taken, or one character after one
 * rejected.
 */
function matchAt(rule: CompiledRule, sticky: RegExp, starts: Int32Array, ctx: CandidateContext, out: Candidate[]): void {
  let from = 0;
  for (let i = 0; i < starts.length; i++) {
    const start = starts[i]!;
    if (start < from) continue;
    sticky.lastIndex = start;
    const m = sticky.exec(ctx.view);
    if (!m) continue;
    if (take(rule, m, ctx, out)) {
      from = start + m[0].length;
      takeHighEnd(rule, sticky, out[out.length - 1]!, ctx, out);
    } else from = takeShorter(rule, sticky, m, ctx, out) ?? start + 1;
  }
}

/**
 * A match that ends inside a word, tried again to end by the word boundary before its end: a
 * lexicon's longer entry (๕ แผนงาน) where the segmenter cut the text otherwise (แผน|งานการป้องกัน)
 * gives way to a shorter one (๕ แผน), as the regex alone cannot know the words; so does a rate's
 * "per" part that would end inside a word (40,000 บาทต่อปี|การศึกษา: the amount, 40,000 บาท, not
 * nothing). The pattern is matched once more on the text up to that boundary, for a scanning pattern
 * as for a number-led one, so both find the same. Returns where the scan goes on from (the shorter
 * match's end), or undefined when that is no candidate either.
 */
function takeShorter(rule: CompiledRule, regex: RegExp, m: RegExpExecArray, ctx: CandidateContext, out: Candidate[]): number | undefined {
  const { boundaries, view } = ctx;
  const end = m.index + m[0].length;
  if (boundaries.isBoundary(end)) return undefined;
  let at = end - 1;
  while (at > m.index && !boundaries.isBoundary(at)) at--;
  if (at <= m.index) return undefined;
  regex.lastIndex = m.index;
  const again = regex.exec(view.slice(0, at));
  return again !== null && again.index === m.index && again[0].length > 0 && take(rule, again, ctx, out) ? again.index + again[0].length : undefined;
}

/**
 * A range's high end after a joining word read as a figure of its own, a second candidate beside the
 * range: when the range is vetoed (30 กันยายน 2566 ถึง 248,322 ราย: a year's digits, not a range's low
 * end), the figure is still found; otherwise the range, longer, wins the overlap. Only where the
 * rule's pattern matches there on its own.
 */
function takeHighEnd(rule: CompiledRule, regex: RegExp, range: Candidate, ctx: CandidateContext, out: Candidate[]): void {
  const high = range.captures.get("value_max");
  const low = range.captures.get("value");
  // Only across a joining word (ถึง: "reached" as often as "to"); across a dash a range is a range, or
  // an identifier's (ห้องประชุม 134-135, ปีที่ 1-5) whose high end is no figure either.
  if (high === undefined || low === undefined || high.start <= range.start || /[-–]/.test(ctx.view.slice(low.end, high.start))) return;
  regex.lastIndex = high.start;
  const m = regex.exec(ctx.view);
  if (m !== null && m.index === high.start && m.index + m[0].length <= range.end) take(rule, m, ctx, out);
}

/** Adds the candidate of match `m` to `out`, or records why it is none; false for none. */
function take(rule: CompiledRule, m: RegExpExecArray, ctx: CandidateContext, out: Candidate[]): boolean {
  const result = toCandidate(rule, m, ctx);
  if (typeof result === "string") {
    ctx.rejections?.push({ rule, start: m.index, end: m.index + m[0].length, reason: result });
    return false;
  }
  out.push(result);
  return true;
}

/** Whether a minus that is a sign (isSignAt) stands right before `at`, spaces between. */
function minusBefore(view: string, at: number): boolean {
  const minus = skipSpacesBack(view, at) - 1;
  return minus >= 0 && view.charCodeAt(minus) === MINUS && isSignAt(view, minus);
}

/**
 * Whether a minus stands right before a range's high end at `at`, after the range's joint (a
 * dash or a `date_through` word), maybe with the unit's word again (-37 ถึงร้อยละ -46).
 */
function signedHighEnd(view: string, at: number, jointBefore: RegExp): boolean {
  const minus = skipSpacesBack(view, at) - 1;
  if (minus < 0 || view.charCodeAt(minus) !== MINUS) return false;
  return jointBefore.test(view.slice(Math.max(0, minus - RANGE_JOINT_REACH), minus));
}

/** How far before a minus a range's joint is looked for. */
const RANGE_JOINT_REACH = 16;

/** What toCandidate gives for a match that is no candidate when no reasons are collected. */
const REJECTED = "rejected";

/**
 * A candidate, or the reason the match is not one. The reason is written out only when reasons
 * are collected (explain): otherwise every rejected match would build a string, and a kind of
 * rejection first met after this function was optimized would throw the optimized code away.
 */
function toCandidate(rule: CompiledRule, m: RegExpExecArray, ctx: CandidateContext): Candidate | string {
  const start = m.index;
  const end = start + m[0].length;
  const { boundaries, rules } = ctx;
  const explain = ctx.rejections !== undefined;
  const mask = overlappingMask(ctx.masks, start, end);
  if (mask) return explain ? `overlaps mask ${mask.id} [${mask.start},${mask.end})` : REJECTED;
  if (!boundaries.isBoundary(start)) return explain ? `starts inside a word at ${start}` : REJECTED;
  if (!boundaries.isBoundary(end)) return explain ? `ends inside a word at ${end}` : REJECTED;

  const scope = new Map<string, CaptureValue>();
  const captures = new Map<string, { start: number; end: number; text: string }>();
  let yearImplied = false;
  let firstDay: Ymd | undefined;
  const indices = m.indices?.groups ?? {};
  for (const [name, from] of rule.captures) {
    const text = m.groups?.[name];
    const span = indices[name];
    if (text === undefined || !span) continue;
    if (!boundaries.isBoundary(span[0]) || !boundaries.isBoundary(span[1])) return explain ? `capture ${name} "${text}" cuts a word` : REJECTED;
    captures.set(name, { start: span[0], end: span[1], text });
    if (from.type === "lexicon") {
      const entry = rules.lexicons.get(from.name)?.entries.get(text.replace(/\s+/g, ""));
      if (!entry) return explain ? `"${text}" is not in lexicon ${from.name}` : REJECTED;
      if (entry.kinds && !entry.kinds.includes(rule.kind)) return explain ? `"${text}" in lexicon ${from.name} does not apply to ${rule.kind}` : REJECTED;
      scope.set(name, { text, value: entry.factor, canonical: entry.canonical, factor: entry.factor });
    } else if (from.name === "number") {
      const value = parseNumber(text);
      if (value === undefined) return explain ? `"${text}" is not a number` : REJECTED;
      scope.set(name, { text, value, factor: 1 });
    } else if (from.name === "year") {
      const value = parseYear(text, rules.context.calendar);
      if (value === undefined) return explain ? `"${text}" is not a year` : REJECTED;
      scope.set(name, { text, value, factor: 1 });
    } else {
      // A year left out is read against the date where the day stands (its article's dateline).
      const { dateAt } = ctx.dates;
      const parsed = parseDate(text, rules.context.calendar, dateAt ? { documentDate: () => dateAt(start) } : ctx.dates);
      if (!parsed) return explain ? `"${text}" is not a valid date (or its year cannot be told)` : REJECTED;
      yearImplied ||= parsed.yearImplied;
      firstDay ??= parsed.first;
      scope.set(name, { text, value: parsed.value, factor: 1 });
    }
  }

  // A range's low end takes the high end's multiplier when it has none: 5-10 ล้านบาท.
  const low = scope.get("value");
  const high = scope.get("value_max");
  if (low && high && typeof low.value === "number" && typeof high.value === "number"
    && MULTIPLIER_WRITTEN.test(high.text) && !MULTIPLIER_WRITTEN.test(low.text)) {
    const highBase = parseNumber(high.text.replace(/[ \u0e01-\u0e4e]+$/, ""));
    if (highBase !== undefined && highBase !== 0) scope.set("value", { ...low, value: low.value * (high.value / highBase) });
  }

  const rawValue = evaluate(rule.value, scope);
  if (rawValue === undefined) return explain ? "value expression gave no value" : REJECTED;
  let value = typeof rawValue === "number" ? clean(rawValue) : rawValue;
  const rawMax = rule.valueMax ? evaluate(rule.valueMax, scope) : undefined;
  let valueMax = typeof rawMax === "number" ? clean(rawMax) : undefined;
  if (valueMax !== undefined && typeof value === "number") {
    // Signs of a range's ends, for the kinds a sign means something in: a minus right after the
    // range's dash or ถึง is the high end's (ร้อยละ -2.6 ถึง -1.5, -1.0 - -0.5%), and a minus that is a
    // sign before the low end is the low end's (see isSignAt; the sign step reads it again and
    // negates the value, so `value` keeps the low end's size).
    const highAt = captures.get("value_max")?.start;
    const lowAt = captures.get("value")?.start;
    const signed = SIGNED.has(rule.kind);
    const lowNegative = signed && lowAt !== undefined && minusBefore(ctx.view, lowAt);
    const highNegative = signed && highAt !== undefined && signedHighEnd(ctx.view, highAt, rules.context.calendar.rangeJointBefore);
    let lo = lowNegative ? -value : value;
    let hi = highNegative ? -valueMax : valueMax;
    // Two falls written by their size (ลดลงร้อยละ -37 ถึงร้อยละ -46): from the lower end.
    if (lowNegative && highNegative && hi < lo) [lo, hi] = [hi, lo];
    if (hi <= lo) return explain ? "range does not rise (low end ≥ high end)" : REJECTED;
    value = lowNegative ? -lo : lo;
    valueMax = hi;
  }

  let unit: string | undefined;
  if (rule.unit && "literal" in rule.unit) unit = rule.unit.literal;
  else if (rule.unit) {
    const c = scope.get(rule.unit.capture);
    unit = c?.canonical ?? c?.text;
  }
  let qualifier = rule.qualifier;
  const q = scope.get("qualifier")?.canonical;
  if (q !== undefined) qualifier = q as Qualifier;
  if (valueMax !== undefined) qualifier = "range";

  return { rule, start, end, value, valueMax, unit, qualifier, yearImplied, firstDay, captures };
}
