/**
 * The year a figure refers to. In a list of figures followed by a list of years and ตามลำดับ
 * (3.2% และ 4.2% ในปี 2565 และ 2566 ตามลำดับ), the year of its place; else a time reference linked to
 * the figure right after it (ลดลงร้อยละ 0.9 ในปี 2563, 6 เดือนแรกของปี 2568; after a base figure
 * through words of a period: เทียบกับ 55,890 ล้านบาทในช่วงเดียวกันของปีที่แล้ว) is its year; in a
 * base's own clause (จากปีก่อนที่ส่งออกมูลค่า 2,331 ล้านบาท), the base's; otherwise the last time
 * reference before it in its paragraph that governs (not a comparison's base: เติบโต 34.1% จากปี
 * 2563; a day only within its clause), within `year_window`; else, on a list's item line, the
 * period of the line introducing the list (… ในปี 2564 … ได้แก่); else a date after it in its
 * clause that it takes effect on (มีผลตั้งแต่ …); else the period its document's title names (a
 * report's: ไตรมาสที่ 3/2545), for a figure below the title. A figure no time reference governs has
 * no year, and neither has a duration without a reference linked after it.
 */
import { entryStarting, lexiconWords } from "../rules/lexicon-words.js";
import { closing, onlyJoins } from "./respective.js";
import { TITLE_CHARS } from "../extract/document.js";
import { cueAfter, cueBefore, cueBeforeSkipping, entryEndingAt, isEntryRun, lastCueEnd, skipSpacesBack, skipSpacesForward } from "../extract/cues.js";
import type { Kind } from "../types.js";
import type { LexiconEntry } from "../rules/rule-file.js";
import { isPeriodWord } from "./change.js";
import { upperBound } from "../text/sorted.js";
import { isWhitespace, skipWhitespaceBack } from "../text/chars.js";
import { HAS_WORD, LEVEL, isTrimmed } from "../extract/subject-words.js";
import { phrasesBetween } from "./scopes.js";
import { afterRecordSpan, clauseEnd, GLUED_NOUN, inHeadline, rateUnitAfter, rateUnitEnd, referenceAt, type TimeReference } from "./time-references.js";
import { parseYear } from "../rules/recognizers.js";
import { MONTH_SOURCE } from "../dates/months.js";
import { dayNumber } from "../dates/calendar.js";
import { isPeriod } from "./subject.js";
import { ofNewsYear } from "../extract/article-lead.js";
import { because, dateAt, type Draft, type RefineContext, type Refiner } from "./types.js";
import { FORMER, isApproval, isMakeUp, targetCue } from "./target.js";

/**
 * The reference starting right after `end` (a few spaces, or `year_link` words such as ใน / แรก +
 * ของ, or an opening bracket, between). A mention may carry its own link (ในปี, ภายในปี, สิ้นปี); a bare ปี after a
 * figure and a space starts the next item of a list (ปี 2562 จำนวน 288 คดี ปี 2561 …) and is not
 * taken; glued to a length of time (งวด 9 เดือนปี 56), it is the period's.
 */
function linkedAfter(context: RefineContext, figureEnd: number, kind: Kind): TimeReference | undefined {
  const refs = context.timeReferences;
  // A rate's time unit right after the figure (41,300 คันต่อวัน|ในปี 2597): the link starts after it.
  const end = rateUnitEnd(context, figureEnd);
  const next = refs[upperBound(refs, end - 1, (y) => y.start)];
  // The present (ปัจจุบัน) after a figure starts the next clause: it dates nothing before it.
  if (!next || next.year === undefined || next.present) return undefined;
  const between = context.view.slice(end, Math.min(next.start, end + context.rules.context.yearLinkWindow + MONTHS_GLOSS));
  // Its months spelled out in brackets before the year (ในช่วง 9 เดือน (ม.ค.-ก.ย.) ปี 2565): a length's period.
  if (kind === "duration" && between.length === next.start - end && monthsGloss(between)) return next;
  // The whole a percentage is a share of, glued between (สัดส่วน 30% ของการผลิตรถยนต์ทั้งหมดภายในปี 2573): of
  // the percentage, and the period after it is the figure's.
  if (kind === "percent" && next.start - end <= GLUED_NOUN && shareTail(context, end, next.start)) return next;
  if (next.start - end > context.rules.context.yearLinkWindow) return undefined;
  // Glued to a period (งวด 9 เดือนปี 56), a bare ปี is its link; after another figure, a space left
  // out before the next sentence (อยู่ที่ 3,903 ล้าน ลบ.ม.ปี 2564 มีปริมาณ…).
  if (between === "" && kind === "duration") return next;
  // A length's own period right after it (ส่งออกข้าว 8 เดือน ปี 68 ปริมาณ 5.04 ล้านตัน) even where the
  // year starts what follows: a length takes no year from the paragraph.
  if (/^[ \t]{0,2}$/.test(between)) return kind !== "duration" && startsNextItem(context, next) ? undefined : next;
  // In brackets right after it (9 เดือน (ม.ค.-ก.ย.66), 1,000 ล้านบาท (ปี 2566)): its period; not when
  // the bracket holds a figure of its own after it (หนี้ในระบบ 65% (ปี 67 ที่ 69.9%): the year before's).
  if (/^[ \t]{0,2}\([ \t]?$/.test(between)) return OWN_FIGURE_IN_BRACKET.test(context.view.slice(next.end, next.end + BRACKET_REST)) ? undefined : next;
  // One or two links, each a word or two run together (ในปี, ณ สิ้น).
  const links = /^[ \t]{0,2}(\S+)(?:[ \t](\S+))?[ \t]{0,2}$/.exec(between);
  const linked = links !== null && [links[1], links[2]].every((l) => l === undefined || isEntryRun(l, context.rules.context.yearLink));
  return linked ? next : undefined;
}

/**
 * Whether [from, to) is a `subject_share_of` word (ของ) and a run of letters after it, no space, digit
 * nor clause start in the run (ของมูลค่าการนำเข้าสินค้าเกษตรจากโลก|โดย|ในปี 2562: the next clause's period).
 */
function shareTail(context: RefineContext, from: number, to: number): boolean {
  const { view, boundaries } = context;
  const at = skipSpacesForward(view, from);
  const word = entryStarting(view.slice(at, to), context.rules.context.subjectShareOf);
  if (word === undefined) return false;
  const start = skipSpacesForward(view, at + word.length);
  // A space before the period is the period's own (3.2% ของ GDP ในปี 2563).
  const rest = view.slice(start, to).trimEnd();
  return rest.length > 0 && !/[\s0-9]/.test(rest) && lastCueEnd(view, start, start + rest.length, context.rules.context.clauseStart, boundaries) < 0;
}

/** Whether a rate's time unit of a year follows `end` (ต่อ + ปี: ร้อยละ 6.60 ต่อปี). */
function perYearAfter(context: RefineContext, end: number): boolean {
  return rateUnitAfter(context, end)?.unit.canonical === YEAR_UNIT;
}

/** How far before a percentage per annum its rate's word (`year_rate_term`: ดอกเบี้ย) is looked for, on its line. */
const RATE_WORD_REACH = 150;

/**
 * Whether a figure is a rate of interest or return per annum: a percentage with no change, ต่อปี
 * after it, and a `year_rate_term` word (ดอกเบี้ย, MRR) before it on its line with no `change_before`
 * word between (ปรับลดลง 0.10% ต่อปี จากปัจจุบัน 6.250% ต่อปี: a rate cut, news of its time).
 */
function isRateTerm(context: RefineContext, d: Draft, start: number, end: number): boolean {
  if (d.fact.kind !== "percent" || d.fact.change !== undefined || !perYearAfter(context, end)) return false;
  const { view, boundaries, rules } = context;
  const from = context.scopes.lineStart(start, RATE_WORD_REACH);
  const word = lastCueEnd(view, Math.max(from, start - RATE_WORD_REACH), start, rules.context.yearRateTerm, boundaries);
  return word >= 0 && lastCueEnd(view, word, start, rules.context.changeBefore, boundaries) < 0;
}

/** Whether an average's word (a `duration_measured` entry valued `before`: เฉลี่ย) stands right before `start`, a `cue_skip` word (ที่) between at most. */
function averagedBefore(context: RefineContext, start: number, kind: Kind): boolean {
  const { view, boundaries, rules } = context;
  return cueBeforeSkipping(view, start, rules.context.durationMeasured, [rules.context.cueSkip], kind, boundaries, 1)?.entry.canonical === "before";
}

/**
 * The dated time reference a length at `start` totals: the one ending right before it with only
 * `year_span_total` words (รวมระยะเวลา, สะสม, ที่ผ่านมา), spaces and brackets between, of one year.
 */
function spanTotalled(context: RefineContext, start: number): TimeReference | undefined {
  const lexicon = context.rules.context.yearSpanTotal;
  if (!lexicon) return undefined;
  const refs = context.timeReferences;
  const ref = refs[upperBound(refs, start - 1, (r) => r.start) - 1];
  if (ref === undefined || ref.year === undefined || !ref.governs || ref.present || ref.crossesYear || ref.end > start || start - ref.end > SPAN_TOTAL_GAP) return undefined;
  const words = context.view.slice(ref.end, start).split(/[\s()]+/).filter((w) => w !== "");
  return words.every((w) => isEntryRun(w, lexicon)) ? ref : undefined;
}

/** A `duration_measured` value: an age's word (อายุ), before the length. */
const AGE = "age";

/** The most characters between a dated period and the length that totals it. */
const SPAN_TOTAL_GAP = 30;

/**
 * The year of the days or months a length spans, written right after it (ระยะเวลาดำเนินการ 3 เดือน
 * ตั้งแต่เดือนกรกฎาคม-กันยายน 2565, ตลอดระยะเวลา 32 วัน ตั้งแต่วันที่ 30 เม.ย. - 31 พ.ค. 2568): a range of dates
 * starting within SPAN_TOTAL_GAP characters, with only spaces, brackets, a `year_since` word and the
 * calendar's day or month word between; undefined unless the range lies within one year.
 */
function spanAfter(context: RefineContext, dates: readonly Draft[], end: number): { year: number; text: string } | undefined {
  const next = dates[upperBound(dates, end - 1, (d) => d.candidate.start)];
  if (next === undefined || next.candidate.start - end > SPAN_TOTAL_GAP || typeof next.fact.value !== "string") return undefined;
  const ends = /^([0-9]{4})[^/]*\/([0-9]{4})/.exec(next.fact.value);
  if (!ends || ends[1] !== ends[2]) return undefined;
  let between = context.view.slice(end, next.candidate.start).replace(/[\s()]+/g, "");
  const since = lexiconWords(context.rules.context.yearSince).filter((w) => between.startsWith(w)).sort((a, b) => b.length - a.length)[0];
  if (since !== undefined) between = between.slice(since.length);
  const { dayWord, monthWord } = context.rules.context.calendar.words;
  if (between !== "" && !dayWord.includes(between) && !monthWord.includes(between)) return undefined;
  return { year: Number(ends[1]), text: next.fact.text };
}

/** A duration's unit code for years (FACTS.md). */
const YEAR_UNIT = "year";

/** The most characters a bracket of month names (ม.ค.-ก.ย.) adds between a length and its year. */
const MONTHS_GLOSS = 24;

/** Whether `between` is a bracket of month names, spaces around it: (ม.ค.-ก.ย.), (มกราคม – กันยายน). */
function monthsGloss(between: string): boolean {
  const inside = /^[ \t]{0,2}\(([^()\n0-9]+)\)[ \t]{0,2}$/.exec(between)?.[1];
  return inside !== undefined && MONTHS_ONLY.test(inside.trim());
}

/** Month names joined by a dash or a comma, nothing else. */
const MONTHS_ONLY = new RegExp(`^${MONTH_SOURCE}(?:[ \\t]*[-–,][ \\t]*${MONTH_SOURCE})*$`);

/**
 * Whether the figure at `start` is a comparison's base (เทียบกับ 55,890 ล้านบาท, เพิ่มขึ้นจาก 450
 * ล้านบาท): a `year_base_figure` word right before it; one whose value is `after_change` (จาก) only
 * right after a rise or a fall, after the figure of one (`changed`: where those figures end), or after
 * the level one reached (`before`, the figure before: ลดลงเป็นร้อยละ 2.50 จากร้อยละ 3.14).
 */
function isBaseFigure(context: RefineContext, start: number, kind: Kind, changed: ReadonlySet<number>, before: Draft | undefined): boolean {
  const { view, boundaries } = context;
  const { yearBaseFigure, changeBefore, subjectPrefix, subjectList } = context.rules.context;
  // The next item of a list of bases (เร่งขึ้นจากร้อยละ 0.6 และร้อยละ 3.0 ในปี 2564 ตามลำดับ).
  if (before?.baseFigure && before.fact.kind === kind) {
    const between = view.slice(before.candidate.end, start).trim();
    if (between === "" || (subjectList?.entries.has(between) ?? false)) return true;
  }
  // A change named as a noun between (คาดว่าจะลดลงร้อยละ 1.5 เทียบกับการลดลงร้อยละ 0.04 ในปี 2565, จะขยายตัวร้อยละ
  // 2.5 ต่อเนื่องจากการขยายตัวร้อยละ 2.6 ในปี 2565): still the base. The change word right before the figure
  // first: most figures have none, and need no look further back.
  const base = cueBefore(view, start, yearBaseFigure, kind, boundaries)
    ?? (cueBefore(view, start, changeBefore, kind, boundaries) === undefined ? undefined
      : cueBeforeSkipping(view, start, yearBaseFigure, [changeBefore, subjectPrefix], kind, boundaries, 2));
  if (!base) return false;
  if (base.entry.canonical !== "after_change") return true;
  // Right after a rise's or a fall's own figure (ขยายตัว 22.1% จาก 606,378 บาท).
  const after = skipSpacesBack(view, base.start);
  if (changed.has(after)) return true;
  // Right after the level a rise or a fall reached, of the same kind (ปรับเพิ่มขึ้นมาอยู่ที่ร้อยละ 43.33 จากร้อยละ
  // 40.74: rose to, from).
  if (before !== undefined && before.candidate.end === after && before.fact.kind === kind) {
    const level = cueBefore(view, before.candidate.start, changeBefore, kind, boundaries);
    // A `cue_skip` word may stand between (เพิ่มขึ้น|มา|อยู่ที่).
    const rise = level?.entry.canonical === LEVEL ? cueBeforeSkipping(view, level.start, changeBefore, [context.rules.context.cueSkip], kind, boundaries, 1) : undefined;
    if (rise !== undefined && rise.entry.canonical !== LEVEL) return true;
  }
  const change = cueBefore(view, base.start, changeBefore, kind, boundaries);
  return change !== undefined && change.entry.canonical !== LEVEL;
}

/**
 * The period a base figure is of, written after it with words of a period between (เทียบกับ 55,890
 * ล้านบาทในช่วงเดียวกันของปีที่แล้ว), within `join_window`.
 */
function baseLinkedAfter(context: RefineContext, end: number): TimeReference | undefined {
  const refs = context.timeReferences;
  const next = refs[upperBound(refs, end - 1, (y) => y.start)];
  if (!next || next.days || next.start - end > context.rules.context.joinWindow) return undefined;
  const words = context.boundaries.words(end, next.start);
  return words.every(([from, to]) => isPeriodWord(context, context.view.slice(from, to))) ? next : undefined;
}

/** How far after a bracketed reference its bracket's rest is read. */
const BRACKET_REST = 80;
/** The rest of a bracket holding digits before it closes (ปี 67 ที่ 69.9%)). */
const OWN_FIGURE_IN_BRACKET = /^[^()\n]*[0-9][^()\n]*\)/;

/** Whether a reference starts with a `year_next_item` cue (ปี, ปีงบประมาณ; not ในปี): the next item of a list. */
function startsNextItem(context: RefineContext, ref: TimeReference): boolean {
  return entryStarting(ref.text, context.rules.context.yearNextItem) !== undefined;
}

/**
 * The comparison's base whose own clause a figure at `start` stands in: the last reference before
 * the figure names a base (จากปีก่อน), a `year_base_clause` word follows it (ที่), and no phrase
 * mark stands between that word and the figure (จากปีก่อนที่ส่งออกมูลค่า 2,331 ล้านบาท); a figure
 * right after the word is the base's only after a `level` one (จากปีก่อนอยู่ที่ 17,587 ล้านบาท).
 */
function baseClauseOf(context: RefineContext, start: number, kind: Kind, before: Draft | undefined): TimeReference | undefined {
  const refs = context.timeReferences;
  const ref = refs[upperBound(refs, start - 1, (r) => r.start) - 1];
  if (!ref || ref.governs || ref.days || ref.end > start) return undefined;
  const word = cueAfter(context.view, ref.end, context.rules.context.yearBaseClause, "date", context.boundaries);
  if (!word) return undefined;
  const at = skipSpacesForward(context.view, ref.end);
  // Right after a word that is no `level` one, a percentage is the change's size (ลดลงจากเดือนก.ค.
  // ปี2567 ที่ 11.39%, after 110,616 คัน), unless a percentage compared stands right before the base
  // (ติดลบ 4.5% เทียบกับช่วงเดียวกันของปีก่อนที่ -1.2%: the base's level); an amount is the base's level (ลดลง 1.8%
  // จากปีก่อนที่ 57,430 ล้านบาท).
  const sized = before?.fact.kind === kind && ref.start - before.candidate.end <= SIZED_GAP
    && !/\n|(?<![-A-Za-z0-9])[0-9]/.test(context.view.slice(before.candidate.end, ref.start));
  if (word.canonical !== LEVEL && kind === "percent" && !sized && skipSpacesForward(context.view, at + word.surface.length) >= start) return undefined;
  // Not past another figure after the word (ที่ร้อยละ 1.04 และอัตราการใช้กำลังการผลิตอยู่ที่ร้อยละ 65.91:
  // the change's size, then the report's own level); the base's list goes on by listedAfter.
  if (before !== undefined && before.candidate.start > at) return undefined;
  return at < start && (phrasesBetween(context.view, at, start) === 0 || onlyCuesAfterSpace(context, at, start)) ? ref : undefined;
}

/**
 * Whether what stands after the first space between `from` and `to` is trimmed words alone (ที่มีคนใช้บริการ
 * อยู่ที่ | จำนวน 808,736: a cue word before the base's own figure, no phrase of its own).
 */
function onlyCuesAfterSpace(context: RefineContext, from: number, to: number): boolean {
  const { view, boundaries, rules } = context;
  let space = from;
  while (space < to && !isWhitespace(view.charCodeAt(space))) space++;
  if (space >= to) return false;
  const words = boundaries.words(space, to).filter(([a, b]) => !/^\s*$/.test(view.slice(a, b)));
  return words.length > 0 && words.every(([a, b]) => isTrimmed(view.slice(a, b), rules.context));
}

/** The most characters between a figure and the base it is compared with (เทียบกับช่วงเดียวกันของ). */
const SIZED_GAP = 40;

/** The most words between two figures of one list in a base's clause. */
const LIST_WORDS = 3;

/**
 * The base whose clause the figure before stood in, when only measure words, a list's joining
 * words (`subject_list`: และ, หรือ) and qualifiers (`qualifier_before`: the same figure restated,
 * ที่มีมูลค่า 120 ล้านดอลลาร์ หรือราว 4,000 ล้านบาท) stand between the two: at most LIST_WORDS, on its
 * line, no time reference.
 */
function listedAfter(context: RefineContext, before: Draft | undefined, start: number): TimeReference | undefined {
  const base = before?.base;
  if (!base) return undefined;
  const { view, boundaries, rules } = context;
  const from = before.candidate.end;
  if (/\n/.test(view.slice(from, start))) return undefined;
  const refs = context.timeReferences;
  const next = refs[upperBound(refs, from - 1, (r) => r.start)];
  if (next && next.start < start) return undefined;
  const words = boundaries.words(from, start).filter(([a, b]) => HAS_WORD.test(view.slice(a, b)));
  if (words.length > LIST_WORDS) return undefined;
  // Only a list's words: a verb (มีมูลค่า 2,987 …: what the figure after it is of starts anew) or a
  // comparison (… ที่มีจำนวน 440.4 พันคัน อยู่ 3.2%: the gap from the base) ends the base's list.
  const listed = words.every(([a, b]) => {
    const word = view.slice(a, b);
    return (rules.context.subjectList?.entries.has(word) ?? false) || (rules.context.subjectTrimEnd?.entries.has(word) ?? false)
      || (rules.context.qualifierBefore?.entries.has(word) ?? false);
  });
  return listed ? base : undefined;
}

/**
 * The first reference after `end` in its clause that says when what comes before it takes effect
 * (`effective`: มีผลตั้งแต่ 1 ม.ค. 2568), or the day it is counted as of in a note (`noted`: (ข้อมูล ณ
 * วันที่ 30 พ.ย. 65)), this one with no period between that governs (an aside's may stand there).
 * Most figures have none within `target_window`: the clause's end is found only when one is.
 */
function dayAfter(context: RefineContext, end: number, which: "effective" | "noted"): TimeReference | undefined {
  const refs = context.timeReferences;
  const reach = end + context.rules.context.targetWindow;
  for (let i = upperBound(refs, end - 1, (y) => y.start); i < refs.length && refs[i]!.start < reach; i++) {
    const ref = refs[i]!;
    if (ref[which]) {
      const clause = clauseEnd(context, end);
      if (ref.start < clause) return ref;
      // A day things take effect on may open the next clause, right after a `shared` clause start (ลดเหลือ
      // 6.65% … โดยเริ่มตั้งแต่วันที่ 5 มีนาคม – 31 สิงหาคม 2568): it says when what the clause before did.
      return which === "effective" && opensWithEffective(context, clause) && ref.start < clauseEnd(context, clause + 1) ? ref : undefined;
    }
    if (which === "noted" && ref.governs && !ref.aside && !ref.days) return undefined;
  }
  return undefined;
}

/**
 * The last governing reference ending in [from, to] whose reach covers `to`, not one of `owned` (a base
 * figure's own period); else a day of the news's own time past its clause, as far back as `dayFrom` (at or
 * before `from`: the paragraph's start), when no other reference governs.
 */
function governingBefore(context: RefineContext, from: number, to: number, owned: ReadonlySet<TimeReference>, dayFrom = from): TimeReference | undefined {
  const refs = context.timeReferences;
  // A day's reach ends with its clause: the reference before it governs again; with none before
  // it, a day of the news's own time dates what follows (วันนี้ (30 กรกฎาคม 2566) … ผู้เสียชีวิต
  // จำนวน 12 ราย), not one of history (a group founded เมื่อวันที่ 1 มกราคม 2537, a cabinet's
  // resolution เมื่อวันที่ 9 เมษายน 2562 in a text of 2563). Readers split on it: of ten unseen keys of
  // 2026, the three asked only to follow FACTS.md date such a day's figures (two of them) or none (one).
  // A span of years whose clause has ended, between the day and the figure, goes on instead of the
  // day: the paragraph reports what the span is of (… ระยะเวลาก่อสร้าง 3 ปี ตั้งแต่ปี 2566-2568 วงเงิน
  // 4,841 ล้านบาท โดยในส่วนของค่าก่อสร้าง 4,700 ล้านบาท ให้กระทรวงการคลังจัดหาแหล่งเงินกู้…), not the news's day.
  let day: TimeReference | undefined;
  let span: TimeReference | undefined;
  const dayOrSpan = (): TimeReference | undefined => (day !== undefined && span !== undefined ? span : day);
  for (let i = upperBound(refs, to - 1, (y) => y.start) - 1; i >= 0; i--) {
    const ref = refs[i]!;
    if (ref.end > to) continue;
    if (ref.end < dayFrom) return dayOrSpan();
    if (!ref.governs || owned.has(ref)) continue;
    const period = ref.until === undefined || to <= ref.until;
    if (period && ref.end >= from) return ref;
    if (!period && day === undefined && span === undefined && ref.span && !ref.aside) span = ref;
    if (!period && day === undefined && !ref.span && !ref.aside && !ref.meeting && ofTheNews(context, ref, true)) day = ref;
  }
  return dayOrSpan();
}

/** The last resolution's day (TimeReference.meeting) in [from, to), if any. */
function resolutionBefore(context: RefineContext, from: number, to: number): TimeReference | undefined {
  const refs = context.timeReferences;
  for (let i = upperBound(refs, to - 1, (r) => r.start) - 1; i >= 0 && refs[i]!.start >= from; i--) if (refs[i]!.meeting && refs[i]!.end <= to) return refs[i];
  return undefined;
}

/** A single day up to the news's own (`ref`), not a day it takes effect on, when it is the reference a figure at `at` would take. */
function saidOn(context: RefineContext, ref: TimeReference, at: number): TimeReference | undefined {
  const news = dateAt(context, at);
  if (ref.date === undefined || news === undefined || ref.effective) return undefined;
  return dayNumber(ref.date) <= dayNumber(news) ? ref : undefined;
}

/** The first period after `end` on its line that governs and has a year written in digits (a headline's period; not ปีนี้, said of another figure as often). */
function headlineReferenceAfter(context: RefineContext, end: number): TimeReference | undefined {
  const refs = context.timeReferences;
  const lineEnd = context.view.indexOf("\n", end);
  for (let i = upperBound(refs, end - 1, (r) => r.start); i < refs.length; i++) {
    const ref = refs[i]!;
    if (lineEnd >= 0 && ref.start >= lineEnd) return undefined;
    // Not a day: in a title it is a meeting's or the dateline's (สรุปข่าวการประชุม ครม. 8 ตุลาคม 2567).
    if (ref.governs && ref.year !== undefined && !ref.present && ref.until === undefined && /[0-9๐-๙]/.test(ref.text)) return ref;
  }
  return undefined;
}

/** How far into a document a line repeating its title is read as the title (a page's heading, its lead). */
const TITLE_REPEAT_REACH = 1500;
/** The fewest characters a line must have to be taken as the title repeated. */
const TITLE_REPEAT_CHARS = 20;

/**
 * Whether the line holding `start` repeats the document's title, within TITLE_REPEAT_REACH: its text
 * (spaces trimmed) ends the title's (รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-ส่งออก… 8.5 หมื่นล้านบาท คาดการณ์ปี 2566 …
 * repeated as ส่งออก… 8.5 หมื่นล้านบาท คาดการณ์ปี 2566 …).
 */
function repeatsTitle(context: RefineContext, start: number): boolean {
  if (start > TITLE_REPEAT_REACH || context.titleEnd === 0) return false;
  const { view } = context;
  const from = context.scopes.lineStart(start, start);
  const to = view.indexOf("\n", start);
  const line = view.slice(from, to < 0 ? view.length : to).trim();
  return line.length >= TITLE_REPEAT_CHARS && view.slice(0, context.titleEnd).trim().endsWith(line);
}

/** A `target_reset` entry that is a rule in force (โทษ: a penalty a law sets): of no period either. */
const RULE = "rule";
/** The most phrase marks between a rule's word and a figure of it. */
const RULE_PHRASES = 3;

/** Whether a `target_reset` word valued `rule` stands before `start` in its clause (within `target_window`). */
function inRule(context: RefineContext, start: number): boolean {
  const { view, boundaries } = context;
  const resets = context.rules.context.targetReset;
  if (!resets) return false;
  const from = context.scopes.lineStart(start, context.rules.context.targetWindow);
  for (let until = start; until > from;) {
    const end = lastCueEnd(view, from, until, resets, boundaries);
    if (end < 0) return false;
    const word = entryEndingAt(view, end, resets);
    // Its own phrases only (ต้องระวางโทษจำคุกไม่เกิน 3 ปี หรือปรับไม่เกิน 60,000 บาท), not what the
    // sentence goes on to report (… หากทำผิดซ้ำมีโทษ … มีการจ้างคนไทย 3 คน).
    if (resets.entries.get(word)?.canonical === RULE) return clauseEnd(context, end) >= start && phrasesBetween(view, end, start) <= RULE_PHRASES;
    until = end - word.length;
  }
  return false;
}

/**
 * Whether a reference is of the news's own time (ofNewsYear: a period within a year of its text's
 * date; with `day`, a day of its very year: เมื่อวันที่ 9 เมษายน 2562 in a text of 2563 is history), or
 * no date is known.
 */
function ofTheNews(context: RefineContext, ref: TimeReference, day = false): boolean {
  const news = dateAt(context, ref.start)?.year;
  return ref.year === undefined || news === undefined || ofNewsYear({ year: ref.year, day, end: ref.end }, news);
}

/**
 * Whether a reference's reach goes on past its clause: a period, or a day figures are counted as of;
 * not an event's day or days (their reach ends with their clause), an aside or the present.
 */
function reachesOn(ref: TimeReference): boolean {
  return ref.until === undefined && !ref.days && !ref.aside && !ref.present;
}

/** Characters from a paragraph's start within which a period leads it (see leadPeriod). */
const LEAD_CHARS = 300;
const LEAD_REACH = 6000;

/**
 * The period that leads a long paragraph, when no other governs between it and a figure further on
 * than `year_window` (ศูนย์วิจัย… คาดการณ์ราคาสินค้าเกษตรในเดือนพฤศจิกายน 2565 โดยสินค้าเกษตรที่มี
 * แนวโน้มราคาปรับตัวสูงขึ้น ได้แก่ … 900 characters on … มันสำปะหลัง ราคาอยู่ที่ 2.65 - 2.75 บาท/กก.):
 * the paragraph reports that period throughout. A period of the news's own time (or a day figures
 * are counted as of: ข้อมูล ณ วันที่ 9 เมษายน 2564), not an event's day, a span or an aside.
 */
function leadPeriod(context: RefineContext, start: number, dayFrom: number, owned: ReadonlySet<TimeReference>): TimeReference | undefined {
  const { view } = context;
  // The paragraph's start the year step found, unless that was only its window's floor.
  const { yearWindow, yearDayWindow } = context.rules.context;
  const found = dayFrom > start - Math.max(yearWindow, yearDayWindow);
  const paragraph = found ? dayFrom : context.scopes.paragraphStart(start, LEAD_REACH);
  if (paragraph > 0 && view.charCodeAt(paragraph - 1) !== 10) return undefined;
  const refs = context.timeReferences;
  let lead: TimeReference | undefined;
  for (let i = upperBound(refs, start - 1, (r) => r.start) - 1; i >= 0 && refs[i]!.start >= paragraph; i--) {
    const ref = refs[i]!;
    if (ref.end > start || !ref.governs || owned.has(ref)) continue;
    // The present, its day written right after it in brackets, is that day said twice (ปัจจุบัน (ข้อมูล
    // ณ วันที่ 31 ม.ค.2568) มีธุรกิจ… 1,973,692 ราย …, 500 characters on, ทุนจดทะเบียนรวม 5.59 ล้านล้านบาท).
    if (lead !== undefined && ref.present && restatedAfter(view, ref.end, lead.start)) continue;
    // The paragraph's only period: with two, the later one's reach is as likely to have ended.
    if (lead !== undefined) return undefined;
    if (ref.start - paragraph > LEAD_CHARS || ref.span || !reachesOn(ref)) return undefined;
    lead = ref;
  }
  return lead !== undefined && ofTheNews(context, lead) ? lead : undefined;
}

/** The most characters between the present and the day in brackets that restates it (ปัจจุบัน (ข้อมูล ณ วันที่ …). */
const RESTATED_REACH = 24;

/** Whether [from, to) opens a bracket and holds no digit, no closing bracket and no line end: a day written next is said in it. */
function restatedAfter(view: string, from: number, to: number): boolean {
  return to - from <= RESTATED_REACH && /^[ \t]*\([^()0-9\n]*$/.test(view.slice(from, to));
}

/** The most characters after a line's last time reference, no digit among them, for the line to end with it (… โดยปี 2566 ตั้งแต่ ม.ค. - ก.ย.). */
const BROKEN_TAIL = 24;

/**
 * The time reference a sentence broke off after, at the end of the line before the figure's, when
 * the figure's line opens with a `line_continues` word and nothing in it governs before the figure
 * (… มูลค่าการส่งออก… โดยปี 2566 ตั้งแต่ ม.ค. - ก.ย. / มีมูลค่าการส่งออกแล้วประมาณ 9.3 หมื่นล้านบาท): it
 * dates the line as it would its own. A period or a day figures are counted as of, of the news's own
 * time; not an event's day or days (their reach ends with their clause), an aside or the present; not
 * in hard-wrapped text, whose every line breaks a sentence.
 */
function brokenOffBefore(context: RefineContext, start: number, owned: ReadonlySet<TimeReference>): TimeReference | undefined {
  const { view, scopes, boundaries } = context;
  const continues = context.rules.context.lineContinues;
  if (!continues || scopes.wrapped) return undefined;
  const line = scopes.lineStart(start, start);
  if (line <= context.titleEnd || !cueAfter(view, line, continues, "date", boundaries)) return undefined;
  const end = skipWhitespaceBack(view, line);
  const refs = context.timeReferences;
  const i = upperBound(refs, end - 1, (r) => r.start) - 1;
  const ref = refs[i];
  if (ref === undefined || ref.end > end || end - ref.end > BROKEN_TAIL || /[0-9]/.test(view.slice(ref.end, end))) return undefined;
  if (!ref.governs || owned.has(ref) || !reachesOn(ref)) return undefined;
  // Nothing governs in the figure's line before it.
  for (let j = i + 1; j < refs.length && refs[j]!.start < start; j++) if (refs[j]!.governs) return undefined;
  return ofTheNews(context, ref) ? ref : undefined;
}

/** The most item lines between a list's item and the line that introduces it. */
const LIST_REACH = 30;

/**
 * The last period (not a day, unless it dated a figure of the intro: `dated`) that governs in the line
 * introducing the list a figure's line is an item of (… ในไตรมาส 2 ปี 2568 มีดังนี้ / - กรุงเทพฯ 17,467 หน่วย):
 * a line ending in a `list_intro` word or a colon, with only item lines between.
 */
function introducedBy(context: RefineContext, start: number, owned: ReadonlySet<TimeReference>, dated: ReadonlySet<TimeReference>): TimeReference | undefined {
  const intro = context.scopes.listIntro(start, LIST_REACH);
  if (!intro) return undefined;
  const [from, to] = intro;
  const end = from + context.view.slice(from, to).trimEnd().length;
  const last = context.view.charAt(end - 1);
  const introduces = last === ":" || cueBefore(context.view, end, context.rules.context.listIntro, "date", context.boundaries) !== undefined;
  if (!introduces) return undefined;
  // A period, not a day: the day an intro names is a meeting's, a notice's, a deadline's (สรุปผลการ
  // ประชุมเมื่อวันที่ 15 กรกฎาคม 2563 ดังนี้), which dates no item below.
  // An intro that carries on the line before it (a `shared` clause start first: โดย 10 จังหวัดแรก …
  // ได้แก่, after … ในไตรมาส 2 ปี 2568 มีจำนวน …) reads that line's reported period of months too
  // (not a year named in passing there: แล้วเสร็จปี พ.ศ.2568).
  const carriesOn = startsShared(context, from);
  const floor = carriesOn ? context.scopes.lineStart(from - 1, context.rules.context.yearWindow) : from;
  const refs = context.timeReferences;
  // A day dates the items when it dated a figure of the intro itself, the total they break down (เมื่อวันเสาร์ที่
  // 21 ตุลาคม 2566 … มีผู้ใช้บริการระบบรางรวมทั้งสิ้น 1,199,196 คน-เที่ยว … ประกอบด้วย / 1. รถไฟระหว่างเมือง… 75,524
  // คน-เที่ยว): the day the items were counted on, no meeting's; a period the line names comes first (a budget's
  // fiscal year, not the day of the resolution that set it).
  let day: TimeReference | undefined;
  for (let i = upperBound(refs, end - 1, (r) => r.start) - 1; i >= 0 && refs[i]!.start >= floor; i--) {
    const ref = refs[i]!;
    if (ref.start < from && ref.firstMonth === undefined) continue;
    if (!ref.governs || owned.has(ref) || ref.end > end) continue;
    if (ref.until === undefined) return ref;
    if (day === undefined && dated.has(ref)) day = ref;
  }
  return day;
}

/**
 * The first period with a year in the heading lines above a figure (Scopes.headingsAbove), within
 * its article (after the title and the dateline before it): a period of months or a year mention,
 * not a day nor a range of days (a meeting's, a notice's, a deadline's), nor a span of years (a
 * plan's: it names no year), nor a comparison's base.
 */
function headingReference(context: RefineContext, start: number, owned: ReadonlySet<TimeReference>): TimeReference | undefined {
  const datelines = context.datelines ?? [];
  const next = upperBound(datelines, start - 1, (d) => d.start);
  const floor = Math.max(context.titleEnd, datelines[next - 1]?.start ?? 0);
  // A headline (the line right before a dateline, in a text of many articles) heads its own article.
  // (Only spaces read on to the dateline: a slice to it would copy the article after the figure's line.)
  const { view } = context;
  const lineEnd = view.indexOf("\n", start);
  const after = datelines[next];
  if (lineEnd >= 0 && after !== undefined) {
    let at = lineEnd;
    while (at < after.start && isWhitespace(view.charCodeAt(at))) at++;
    if (at >= after.start) return undefined;
  }
  const refs = context.timeReferences;
  for (const [from, to] of context.scopes.headingsAbove(start, HEADING_REACH)) {
    if (from < floor) return undefined;
    for (let i = upperBound(refs, from - 1, (r) => r.start); i < refs.length && refs[i]!.start < to; i++) {
      const ref = refs[i]!;
      const period = ref.firstMonth !== undefined || ref.mention === true;
      if (period && ref.governs && ref.year !== undefined && ref.until === undefined && !ref.present && !owned.has(ref)) return ref;
    }
  }
  return undefined;
}

/**
 * Whether the figure `next` stands right after `end`, a `change_before` word valued `level` alone
 * between (… 23,135 ล้านบาท เป็น 25,650 ล้านบาท): the level a change went to.
 */
function toLevelAfter(context: RefineContext, end: number, next: Draft | undefined): boolean {
  if (!next || next.candidate.start - end > LEVEL_GAP) return false;
  const between = context.view.slice(end, next.candidate.start).trim();
  return context.rules.context.changeBefore?.entries.get(between)?.canonical === LEVEL;
}

/** Whether a `target_not_before` word valued `former` (จากเดิม) stands right before the figure at `start`. */
function revised(context: RefineContext, start: number, kind: Kind): boolean {
  return cueBefore(context.view, start, context.rules.context.targetNotBefore, kind, context.boundaries)?.entry.canonical === FORMER;
}

/** The most characters between a level a change went from and the level it went to. */
const LEVEL_GAP = 12;

/** How far back (characters) a section's heading may stand above a figure. */
const HEADING_REACH = 12_000;

/** Whether a qualifier bounds the figure (ไม่เกิน 183 วันต่อปี: a rule's limit, not a measurement). */
const isBound = (qualifier: string | undefined): boolean => qualifier === "at_most" || qualifier === "at_least";

/**
 * Whether a length is a measurement, dated as other figures are (`duration_measured`): an average
 * before it (เฉลี่ย 10 ชั่วโมง), or a rate's ต่อ after it, another length between at most (10 ชั่วโมง
 * 22 นาทีต่อวัน); not a term or a period.
 */
function isMeasuredLength(context: RefineContext, start: number, end: number): boolean {
  const { view, boundaries, rules } = context;
  const measured = rules.context.durationMeasured;
  if (!measured) return false;
  const cue = cueBefore(view, start, measured, "duration", boundaries);
  if (cue?.entry.canonical === "before") return true;
  let at = end;
  // Past one more length (22 นาที, a `time_unit` word after digits).
  const more = /^[ \t]*[0-9]+/.exec(view.slice(at, at + 12));
  if (more) {
    const unit = cueAfter(view, at + more[0].length, rules.lexicons.get("time_unit"), "duration", boundaries);
    if (unit) at = skipSpacesForward(view, at + more[0].length) + unit.surface.length;
  }
  // A whole word (ต่อวัน, not ต่อเนื่อง).
  return cueAfter(view, at, measured, "duration", boundaries)?.canonical === "after";
}

/**
 * Whether a year word with no year written after it (ปี, not ปี 2567 nor ปีนี้) follows `end` past
 * `year_link` words (แรก, ของ: 7 เดือน|แรก|ของ|ปี).
 */
function bareYearAfter(context: RefineContext, end: number): boolean {
  const { view, boundaries, rules } = context;
  // Read as written, not by words: the segmenter keeps แรกของปี one word.
  let at = skipSpacesForward(view, end);
  for (let hops = 0; hops < 3; hops++) {
    let link = "";
    for (const key of rules.context.yearLink?.entries.keys() ?? []) if (view.startsWith(key, at)) link = key;
    if (link === "") break;
    at += link.length;
  }
  if (at === skipSpacesForward(view, end)) return false;
  const from = at;
  const word = rules.context.calendar.words.yearWord.find((w) => view.startsWith(w, from));
  if (word === undefined || !boundaries.isBoundary(from + word.length)) return false;
  // Nothing that names a year after it: digits, or a deictic word (ปีนี้, ปีก่อน) of its own.
  const refs = context.timeReferences;
  const ref = refs[upperBound(refs, from - 1, (r) => r.start)];
  return !/[0-9]/.test(view.slice(from + word.length, from + word.length + 3)) && !(ref !== undefined && ref.start <= from);
}

/** A `period_span` entry naming a stretch of a year reported on (ในช่วง). */
const SPAN_OF_YEAR = "period";

/** Months in a year: a span of months named as a period, no longer, is of the year that governs it. */
const MONTHS_IN_YEAR = 12;

/** A `duration_period` entry counting months within a year (แรก, สุดท้าย). */
const OF_YEAR = "of_year";

/**
 * Whether an `of_year` period word follows `end`, read as written, not by words: the segmenter
 * keeps แรกของปี, เดือนแรก one word (11 เดือน|แรก, 9 เดือนแรกของ…).
 */
function monthsOfYear(context: RefineContext, end: number): boolean {
  const { view, rules } = context;
  const at = skipSpacesForward(view, end);
  for (const [word, entry] of rules.context.durationPeriod?.entries ?? []) if (entry.canonical === OF_YEAR && view.startsWith(word, at)) return true;
  return false;
}

/** How many paragraphs back continuedFrom looks for a dated figure, each opening with a `year_continues` word. */
const CONTINUED_PARAGRAPHS = 3;

/**
 * The figure that dates the paragraph before the one holding `start`, when that one opens with a
 * `year_continues` word (โดย, ส่วน): it goes on reporting what the one before did. That is the
 * paragraph's first figure dated by a period (not a comparison's base); it must be a period of the
 * news's own time (not a day, whose reach ends with its clause; not a year of history written in
 * passing) and no forecast's or plan's. A paragraph before with no such figure that opens with a
 * `year_continues` word too passes the question on, CONTINUED_PARAGRAPHS at most.
 */
function continuedFrom(context: RefineContext, start: number, figures: readonly Draft[], index: number, window: number, ends: () => Set<number>): Draft | undefined {
  const { view, scopes, boundaries } = context;
  const continues = context.rules.context.yearContinues;
  if (!continues) return undefined;
  let from = scopes.paragraphStart(start, window);
  let i = index - 1;
  for (let hop = 0; hop < CONTINUED_PARAGRAPHS; hop++) {
    // A paragraph's start, not the window's floor; after the document's title.
    if (from <= context.titleEnd || view.charCodeAt(from - 1) !== 10) return undefined;
    if (!cueAfter(view, from, continues, "date", boundaries)) return undefined;
    const end = skipWhitespaceBack(view, from);
    const previous = scopes.paragraphStart(end, window);
    while (i >= 0 && figures[i]!.candidate.start >= from) i--;
    let first = i;
    while (first >= 0 && figures[first]!.candidate.start >= previous) first--;
    // The paragraph's figures in order: the first a period dates (one dated otherwise, as a record's
    // span by the figure before it, or carried from further back, is passed over).
    for (let k = first + 1; k <= i; k++) {
      const f = figures[k]!;
      const period = f.period;
      if (f.fact.year === undefined || f.base || f.baseFigure || period === undefined) continue;
      // Not a forecast's or a plan's (a target cue in its clause: … คาดการณ์ว่าช่วง H1/64 หน่วยเปิดใหม่จะ
      // ต่ำกว่า H1/63 ร้อยละ -21.5 / ส่วนภาพรวมตลาด…จังหวัดมหาสารคาม…: the next section reports what was).
      // An approval's period goes on (ครม. ยังได้มีมติอนุมัติงบกลางประจำปีงบประมาณ พ.ศ.2563 … / และให้ใช้เงิน
      // รายได้ของท้องถิ่น… 42.85 ล้านบาท: the next paragraph details what was approved for it).
      const planned = (): boolean => {
        const cue = targetCue(context, f.candidate.start, f.fact.kind, ends()).cue;
        return cue !== undefined && !isApproval(context, cue);
      };
      return period.until === undefined && !period.span && ofTheNews(context, period) && !planned() ? f : undefined;
    }
    i = first;
    from = previous;
  }
  return undefined;
}

/** Whether a `shared` clause start at `from` is followed right away by a `year_effective` word (โดย|เริ่มตั้งแต่). */
function opensWithEffective(context: RefineContext, from: number): boolean {
  const start = skipSpacesForward(context.view, from);
  const opening = sharedOpening(context, start);
  return opening !== undefined && cueAfter(context.view, start + opening.surface.length, context.rules.context.yearEffective, "date", context.boundaries) !== undefined;
}

/** The `shared` `clause_start` entry (โดย, ซึ่ง) `from` opens with, if any. */
function sharedOpening(context: RefineContext, from: number): LexiconEntry | undefined {
  const opening = cueAfter(context.view, from, context.rules.context.clauseStart, "date", context.boundaries);
  return opening?.canonical === "shared" ? opening : undefined;
}

/** Whether the line starting at `from` opens with a `shared` `clause_start` word (โดย, ซึ่ง). */
function startsShared(context: RefineContext, from: number): boolean {
  return from > 0 && sharedOpening(context, from) !== undefined;
}

/**
 * Years paired in order with a list of figures (เติบโตที่ 3.2% และ 4.2% ในปี 2565 และ 2566 ตามลำดับ):
 * a reference linked after the list's last figure, more years after it joined by `subject_list`
 * words or commas (a `year_cue` word may end the joint: และปี 2566), then a `year_respectively`
 * word; the figures before, as many as the years, of one kind and joined the same way. Each
 * figure's year by its place.
 */
function respectiveYears(context: RefineContext, drafts: readonly Draft[]): Map<Draft, number> {
  const out = new Map<Draft, number>();
  const { view, rules } = context;
  const { yearRespectively, subjectList, calendar } = rules.context;
  if (!yearRespectively || !subjectList) return out;
  const cues = [...(rules.lexicons.get("year_cue")?.entries.keys() ?? [])];
  const joins = (word: string): boolean => subjectList.entries.has(word)
    || cues.some((cue) => word.endsWith(cue) && (word.length === cue.length || subjectList.entries.has(word.slice(0, -cue.length))));
  const joined = (text: string): boolean => text.split(/[\s,]+/).every((w) => w === "" || joins(w));
  const figures = drafts.filter((d) => d.fact.kind !== "date");
  // From the references, far fewer than the figures: the first year of the list, linked after its last figure.
  for (const ref of context.timeReferences) {
    if (ref.year === undefined || ref.present) continue;
    const years = [ref.year];
    let at = ref.end;
    for (;;) {
      const next = NEXT_YEAR.exec(view.slice(at, at + NEXT_YEAR_REACH));
      const value = next && joined(next[1]!) ? parseYear(next[2]!, calendar) : undefined;
      if (value === undefined) break;
      years.push(value);
      at += next![0].length;
    }
    if (years.length < 2 || !cueAfter(view, skipSpacesForward(view, at), yearRespectively, "date", context.boundaries)) continue;
    const i = upperBound(figures, ref.start, (d) => d.candidate.end) - 1;
    const last = figures[i];
    if (!last || linkedAfter(context, last.candidate.end, last.fact.kind) !== ref) continue;
    // As many figures, ending at `last`, of its kind, only joining words between them.
    const list = [last];
    for (let k = i - 1; k >= 0 && list.length < years.length; k--) {
      const before = figures[k]!;
      if (before.fact.kind !== last.fact.kind || !joined(view.slice(before.candidate.end, list[0]!.candidate.start))) break;
      list.unshift(before);
    }
    // Items before the first figure that no rule took (25.5 และ 34 ล้านคน: 25.5 shares the unit
    // after it): bare numbers, joined the same way, take the first years.
    const missing = years.length - list.length;
    if (missing > 0 && !bareItemsBefore(view, list[0]!.candidate.start, missing, joins)) continue;
    list.forEach((d, k) => out.set(d, years[missing + k]!));
  }
  respectiveSpanYears(context, figures, out);
  return out;
}

/**
 * Years paired in order with a list of figures after a span of years that governs them, closed by a
 * `year_respectively` word (การส่งออกของไทยปี 2565-66 จะเติบโต 3.4% และ 4.8% ตามลำดับ): as many figures as
 * the span has years, of one kind, joined by `subject_list` words or commas, in the span's clause; a
 * rate's words may stand before the closing word (… ร้อยละ 3.9 3.8 3.7 และ 3.6 ต่อ GDP ตามลำดับ). So is a
 * list that a parallel one right after it shares the closing word with, a few words between, no figure
 * (ขาดดุล 695,000 710,000 723,000 และ 736,000 ล้านบาท หรือร้อยละ 3.9 3.8 3.7 และ 3.6 ต่อ GDP ตามลำดับ).
 */
function respectiveSpanYears(context: RefineContext, figures: readonly Draft[], out: Map<Draft, number>): void {
  const { view } = context;
  const { yearRespectively } = context.rules.context;
  if (!yearRespectively) return;
  const listAt = (from: number, count: number, until: number): Draft[] | undefined => {
    const list = figures.slice(from, from + count);
    if (list.length < count || list[count - 1]!.candidate.end > until || list.some((d) => d.fact.kind !== list[0]!.fact.kind)) return undefined;
    return list.every((d, k) => k === 0 || onlyJoins(context, view.slice(list[k - 1]!.candidate.end, d.candidate.start))) ? list : undefined;
  };
  const closed = (list: readonly Draft[]): boolean => closing(context, list.at(-1)!.candidate.end)?.bare === 0;
  for (const ref of context.timeReferences) {
    const span = ref.span;
    if (!span || span.last === undefined || ref.until === undefined || span.last <= span.first || span.last - span.first >= MAX_SPAN_ITEMS) continue;
    const count = span.last - span.first + 1;
    const first = upperBound(figures, ref.end - 1, (d) => d.candidate.start);
    const list = listAt(first, count, ref.until);
    if (!list) continue;
    const parallel = closed(list) ? undefined : listAt(first + count, count, ref.until);
    const between = parallel ? view.slice(list.at(-1)!.candidate.end, parallel[0]!.candidate.start) : "";
    if (parallel && (parallel[0]!.fact.kind === list[0]!.fact.kind || between.length > PARALLEL_GAP || /[\n0-9]/.test(between) || !closed(parallel))) continue;
    if (!parallel && !closed(list)) continue;
    for (const each of parallel ? [list, parallel] : [list]) each.forEach((d, k) => out.set(d, span.first + k));
  }
}

/** The most characters between two parallel lists that share a closing word (หรือ, คิดเป็น). */
const PARALLEL_GAP = 16;

/** The most years a span pairs with a list's figures. */
const MAX_SPAN_ITEMS = 6;

/** Whether `count` bare numbers, with joining words or commas after each, stand right before `start`. */
function bareItemsBefore(view: string, start: number, count: number, joins: (word: string) => boolean): boolean {
  const tokens = view.slice(Math.max(0, start - BARE_ITEMS_REACH * count), start).split(/[\s,]+/).filter((t) => t !== "");
  let k = tokens.length - 1;
  for (let item = 0; item < count; item++) {
    while (k >= 0 && joins(tokens[k]!)) k--;
    if (k < 0 || !/^[0-9][0-9,]*(?:\.[0-9]+)?$/.test(tokens[k]!)) return false;
    k--;
  }
  return true;
}

/** Characters before a list's first figure that each bare item and its joint may take. */
const BARE_ITEMS_REACH = 16;

/** After a year: a joint of a few letters (และ, และปี, a comma) and another four-digit year. */
const NEXT_YEAR = /^([^0-9]{0,12}?)([12][0-9]{3})(?![0-9])/;
const NEXT_YEAR_REACH = 20;

export const year: Refiner = {
  name: "year",
  refine(context, drafts) {
    const window = context.rules.context.yearWindow;
    // Periods written after a base figure (เพิ่มขึ้นจาก 450 ล้านบาทในปี 2566): that figure's own, they
    // govern no figure after it. Kept here, not on the shared references: the step reads the document.
    const owned = new Set<TimeReference>();
    // The references that dated a figure so far (a day an intro's total was counted on dates its items).
    const dated = new Set<TimeReference>();
    const respective = respectiveYears(context, drafts);
    const changed = new Set(drafts.filter((d) => d.fact.change === "increase" || d.fact.change === "decrease").map((d) => d.candidate.end));
    // The figure before: a base clause it stood in may go on (listedAfter).
    let previous: Draft | undefined;
    const figures = drafts.filter((d) => d.fact.kind !== "date");
    const dateDrafts = drafts.filter((d) => d.fact.kind === "date");
    // Where the figures end (as the target step reads them), built when a bound first asks.
    let figureEnds: Set<number> | undefined;
    const ends = (): Set<number> => (figureEnds ??= new Set(figures.map((d) => d.candidate.end)));
    let index = -1;
    for (const d of drafts) {
      if (d.fact.kind === "date") continue;
      index++;
      const { start, end } = d.candidate;
      const before = previous;
      previous = d;
      // A comparison's base figure with its own period after it: the period is the figure's, and
      // dates nothing after it (เพิ่มขึ้นจาก 450 ล้านบาทในปี 2566 ส่วนกำไรสุทธิอยู่ที่ 50 ล้านบาท).
      const base = d.fact.kind !== "duration" && isBaseFigure(context, start, d.fact.kind, changed, before);
      if (base) d.baseFigure = true;
      const linked = linkedAfter(context, end, d.fact.kind) ?? (base ? baseLinkedAfter(context, end) : undefined);
      if (base && linked) owned.add(linked);
      // The level a change went from, to the level after it (เพิ่มขึ้นจาก 23,135 ล้านบาท เป็น 25,650 ล้านบาท),
      // with no period of its own: the earlier level, of a period the text does not name (readers gave such
      // figures no year, 5 of 5), not the paragraph's, which is the later level's. Not a former level
      // revised (ปรับลดวงเงินงบประมาณจากเดิม 1,230.97 ล้านบาท เป็น 1,030.97 ล้านบาท: a `former` word before
      // it): the same period's plan, as written before.
      if (base && !linked && toLevelAfter(context, end, figures[index + 1]) && !revised(context, start, d.fact.kind)) {
        because(context, d, "year", () => "none: the level a change went from, with no period of its own");
        continue;
      }
      const paired = respective.get(d);
      if (paired !== undefined) {
        d.fact.year = paired;
        because(context, d, "year", () => `paired in order with the years written for its list (respectively): ${paired}`);
        continue;
      }
      // A yearly rate (ปีละ 1 แสนไร่) is every year's: only a year linked after it dates it.
      // A qualifier may stand between (ปีละประมาณ 80 ล้าน ลบ.ม., ปีละกว่า 4,000 ล้านบาท).
      // So is an average rise or fall per year (ขยายตัวเฉลี่ย 5.6% ต่อปี, อัตราการส่งออกเพิ่มขึ้นเฉลี่ยร้อยละ
      // 6.60 ต่อปี): a span's, no one year's. Not ต่อปี alone: of a month, it says year on year
      // (ยอดจำหน่ายปูนซีเมนต์ขยายตัวร้อยละ 2.7 ต่อปี), and the month's year dates it.
      if (!linked && ((d.fact.kind === "percent" && d.fact.change !== undefined && averagedBefore(context, start, d.fact.kind) && perYearAfter(context, end))
        || cueBeforeSkipping(context.view, start, context.rules.context.yearPer, [context.rules.context.qualifierBefore], d.fact.kind, context.boundaries, 1))) {
        because(context, d, "year", () => "none: a yearly rate, every year's, or a change per year, a span's");
        continue;
      }
      // A duration (a term, an age, a period: 3 ปีแรก, อายุ 60 ปี) is dated only by a year written
      // right after it (6 เดือนแรกของปี 2568): the paragraph's year dates events, not lengths.
      // A length of the year named nowhere else (7 เดือนแรกของปี: a bare year word after its links) is a
      // period of the year that governs it.
      // So are the first or last months of a year (11 เดือนแรกหดตัวร้อยละ 5.01: an `of_year` period word).
      // And a span of months within a year named as a period (ในช่วง 9 เดือน, 9 เดือนที่ผ่านมา): the
      // months reported on, of the governing year.
      // A span that ends now (9 เดือนที่ผ่านมา: a reference of its own, see recentSpans) is of the text's year.
      const recent = d.fact.kind === "duration" ? referenceAt(context.timeReferences, start) : undefined;
      if (recent?.present && recent.start === start && recent.year !== undefined) {
        d.fact.year = recent.year;
        because(context, d, "year", () => `${recent.year}: a span that ends now, of the text's own time`);
        continue;
      }
      // A record's span (ขยายตัวร้อยละ 41.59 สูงสุดในรอบ 11 ปี, ครั้งแรกในรอบ 25 เดือน): how long since it was
      // last as high or as low, a span of many years or months that names no one year, as a span of years
      // does not: no year, whatever dates the figure it qualifies.
      if (d.fact.kind === "duration" && afterRecordSpan(context, start)) {
        because(context, d, "year", () => "- (a record's span names no one year)");
        continue;
      }
      const months = d.fact.unit === "month" && typeof d.fact.value === "number" && d.fact.value <= MONTHS_IN_YEAR;
      const ofTheYear = d.fact.kind === "duration" && !linked && (bareYearAfter(context, end)
        || (months && (monthsOfYear(context, end) || isPeriod(context, end)
          || cueBefore(context.view, start, context.rules.context.periodSpan, "duration", context.boundaries)?.entry.canonical === SPAN_OF_YEAR)));
      // The length of a dated period written right before it (ระหว่าง 11 - 17 เมษายน 2566 ที่ผ่านมา 6 วัน,
      // ประจำวันที่ 13 เมษายน 2567 (สะสม 3 วัน)): the period's own, of its year.
      const totals = d.fact.kind === "duration" && !linked && !isBound(d.fact.qualifier) ? spanTotalled(context, start) : undefined;
      if (totals?.year !== undefined) {
        const total = totals.year;
        d.fact.year = total;
        because(context, d, "year", () => `${total}: the length of "${totals.text}", written right before it`);
        continue;
      }
      // The days or months it spans, written right after it, within one year (3 เดือน ตั้งแต่เดือนกรกฎาคม-กันยายน 2565).
      // Not an age (`duration_measured` valued `age`: เด็กอายุ 5-11 ปี ตั้งแต่วันที่ 31 ม.ค. 65, when a scheme starts).
      const age = (): boolean => cueBeforeSkipping(context.view, start, context.rules.context.durationMeasured, [context.rules.context.qualifierBefore],
        d.fact.kind, context.boundaries, 1)?.entry.canonical === AGE;
      const spans = d.fact.kind === "duration" && !linked && !isBound(d.fact.qualifier) && !age() ? spanAfter(context, dateDrafts, end) : undefined;
      if (spans !== undefined) {
        d.fact.year = spans.year;
        because(context, d, "year", () => `${spans.year}: the length of "${spans.text}", written right after it`);
        continue;
      }
      if (d.fact.kind === "duration" && !linked && !ofTheYear && (isBound(d.fact.qualifier) || !isMeasuredLength(context, start, end))) {
        because(context, d, "year", () => "none: a duration takes only a year written right after it");
        continue;
      }
      // A base's own figure (จากปีก่อนที่ส่งออกมูลค่า 2,331 ล้านบาท) is of the base's year, or of none;
      // so is one that goes on the list of the figure before it there (… ที่มีการส่งออกปริมาณ
      // 9,024,289 ตัน มูลค่า 3,957 ล้านเหรียญสหรัฐฯ, ที่มีสัดส่วน 12.8% และ 26.1%), but not a rise or
      // a fall (… 4,000 บาท (ลดลงร้อยละ 10.45): the change since the base).
      const clause = linked ? undefined : baseClauseOf(context, start, d.fact.kind, before) ?? (d.fact.change === undefined ? listedAfter(context, before, start) : undefined);
      if (clause) {
        d.base = clause;
        if (clause.year !== undefined) d.fact.year = clause.year;
        because(context, d, "year", () => `${clause.year === undefined ? "none: " : ""}its own clause follows a comparison's base: "${clause.text}"`);
        continue;
      }
      // A day of the news reaches further than a period: a long paragraph of the day's news goes on
      // reporting it (วันนี้ (3 มกราคม 2564) … ผู้ติดเชื้อรายใหม่ 315 ราย, 600 characters on), where a
      // period that far back is as often another matter's (a plan of 2546 in a paragraph of 2564).
      // (One scan back: the paragraph's start within `year_window` is the farther one's, floored.)
      const dayFrom = context.scopes.paragraphStart(start, Math.max(window, context.rules.context.yearDayWindow));
      let ref = linked ?? governingBefore(context, Math.max(dayFrom, start - window), start, owned, dayFrom)
        ?? introducedBy(context, start, owned, dated) ?? leadPeriod(context, start, dayFrom, owned) ?? brokenOffBefore(context, start, owned);
      // A plan or a forecast said on a day of the news or before it (วันนี้ (8 มิ.ย. 65) … เมื่อฉีดวัคซีนครบ
      // 3 เข็ม โอกาสเสียชีวิตจะลดลง 97%; ครม. เมื่อวันที่ 19 มกราคม 2564 … คาดว่าจะช่วยผู้ประกอบการได้ประมาณ
      // 5,760 ราย): the day dates the saying, not what is planned; a period before the day still may.
      // Read on unseen releases: readers keyed such figures with no year, what happened that day with it.
      // Whether a target cue governs it, read once: the bound's step below asks too.
      let plan: boolean | undefined;
      const planned = (): boolean => (plan ??= targetCue(context, start, d.fact.kind, ends()).cue !== undefined);
      const said = ref !== undefined && ref !== linked ? saidOn(context, ref, start) : undefined;
      if (said && planned()) {
        const before = governingBefore(context, Math.max(dayFrom, said.start - window), said.start, owned, dayFrom);
        if (before === undefined || saidOn(context, before, start)) {
          because(context, d, "year", () => `none: a plan or a forecast, said on "${said.text}", a day of the news or before it`);
          continue;
        }
        ref = before;
      }
      // A bound that is no goal nor forecast (วงเงินกู้ไม่เกิน 2.5 ล้านบาท, ต้องไม่เกินร้อยละ 70): a term or a
      // rule's limit, of no period but one its own clause names (read on unseen releases: readers gave
      // such figures no year). Not a record (พบผู้ติดเชื้อสูงสุด 310 ราย: a `period_record` word before it),
      // what was, nor a bound a target cue makes a goal (ปล่อยสินเชื่อใหม่อีกไม่ต่ำกว่า 150,000 ล้านบาท).
      // (Read only for a bound or a make-up count: most figures are neither.)
      const outside = (): boolean => !linked && (ref === undefined || clauseEnd(context, ref.end) < start);
      // Unless it takes effect on a day after it, in its clause or opening the next (ลดเหลือ 6.495% ต่อปี
      // โดยเริ่มตั้งแต่วันที่ 5 มีนาคม – 31 สิงหาคม 2568): a term in force is of that day's year (dayAfter).
      const rateTerm = isRateTerm(context, d, start, end);
      const effective = outside() && (isBound(d.fact.qualifier) || rateTerm) ? dayAfter(context, end, "effective") : undefined;
      if (effective?.year !== undefined) {
        d.fact.year = effective.year;
        because(context, d, "year", () => `a term in force from "${effective.text}", after it`);
        continue;
      }
      const term = isBound(d.fact.qualifier) && outside()
        && !cueBefore(context.view, start, context.rules.context.periodRecord, d.fact.kind, context.boundaries)
        && !planned();
      if (term) {
        because(context, d, "year", () => "none: a bound, a term or a rule's limit, dated only in its clause");
        continue;
      }
      // A rate of interest or return per annum (อัตราดอกเบี้ยปีแรกเพียง 1.90% ต่อปี, MRR-1.00% ต่อปี): a loan's or a
      // deposit's term, every year's, dated only in its clause, as a bound is.
      if (rateTerm && outside()) {
        because(context, d, "year", () => "none: a rate of interest or return per annum, a term, dated only in its clause");
        continue;
      }
      // A count of kinds, parts or parties (มาตรการ 3 ด้าน, ภาคี 5 ฝ่าย), or all of a set named before
      // (ทั้ง 18 อำเภอ): how something is made up, dated only in its clause, as a bound is.
      if (isMakeUp(context, d) && outside()) {
        because(context, d, "year", () => "none: a count of kinds, parts or parties, or all of a known set, dated only in its clause");
        continue;
      }
      // After a resolution's day in its paragraph, past its clause (ครม. เมื่อวันที่ 12 ม.ค. 2564 ได้มีมติเห็นชอบ
      // มาตรการ… โดยลดอัตราภาษี… 3% เหลือ 2%): the decision's terms, of no period nothing above names.
      const resolution = ref === undefined ? resolutionBefore(context, dayFrom, start) : undefined;
      if (resolution !== undefined) {
        because(context, d, "year", () => `none: "${resolution.text}" (a resolution's day) stands before it in its paragraph, and nothing else dates it`);
        continue;
      }
      if (!ref) {
        // In the title (a short first line: a long one is a paragraph), a period it names after the figure (ส่งออกข้าวไทย 4 เดือนแรก 3.05 ล้านตัน คาดปี
        // 2566 ทะลุเป้าหมาย): a headline names its period once, for all its figures. So does a line that
        // repeats it right after, as a page's heading and lead do (within TITLE_REPEAT_REACH characters: a
        // later piece of a document cut in several does not know the title, and needs not).
        const headline = context.titleEnd <= TITLE_CHARS + 1 && (start < context.titleEnd || repeatsTitle(context, start));
        const named = headline ? headlineReferenceAfter(context, end) : undefined;
        if (named?.year !== undefined) {
          d.fact.year = named.year;
          because(context, d, "year", () => `the period its headline names after it: "${named.text}"`);
          continue;
        }
        // The day it takes effect, after it in its clause (วันละ 400 บาท … มีผลตั้งแต่ 1 ม.ค. 2568).
        const from = dayAfter(context, end, "effective");
        if (from?.year !== undefined) {
          d.fact.year = from.year;
          because(context, d, "year", () => `takes effect on "${from.text}", after it in its clause`);
          continue;
        }
        // The day it is counted as of, in a note after it in its clause (… 1.16 ล้านคน มีมูลค่าสินทรัพย์สุทธิ
        // ประมาณ 1.05 ล้านล้านบาท (ข้อมูล ณ 31 ม.ค. 2564)). Not a bound: a rule's limit is of no period.
        const noted = isBound(d.fact.qualifier) ? undefined : dayAfter(context, end, "noted");
        if (noted?.year !== undefined) {
          d.fact.year = noted.year;
          because(context, d, "year", () => `counted as of "${noted.text}", in a note after it in its clause`);
          continue;
        }
        // The period its section's heading names (1. ภาวะเศรษฐกิจไทยในไตรมาสที่สี่ของปี 2565, paragraphs
        // above it), before the title's: a cabinet summary's agenda items each report their own period.
        // Not for a rule in force nor a bound (โครงการที่มีวงเงินงบประมาณเกิน 1,000 ล้านบาท): of no period.
        const heading = inRule(context, start) || isBound(d.fact.qualifier) ? undefined : headingReference(context, start, owned);
        if (heading?.year !== undefined) {
          d.fact.year = heading.year;
          d.period = heading;
          // The section's year, not the figure's own: ahead of the text it makes no plan of each figure below.
          d.carried = true;
          because(context, d, "year", () => `the period its section's heading names: "${heading.text}"`);
          continue;
        }
        // Not on a line repeating the title (its head, even if the title was cut short): a headline's
        // figure takes a year only from one it names.
        const title = start >= context.titleEnd && !headline && !inHeadline(context, start) ? context.titleYear() : undefined;
        if (title !== undefined) {
          d.fact.year = title;
          because(context, d, "year", () => "the period of the document's title");
          continue;
        }
        // The period its article opens with, of the news's own time, paragraphs before (article-lead.ts);
        // not for a rule in force (จะมีโทษปรับตั้งแต่ 5,000 – 50,000 บาท) nor a bound, a limit a rule sets
        // (ให้สิทธิในอัตราไม่เกิน 1,500 บาท ต่อครั้ง): of no period. An article that opens with a day
        // (วันนี้ (7 มี.ค. 65) …, วันที่ 22 กุมภาพันธ์ 2565 นาย… กล่าว) dates its news, not the figures it
        // reports paragraphs later (ผลของการจัดงาน… กว่า 1,000,000 คน): read on unseen releases, readers
        // gave such figures no year three times in four.
        const termless = inRule(context, start) || isBound(d.fact.qualifier);
        const lead = termless ? undefined : context.leads.leadAt(d.fact.start, dateAt(context, start)?.year);
        if (lead && !lead.day) {
          d.fact.year = lead.year;
          d.carried = true;
          because(context, d, "year", () => `${lead.year}: the period its article opens with, in a paragraph before`);
          continue;
        }
        // Else a paragraph that goes on from the one before (a `year_continues` word opens it: โดยปัจจัยใน
        // การขยายตัวมาจาก…, ส่วนการส่งออกสินค้าอุตสาหกรรม…, after an article that opens with the day of
        // its news) reports the same period: the year of the figure that dates the one before
        // (continuedFrom), as readers of unseen business news dated it.
        const before = termless ? undefined : continuedFrom(context, start, figures, index, window, ends);
        if (before?.fact.year !== undefined) {
          d.fact.year = before.fact.year;
          d.carried = true;
          because(context, d, "year", () => `${before.fact.year}: its paragraph goes on from the one before, whose period it is`);
        } else if (lead?.day) because(context, d, "year", () => "none: its article opens with a day, the news's, which dates no figure paragraphs after");
        continue;
      }
      // The present, counted as of a day in a note after the figure (จำนวนไก่ไข่ยืนกรงปัจจุบัน 52.03 ล้านตัว …
      // (ข้อมูล ณ วันที่ 30 พ.ย. 65)): that day's year.
      const present = ref.year === undefined && !ref.span ? dayAfter(context, end, "noted") : undefined;
      if (present?.year !== undefined) {
        d.fact.year = present.year;
        because(context, d, "year", () => `the present as of "${present.text}", in a note after it in its clause`);
        continue;
      }
      if (ref.year === undefined) {
        if (ref.span) d.period = ref;
        because(context, d, "year", () => `none: "${ref.text}" (${ref.span ? "a span of years" : ref.meeting ? "a resolution's day" : "the present"}, no year) governs ${ref === linked ? "it" : "its paragraph"}`);
        continue;
      }
      if (ref !== linked && ref.joined) {
        because(context, d, "year", () => `none: "${ref.text}" governs it joined to another year before it: of both`);
        continue;
      }
      d.fact.year = ref.year;
      d.period = ref;
      dated.add(ref);
      because(context, d, "year", () => `${linked ? "linked after it" : ref.end < context.scopes.lineStart(start, start) ? "governs the line introducing its list" : "governs its paragraph"}: "${ref.text}"`);
    }
    return drafts;
  },
};

