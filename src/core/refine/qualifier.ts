/**
 * Qualifiers: how exact a figure is, from a capture or the rule, else from a cue right before
 * it (ประมาณ, กว่า, ไม่เกิน …) or right after it (ขึ้นไป, เศษ). A comparison word before a figure
 * that names another period after it (สูงกว่าร้อยละ 3.3 ของไตรมาสที่แล้ว) compares two levels:
 * the figure is exact, not a bound.
 */
import { cueAfter, cueBefore, cueBeforeSkipping, skipSpacesBack, skipSpacesForward } from "../extract/cues.js";
import { rateUnitStart } from "../extract/subject-words.js";
import type { Qualifier } from "../types.js";
import { afterRecordSpan, referenceAt } from "./time-references.js";
import { because, type Draft, type RefineContext, type Refiner } from "./types.js";
import { NUMBER_START_SOURCE } from "../numbers/thai-number-words.js";

/** A number, in digits or words, starting the text (หมื่นลูก, 5,000 ราย). */
const NUMBER_AHEAD = new RegExp(`^${NUMBER_START_SOURCE}`);

/** Whether a period (`comparison_period`: ไตรมาส, ปี …), maybe after a `comparison_link` word (ของ, ใน), follows `end`. */
function periodAfter(context: RefineContext, end: number): boolean {
  const { view, boundaries } = context;
  const { comparisonLink, comparisonPeriod } = context.rules.context;
  let at = skipSpacesForward(view, end);
  const link = cueAfter(view, at, comparisonLink, "percent", boundaries);
  if (link) at = skipSpacesForward(view, at + link.surface.replace(/\s+/g, "").length);
  return cueAfter(view, at, comparisonPeriod, "percent", boundaries) !== undefined
    || startsYearReference(context, at);
}

/** Whether a time reference with a year starts at `at` (the present, ปัจจุบัน, names no period). */
function startsYearReference(context: RefineContext, at: number): boolean {
  const ref = referenceAt(context.timeReferences, at);
  return ref !== undefined && ref.start === at && ref.year !== undefined && !ref.present;
}

/**
 * Where a rate's unit right before `start` begins (เดือน|ละ, ครัวเรือน|ละ: rateUnitStart's classifier and
 * `subject_per` marker, spaces after), so that a bound before it (อย่างน้อยเดือนละ 4 ครั้ง, ไม่เกินครัวเรือนละ
 * 10 ไร่) bounds the figure; undefined when none stands there.
 */
function rateUnitBefore(context: RefineContext, start: number): number | undefined {
  const { view, boundaries } = context;
  const end = skipSpacesBack(view, start);
  const words = boundaries.words(Math.max(0, end - UNIT_REACH), end);
  const unit = rateUnitStart(words, view, context.rules.context);
  return unit === undefined ? undefined : words[unit]![0];
}

/** The most `period_span` words stepped over before a length's qualifier (ระยะ|เวลา). */
const SPAN_WORDS = 2;

/** How far before a figure its rate's unit and marker are looked for, in characters (ครัวเรือน|ละ). */
const UNIT_REACH = 16;

/** Whether a superlative (`qualifier_top`) stands before a count of ranks (`rank_units`). */
function isTopRanks(context: RefineContext, d: Draft, cue: string): boolean {
  const { qualifierTop, rankUnits } = context.rules.context;
  const unit = d.fact.unit;
  return d.fact.kind === "count" && typeof unit === "string" && (rankUnits?.entries.has(unit) ?? false)
    && (qualifierTop?.entries.has(cue.replace(/\s+/g, "")) ?? false);
}

export const qualifier: Refiner = {
  name: "qualifier",
  refine(context, drafts) {
    const { view, boundaries } = context;
    const { qualifierBefore, qualifierAfter, comparisonCues } = context.rules.context;
    for (const d of drafts) {
      const c = d.candidate;
      if (d.fact.kind === "date") continue;
      if (c.qualifier !== undefined) {
        d.fact.qualifier = c.qualifier;
        because(context, d, "qualifier", () => (c.valueMax !== undefined ? "a range" : `rule ${c.rule.id}`));
        continue;
      }
      let before = cueBefore(view, c.start, qualifierBefore, c.rule.kind, boundaries);
      // Else one before a rate's unit right before it (looked for only then: it segments).
      if (!before) {
        const unit = rateUnitBefore(context, c.start);
        if (unit !== undefined) before = cueBefore(view, unit, qualifierBefore, c.rule.kind, boundaries);
      }
      // Else, for a length, one before a span's noun (`period_span`: ภายใน|ระยะ|เวลา 3 ปี, ไม่เกินระยะเวลา 2 ปี);
      // not a record's (สูงสุดรอบ 18 ปี: how long since it was as high).
      if (!before && c.rule.kind === "duration" && !afterRecordSpan(context, c.start)) before = cueBeforeSkipping(view, c.start, qualifierBefore, [context.rules.context.periodSpan], c.rule.kind, boundaries, SPAN_WORDS);
      // A superlative before a count of ranks (สูงสุด 5 อันดับแรก) picks the top ones: exactly five.
      if (before && isTopRanks(context, d, before.entry.surface)) {
        d.fact.qualifier = "exact";
        because(context, d, "qualifier", () => `"${before.entry.surface}" before a count of ranks: the top ones`);
        continue;
      }
      if (before) {
        if (comparisonCues?.entries.has(before.entry.surface.replace(/\s+/g, "")) && periodAfter(context, c.end)) {
          d.fact.qualifier = "exact";
          because(context, d, "qualifier", () => `"${before.entry.surface}" compares it with the period after it`);
          continue;
        }
        d.fact.qualifier = before.entry.canonical as Qualifier;
        because(context, d, "qualifier", () => `"${before.entry.surface}" before it`);
        continue;
      }
      // Not one glued to a number after it (45 นาทีเต็มลำ 25 ตันกว่าหมื่นลูก): the next number's, "more than ten thousand".
      const found = cueAfter(view, c.end, qualifierAfter, c.rule.kind, boundaries);
      const after = found !== undefined && NUMBER_AHEAD.test(view.slice(skipSpacesForward(view, c.end) + found.surface.length)) ? undefined : found;
      d.fact.qualifier = (after?.canonical as Qualifier | undefined) ?? "exact";
      if (after) because(context, d, "qualifier", () => `"${after.surface}" after it`);
    }
    return drafts;
  },
};
