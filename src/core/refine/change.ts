/**
 * Change: whether a figure is the size of a rise or a fall, from a `change_before` cue right
 * before it (ขยายตัวร้อยละ 4.4 → increase, หดตัวร้อยละ 2.3 → decrease), `cue_skip` words and
 * qualifier cues allowed between (ลดลงกว่า 30%, เพิ่มขึ้นถึง 5 ราย), or a plus sign (+24.3%). A
 * cue whose value is `level` says the figure is where a change started or ended (เพิ่มขึ้นจาก
 * ร้อยละ 3.6, ลดลงเหลือ 500 ราย, เพิ่มเป็น 15,000 บาท): no change. A figure that restates or
 * continues the one before it (ลดลง 3 ล้านตัน หรือร้อยละ 8.2; `change_restate` words or
 * punctuation only between) is a change of the same direction. So is a figure after a change
 * and the period it is measured from (ลดลงจากช่วงเดียวกันของปีก่อน ร้อยละ 26.6: a `year_base`
 * word, then only words of time, time references and links between), and a figure after the
 * level a change was measured from (ลดลงจาก 41.75 บาท ของสัปดาห์ที่ผ่านมา กิโลกรัมละ 0.30 บาท).
 * A change of pace right after a verb of growth (ขยายตัวชะลอลง) keeps that verb's direction.
 */
import { escapeRegex } from "../text/regex.js";
import { isWhitespace } from "../text/chars.js";
import { cueBefore, entryEndingAt, isEntryRun, lastCueEnd, skipSpacesBack } from "../extract/cues.js";
import type { ContextSettings, Lexicon } from "../rules/compile.js";
import type { LexiconEntry } from "../rules/rule-file.js";
import { AFTER_CUE, LEVEL, onlyTrimmedWords, rateUnitStart } from "../extract/subject-words.js";
import type { Kind } from "../types.js";
import { lookupMonth } from "../dates/months.js";
import { minusWritten, plusBefore } from "./sign.js";
import { referenceAt, withoutReferences } from "./time-references.js";
import { upperBound } from "../text/sorted.js";
import { entryStarting } from "../rules/lexicon-words.js";
import { because, type Draft, type RefineContext, type Refiner } from "./types.js";

export type Change = "increase" | "decrease";

/** The most cue words stepped over between a change cue and its figure (ขยายตัว|ได้|ต่อเนื่อง|ที่ ร้อยละ 4.6). */
const CUE_HOPS = 4;

/**
 * The change cue before `start`, with qualifier cues and `cue_skip` words stepped over; a
 * duration's qualifier is not stepped over: after a change, it says for how long or within what
 * time (ไม่พบการติดเชื้อเพิ่ม ภายใน 14 วัน), not by how much.
 */
function cueOf(context: RefineContext, start: number, kind: Kind): { change: Change | typeof LEVEL | typeof SLOWDOWN; surface: string } | undefined {
  const { view, boundaries } = context;
  const { changeBefore, cueSkip, qualifierBefore } = context.rules.context;
  let at = start;
  for (let hops = 0; hops < CUE_HOPS; hops++) {
    // A change word may follow an unknown name's glued last syllable (น้ำมันดิบเบรนท์ปรับลดลง 1.25 ดอลลาร์).
    const cue = cueBefore(view, at, changeBefore, kind, boundaries, true);
    // A level cue that is a `cue_skip` word too for this kind (ขยายตัว อยู่ที่ 1.9%) is stepped
    // over when a `change_rate` verb stands before it; otherwise it says a level.
    const over = cue?.entry.canonical === LEVEL && cueBefore(view, at, cueSkip, kind, boundaries)?.entry.surface === cue.entry.surface;
    if (over) {
      // Other cue words may stand between (ขยายตัวเร่งขึ้น|มา|อยู่ที่ร้อยละ 3.0), a direction among them that
      // is a change word too (ชะลอตัว|ลง|มา|อยู่ที่ร้อยละ -33.2).
      const isRate = (c: { entry: LexiconEntry } | undefined): boolean => c !== undefined && (context.rules.context.changeRate?.entries.has(c.entry.surface) ?? false);
      let before = cueBefore(view, cue.start, changeBefore, kind, boundaries);
      for (let from = cue.start, hop = 0; !isRate(before) && hop < CUE_HOPS; hop++) {
        const skip = cueBefore(view, from, cueSkip, kind, boundaries);
        if (!skip) break;
        from = skip.start;
        before = cueBefore(view, from, changeBefore, kind, boundaries) ?? before;
      }
      const rate = isRate(before);
      if (before && rate && before.entry.canonical !== LEVEL) return paceOf(context, before, kind) ?? { change: before.entry.canonical as Change, surface: before.entry.surface };
    }
    if (cue) return paceOf(context, cue, kind) ?? { change: cue.entry.canonical as Change | typeof LEVEL | typeof SLOWDOWN, surface: cue.entry.surface };
    // A `glued` word (คิดเป็น) only right after the word before it (เพิ่มขึ้นคิดเป็น 15.8%); after a space it
    // says what the figure amounts to, a level as often (อัตราการว่างงานมีแนวโน้มดีขึ้น คิดเป็นร้อยละ 1.86).
    const skipped = cueBefore(view, at, cueSkip, kind, boundaries);
    const loose = skipped?.entry.canonical === GLUED && isWhitespace(view.charCodeAt(skipped.start - 1));
    const skip = (loose ? undefined : skipped)
      ?? (kind === "duration" ? undefined : cueBefore(view, at, qualifierBefore, kind, boundaries))
      ?? rateUnitBefore(context, at);
    // Right before the figure, only a short object (ปรับขึ้นอัตราดอกเบี้ยร้อยละ 0.25): a longer phrase says
    // more than what changed (เพิ่มสัดส่วนให้ได้ตามที่กำหนดไว้ร้อยละ 60: the level to reach).
    // How long the change has gone on (ขยายตัวต่อเนื่องเป็นเดือนที่ 7 ติดต่อกันที่ร้อยละ 17.1): stepped over.
    const streak = skip ? undefined : streakBefore(context, at);
    if (!skip && streak === undefined) return objectOf(context, at, kind, hops > 0 ? OBJECT_WORDS : SHORT_OBJECT_WORDS);
    at = skip?.start ?? streak!;
  }
  return undefined;
}

/** A `cue_skip` entry stepped over only when glued to the word before it. */
const GLUED = "glued";

/** A `change_before` entry of a slowing (ชะลอตัว): a fall when the figure is negative (ชะลอตัวร้อยละ -3.4), else no change. */
const SLOWDOWN = "slowdown";

/** A `subject_trim_end` measure whose cut by a `subject_keep` verb is a discount, no change (ราคา). */
const PRICE = "price";

/** The most words of a measured object between a change verb and its figure. */
const OBJECT_WORDS = 8;
/** The most, when no cue word stands between the object and the figure. */
const SHORT_OBJECT_WORDS = 3;

/**
 * A rise or fall said of a measure named after it, a skipped cue word before the figure
 * (ปรับขึ้นราคาน้ำตาลทรายหน้าโรงงานอีก 1.75 บาท/กก.: the verb, its object starting with a
 * `subject_trim_end` word, อีก): the figure is that change, its object `most` words at most. So is
 * a percentage after a change made a noun and what it is of (เป็นการเพิ่มขึ้นของการจ้างงาน…ที่ร้อยละ
 * 1.8), within OBJECT_WORDS. Only words of one phrase between: no space, no other cue.
 */
function objectOf(context: RefineContext, at: number, kind: Kind, most: number): { change: Change; surface: string } | undefined {
  // Of an amount, an area or a share only: a count or a length after such a phrase is another thing's.
  if (kind !== "money" && kind !== "percent" && kind !== "quantity" && kind !== "area") return undefined;
  const { view, boundaries } = context;
  const { changeBefore, subjectTrimEnd, subjectKeep, subjectShareOf, changeRate, subjectPrefix, changeObject } = context.rules.context;
  const from = Math.max(context.scopes.lineStart(at, 80), at - 80);
  const words = boundaries.words(from, at);
  const text = (i: number): string => view.slice(words[i]![0], words[i]![1]);
  // Further than `most` words, only the ของ of a change made a noun and a verb acting on an object
  // (actingVerb) are looked for (below).
  const reach = Math.max(most, OBJECT_WORDS);
  for (let i = words.length - 1, n = 0; i > 0 && n < reach; i--, n++) {
    // One phrase: no space, but around a model's number or name (ราคาน้ำมันเบนซิน 91 อีกลิตรละ 50 สตางค์).
    const model = (j: number): boolean => /^[A-Za-z0-9]+$/.test(text(j));
    if (/\s/.test(text(i)) || (/\s/.test(view.slice(words[i - 1]![1], words[i]![0])) && !model(i) && !model(i - 1))) return undefined;
    // Another cue inside the phrase (จากความเร็วไม่เกิน), or a clause's start (ลดปริมาณการผลิตโดยขอการ
    // สนับสนุนไร่ละ 10,000 บาท): the phrase is no verb's object.
    // So is a target cue (เพิ่มพื้นที่ชลประทานให้ได้กว่า 51.08 ล้านไร่): the level to reach.
    if (changeBefore?.entries.has(text(i)) || (context.rules.context.clauseStart?.entries.has(text(i)) ?? false)
      || (context.rules.context.targetCues?.entries.has(text(i)) ?? false)) return undefined;
    // The growth of what is named after it (อัตราการขยายตัวของตลาดร้อยละ 10.3: a `subject_share_of` word
    // after a `change_rate` verb): a rate of that growth. Any change made a noun does so too (เป็นการ
    // ลดลงของหน่วยบ้านจัดสรรเหลือขายร้อยละ -4.9: a `subject_prefix` word before the verb).
    if (kind === "percent" && (subjectShareOf?.entries.has(text(i)) ?? false)) {
      const growth = changeBefore?.entries.get(text(i - 1));
      const named = i >= 2 && (subjectPrefix?.entries.has(text(i - 2)) ?? false);
      const rate = growth !== undefined && (named || (n < most && (changeRate?.entries.has(growth.surface) ?? false))) && (growth.canonical === "increase" || growth.canonical === "decrease");
      return rate ? { change: growth.canonical as Change, surface: growth.surface } : undefined;
    }
    // Not an `after_cue` one (เงิน): after a verb it is the verb's object (จ่ายเงินสมทบ), no measure.
    // Or a `change_object` noun, what such a verb acts on (ลดค่าใช้จ่ายประชาชน 1,953 ล้านบาท, เพิ่มรายได้ 20%).
    // Within `most` words only.
    const trimmed = n < most ? subjectTrimEnd?.entries.get(text(i)) : undefined;
    const object = n < most && trimmed === undefined ? changeObject?.entries.get(text(i)) : undefined;
    const measure = trimmed ?? object;
    if (!measure) {
      // Any object right after a verb that acts on one (`change_verb_object`: ลดปริมาณก๊าซเรือนกระจก 14,969.02
      // กิโลกรัม, ปรับขึ้นอัตราดอกเบี้ยเงินกู้ทุกประเภท 0.25%, ลดหนี้สินให้ประชาชนแล้วกว่า 1.5 พันล้านบาท): the figure is
      // the size of the rise or fall, as readers of unseen sets keyed it.
      const acting = actingVerb(context, words, i, kind);
      if (acting !== undefined) return acting;
      // Not across a list: the object ends before it.
      if (context.rules.context.subjectList?.entries.has(text(i)) ?? false) return undefined;
      continue;
    }
    if (measure.canonical === AFTER_CUE || (object?.kinds !== undefined && !object.kinds.includes(kind))) continue;
    // A measure of what the word before names (การเติบโตของราคา): read on to the verb.
    if (kind === "percent" && (subjectShareOf?.entries.has(text(i - 1)) ?? false)) continue;
    const verb = changeBefore?.entries.get(text(i - 1));
    // An object noun with no change verb right before it is part of a longer name (เพิ่มปริมาณน้ำต้นทุน…):
    // the measure before it may still be the verb's.
    if (object !== undefined && !verb) continue;
    // Not a discount (ลดราคาพิเศษสูงสุด 50%: a `subject_keep` verb before a measure valued `price`);
    // a cut in another measure is a fall (คาดลดค่าครองชีพกว่า 100 ล้านบาท).
    if (!verb || verb.canonical === LEVEL || ((subjectKeep?.entries.has(verb.surface) ?? false) && measure.canonical === PRICE)) return undefined;
    return !verb.kinds || verb.kinds.includes(kind) ? { change: verb.canonical as Change, surface: verb.surface } : undefined;
  }
  return undefined;
}

/** A `change_verb_object` value: the verb acts on an object only after a `change_verb_lead` word or a space (เพิ่ม). */
const LEAD = "lead";

/**
 * The rise or fall a verb right before word `i` says of the object starting there: a `change_verb_object`
 * verb (ลด, ปรับขึ้น) glued to it, of the figure's kind; one valued `lead` (เพิ่ม) only first in its phrase or
 * after a `change_verb_lead` word (จะช่วยเพิ่ม…, การเพิ่ม…), not after a noun it qualifies (ค่าบริการเพิ่ม,
 * ส่วนลดเพิ่ม: an additional fee, a further discount).
 */
function actingVerb(context: RefineContext, words: ReadonlyArray<[number, number]>, i: number, kind: Kind): { change: Change; surface: string } | undefined {
  const { view } = context;
  const { changeBefore, changeVerbObject, changeVerbLead } = context.rules.context;
  const text = (j: number): string => view.slice(words[j]![0], words[j]![1]);
  if (i < 1 || /\s/.test(view.slice(words[i - 1]![1], words[i]![0]))) return undefined;
  const verb = changeVerbObject?.entries.get(text(i - 1));
  const direction = verb === undefined ? undefined : changeBefore?.entries.get(text(i - 1));
  if (direction === undefined || (direction.canonical !== "increase" && direction.canonical !== "decrease") || (direction.kinds && !direction.kinds.includes(kind))) return undefined;
  if (verb!.canonical === LEAD && i >= 2 && !/\s/.test(view.slice(words[i - 2]![1], words[i - 1]![0])) && !(changeVerbLead?.entries.has(text(i - 2)) ?? false)) return undefined;
  return { change: direction.canonical as Change, surface: direction.surface };
}

/**
 * A change of pace right after the verb of growth it modifies (ขยายตัวชะลอลง "growth slowed",
 * both `change_rate` words): the figure is still the rate of that growth or contraction, its
 * direction the first verb's (สินเชื่อขยายตัวชะลอลงต่อเนื่องที่ร้อยละ 5.6 → increase).
 */
function paceOf(context: RefineContext, cue: { entry: LexiconEntry; start: number }, kind: Kind): { change: Change; surface: string } | undefined {
  const { view, boundaries } = context;
  const { changeBefore, changeRate } = context.rules.context;
  if (!changeRate?.entries.has(cue.entry.surface)) return undefined;
  const verb = cueBefore(view, cue.start, changeBefore, kind, boundaries);
  if (!verb || !changeRate.entries.has(verb.entry.surface) || verb.entry.canonical === LEVEL) return undefined;
  return { change: verb.entry.canonical as Change, surface: `${verb.entry.surface}${cue.entry.surface}` };
}

/** How far back a `change_streak` before a figure is looked for, in characters. */
const STREAK_REACH = 40;

/** Where a `change_streak` ending right before `at` (spaces between) starts; undefined when none does. */
function streakBefore(context: RefineContext, at: number): number | undefined {
  const pattern = context.rules.context.changeStreak;
  if (!pattern) return undefined;
  const from = Math.max(context.scopes.lineStart(at, STREAK_REACH), at - STREAK_REACH);
  const m = pattern.exec(context.view.slice(from, at));
  return m ? from + m.index : undefined;
}

/** How far back a rate's unit before a figure (กก.ละ, กิโลกรัมละ) is looked for, in characters. */
const RATE_UNIT_REACH = 16;

/**
 * A rate's unit right before `at` (เท่ากับลดลง กก.ละ 6 บาท: what the change is per), stepped over
 * as a cue word is; undefined when none ends there.
 */
function rateUnitBefore(context: RefineContext, at: number): { start: number } | undefined {
  const { view, boundaries, rules } = context;
  // Most figures have none: the marker (ละ) must end the text before it, seen without cutting words.
  const end = view.slice(Math.max(0, at - RATE_UNIT_REACH), at).trimEnd();
  let marked = false;
  for (const per of rules.context.subjectPer?.entries.keys() ?? []) marked ||= end.endsWith(per);
  if (!marked) return undefined;
  const words = boundaries.words(context.scopes.lineStart(at, RATE_UNIT_REACH), at);
  const unit = rateUnitStart(words, view, rules.context);
  return unit === undefined ? undefined : { start: words[unit]![0] };
}

/**
 * Words of a period a change is measured from: time words, links, bases, comparison periods,
 * or two of them run together (ของปี, a dictionary word, is ของ + ปี); a month's name (เพิ่มขึ้นจาก
 * เดือนเมษายน 5%, จากเดือน เม.ย. 6.70%).
 */
export function isPeriodWord(context: RefineContext, word: string): boolean {
  return isEntryRun(word, periodWords(context.rules.context)) || lookupMonth(word) !== undefined;
}

/** The five lexicons of a period's words as one, merged once per rule set. */
const PERIOD_WORDS = new WeakMap<ContextSettings, Lexicon>();
function periodWords(c: ContextSettings): Lexicon {
  let merged = PERIOD_WORDS.get(c);
  if (!merged) {
    const entries = new Map<string, LexiconEntry>();
    for (const lexicon of [c.subjectTime, c.comparisonPeriod, c.yearLink, c.yearBase, c.comparisonLink]) {
      for (const [key, entry] of lexicon?.entries ?? []) if (!entries.has(key)) entries.set(key, entry);
    }
    merged = { name: "period words", entries, source: "" };
    PERIOD_WORDS.set(c, merged);
  }
  return merged;
}

/** How far before a figure a rise or fall with the periods it is measured from is looked for, in characters. */
const PERIOD_REACH = 120;

/**
 * The rise or fall before a figure with the period it is measured from between (ลดลง + จาก
 * ช่วงเดียวกันของปีก่อนหน้า + ร้อยละ 26.6): the cue's direction, when the words between start
 * with a `year_base` word and are all words of a period or inside a time reference, a `cue_skip`
 * word or a rate's unit right before the figure aside.
 */
function changeFromPeriod(context: RefineContext, start: number, kind: Kind): { change: Change; surface: string } | undefined {
  const { view, boundaries } = context;
  const { changeBefore, yearBase, yearBaseClause } = context.rules.context;
  if (!changeBefore) return undefined;
  const from = Math.max(context.scopes.lineStart(start, PERIOD_REACH), start - PERIOD_REACH);
  // Most figures have no base before them: looked for first, in the window alone.
  if (lastCueEnd(view, from, start, yearBase, boundaries) < 0) return undefined;
  // The last rise or fall before the figure, stepping over level cues (จาก is one).
  let end = start;
  let surface = "";
  let change: string | undefined;
  for (;;) {
    end = lastCueEnd(view, from, end, changeBefore, boundaries);
    if (end < 0) return undefined;
    surface = entryEndingAt(view, end, changeBefore);
    const entry = changeBefore.entries.get(surface);
    // An entry of some kinds only (หายไป: not before a length) is none of another's.
    change = entry?.kinds && !entry.kinds.includes(kind) ? undefined : entry?.canonical;
    if (change === "increase" || change === "decrease") break;
    end -= surface.length;
  }
  const words = boundaries.words(end, start).filter(([a, b]) => /\S/.test(view.slice(a, b)));
  // A `cue_skip` word may stand right before the figure (วูบจากปี 61 ถึง 37.16%).
  const last = words[words.length - 1];
  if (last && words.length > 1 && isEntryRun(view.slice(last[0], last[1]), context.rules.context.cueSkip)) words.pop();
  // So may a rate's unit (เพิ่มขึ้นจากวานนี้(8มิ.ย.) กิโลกรัมละ 30 สตางค์).
  const unit = rateUnitStart(words, view, context.rules.context);
  if (unit !== undefined && unit > 1) words.length = unit;
  // Both (ชะลอตัวลงทั้งเมื่อเทียบกับช่วงเดียวกันของปีก่อนและเดือนก่อนหน้า…): a `change_list` word before the base.
  if (words.length > 1 && isEntryRun(view.slice(words[0]![0], words[0]![1]), context.rules.context.changeList)) words.shift();
  const first = words[0];
  if (!first || !(yearBase?.entries.has(view.slice(first[0], first[1])) ?? false)) return undefined;
  // An amount right after the base's own clause word (เพิ่มขึ้นจากเดือนก่อนที่ 2.5 ล้านคน, จากในปี พ.ศ. 2527
  // ที่ 97,900 ล้านดอลลาร์สหรัฐ) is the base's level, what the rise started from; a percentage there is
  // the change's size (ขยายตัวจากช่วงเดียวกันของปีก่อนที่ร้อยละ 1.04), as readers of unseen releases keyed both.
  // (Read on the text: the segmenter glues ก่อน|ที่ into one word.)
  if (kind !== "percent" && words.length > 1 && yearBaseClause && entryEndingAt(view, skipSpacesBack(view, start), yearBaseClause) !== "") return undefined;
  // Two periods may be joined (เมื่อเทียบกับช่วงเดียวกันของปีก่อน และเดือนก่อนหน้าหลังขจัดผลทางฤดูกาล ร้อยละ
  // 22.3 และ 1.3 ตามลำดับ): a `subject_list` word between them.
  const joins = context.rules.context.subjectList;
  const periodOnly = words.every(([a, b], i) => {
    const word = view.slice(a, b);
    return referenceAt(context.timeReferences, a) !== undefined || !/[\u0e01-\u0e4e]/.test(word) || isPeriodWord(context, word)
      || (i > 0 && i < words.length - 1 && (joins?.entries.has(word) ?? false));
  });
  return periodOnly ? { change: change as Change, surface } : undefined;
}

/**
 * The difference a figure is the size of when a comparison and the period compared with stand
 * before it (สูงกว่า + ช่วงเดียวกันของปีก่อน + 191,122 ล้านบาท, ต่ำกว่า + ปีที่แล้ว + เกือบ 30%): the
 * `comparison_cues` entry's direction, when the words between name a period (a time word or
 * reference among them) and are all words of a period, qualifier cues or `cue_skip` words. With
 * nothing between (สูงกว่า 5%), the comparison word is a bound (see qualifier.ts).
 */
function changeByComparison(context: RefineContext, start: number, kind: Kind): { change: Change; surface: string } | undefined {
  const { view, boundaries } = context;
  const { comparisonCues, comparisonPeriod, subjectTime, qualifierBefore, cueSkip } = context.rules.context;
  if (!comparisonCues) return undefined;
  const from = Math.max(context.scopes.lineStart(start, COMPARISON_REACH), start - COMPARISON_REACH);
  // Most figures have none before them: the document's are found once, and looked up.
  const ends = comparisonEnds(context, comparisonCues);
  if (ends) {
    const last = ends[upperBound(ends, start, (e) => e) - 1];
    if (last === undefined || last <= from) return undefined;
  }
  const end = lastCueEnd(view, from, start, comparisonCues, boundaries);
  if (end < 0) return undefined;
  const surface = entryEndingAt(view, end, comparisonCues);
  const change = comparisonCues.entries.get(surface)?.canonical;
  if (change !== "increase" && change !== "decrease") return undefined;
  const words = boundaries.words(end, start).map(([a, b]) => [a, view.slice(a, b)] as const).filter(([, w]) => /\S/.test(w));
  const inReference = (a: number): boolean => referenceAt(context.timeReferences, a) !== undefined;
  const cue = (w: string): boolean => isEntryRun(w, qualifierBefore) || isEntryRun(w, cueSkip);
  const names = words.some(([a, w]) => inReference(a) || isEntryRun(w, comparisonPeriod) || (subjectTime?.entries.has(w) ?? false));
  // A number outside a reference is another figure (มากกว่า 18 ปี จำนวน 8.3 แสนคน: an age, no period).
  const periodOnly = words.every(([a, w]) => inReference(a) || (!/[\u0e01-\u0e4e]/.test(w) && !/^[0-9]/.test(w)) || isPeriodWord(context, w) || cue(w));
  return names && periodOnly && kind !== "duration" ? { change, surface } : undefined;
}

/** How far before a figure a comparison with a period is looked for, in characters. */
const COMPARISON_REACH = 60;

/**
 * Where the ending all `comparison_cues` entries share (two letters or more: กว่า) ends in the
 * document, ascending, found once per document by a scan for that literal; undefined when they
 * share none (the window before each figure is scanned then).
 */
const COMPARISON_ENDS = new WeakMap<RefineContext, number[] | undefined>();
const SHARED_ENDING = new WeakMap<Lexicon, RegExp | undefined>();
function comparisonEnds(context: RefineContext, lexicon: Lexicon): number[] | undefined {
  if (COMPARISON_ENDS.has(context)) return COMPARISON_ENDS.get(context);
  if (!SHARED_ENDING.has(lexicon)) {
    const keys = [...lexicon.entries.keys()];
    let ending = keys[0] ?? "";
    for (const key of keys) while (!key.endsWith(ending)) ending = ending.slice(1);
    // In a group: V8 runs a bare literal as an indexOf, several times slower on Thai (two-byte) text.
    SHARED_ENDING.set(lexicon, ending.length >= 2 ? new RegExp(`(?:${escapeRegex(ending)})`, "g") : undefined);
  }
  const pattern = SHARED_ENDING.get(lexicon);
  let ends: number[] | undefined;
  if (pattern) {
    ends = [];
    pattern.lastIndex = 0;
    for (let m = pattern.exec(context.view); m; m = pattern.exec(context.view)) ends.push(m.index + m[0].length);
  }
  COMPARISON_ENDS.set(context, ends);
  return ends;
}

/**
 * The rise or fall a figure is the size of when it follows the level the change was measured
 * from (ลดลงจาก 41.75 บาท ของสัปดาห์ที่ผ่านมา กิโลกรัมละ 0.30 บาท): the figure before it is of the
 * same kind and stands right after a rise or fall and a `level` cue (ลดลง + จาก), and only words
 * of a period and a rate's unit stand between the two.
 */
function changeAfterBase(context: RefineContext, previous: Draft | undefined, d: Draft): { change: Change; surface: string } | undefined {
  if (!previous || previous.fact.kind !== d.fact.kind) return undefined;
  const { view, boundaries } = context;
  const { changeBefore } = context.rules.context;
  const level = cueBefore(view, previous.candidate.start, changeBefore, d.fact.kind, boundaries);
  if (!level || level.entry.canonical !== LEVEL) return undefined;
  const rise = cueBefore(view, level.start, changeBefore, d.fact.kind, boundaries);
  const change = rise?.entry.canonical;
  if (change !== "increase" && change !== "decrease") return undefined;
  if (/\n/.test(view.slice(previous.candidate.end, d.candidate.start))) return undefined;
  let words = boundaries.words(previous.candidate.end, d.candidate.start).filter(([a, b]) => /\S/.test(view.slice(a, b)));
  const unit = rateUnitStart(words, view, context.rules.context);
  if (unit !== undefined) words = words.slice(0, unit);
  const periodOnly = words.length > 0 && words.every(([a, b]) => {
    const word = view.slice(a, b);
    return !/[\u0e01-\u0e4e]/.test(word) || isPeriodWord(context, word);
  });
  return periodOnly ? { change, surface: rise!.entry.surface } : undefined;
}

/**
 * Whether a figure restates or continues the change before it: only punctuation and
 * `change_restate` words stand between. A list item (a `same_kind` word or punctuation only
 * between) must be of the same kind; a length of time is no restatement of a change (หดตัวร้อยละ 4.71 และ 11
 * เดือนแรก …).
 */
function restates(context: RefineContext, previous: Draft | undefined, d: Draft): boolean {
  const start = d.candidate.start;
  if (!previous || start - previous.candidate.end > context.rules.context.restateWindow || d.fact.kind === "duration") return false;
  const between = context.view.slice(previous.candidate.end, start);
  if (/\n/.test(between)) return false;
  // A year linked after the figure before is its own (ขยายตัวร้อยละ 3.3 ในปี 2565 และร้อยละ 4.2 ในปี 2566): the
  // list goes on past it.
  const left = withoutReferences(context, previous.candidate.end, start);
  // A base a period names after the figure before (เพิ่มขึ้น 3.2% จากไตรมาสก่อน และ 8.9% จากช่วงเดียวกันของปีก่อน):
  // that figure's own comparison; the list goes on past it, each figure with its base.
  const based = left.length < between.length ? withoutBaseWord(context, left) : left;
  // An analyst's period after the figure before (เพิ่มขึ้น 5% YoY และ 8% QoQ: a `subject_time` word in Latin
  // letters) is that figure's own, as a year linked after it is.
  const subjectTime = context.rules.context.subjectTime;
  const word = based.replace(/[A-Za-z]+/g, (w) => (subjectTime?.entries.has(w) ? "" : w)).replace(/[\s,()/]+/g, "");
  const restate = context.rules.context.changeRestate;
  if (word === "" || restate?.entries.get(word)?.canonical === "same_kind") return previous.fact.kind === d.fact.kind;
  return isEntryRun(word, restate) || (previous.fact.kind === d.fact.kind && bracketedRange(context, previous.candidate.end, start));
}

/** `text` without a `year_base` word that opens it (จาก, เมื่อเทียบกับ), spaces before it aside. */
function withoutBaseWord(context: RefineContext, text: string): string {
  const trimmed = text.trimStart();
  const word = entryStarting(trimmed, context.rules.context.yearBase);
  return word === undefined ? text : trimmed.slice(word.length);
}

/**
 * Whether a figure at `start` opens a bracket right after the figure before, cue words aside (a
 * rate's ต่อปี), with only cue words before it in the bracket (ขยายตัวที่ร้อยละ 4.6 (ช่วงคาดการณ์ที่ร้อยละ
 * 4.1 ถึง 5.1)): the forecast's range, or another wording of the same figure.
 */
function bracketedRange(context: RefineContext, end: number, start: number): boolean {
  const { view, boundaries, rules } = context;
  // Within the words between the two figures only: an indexOf from `end` would read on to the text's end.
  const at = view.slice(end, start).indexOf("(");
  if (at < 0) return false;
  const open = end + at;
  const inside = boundaries.words(open + 1, start);
  // Another period's level (ลดลง 478 คน (ปี 2566 จำนวน 3,905 คน …)) restates nothing.
  if (inside.some(([a]) => referenceAt(context.timeReferences, a) !== undefined)) return false;
  return onlyTrimmedWords(boundaries.words(end, open), view, rules.context) && onlyTrimmedWords(inside, view, rules.context);
}

/** The most characters between a change cue and the `change_list` word after it: a word of degree (มาก, สูง, ดี) and spaces. */
const LIST_HEAD_GAP = 6;
/** How far before the list word such a cue may start (the longest cue, its gap). */
const LIST_HEAD_REACH = 30;

/** A group's count in brackets after its name: (5), (27). */
const GROUP_COUNT = /\([0-9]{1,3}\)/g;

/** The most characters between a `change_list` word and a list's figure, or between two of its figures: one item's name. */
const LIST_ITEM = 40;

/**
 * Whether only an item's name stands in [from, to): no digit, no line end, no change cue, no
 * clause start, at most LIST_ITEM characters.
 */
function itemName(context: RefineContext, from: number, to: number): boolean {
  const { view, boundaries } = context;
  const { changeBefore, clauseStart, targetClause } = context.rules.context;
  // A group's count in brackets is part of its name (ตลาดอาเซียน (5), สหภาพยุโรป (27)).
  if (to - from > LIST_ITEM || /[0-9\n]/.test(view.slice(from, to).replace(GROUP_COUNT, ""))) return false;
  return boundaries.words(from, to).every(([a, b]) => {
    const word = view.slice(a, b);
    return !(changeBefore?.entries.has(word) || clauseStart?.entries.has(word) || targetClause?.entries.has(word));
  });
}

/**
 * The change a list of percentages shares (`change_list`: สินค้าที่ราคาสูงขึ้น ได้แก่ กาแฟผงสำเร็จรูป
 * เพิ่มขึ้น 11.7% มะพร้าวน้ำหอม 25.3% และไข่ไก่ 5.2%): the change word right before the list word
 * for its first item, the item before's change for the next; only an item's name between.
 */
function listChange(context: RefineContext, previous: Draft | undefined, d: Draft): { change: Change; surface: string } | undefined {
  const lexicon = context.rules.context.changeList;
  if (!lexicon || d.fact.kind !== "percent") return undefined;
  const { view, boundaries } = context;
  const start = d.candidate.start;
  const end = lastCueEnd(view, context.scopes.lineStart(start, context.rules.context.subjectWindow), start, lexicon, boundaries);
  if (end < 0) return undefined;
  const word = entryEndingAt(view, end, lexicon);
  const continues = previous !== undefined && previous.candidate.start > end;
  // A word that opens a list only after a verb of growth (ใน: ขยายตัวในตลาดสหรัฐฯ ร้อยละ 9.1 และ CLMV
  // ร้อยละ 9.6; not ในไตรมาส 2 ขยายตัวร้อยละ 2.3 อัตราเงินเฟ้อ ร้อยละ 1.1, nor ฝากเงินเพิ่มในบัญชี …)
  // needs that verb for every item.
  const afterChange = lexicon.entries.get(word)?.canonical === AFTER_CHANGE;
  const head = continues && !afterChange ? undefined : listHead(context, end - word.length, d.fact.kind, afterChange);
  if (continues) {
    const listed = previous.fact.kind === d.fact.kind && previous.fact.change !== undefined && (head !== undefined || !afterChange);
    return listed && itemName(context, previous.candidate.end, start) ? { change: previous.fact.change!, surface: `the item before, «${previous.fact.text}»` } : undefined;
  }
  if (!head || !itemName(context, end, start)) return undefined;
  return { change: head.canonical as Change, surface: `"${head.surface}" before "${word}"` };
}

/** A `change_list` entry that opens a list only right after a change word (ใน). */
const AFTER_CHANGE = "after_change";

/**
 * The rise or fall right before a list word ending at `at` (a `change_rate` verb only, when `rate`):
 * a word of degree may stand between (ราคาสูงขึ้นมาก ได้แก่, ขยายตัวสูงได้แก่), or a `cue_skip` word
 * (ขยายตัวต่อเนื่องในตลาดสหรัฐฯ).
 */
function listHead(context: RefineContext, at: number, kind: Kind, rate: boolean): LexiconEntry | undefined {
  const { view, boundaries } = context;
  const { changeBefore, cueSkip, changeRate } = context.rules.context;
  const cue = lastCueEnd(view, Math.max(0, at - LIST_HEAD_REACH), at, changeBefore, boundaries);
  if (cue < 0) return undefined;
  const gap = view.slice(cue, at);
  const near = (cue >= at - LIST_HEAD_GAP && !/[0-9]/.test(gap)) || isEntryRun(gap.trim(), cueSkip);
  const head = near ? changeBefore!.entries.get(entryEndingAt(view, cue, changeBefore!)) : undefined;
  const change = head?.canonical;
  if (rate && !(changeRate?.entries.has(head?.surface ?? "") ?? false)) return undefined;
  return head && (change === "increase" || change === "decrease") && (!head.kinds || head.kinds.includes(kind)) ? head : undefined;
}

/**
 * The rise or fall a level reached is the end of (เพิ่มขึ้นจาก 23,135 ล้านบาท เป็น 25,650 ล้านบาท): the
 * figure before it is a base after a `year_base_figure` word valued `after_change` (จาก), right after
 * a rise or a fall. Undefined otherwise.
 */
function changeToLevel(context: RefineContext, base: Draft | undefined, level: Draft): Change | undefined {
  if (!base || base.fact.kind !== level.fact.kind) return undefined;
  const { view, boundaries } = context;
  const from = cueBefore(view, base.candidate.start, context.rules.context.yearBaseFigure, base.fact.kind, boundaries);
  if (from?.entry.canonical !== AFTER_CHANGE) return undefined;
  const head = cueBefore(view, from.start, context.rules.context.changeBefore, base.fact.kind, boundaries)?.entry.canonical;
  return head === "increase" || head === "decrease" ? head : undefined;
}

export const change: Refiner = {
  name: "change",
  refine(context, drafts) {
    let previous: Draft | undefined;
    // The rise or fall a level reached ends (เพิ่มขึ้นจาก X เป็น Y): a figure restating it is its size (หรือ 11%).
    let reached: { level: Draft; change: Change } | undefined;
    // Figures whose plus sign said their rise.
    const plusSigned = new Set<Draft>();
    for (const d of drafts) {
      const { fact } = d;
      if (fact.kind === "date") {
        previous = undefined;
        continue;
      }
      const cue = cueOf(context, d.candidate.start, fact.kind);
      const ended = reached?.level === previous ? reached : undefined;
      if (cue?.change === SLOWDOWN) {
        const negative = typeof fact.value === "number" && fact.value < 0;
        if (negative) fact.change = "decrease";
        because(context, d, "change", () => `"${cue.surface}" before it: a slowing, ${negative ? "a fall below zero" : "growth slower, no change's size"}`);
        reached = undefined;
      } else if (cue && cue.change !== LEVEL && fact.value === 0) {
        // Zero is no size of a rise or fall: what is cut to it (ลดอ้อยไฟไหม้ 0%, ลดอัตราดอกเบี้ย… ร้อยละ 0) is a level.
        because(context, d, "change", () => `"${cue.surface}" before it, but zero is a level reached, no change's size`);
        reached = undefined;
      } else if (cue) {
        if (cue.change !== LEVEL) fact.change = cue.change;
        because(context, d, "change", () => `"${cue.surface}" before it${cue.change === LEVEL ? ": a level, not a change" : ""}`);
        const to = cue.change === LEVEL ? changeToLevel(context, previous, d) : undefined;
        reached = to === undefined ? undefined : { level: d, change: to };
      } else if (plusBefore(context, d)) {
        fact.change = "increase";
        plusSigned.add(d);
        because(context, d, "change", () => "a plus sign");
      } else if (previous !== undefined && plusSigned.has(previous) && minusWritten(context, d)) {
        // A minus after an item whose plus said its rise (ข้าว (+26.5%) … น้ำตาลทราย (-8.4%)): the signs
        // are how the list writes its changes, and this one fell.
        fact.change = "decrease";
        because(context, d, "change", () => `a minus sign, after «${previous!.fact.text}» written with a plus`);
      } else if (previous?.fact.change !== undefined && restates(context, previous, d)) {
        fact.change = previous.fact.change;
        because(context, d, "change", () => `restates or continues «${previous!.fact.text}»`);
      } else if (ended !== undefined && fact.kind === "percent" && restates(context, previous, d)) {
        fact.change = ended.change;
        because(context, d, "change", () => `the size of the ${ended.change} to «${previous!.fact.text}», the level before it`);
      } else {
        const measured = changeFromPeriod(context, d.candidate.start, fact.kind) ?? changeAfterBase(context, previous, d)
          ?? changeByComparison(context, d.candidate.start, fact.kind);
        const listed = measured ? undefined : listChange(context, previous, d);
        if (measured) {
          fact.change = measured.change;
          because(context, d, "change", () => `"${measured.surface}" and the level or period it is measured from before it`);
        } else if (listed) {
          fact.change = listed.change;
          because(context, d, "change", () => `shared in a list: ${listed.surface}`);
        }
      }
      previous = d;
    }
    return drafts;
  },
};
