/**
 * Targets: a figure is a goal, plan, forecast or expectation when a target cue (จะ, คาดว่า,
 * เป้าหมาย …) stands earlier on its line, within `target_window` and at most `target_reach` runs of
 * spaces back (further, it is most often another sentence's), and neither a reset cue (แล้ว,
 * ปัจจุบัน …: what already is) nor a `target_clause` word after a space (ขณะที่, ทั้งนี้ …: another
 * clause) stands between the two. A cue right after a `target_block` word is no target's
 * (แม้ว่าจะมี "even though there is", หากจะ "if it were to"), nor is one after such a word in its
 * own phrase (หากราคาน้ำมันจะสูงขึ้น 10%). A `target_after` cue right after the figure is a deadline
 * (50 ล้านคน ภายในปี 2564). A `target_not_before` word right before the figure (ทั้งสองประเทศ,
 * อายุ 60 ปี) makes it none, as does a comparison with a goal before it (สูงกว่าเป้าหมาย
 * 1 แสนล้านบาท: the difference; ต่ำกว่าเป้าหมายของภาครัฐที่ 40 ล้านคน, the goal's own value, is one), and so does a period past after it (ในช่วง 4 เดือนที่ผ่านมา: a
 * `target_reset` word that is a `duration_period` one). A figure whose year (the year step's) is after the document's own is a
 * plan or forecast. A body's approval of the day (ครม. อนุมัติ…, a cue valued `approval`) makes a plan of
 * what it approves, on its clause and on the item lines that detail it (2. อนุมัติ… / 2.1 โครงการ… วงเงิน …).
 * A rule's own `target` setting comes first.
 */
import { cueAfter, cueBefore, cueBeforeSkipping, entryEndingAt, lastCueEnd, skipSpacesBack, skipSpacesForward } from "../extract/cues.js";
import { isDigit, isWhitespace, skipWhitespaceBack } from "../text/chars.js";
import { phrasesBetween } from "./scopes.js";
import { LEVEL, TOPIC } from "../extract/subject-words.js";
import type { Kind } from "../types.js";
import type { Lexicon } from "../rules/compile.js";
import { because, dateAt, type Draft, type RefineContext, type Refiner } from "./types.js";
import { FISCAL_YEAR_START, monthCount, namesFiscalYear, type TimeReference } from "./time-references.js";
import { upperBound } from "../text/sorted.js";
import { dayNumber } from "../dates/calendar.js";
import { BRACKET_REACH, CLOSE_BRACKET, openingBracket } from "../extract/subject-chunks.js";
import { entryStarting } from "../rules/lexicon-words.js";

/** Whether an entry of `phrases` written on the text covers [start, end). */
function insidePhrase(view: string, start: number, end: number, phrases: Lexicon | undefined): boolean {
  if (!phrases) return false;
  const word = view.slice(start, end);
  for (const key of phrases.entries.keys()) {
    for (let i = key.indexOf(word); i >= 0; i = key.indexOf(word, i + 1)) if (view.startsWith(key, start - i)) return true;
  }
  return false;
}

/** Whether a `target_clause` word after a space stands in [from, to). */
function clauseStartBetween(context: RefineContext, from: number, to: number): boolean {
  return clauseWordBetween(context, context.rules.context.targetClause, from, to);
}

/** Where the first figure ending in (from, to] ends; `to` when none does. */
function firstFigureEnd(figures: ReadonlySet<number>, from: number, to: number): number {
  let first = to;
  for (const at of figures) if (at > from && at < first) first = at;
  return first;
}

/**
 * Whether a `subject_head_after` word valued `topic` (มี) stands as a word in [from, to), a new
 * predicate: not after a `subject_head_keep` word (ที่มีอายุ 18 ปี, ผู้มีบัตรสวัสดิการ: one noun's).
 */
function topicWordBetween(context: RefineContext, from: number, to: number): boolean {
  const { view, boundaries, rules } = context;
  const heads = rules.context.subjectHeadAfter;
  if (!heads) return false;
  const words = boundaries.words(from, to);
  return words.some(([a, b], i) => heads.entries.get(view.slice(a, b))?.canonical === TOPIC
    && !(i > 0 && (rules.context.subjectHeadKeep?.entries.has(view.slice(words[i - 1]![0], words[i - 1]![1])) ?? false)));
}

/** Whether a figure ends in (from, to]. */
function figureBetween(figures: ReadonlySet<number>, from: number, to: number): boolean {
  for (const at of figures) if (at > from && at <= to) return true;
  return false;
}

/** Whether a word of `starts` (one valued `value`, if given) after a space stands in [from, to). */
export function clauseWordBetween(context: RefineContext, starts: Lexicon | undefined, from: number, to: number, value?: string): boolean {
  const { view, boundaries } = context;
  if (!starts) return false;
  for (let until = to; until > from;) {
    const end = lastCueEnd(view, from, until, starts, boundaries);
    if (end < 0) return false;
    const word = entryEndingAt(view, end, starts);
    const at = end - word.length;
    if (at > from && isWhitespace(view.charCodeAt(at - 1)) && (value === undefined || starts.entries.get(word)?.canonical === value)) return true;
    until = at;
  }
  return false;
}

/** A `target_block` entry that restates what is (หากรวม): the consequence after it is no plan. */
const RESTATE = "restate";
/** `target_entitlement` values: the cue of what will be (จะ: only it, before a verb of getting, makes an
 * entitlement), a verb of getting, a condition, and a condition that says all goes as planned. */
const FUTURE = "future";
const RECEIVE = "receive";
const CONDITION = "condition";
const PLAN = "plan";
/** A `target_entitlement` value: สำหรับ before a topic (สำหรับเรื่องข้าวนั้น, สำหรับปี 2567), "as for", no condition. */
const TOPIC_FOR = "topic";

/** A `target_not_before` entry naming a former level (จากเดิม): after a goal's cue, the former goal. */
export const FORMER = "former";

/** A `target_goal` cue earlier on the line (within `target_window`) with no clause start between, or undefined. */
function goalCue(context: RefineContext, start: number): string | undefined {
  const { view, boundaries } = context;
  const { targetGoal, targetWindow } = context.rules.context;
  const end = lastCueEnd(view, context.scopes.lineStart(start, targetWindow), start, targetGoal, boundaries);
  if (end < 0 || clauseStartBetween(context, end, start)) return undefined;
  return entryEndingAt(view, end, targetGoal!);
}

/**
 * Whether the figure's period is written right after it, linked to it by the year step (the only
 * references after a figure that date it), through a `year_link` word not valued `of` (ขยายตัว 2.6%
 * ในปี 2565, เมื่อปี 2562): its own year, said with it. The link is read on the text: ของปี is one word
 * to the segmenter.
 */
function pastLinked(context: RefineContext, d: Draft): boolean {
  if (d.period === undefined || d.period.start < d.candidate.end) return false;
  const { view } = context;
  const { yearLink } = context.rules.context;
  const at = skipSpacesForward(view, d.candidate.end);
  const link = entryStarting(view.slice(at, at + LINK_CHARS), yearLink);
  return link === undefined || yearLink?.entries.get(link)?.canonical !== OF;
}

/** Enough characters after a figure to hold any `year_link` word. */
const LINK_CHARS = 12;
/** A `year_link` value: of (ร้อยละ 50 ของปี 62), a share's or a part's period, no link of the figure's own year. */
const OF = "of";

/** Whether a count says how something is made up: of kinds, parts or parties (a `year_kind_count`
 * classifier), or all of a set named before (a `subject_known_set` word right before it). */
export function isMakeUp(context: RefineContext, d: Draft): boolean {
  if (d.fact.kind !== "count") return false;
  const { yearKindCount, subjectKnownSet } = context.rules.context;
  return (d.fact.unit !== undefined && yearKindCount?.entries.has(d.fact.unit) === true)
    || cueBefore(context.view, d.candidate.start, subjectKnownSet, d.fact.kind, context.boundaries) !== undefined;
}

/**
 * The condition word (a `target_entitlement` entry valued `condition`) that makes the cue at
 * [cueStart, cueEnd) an entitlement: the cue valued `future` (จะ), a `receive` word right after the cue, the condition the last
 * before the cue in [from, cueStart), no target_clause word between, and no `plan` entry after the
 * condition (ถ้าเป็นไปตามแผน) nor a `topic` one (สำหรับเรื่อง…นั้น: the sentence's topic, no condition). Undefined when the cue is none.
 */
function entitled(context: RefineContext, from: number, cueStart: number, cueEnd: number): string | undefined {
  const { view, boundaries } = context;
  const lexicon = context.rules.context.targetEntitlement;
  if (lexicon?.entries.get(view.slice(cueStart, cueEnd))?.canonical !== FUTURE) return undefined;
  if (cueAfter(view, cueEnd, lexicon, "date", boundaries)?.canonical !== RECEIVE) return undefined;
  for (let to = cueStart; ;) {
    const end = lastCueEnd(view, from, to, lexicon, boundaries);
    if (end < 0) return undefined;
    const word = entryEndingAt(view, end, lexicon);
    const canonical = lexicon.entries.get(word)?.canonical;
    if (canonical === PLAN || canonical === TOPIC_FOR) return undefined;
    if (canonical === CONDITION) return clauseStartBetween(context, end, cueStart) ? undefined : word;
    to = end - word.length;
  }
}

/**
 * The target cue governing a figure at `start` (none before `floor`), or undefined; `restated` set
 * when the cue is a restating condition's consequence (see RESTATE), `entitled` when it is an
 * entitlement's (see entitled) and no cue before governs.
 */
export function targetCue(context: RefineContext, start: number, kind: Kind, figures: ReadonlySet<number>, floor = 0, period?: TimeReference): { cue?: string; restated?: string; entitled?: string } {
  const { view, boundaries } = context;
  const { targetCues, targetReset, targetBlock, targetWindow } = context.rules.context;
  let to = start;
  // The condition of an entitlement passed over (see entitled), said when no earlier cue governs.
  let entitledBy: string | undefined;
  const none = (): { entitled?: string } => (entitledBy === undefined ? {} : { entitled: entitledBy });
  const from = Math.max(floor, context.scopes.lineStart(start, targetWindow));
  for (;;) {
    const end = lastCueEnd(view, from, to, targetCues, boundaries);
    if (end < 0 || lastCueEnd(view, end, start, targetReset, boundaries) >= 0) return none();
    // A cue governs its own clause: a clause-start word after a space between it and the figure
    // (คาดว่าจะ … ขณะที่ยอดขาย 500 ล้านบาท) starts another.
    if (clauseStartBetween(context, end, start)) return none();
    // An approval's reaches its whole clause: what a cabinet approves is written out long (คณะรัฐมนตรี(ครม.)
    // อนุมัติดำเนินงานก่อสร้างโครงการสะพาน… อำเภอกระแสสินธุ์ จังหวัดสงขลา – อำเภอเขาชัยสน … ระยะเวลาก่อสร้าง 3 ปี).
    const word = entryEndingAt(view, end, targetCues!);
    const entry = targetCues!.entries.get(word);
    if (entry?.canonical !== APPROVAL && phrasesBetween(view, end, start) > context.rules.context.targetReach) return none();
    // Nor past a period figures are counted as of, not after the text's year (… ของเป้าหมายสินเชื่อ
    // ปล่อยใหม่ปี 2564 ที่ 215,641 ล้านบาท ณ สิ้นไตรมาสที่ 3/2564 ธนาคารมียอดสินเชื่อคงค้างรวม 1,408,857 ล้านบาท):
    // what stands then is reported.
    if (countedAsOfBetween(context, end, start)) return none();
    const cueStart = end - word.length;
    // A cue of some kinds only (อาจ: of an amount or a rate) is none of another's: one before it may be.
    // Nor is one inside the name of a set a policy picks (อุตสาหกรรมเป้าหมาย).
    if ((entry?.kinds && !entry.kinds.includes(kind)) || insidePhrase(view, cueStart, end, context.rules.context.targetNamedSet)) {
      to = cueStart;
      continue;
    }
    // An approval (อนุมัติ, เห็นชอบ) makes a plan of what it approves only as a body's own decision of
    // the day (ครม. อนุมัติงบกลาง 5,615 ล้านบาท), not one done (ได้มีมติอนุมัติ…), asked for or referred to;
    // nor of what it appoints, enacts or takes note of (a `target_approved_not` word between: แต่งตั้ง…
    // จำนวน 26 ราย, อนุมัติหลักการร่างกฎกระทรวง รวม 6 ฉบับ), a decision in force at once.
    if (entry?.canonical === APPROVAL && (!approvedHere(context, cueStart)
      || lastCueEnd(view, end, start, context.rules.context.targetApprovedNot, boundaries) >= 0)) {
      to = cueStart;
      continue;
    }
    // A budget frame (กรอบวงเงิน, valued `frame`) is a plan's value: the amount right after it, within
    // FRAME_GAP characters, no figure between (กรอบวงเงินงบประมาณ 267.50 ล้านบาท), not one further on.
    if (entry?.canonical === FRAME && (start - end > FRAME_GAP || figureBetween(figures, end, start))) {
      to = cueStart;
      continue;
    }
    // A cue valued `period` (ประเมิน) forecasts only with a period of the text's year or later
    // between it and the figure (สศช. ประเมินปี 2565 โต 3.2% in a text of 2565); without one it
    // estimates what is (ประเมินว่าคนไทยราว 4.2 ล้านคน มีหนี้เสีย).
    if (entry?.canonical === PERIOD_CUE && !periodAhead(context, end, start)) {
      to = cueStart;
      continue;
    }
    // A cue valued `action` (เตรียม) says what is about to be done only with a verb of acting right after
    // it (เตรียมมอบถุงยังชีพ 8,747 ชุด, เตรียมจัดหารถไฟ EV กว่า 50 คัน); before a noun it reports what is ready
    // (เตรียมความพร้อมสถานที่กว่า 1,400 จุด, เตรียมรถโดยสาร จำนวน 2,804 คัน).
    if (entry?.canonical === ACTION_CUE && !actionAfter(context, end)) {
      to = cueStart;
      continue;
    }
    // A cue of time to come (จะ, แนวโน้ม) with a period wholly past between it and the figure (ก็มี
    // แนวโน้มที่ดี ในปี 2565 มีโครงการ… 1,490 โครงการ in a text of 2566): the figure was.
    if (context.rules.context.targetAhead?.entries.has(view.slice(cueStart, end)) && periodPast(context, period, end, start)) return none();
    // What one gets under a condition (หากเปิดบัญชี… จะได้รับอัตราดอกเบี้ย 0.85%): an offer's or a
    // scheme's terms, no plan; a cue before the condition may still govern.
    // The condition is read back from the cue, not from the figure: an offer's terms may run long
    // (สำหรับลูกค้าที่… จะได้รับบัตร… มูลค่า 150 บาท จำนวน 1 ราย ต่อ 1 ใบ ต่อผลิตภัณฑ์ และซื้อ… จะได้รับ…).
    const condition = entitled(context, Math.max(floor, context.scopes.lineStart(cueStart, context.rules.context.conditionWindow)), cueStart, end);
    if (condition !== undefined) {
      entitledBy ??= condition;
      to = cueStart;
      continue;
    }
    // A goal named (หากเทียบจากเป้าหมายจำนวนสถานประกอบการ 394,703 ราย, แม้เป้าหมาย 500 ล้านบาท …) is
    // a goal inside a condition or a concession too: only a จะ is theirs.
    if (context.rules.context.targetGoal?.entries.has(view.slice(cueStart, end))) {
      // Counted by a number right before it (แผน… ประกอบไปด้วย 6 เป้าหมาย 18 ตัวชี้วัด และ 4 ยุทธศาสตร์:
      // six goals), it is a plan's part counted, no cue; not after a year (ปี 2566 เป้าหมาย 5%).
      if (countedGoal(context, cueStart)) {
        to = cueStart;
        continue;
      }
      // A goal compared with (สูงกว่าประมาณการ” ตามเอกสารงบประมาณ 122,378 ล้านบาท หรือร้อยละ 8.0): the
      // figures after it are what was measured against it, except the goal's own value, named with
      // ที่ or ไว้ and no figure before it (ต่ำกว่าเป้าหมายของภาครัฐที่ 40 ล้านคน, สูงกว่าเป้าหมายที่ตั้งไว้ 7.5 ล้านตัน).
      // Gone past (เกินเป้าไป 6 หมื่นล้านบาท, ทำรายได้ทะลุเป้ากว่า 360 ล้านบาท: a `target_goal_passed` word) is
      // compared too, but a figure right after the goal word is its value, with what goes with it (1.8
      // ล้านล้านบาท เกินเป้าหมาย 1.7 ล้านล้านบาทใน 5 ปี: the goal of 1.7 in five years).
      const compared = cueBefore(view, cueStart, context.rules.context.comparisonCues, "percent", boundaries) !== undefined
        || (cueBefore(view, cueStart, context.rules.context.targetGoalPassed, "percent", boundaries) !== undefined && !/[0-9๐-๙]/.test(view.charAt(skipSpacesForward(view, end))));
      if (compared && !goalValue(context, end, start, figures)) return none();
      // Past its value, another clause (a `clause_start` word after a space: … ของเป้าหมายสินเชื่อปล่อยใหม่
      // ที่ 235,480 ล้านบาท โดยในจำนวนนี้เป็นสินเชื่อ… 49,908 ราย) reports what is, not the goal.
      if (figureBetween(figures, end, start) && clauseWordBetween(context, context.rules.context.clauseStart, end, start)) return none();
      // So does a new predicate after its value (… ของเป้าหมายทั้งปีที่ 50,000 ล้านบาท และมียอดโอนกรรมสิทธิ์
      // 25,800 ล้านบาท), but a cue before the goal may still govern (คาดว่า … จะมี … ลดลงจากการประมาณการครั้งก่อน
      // … และมีผู้โดยสารรวม 31.90 ล้านคน).
      if (figureBetween(figures, end, start) && topicWordBetween(context, firstFigureEnd(figures, end, start), start)) {
        to = cueStart;
        continue;
      }
      return { cue: view.slice(cueStart, end) };
    }
    // A condition or concession in the cue's own phrase (หากราคาน้ำมันจะสูงขึ้น, แม้ว่าจะมี) makes
    // its จะ no plan; the consequence after a space (หากมีการลงทุน จะทำให้ …) is one.
    const phrase = phraseStart(view, from, cueStart, figures, context.timeReferences);
    if (lastCueEnd(view, phrase, cueStart, targetBlock, boundaries) < 0
      && !cueBefore(view, cueStart, targetBlock, "count", boundaries)) {
      // A condition that restates what is, in the phrase before (หากรวมทองคำ จะมีมูลค่าถึง …): its
      // consequence reports a figure, no plan.
      const block = lastCueEnd(view, from, phrase, targetBlock, boundaries);
      const condition = block >= 0 ? entryEndingAt(view, block, targetBlock!) : "";
      // Not inside a forecast (… จะทำให้ GDP ขยายตัว 0.17% หากรวมรัฐวิสาหกิจอีก 5 แห่ง GDP จะเกิดการขยายตัว
      // 0.31%): a cue before the condition still governs.
      if (targetBlock?.entries.get(condition)?.canonical === RESTATE && phrasesBetween(view, block, cueStart) <= 1) {
        const outer = targetCue(context, block - condition.length, kind, figures, floor, period);
        return outer.cue !== undefined ? outer : { restated: condition };
      }
      return { cue: view.slice(cueStart, end) };
    }
    to = cueStart;
  }
}

/**
 * Whether a period figures are counted as of (`year_as_of` before it) stands in [from, to), and is
 * not ahead of the text's date: a month or quarter not after its month, a day not after its year, a
 * year before its own (ณ สิ้นเดือนกันยายน 2564 in a text of February 2564 is forecast; with no date, none is).
 */
function countedAsOfBetween(context: RefineContext, from: number, to: number): boolean {
  const refs = context.timeReferences;
  for (let i = upperBound(refs, from - 1, (r) => r.start); i < refs.length && refs[i]!.start < to; i++) {
    const ref = refs[i]!;
    if (ref.end > to || ref.year === undefined || ref.present) continue;
    const date = dateAt(context, ref.start);
    if (!date) continue;
    const ahead = ref.firstMonth !== undefined ? ref.firstMonth > monthCount(date.year, date.month)
      : ref.numberStart !== undefined ? ref.year >= date.year : ref.year > date.year;
    if (!ahead && asOf(context, ref.start)) return true;
  }
  return false;
}

/** A `target_cues` entry that forecasts only with a period of the text's year or later after it. */
const PERIOD_CUE = "period";

/** A `target_cues` entry that says what is about to be done only with a `subject_action` verb right after it. */
const ACTION_CUE = "action";

/** Whether the word right after `end` (spaces allowed) is a `subject_action` verb (มอบ, จัดหา), whatever its kinds. */
function actionAfter(context: RefineContext, end: number): boolean {
  const at = skipSpacesForward(context.view, end);
  const word = context.boundaries.words(at, Math.min(context.view.length, at + ACTION_CHARS))[0];
  return word !== undefined && word[0] === at && (context.rules.context.subjectAction?.entries.has(context.view.slice(word[0], word[1])) ?? false);
}

/** Characters read after an `action` cue for the verb's word. */
const ACTION_CHARS = 16;

/** A `target_cues` value: a budget frame (กรอบวงเงิน), the value of the amount right after it. */
const FRAME = "frame";

/** The most characters between a frame and its amount (กรอบวงเงินงบประมาณทั้งสิ้น 1,249 ล้านบาท). */
const FRAME_GAP = 24;

/** A `target_cues` value: an approval (อนุมัติ, เห็นชอบ), a plan only as a body's own decision (approvedHere). */
export const APPROVAL = "approval";
/** Whether a target cue is an approval's (อนุมัติ, เห็นชอบ). */
export function isApproval(context: RefineContext, cue: string): boolean {
  return context.rules.context.targetCues?.entries.get(cue)?.canonical === APPROVAL;
}

/** `target_approver` values: who decides (ครม., ที่ประชุม), and the words between it and its approval (มีมติ, ยัง). */
const BODY = "body";
const CHAIN = "chain";
/** A `target_approver` value: done (ได้), an approval of the day unless its sentence says it was before. */
const PAST = "past";
/** How far back (characters, on its line) a day or a time past makes a done approval one of before. */
const PAST_WINDOW = 160;

/** A `target_reset` value: a rule in force (โทษ), no time past. */
const RULE_IN_FORCE = "rule";

/**
 * How many days the earliest day a time reference names stands before the text's own, among those in
 * the PAST_WINDOW characters before `at` on its line or between it and the `cue`; undefined when none
 * does (or the text has no date).
 */
function daysBefore(context: RefineContext, at: number, cue: number): number | undefined {
  const news = dateAt(context, at);
  if (news === undefined) return undefined;
  const refs = context.timeReferences;
  let most: number | undefined;
  for (let i = upperBound(refs, context.scopes.lineStart(at, PAST_WINDOW) - 1, (r) => r.start); i < refs.length && refs[i]!.start < cue; i++) {
    const day = refs[i]!.date;
    if (day !== undefined) most = Math.max(most ?? -Infinity, dayNumber(news) - dayNumber(day));
  }
  return most;
}

/**
 * Whether a day before the text's own stands before `at` (see daysBefore), or a `target_reset` word
 * not valued `rule` (ที่ผ่านมา, แล้ว: time past) in the PAST_WINDOW characters before it on its line.
 */
function pastBefore(context: RefineContext, at: number, cue: number): boolean {
  if ((daysBefore(context, at, cue) ?? 0) > 0) return true;
  const from = context.scopes.lineStart(at, PAST_WINDOW);
  const { targetReset } = context.rules.context;
  for (let until = at; until > from;) {
    const end = lastCueEnd(context.view, from, until, targetReset, context.boundaries);
    if (end < 0) return false;
    const word = entryEndingAt(context.view, end, targetReset!);
    if (targetReset!.entries.get(word)?.canonical !== RULE_IN_FORCE) return true;
    until = end - word.length;
  }
  return false;
}

/** The most days before the text's that a resolution's day may be and still be the news's (a weekly meeting reported days later). */
const NEWS_DAYS = 14;

/** The most `target_approver` words read back from an approval (ครม. ยัง มีมติ รับทราบ และ อนุมัติ). */
const APPROVAL_HOPS = 6;
const NEWLINE = 0x0a;
const HYPHEN = 0x2d;
const COLON = 0x3a;
/** The longest parenthesis stepped over before an approval (a day, an abbreviation). */
const PAREN_CHARS = 40;

/**
 * Whether the approval cue at `at` is a body's own decision: a `target_approver` word valued `body`
 * before it (ครม. อนุมัติ, ที่ประชุมมีมติเห็นชอบ), only words valued `chain` between (มีมติ, ยัง, จึง),
 * and no word valued otherwise right before the body (ตามที่ ครม. อนุมัติ: an approval referred to;
 * เสนอคณะรัฐมนตรีเห็นชอบ: one asked for). Or the approval opens its line, an item or a title's part
 * (1. อนุมัติมาตรการ…, (1) เห็นชอบ…, …-อนุมัติงบ 24 ล้านบาท). A parenthesis between is stepped over
 * (คณะรัฐมนตรี (ครม.) อนุมัติ). Any other word before it (ได้มีมติอนุมัติ: done; ขออนุมัติ: asked
 * for; ยอดอนุมัติ: a total) makes none.
 */
function approvedHere(context: RefineContext, at: number): boolean {
  const { view } = context;
  const approver = context.rules.context.targetApprover;
  let pos = at;
  for (let hops = 0; hops < APPROVAL_HOPS; hops++) {
    pos = skipSpacesBack(view, pos);
    if (pos === 0) return true;
    const code = view.charCodeAt(pos - 1);
    if (code === NEWLINE || code === HYPHEN || code === COLON) return true;
    // A parenthesis (คณะรัฐมนตรี (ครม.) อนุมัติ, ครม. วันนี้ (28 กุมภาพันธ์ 2566) อนุมัติ) is stepped over:
    // who decides stands before it. An item's number ((1) เห็นชอบ, 1) อนุมัติ) opens its line.
    if (code === CLOSE_BRACKET) {
      const open = view.lastIndexOf("(", pos - 1);
      if (open < 0 || pos - open > PAREN_CHARS || view.slice(open, pos).includes("\n")) return false;
      if (/^\(?[0-9.]+\)$/.test(view.slice(skipSpacesForward(view, context.scopes.lineStart(open, open)), pos))) return true;
      pos = open;
      continue;
    }
    if (code === DOT && pos > 1 && isDigit(view.charCodeAt(pos - 2))) return true;
    if (!approver) return false;
    const word = entryEndingAt(view, pos, approver);
    const value = word === "" ? undefined : approver.entries.get(word)?.canonical;
    pos -= word.length;
    // Done (ได้มีมติอนุมัติ, ได้อนุมัติ), in a sentence that says when, a day before the text's or a time
    // past (เมื่อวันที่ 31 ต.ค. 66 ได้มีมติอนุมัติ… in a text of 7 November; เมื่อวันอังคารที่ผ่านมา ครม.ได้เห็นชอบ):
    // a decision carried out since. Without one it is the day's (ภายหลังการประชุมคณะรัฐมนตรี ว่า คณะรัฐมนตรีได้อนุมัติ…).
    if (value === PAST) {
      if (pastBefore(context, pos, at)) return false;
      continue;
    }
    if (value === BODY) {
      const before = entryEndingAt(view, skipSpacesBack(view, pos), approver);
      const kind = before === "" ? undefined : approver.entries.get(before)?.canonical;
      // Nor a resolution of long ago (ซึ่งเมื่อวันที่ 26 พ.ค. 2563 คณะรัฐมนตรีมีมติเห็นชอบ… in a text of
      // 2564, คณะรัฐมนตรีมีมติ (8 เมษายน 2532) อนุมัติ…): its history, told again.
      return (kind === undefined || kind === BODY || kind === CHAIN) && !((daysBefore(context, pos, at) ?? 0) > NEWS_DAYS);
    }
    if (value !== CHAIN) return false;
  }
  return false;
}

/** The last cue valued `approval` ending in (from, until], with where it ends; undefined when none does. */
function lastApproval(context: RefineContext, from: number, until: number): { word: string; end: number } | undefined {
  const { view, boundaries } = context;
  const { targetCues } = context.rules.context;
  for (let to = until; to > from;) {
    const end = lastCueEnd(view, from, to, targetCues, boundaries);
    if (end < 0) return undefined;
    const word = entryEndingAt(view, end, targetCues!);
    if (isApproval(context, word)) return { word, end };
    to = end - word.length;
  }
  return undefined;
}

/**
 * The approval cue a body's approval of the day (see approvedHere) stands on in [from, to) with, and
 * no `target_approved_not` word after it there; undefined when none does.
 */
function approvalIn(context: RefineContext, from: number, to: number): string | undefined {
  const { view, boundaries } = context;
  for (let found = lastApproval(context, from, to); found !== undefined; found = lastApproval(context, from, found.end - found.word.length)) {
    if (approvedHere(context, found.end - found.word.length)
      && lastCueEnd(view, found.end, to, context.rules.context.targetApprovedNot, boundaries) < 0) return found.word;
  }
  return undefined;
}

/** How far back (characters) an item's approved line is looked for. */
const ITEM_REACH = 4000;

/**
 * The approval a figure on an item line details: its line is an item (2.1 โครงการชดเชยดอกเบี้ย… วงเงิน
 * 300,000,000 บาท; - 24 ชั่วโมง - 7 วัน จำนวน 193,802 ครัวเรือน …), at most ITEM_DEPTH levels down, of a
 * line a body's approval of the day stands on (2. อนุมัติมาตรการ… ดังนี้; the resolution's paragraph above a heading), and no `target_reset`
 * nor `target_approved_not` word stands before the figure on its line, within ITEM_REACH
 * (1. แต่งตั้งกรรมการ… จำนวน 3 คน). Undefined when none.
 */
function approvedItem(context: RefineContext, start: number, approvals: Map<number, string | undefined>): string | undefined {
  const { view, boundaries } = context;
  // Up through the item lines above (-โดยให้ส่วนลด… under 2. มาตรการลดภาระ… under ครม. มีมติอนุมัติ… ดังนี้).
  let approval: string | undefined;
  for (let at = start, depth = 0; approval === undefined && depth < ITEM_DEPTH; depth++) {
    const parent = context.scopes.parentLine(at, ITEM_REACH - (start - at), context.rules.context.labelLine);
    if (parent === undefined) return undefined;
    // Read once per line: a resolution's items share it.
    if (!approvals.has(parent[0])) approvals.set(parent[0], approvalIn(context, parent[0], parent[1]));
    approval = approvals.get(parent[0]);
    at = parent[0];
  }
  if (approval === undefined) return undefined;
  const line = context.scopes.lineStart(start, ITEM_REACH);
  const { targetReset, targetApprovedNot } = context.rules.context;
  return lastCueEnd(view, line, start, targetReset, boundaries) >= 0 || lastCueEnd(view, line, start, targetApprovedNot, boundaries) >= 0 ? undefined : approval;
}

/** How far back (characters, on its line) an approval governs a resolution's paragraph. */
const APPROVAL_WINDOW = 600;

/**
 * The approval a figure further back on its line than `target_window` stands under (ครม. … วันนี้ (28
 * กุมภาพันธ์ 2566) อนุมัติให้จ่ายเงิน… ในพื้นที่ กทม. และ 15 จังหวัด (ได้แก่ …) … จำนวน 237,048 ครัวเรือน
 * วงเงิน 1,190.46 ล้านบาท): a body's approval of the day within APPROVAL_WINDOW characters, no
 * `target_reset`, `target_clause` nor `target_approved_not` word between. Undefined when none.
 */
function approvalFar(context: RefineContext, start: number): string | undefined {
  const { view, boundaries } = context;
  const { targetReset, targetApprovedNot } = context.rules.context;
  const found = lastApproval(context, context.scopes.lineStart(start, APPROVAL_WINDOW), start);
  if (found === undefined || lastCueEnd(view, found.end, start, targetReset, boundaries) >= 0 || clauseStartBetween(context, found.end, start)
    || lastCueEnd(view, found.end, start, targetApprovedNot, boundaries) >= 0) return undefined;
  return approvedHere(context, found.end - found.word.length) ? found.word : undefined;
}

/** The most levels of items read up through to an approved line. */
const ITEM_DEPTH = 3;

/** Whether a time reference of a year after the text's, or of the text's whole year, stands in [from, to). */
function periodAhead(context: RefineContext, from: number, to: number): boolean {
  const refs = context.timeReferences;
  const own = dateAt(context, from)?.year;
  for (let i = upperBound(refs, from - 1, (r) => r.start); i < refs.length && refs[i]!.start < to; i++) {
    const ref = refs[i]!;
    // The text's own year as a whole (ปี 2565), not months of it that may be over (ณ สิ้นไตรมาส 2/2567 in October).
    if (ref.end <= to && ref.year !== undefined && !ref.present && (own === undefined || ref.year > own || (ref.year === own && ref.firstMonth === undefined))) return true;
  }
  return false;
}

/** A year written with the next one after a slash (2562/2563, 2563/64). */
const CROP_YEAR = /[0-9]{4} ?\/ ?[0-9]{2}/;

/**
 * Whether the period governing a figure (the year step's) stands in [from, to), between a cue and
 * the figure, and is of a year before the text's: not the present, a span or an aside.
 */
function periodPast(context: RefineContext, period: TimeReference | undefined, from: number, to: number): boolean {
  if (period === undefined || period.start < from || period.end > to) return false;
  if (period.present || period.aside) return false;
  // A crop or accounting year written with a slash (ฤดูแล้งปี 2562/2563), a span of two years, is past
  // when the year it runs into is; another span is not read here.
  const last = !period.span ? period.year : CROP_YEAR.test(period.text) ? period.span.last : undefined;
  const news = dateAt(context, from);
  return last !== undefined && news !== undefined && last < news.year;
}

/** Whether the figure at `start` is the value of a goal named before it, ending at `end`: a `goal_value` word between (ที่, ไว้), no figure. */
function goalValue(context: RefineContext, end: number, start: number, figures: ReadonlySet<number>): boolean {
  if (figureBetween(figures, end, start)) return false;
  const between = context.view.slice(end, start);
  for (const word of context.rules.context.goalValue?.entries.keys() ?? []) if (between.includes(word)) return true;
  return false;
}

/**
 * Where the phrase holding `at` starts (not before `from`): after the last run of spaces, past those
 * around a number that is part of a name, which mark no phrase (แม้ว่าเศรษฐกิจในไตรมาส 3 จะเติบโต 3%,
 * แม้สถานการณ์โควิด-19 ภายในประเทศจะดีขึ้น: the concession is one phrase with its จะ). After a figure
 * (`figures`: where figures end), a space does end one (หากเพิ่มสัดส่วนให้ได้ร้อยละ 60 ก็จะช่วย…: the
 * consequence).
 */
function phraseStart(view: string, from: number, at: number, figures: ReadonlySet<number>, references: readonly TimeReference[]): number {
  let start = at;
  for (;;) {
    while (start > from && !isWhitespace(view.charCodeAt(start - 1))) start--;
    let space = start;
    while (space > from && isWhitespace(view.charCodeAt(space - 1))) space--;
    if (space <= from || space === start || figures.has(space)) return start;
    if (!isDigit(view.charCodeAt(space - 1)) && !isDigit(view.charCodeAt(start))) return start;
    // After a date, a new noun before the cue starts a phrase (หากภาครัฐปรับขึ้นภาษีตามแผนในเดือน
    // ตุลาคม 2568 ราคาบุหรี่จะเพิ่มขึ้น: the consequence); the cue right after it is the date's
    // phrase's (แม้ว่าเศรษฐกิจในไตรมาส 3 จะเติบโต), and a name's number ends none (แม้สถานการณ์
    // โควิด-19 ภายในประเทศจะดีขึ้น).
    if (!isDigit(view.charCodeAt(start)) && start < at && endsReference(references, space)) return start;
    start = space;
  }
}

const DOT = 0x2e;
const COMMA = 0x2c;

/**
 * Whether a number that counts stands right before `at` (spaces between): not a time reference's, nor
 * a section's number opening its line (1.1 เป้าหมายกำลังผลิตไฟฟ้า…, 2.3.3 ประมาณการจำนวนนักท่องเที่ยว…).
 */
function countedGoal(context: RefineContext, at: number): boolean {
  const { view } = context;
  const end = skipWhitespaceBack(view, at);
  if (end === 0 || !isDigit(view.charCodeAt(end - 1)) || endsReference(context.timeReferences, end)) return false;
  let start = end;
  while (start > 0 && (isDigit(view.charCodeAt(start - 1)) || view.charCodeAt(start - 1) === DOT || view.charCodeAt(start - 1) === COMMA)) start--;
  return /\S/.test(view.slice(context.scopes.lineStart(start, start), start));
}

/** Whether a time reference ends at `end` (spaces before `end` allowed). */
function endsReference(references: readonly TimeReference[], end: number): boolean {
  const i = upperBound(references, end, (r) => r.start) - 1;
  for (let k = i; k >= 0 && k > i - REFERENCES_BACK; k--) if (references[k]!.end === end) return true;
  return false;
}

/** How many references starting before a point may end at it (nested ones: a year in its date). */
const REFERENCES_BACK = 3;

/**
 * The `target_reset` word that is a `duration_period` one too (ที่ผ่านมา) right after a figure
 * ending at `end`, a `qualifier_after` word allowed between (1 ปีกว่าที่ผ่านมา); undefined if none.
 */
function pastPeriod(context: RefineContext, end: number, kind: Kind): string | undefined {
  const { view, boundaries } = context;
  const { targetReset, durationPeriod, qualifierAfter } = context.rules.context;
  const qualifier = cueAfter(view, end, qualifierAfter, kind, boundaries);
  const at = qualifier ? skipSpacesForward(view, end) + qualifier.surface.length : end;
  const reset = cueAfter(view, at, targetReset, kind, boundaries);
  return reset && durationPeriod?.entries.has(reset.surface) ? reset.surface : undefined;
}

/** The most phrase marks between a period of months and a figure it makes a plan of. */
const AHEAD_PHRASES = 2;

/**
 * Whether the period of months that gave a figure its year starts after the document's month
 * (`now`, a monthCount): ลดค่าไฟฟ้า … งวดมกราคม - เมษายน 2566 in a text of December 2565 is planned.
 * Only a period near the figure, within AHEAD_PHRASES phrase marks before it, or linked after it,
 * with no `target_reset` word between or right after the figure (ได้จ่ายเงิน … แล้ว 9 งวด, ครบ 2 โดสแล้ว:
 * what is done), and not after a `year_as_of` word (จนถึงสิ้นเดือนสิงหาคม 2567: when something ends);
 * further, a period governs what a plan's paragraph reports as often.
 */
function monthsAhead(context: RefineContext, d: Draft, now: number): boolean {
  const period = d.period;
  if (period?.firstMonth === undefined || period.firstMonth <= now) return false;
  const { view, boundaries } = context;
  const { start, end } = d.candidate;
  const { targetReset } = context.rules.context;
  if (cueAfter(view, end, targetReset, d.fact.kind, boundaries)) return false;
  // A period figures are counted as of, or one that ends something (จนถึงสิ้นเดือนสิงหาคม 2567): no plan's.
  if (asOf(context, period.start)) return false;
  if (period.start >= end) return true;
  return phrasesBetween(view, period.end, start) <= AHEAD_PHRASES && lastCueEnd(view, period.end, start, targetReset, boundaries) < 0;
}

/** The most words of time (สิ้น, เดือน) between a `year_as_of` word and its period. */
const AS_OF_HOPS = 3;

/** Whether a `year_as_of` word stands before `at`, words of time (`year_link`, `subject_time`) between. */
function asOf(context: RefineContext, at: number): boolean {
  const { yearAsOf, yearLink, subjectTime } = context.rules.context;
  return cueBeforeSkipping(context.view, at, yearAsOf, [yearLink, subjectTime], "date", context.boundaries, AS_OF_HOPS) !== undefined;
}

/** Between a figure and the same figure restated in brackets right after it. */
const RESTATED = /^[ \t]*\([ \t]*$/;

/** The most characters between two figures of a target's list (an item's name and change). */
const LIST_ITEM_GAP = 120;

/** A target's list being read: the kind of its head's figure, and its last figure. */
interface TargetList {
  kind: Kind;
  /** Where its head's figure starts. */
  head: number;
  last: Draft;
  lastItem: boolean;
}

/**
 * The list of a target's parts `d` goes on or opens (คาดว่าเงินสะพัดจะอยู่ที่ 42,100 ล้านบาท …
 * แบ่งเป็นค่าซื้อสินค้าเพื่อไหว้เจ้า 16,800 ล้านบาท ลดลง 2.5% ค่าแต๊ะเอีย 13,600 ล้านบาท …): a
 * `target_list` word after a target on its line, or opening the next line, then figures each at
 * most LIST_ITEM_GAP characters after the last, with no clause start nor reset word between.
 */
function listOf(context: RefineContext, open: TargetList | undefined, lastTarget: Draft | undefined, lastAmount: Draft | undefined, d: Draft, before: Draft | undefined): TargetList | undefined {
  const { view, boundaries } = context;
  const to = d.candidate.start;
  // A list of a target in brackets ends with them ((ประมาณการ 6 วัน 5,557,738 คน-เที่ยว แบ่งเป็นรถไฟ
  // 503,167 คน-เที่ยว…) ประกอบด้วย รถไฟระหว่างเมือง… 412,655 คน-เที่ยว: the forecast's parts, then what
  // was counted), and no list word after them lists its parts.
  if (open && !view.slice(open.last.candidate.end, to).includes("\n") && quietBetween(context, open.last.candidate.end, to)
    && !closedAround(view, open.head, open.last.candidate.end, to)) return open;
  if (lastTarget === undefined || closedAround(view, lastTarget.candidate.start, lastTarget.candidate.end, to)) return undefined;
  // A figure that is no target read after it heads what a list word then opens (อนุมัติโครงการ… กรอบวงเงิน
  // 9,000 ล้านบาท … มียอดการใช้จ่ายผ่านโครงการรวม 9,346.60 ล้านบาท โดยเป็นส่วนที่รัฐสนับสนุน 3,496.03 ล้านบาท:
  // the spending's parts, no plan's).
  if (before !== undefined && before.candidate.start > lastTarget.candidate.end) return undefined;
  // A percentage right after an amount is its change (24,000 ล้านบาท เพิ่มขึ้นเพียง 1.3%): the list is the amount's.
  const head = lastTarget.fact.kind === "percent" && lastAmount !== undefined && lastTarget.candidate.start - lastAmount.candidate.end <= LIST_ITEM_GAP
    && !view.slice(lastAmount.candidate.end, lastTarget.candidate.start).includes("\n") ? lastAmount : lastTarget;
  const opened = { kind: head.fact.kind, head: head.candidate.start, last: lastTarget, lastItem: true };
  const targetList = context.rules.context.targetList;
  const from = lastTarget.candidate.end;
  const line = context.scopes.lineStart(to, to);
  if (from >= line) return quietBetween(context, from, to) && lastCueEnd(view, from, to, targetList, boundaries) >= 0 ? opened : undefined;
  // A line that opens with a list word lists the parts of the last target on the line before.
  if (line === 0 || context.scopes.lineStart(line - 1, line) > lastTarget.candidate.start) return undefined;
  const opens = cueAfter(view, line, targetList, d.fact.kind, boundaries);
  return opens !== undefined && quietBetween(context, skipSpacesForward(view, line) + opens.surface.length, to) ? opened : undefined;
}

/** Whether a bracket opened before `at` on its line closes in [from, to). */
function closedAround(view: string, at: number, from: number, to: number): boolean {
  for (let close = view.indexOf(")", from); close >= 0 && close < to; close = view.indexOf(")", close + 1)) {
    const opening = openingBracket(view, close, Math.max(0, at - BRACKET_REACH));
    if (opening !== undefined && opening < at) return true;
  }
  return false;
}

/** Whether [from, to) is short enough for a list's item, with no clause start nor reset word in it. */
function quietBetween(context: RefineContext, from: number, to: number): boolean {
  return to - from <= LIST_ITEM_GAP && !clauseStartBetween(context, from, to)
    && lastCueEnd(context.view, from, to, context.rules.context.targetReset, context.boundaries) < 0;
}

/** A `target_after` entry that is a deadline only before a length of years (ภายใน 5 ปี). */
const HORIZON_YEARS = "years";

/** Whether a length of years starts at `at` (5 ปี). */
function yearsAt(lengths: ReadonlyMap<number, Draft>, at: number): boolean {
  return lengths.get(at)?.fact.unit === "year";
}

/** How far after a forecast's item a parallel item (the same words before its figure) is read, in characters. */
const PARALLEL_REACH = 2000;

/**
 * The words a level is framed with right before a figure at `start`: a `change_before` word valued
 * `level` (อยู่ที่) and the word before it (ราคา|อยู่ที่ 2.17 - 2.22 บาท/กก.). Items of one list are
 * written alike (ข้าวเปลือกหอมมะลิ ราคาอยู่ที่ … มันสำปะหลัง ราคาอยู่ที่ …). Undefined without a level word.
 */
function levelFrame(context: RefineContext, start: number, kind: Kind): string | undefined {
  const { view, boundaries } = context;
  const level = cueBefore(view, start, context.rules.context.changeBefore, kind, boundaries);
  if (level?.entry.canonical !== LEVEL) return undefined;
  const words = boundaries.words(Math.max(0, level.start - FRAME_WORD), level.start);
  const word = words.at(-1);
  if (!word || word[1] !== level.start || !/[\u0e01-\u0e4e]/.test(view.slice(word[0], word[1]))) return undefined;
  return view.slice(word[0], level.start + level.entry.surface.length);
}

/** The most characters of the word before a level word in a frame. */
const FRAME_WORD = 20;

export const target: Refiner = {
  name: "target",
  refine(context, drafts) {
    // The frames of the figures a forecast's cue made targets, with where each was: a later figure
    // framed alike is another item of the forecast's list (… ได้แก่ ข้าวเปลือกหอมมะลิ ราคาอยู่ที่ 10,237 บาท/ตัน
    // … มันสำปะหลัง ราคาอยู่ที่ 2.17 - 2.22 บาท/กก.), its explanation between notwithstanding.
    const frames = new Map<string, Draft>();
    let parallel: Draft | undefined;
    const figures = new Set(drafts.filter((d) => d.fact.kind !== "date").map((d) => d.candidate.end));
    const lengths = new Map(drafts.filter((d) => d.fact.kind === "duration").map((d) => [d.candidate.start, d]));
    // Whether the text has a dateline: only without one is the title's year exempt (see `ahead` below).
    const dated = (context.datelines?.length ?? 0) > 0 || context.datelineBefore !== undefined;
    // The last target, and the list of its parts being read (listOf).
    let lastTarget: Draft | undefined;
    // The last target that is no percentage (a list's head, when a percentage of its change follows).
    let lastAmount: Draft | undefined;
    let list: TargetList | undefined;
    // The approval each item's line holds, by the line's start (approvedItem).
    const approvals = new Map<number, string | undefined>();
    // The last figure read, whatever its target.
    let lastFigure: Draft | undefined;
    for (const d of drafts) {
      const { candidate: c, fact } = d;
      if (fact.kind === "date") continue;
      const before = lastFigure;
      lastFigure = d;
      // An item is a figure of the head's kind, or a percentage right after one (its change: ลดลง 2.5%).
      list = listOf(context, list, lastTarget, lastAmount, d, before);
      const item = list !== undefined && (fact.kind === list.kind || (fact.kind === "percent" && list.lastItem));
      if (list) list = { ...list, last: d, lastItem: item };
      if (c.rule.target !== undefined) {
        fact.target = c.rule.target;
        because(context, d, "target", () => `rule ${c.rule.id}`);
        continue;
      }
      // All of a known set (ทั้งสองประเทศ), an age (อายุ 60 ปี): never what a plan or forecast is of.
      // A word of how the figure is taken may stand between (จากเดิมเฉลี่ย 345 บาท: a `cue_skip` word).
      const not = cueBeforeSkipping(context.view, c.start, context.rules.context.targetNotBefore, [context.rules.context.cueSkip], fact.kind, context.boundaries, 1);
      if (not) {
        // The level a goal or a forecast is revised from (ปรับเป้า … เหลือ 1.5 ล้านคัน จากเดิม 1.7 ล้านคัน)
        // was a goal too: a `former` word, after a `target_goal` cue in its clause.
        // Not the gap from the former goal, compared right before it with nothing naming its value
        // between (มากกว่าประมาณการเดิม 0.11 ล้านครัวเรือน; สูงกว่าประมาณการเดิมที่ 3.0% is the goal's value).
        const named = cueBefore(context.view, not.start, context.rules.context.targetGoal, fact.kind, context.boundaries);
        const gap = named !== undefined && cueBefore(context.view, named.start, context.rules.context.comparisonCues, fact.kind, context.boundaries) !== undefined
          && !goalValue(context, not.start + not.entry.surface.length, c.start, figures);
        const goal = not.entry.canonical === FORMER && !gap ? goalCue(context, c.start) : undefined;
        fact.target = goal !== undefined;
        because(context, d, "target", () => (goal !== undefined ? `"${goal}" earlier: the former goal or forecast ("${not.entry.surface}")`
          : `none: "${not.entry.surface}" right before it`));
        continue;
      }
      // Above or below a goal or a forecast by the figure (สูงกว่าเป้าหมาย 1 แสนล้านบาท, ต่ำกว่า
      // ประมาณการ 6.89 หมื่นล้านบาท): a difference from it, measured, no goal.
      const goal = cueBefore(context.view, c.start, context.rules.context.targetGoal, fact.kind, context.boundaries);
      const compared = goal && cueBefore(context.view, goal.start, context.rules.context.comparisonCues, fact.kind, context.boundaries);
      if (goal && compared) {
        fact.target = false;
        because(context, d, "target", () => `none: "${compared.entry.surface}${goal.entry.surface}" right before it, a difference from the goal`);
        continue;
      }
      // A period past (ในช่วง 4 เดือนที่ผ่านมา: a reset cue that makes a duration a period) is what was.
      const past = pastPeriod(context, c.end, fact.kind);
      if (past !== undefined) {
        fact.target = false;
        because(context, d, "target", () => `none: "${past}" after it, a period past`);
        continue;
      }
      // A comparison's base is what was (จากปีก่อนที่ส่งออก …), unless its own clause says
      // otherwise (จากปีนี้ที่คาดว่าจะมีรายได้ …): cues before the base are not its.
      const { cue, restated, entitled: condition } = targetCue(context, c.start, fact.kind, figures, d.base?.end, d.period);
      if (d.base && cue === undefined) {
        fact.target = false;
        because(context, d, "target", () => `none: the comparison's base (${d.base!.text}) is what was`);
        continue;
      }
      // A base figure of a year before the text's (คาดว่าจะลดลงร้อยละ 1.5 เทียบกับการลดลงร้อยละ 0.04 ในปี 2565
      // in a text of 2566): what the forecast is compared with was, whatever cue stands before.
      const was = d.baseFigure === true && fact.year !== undefined ? dateAt(context, c.start) : undefined;
      if (was !== undefined && fact.year! < was.year) {
        fact.target = false;
        because(context, d, "target", () => `none: a comparison's base, of ${fact.year}, before the text's year`);
        continue;
      }
      // So is a figure with a year before the text's linked right after it by a period's link
      // (โดยเพิ่มคาดการณ์การเติบโต… 3.5% … หลังขยายตัว 2.6% ในปี 2565 in a text of 2566): a result, not the
      // forecast. Not through a link valued `of` (ปีหน้าจะมีรายได้ 50% ของปี 62: a share of that year's).
      const news = cue !== undefined && fact.year !== undefined && pastLinked(context, d) ? dateAt(context, c.start) : undefined;
      if (news !== undefined && fact.year! < news.year) {
        fact.target = false;
        because(context, d, "target", () => `none: "${d.period!.text}" right after it, a year before the text's: what was`);
        continue;
      }
      // A goal's parts counted (เป้าหมายหลักของการพัฒนามี 5 ประการ, เป้าหมาย 3 ด้าน): how many goals there
      // are, no goal's value.
      // So are an approval's (เห็นชอบตามที่กระทรวงแรงงานเสนอ ใน 3 ประเด็น): how many matters, no plan's figure.
      if (cue !== undefined && (context.rules.context.targetGoal?.entries.has(cue) || isApproval(context, cue)) && isMakeUp(context, d)) {
        fact.target = false;
        because(context, d, "target", () => `none: "${cue}" before it, a count of the goal's or the approval's parts`);
        continue;
      }
      if (restated !== undefined) {
        fact.target = false;
        because(context, d, "target", () => `none: "${restated}" before it, a condition that restates what is`);
        continue;
      }
      if (condition !== undefined) {
        fact.target = false;
        because(context, d, "target", () => `none: what one gets under the condition "${condition}" before it (an offer's or a scheme's terms)`);
        continue;
      }
      const after = cue === undefined ? cueAfter(context.view, c.end, context.rules.context.targetAfter, fact.kind, context.boundaries) : undefined;
      // Not a length's (ส่งเงินสมทบมาแล้วไม่น้อยกว่า 6 เดือน ภายใน 1 ปี ก่อน…): a rule's term within a term.
      const deadline = after?.canonical === HORIZON_YEARS && (fact.kind === "duration" || !yearsAt(lengths, skipSpacesForward(context.view, skipSpacesForward(context.view, c.end) + after.surface.length))) ? undefined : after;
      // A figure of a year after the document's own (ปีงบประมาณ 2566 in a text of May 2565) is
      // planned or forecast: the text cannot report it yet. From October, next year's may be the
      // fiscal year under way (ปีงบประมาณ 2564 runs from October 2563), so it must be later still.
      // Not the year of the period the title reports on (สศก. เผยปี 65 รายได้เงินสดสุทธิ …): the text
      // reports it, whatever date it takes for its own (a month it names in passing, with no dateline).
      // Nor a year carried from the period its article opens with (d.carried): the passage's, not
      // the figure's (an article opening with next year's plan reports this year's cases too).
      // A span of years that starts after it (แผนปี 2566-2570 in a text of 2565) is ahead as well.
      // The title's year is exempt only in a text with no dateline: a dated article whose title names a
      // fiscal year not yet begun (ครม. เห็นชอบกรอบและงบลงทุนของรัฐวิสาหกิจประจำปีงบประมาณ 2567 … dated 26
      // กันยายน 2566) reports a budget to be spent, a plan.
      const year = fact.year ?? d.period?.span?.first;
      const date = cue === undefined && !deadline && year !== undefined && (dated || year !== context.titleYear()) && !d.carried ? dateAt(context, c.start) : undefined;
      // The fiscal year's leeway only for a period that names none or a fiscal year: a calendar span
      // (ระยะเวลาก่อสร้าง 3 ปี ตั้งแต่ปี 2566-2568 in a text of October 2565) starts ahead.
      const fiscal = date !== undefined && date.month >= FISCAL_YEAR_START
        && (d.period === undefined || !d.period.span || namesFiscalYear(context.view, d.period, context.rules));
      const ahead = date !== undefined && (year! > date.year + (fiscal ? 1 : 0)
        || monthsAhead(context, d, monthCount(date.year, date.month)));
      const listed = cue === undefined && !deadline && !ahead && item;
      // An item of an approved line (2. อนุมัติมาตรการ… / 2.1 โครงการ… วงเงิน 300,000,000 บาท): what is approved, detailed.
      const approved = cue === undefined && !deadline && !ahead && !listed ? approvedItem(context, c.start, approvals) ?? approvalFar(context, c.start) : undefined;
      // Read only where a cue made a target, or a frame was seen before: most figures need none.
      const frame = cue !== undefined || frames.size > 0 ? levelFrame(context, c.start, fact.kind) : undefined;
      const twin = frame !== undefined && cue === undefined && !deadline && !ahead && !listed ? frames.get(frame) : undefined;
      const alike = twin !== undefined && c.start - twin.candidate.end <= PARALLEL_REACH
        && lastCueEnd(context.view, Math.max(twin.candidate.end, context.scopes.lineStart(c.start, c.start)), c.start, context.rules.context.targetReset, context.boundaries) < 0;
      // The change written right after such an item (ราคาอยู่ที่ 2.17 - 2.22 บาท/กก. เพิ่มขึ้นจากเดือนก่อนร้อยละ 4.85 - 7.25).
      const itsChange = !alike && cue === undefined && !deadline && !ahead && !listed && fact.kind === "percent" && parallel !== undefined
        && !context.view.slice(parallel.candidate.end, c.start).includes("\n") && quietBetween(context, parallel.candidate.end, c.start);
      // The same figure in another unit, in brackets right after it (ราคาอยู่ที่ 18.81 - 18.98 เซนต์/ปอนด์
      // (15.90 - 16.05 บาท/กก.)): a plan or forecast as it is, and an item it frames goes on framing.
      const restates = before?.fact.target === true && RESTATED.test(context.view.slice(before.candidate.end, c.start));
      fact.target = cue !== undefined || deadline !== undefined || ahead || listed || approved !== undefined || alike || itsChange || restates;
      parallel = alike || restates ? d : undefined;
      if (cue !== undefined && frame !== undefined) frames.set(frame, d);
      if (cue !== undefined) because(context, d, "target", () => `"${cue}" earlier on its line`);
      else if (deadline) because(context, d, "target", () => `"${deadline.surface}" after it: a deadline`);
      else if (ahead) because(context, d, "target", () => `its year, ${year}, is after the document's (${date!.year}-${String(date!.month).padStart(2, "0")})`);
      else if (listed) because(context, d, "target", () => "an item of a target's list");
      else if (approved !== undefined) because(context, d, "target", () => `an item of a line with "${approved}", a body's approval of the day`);
      else if (alike) because(context, d, "target", () => `framed as «${twin!.fact.text}», a forecast's item: "${frame}" before it`);
      else if (itsChange) because(context, d, "target", () => "the change of the forecast's item before it");
      else if (restates) because(context, d, "target", () => `«${before!.fact.text}» restated in brackets, a plan or forecast`);
      if (fact.target) lastTarget = d;
      if (fact.target && fact.kind !== "percent") lastAmount = d;
    }
    return drafts;
  },
};
