/**
 * Subjects paired in order with a list of figures that `year_respectively` closes: names joined by
 * `subject_list` words before the figures (ญี่ปุ่น และสหภาพยุโรป … หดตัวร้อยละ 1.9 และร้อยละ 4.4
 * ตามลำดับ: 1.9 is Japan's, 4.4 the EU's), or between the figures and the closing word (ร้อยละ 55 และ
 * 45 ของเมืองหลักและเมืองรอง ตามลำดับ); three or more after a word that opens a list (ได้แก่ อินเดีย
 * อาเซียน-5 จีน และสหรัฐฯ ที่ขยายตัวที่ร้อยละ 76.1 25.7 23.3 และ 20.2 ต่อปี ตามลำดับ); two with no closing word
 * when two names stand right before them (A และ B ชะลอตัวลงร้อยละ -18.8 และ -35.1); and a list right after a
 * paired one that names nothing of its own, with the same names. Each figure's subject is the name in its place.
 */
import { entryStarting } from "../rules/lexicon-words.js";
import { subjectBefore, type SubjectInput } from "../extract/subject.js";
import { isTrimmed } from "../extract/subject-words.js";
import { PLACE, type Span } from "../extract/subject-chunks.js";
import { isWhitespace } from "../text/chars.js";
import { alternativesSource } from "../text/regex.js";
import { lastCueEnd } from "../extract/cues.js";
import { because, type Draft, type RefineContext } from "./types.js";

/** How far before a list's first figure its names are looked for, in characters. */
const NAMES_REACH = 200;
/** The most characters between a list's last figure and the word that closes it (… ต่อปีตามลำดับ). */
const CLOSE_REACH = 60;
/** The most characters one name may have. */
const NAME_CHARS = 40;

/**
 * Pairs the figures of each list closed by a `year_respectively` word with the names written for them;
 * two figures with two names joined right before them, only cue words and verbs between, even with no
 * closing word (จำนวนรถยนต์นั่งจดทะเบียนใหม่ และจำนวนรถจักรยานยนต์จดทะเบียนใหม่ ชะลอตัวลงร้อยละ -18.8 และ -35.1
 * เมื่อเทียบกับช่วงเดียวกันของปีก่อน: A and B fell 18.8 and 35.1); and a list that names nothing of its own
 * right after a paired one of as many figures in its sentence, with the same names (… แต่ขยายตัวร้อยละ 3.2 และ
 * 7.0 เมื่อเทียบกับเดือนก่อนหน้าหลังขจัดผลทางฤดูกาล ตามลำดับ: the same two, month on month).
 */
export function respectiveSubjects(context: RefineContext, input: SubjectInput, drafts: readonly Draft[]): void {
  const { view } = context;
  if (!context.rules.context.yearRespectively || !context.rules.context.subjectList) return;
  const figures = drafts.filter((d) => d.fact.kind !== "date");
  // The names the list before was paired with, where it ended, and the subject its last figure had
  // before (what a list after it naming nothing of its own takes from it).
  let paired: { names: string[]; end: number; before: string | undefined } | undefined;
  for (let i = 0; i < figures.length; i++) {
    const first = figures[i]!;
    let j = i;
    while (j + 1 < figures.length && figures[j + 1]!.fact.kind === first.fact.kind
      && onlyJoins(context, view.slice(figures[j]!.candidate.end, figures[j + 1]!.candidate.start))) j++;
    const list = figures.slice(i, j + 1);
    i = j;
    const last = list[list.length - 1]!;
    const tail = closing(context, last.candidate.end);
    // Numbers no rule took after the last figure (ร้อยละ 15.6 4.8 และ 6.3) are items too.
    const count = list.length + (tail?.bare ?? 0);
    // With no closing word, two figures joined by a `subject_list` word only (ร้อยละ -18.8 และ -35.1; not 6,270
    // กลุ่ม 130,530 ราย: one thing's measures side by side).
    if (count < 2 || (tail === undefined && (count !== 2 || !joinedByWord(context, view.slice(first.candidate.end, last.candidate.start))))) continue;
    const floor = Math.max(figures[i - list.length]?.candidate.end ?? 0, context.scopes.lineStart(first.candidate.start, NAMES_REACH));
    const own = tail === undefined ? adjacentPair(context, input, floor, first.candidate.start)
      : count === 2 ? namePair(context, input, tail.gapStart, tail.gapEnd) ?? namePair(context, input, floor, first.candidate.start)
      : nameRun(context, floor, first.candidate.start, count);
    // Only when its clause names nothing (its subject is the one the paired list's last figure had):
    // … ตามลำดับ อย่างไรก็ดี ยังมีปัจจัยสนับสนุนจากการจัดเก็บภาษีมูลค่าเพิ่ม ณ ราคาคงที่ ที่ขยายตัวร้อยละ 9.5 และ 5.8
    // names its own, one name's two comparisons.
    const again = own === undefined && paired !== undefined && paired.names.length === count && continues(view, paired.end, first.candidate.start)
      && (first.fact.subject === undefined || first.fact.subject === paired.before) ? paired.names : undefined;
    const names = own ?? again;
    if (names === undefined) continue;
    const how = again !== undefined ? "as in the list before it in its sentence"
      : tail === undefined ? "of the two named right before the pair" : `in the list before "${tail.word}" (respectively)`;
    const before = last.fact.subject;
    list.forEach((d, k) => {
      d.fact.subject = names[k]!;
      because(context, d, "subject", () => `the name in its place ${how}: ${names.join(" | ")}`);
    });
    paired = { names, end: last.candidate.end, before };
  }
}

/** The most characters between a paired list and the next list of the same names (its comparison, a verb). */
const AGAIN_REACH = 160;

/** Whether [from, to) goes on one sentence with no figure: no digit, no line end, within AGAIN_REACH. */
function continues(view: string, from: number, to: number): boolean {
  return to - from <= AGAIN_REACH && !/[\n0-9]/.test(view.slice(from, to));
}

/** Whether `gap` between two figures holds a `subject_list` word (และ, หรือ). */
function joinedByWord(context: RefineContext, gap: string): boolean {
  const list = context.rules.context.subjectList!;
  return gap.split(/[\s,]+/).some((w) => list.entries.has(w));
}

/** Whether `gap` between two figures holds only `subject_list` words (และ, หรือ), commas and spaces. */
export function onlyJoins(context: RefineContext, gap: string): boolean {
  if (gap.length > CLOSE_REACH || /[\n0-9]/.test(gap)) return false;
  const list = context.rules.context.subjectList;
  return list !== undefined && gap.split(/[\s,]+/).every((w) => w === "" || list.entries.has(w));
}

/** Bare numbers joined as a list's figures are (4.8 และ 6.3: `subject_list` words or commas between), at a text's start; per rule set. */
const JOINED = new WeakMap<object, RegExp>();
function joinedNumbers(context: RefineContext): RegExp {
  const key = context.rules.context;
  let pattern = JOINED.get(key);
  if (!pattern) {
    const joiners = [...(key.subjectList?.entries.keys() ?? [])];
    const joiner = joiners.length === 0 ? "" : `(?:${alternativesSource(joiners)})?`;
    pattern = new RegExp(`^(?:[\\s,]*${joiner}[\\s,]*-?[0-9][0-9,]*(?:\\.[0-9]+)?(?![0-9.,]))*`);
    JOINED.set(key, pattern);
  }
  return pattern;
}

/**
 * The `year_respectively` word closing a list whose last figure ends at `end`: no digit, line end
 * or clause mark but bare numbers (items no rule took) between; with where the words between
 * start and end (names may stand there), and how many bare numbers.
 */
export function closing(context: RefineContext, end: number): { word: string; gapStart: number; gapEnd: number; bare: number } | undefined {
  const { view, boundaries } = context;
  const rest = view.slice(end, end + CLOSE_REACH);
  const stop = rest.search(/[\n()]/);
  const reach = stop < 0 ? rest : rest.slice(0, stop);
  for (const cue of context.rules.context.yearRespectively!.entries.keys()) {
    const at = reach.indexOf(cue);
    if (at < 0 || !boundaries.isBoundary(end + at)) continue;
    const gap = reach.slice(0, at);
    // Bare numbers right after the figure, joined as the figures are (4.8 และ 6.3); then words only.
    const numbers = joinedNumbers(context).exec(gap)![0];
    if (/[0-9]/.test(gap.slice(numbers.length))) return undefined;
    const bare = (numbers.match(/[0-9][0-9,]*(?:\.[0-9]+)?/g) ?? []).length;
    return { word: cue, gapStart: end + numbers.length, gapEnd: end + at, bare };
  }
  return undefined;
}

/** The last `subject_list` word in [from, to) that is not its first word, and the name after it; undefined if none. */
function lastJoint(context: RefineContext, from: number, to: number): { at: number; name: string; nameStart: number; nameEnd: number } | undefined {
  const { view, boundaries } = context;
  if (to - from < 3) return undefined;
  const words = boundaries.words(from, to);
  // A joint that is a word of its own (… อุปกรณ์และส่วนประกอบ และเครื่องปรับอากาศและส่วนประกอบ) joins
  // the names; one glued inside a name (ปรับอากาศและส่วนประกอบ) does so only when no such one stands.
  const spaced = (k: number): boolean => isWhitespace(view.charCodeAt(words[k]![0] - 1));
  let joint = -1;
  for (let k = words.length - 1; k > 0 && joint < 0; k--) if (isJoin(context, words[k]!) && spaced(k)) joint = k;
  for (let k = words.length - 1; k > 0 && joint < 0; k--) if (isJoin(context, words[k]!)) joint = k;
  if (joint < 0) return undefined;
  const glued = spaced(joint);
  // The last name: the words after the joint up to a space or a verb of change.
  const after = words.slice(joint + 1);
  let lastEnd = -1;
  // Where the name ends before a linking word it ends with (ส่วนประกอบที่ …: the clause cut off).
  let beforeLink = -1;
  for (const [k, [a, b]] of after.entries()) {
    if (k > 0 && isWhitespace(view.charCodeAt(a - 1))) break;
    const word = view.slice(a, b);
    // Of and that go on a name (เงินทุนของโรงงานที่เริ่มประกอบกิจการ): its owner, its relative clause.
    const linking = (context.rules.context.subjectShareOf?.entries.has(word) ?? false) || (context.rules.context.subjectRelative?.entries.has(word) ?? false);
    // After a joint of its own, a joint glued inside the name goes on with it (เครื่องปรับอากาศและส่วนประกอบ).
    const inName = glued && k > 0 && isJoin(context, [a, b]) && !isWhitespace(view.charCodeAt(a - 1));
    if (isVerb(context, word) || (k > 0 && !linking && !inName && isTrimmed(word, context.rules.context))) break;
    beforeLink = linking ? (beforeLink >= 0 ? beforeLink : lastEnd) : -1;
    lastEnd = b;
  }
  if (beforeLink >= 0) lastEnd = beforeLink;
  if (lastEnd < 0) return undefined;
  const bracket = /^ ?\([^()\n0-9]{0,12}[0-9]{0,3}\)/.exec(view.slice(lastEnd, to));
  if (bracket) lastEnd += bracket[0].length;
  const nameStart = after[0]![0];
  return { at: words[joint]![0], name: view.slice(nameStart, lastEnd).trim(), nameStart, nameEnd: lastEnd };
}

/**
 * Two names joined by the last `subject_list` word in [from, to): the phrase before it, cut as a
 * figure's subject is (ขณะที่ญี่ปุ่น → ญี่ปุ่น), and the words after it up to a space, a verb of change
 * or a trimmed word, a bracket after them kept (สหภาพยุโรป (15)). Undefined when either is no name:
 * a digit in it, a verb, too long.
 */
function namePair(context: RefineContext, input: SubjectInput, from: number, to: number): string[] | undefined {
  const joint = lastJoint(context, from, to);
  if (!joint) return undefined;
  // The first name: the phrase before the joint, cut as a figure's subject is (ขณะที่ญี่ปุ่น → ญี่ปุ่น;
  // ภาษีมูลค่าเพิ่ม ณ ราคาคงที่ (ข้อมูลเบื้องต้น): its gloss stepped over).
  const firstName = subjectBefore(input, joint.at, from, { kind: "percent" });
  if (firstName === undefined || !plausibleName(context, firstName, undefined) || !plausibleName(context, joint.name, joint.nameStart)) return undefined;
  return [firstName, joint.name];
}

/**
 * Two names joined right before a pair of figures, in [from, to), with only cue words and verbs after
 * the second (… และจำนวนรถจักรยานยนต์จดทะเบียนใหม่ ชะลอตัวลง): as namePair, the joint a word of its own.
 */
function adjacentPair(context: RefineContext, input: SubjectInput, from: number, to: number): string[] | undefined {
  return lastNameRightBefore(context, from, to) === undefined ? undefined : namePair(context, input, from, to);
}

/**
 * The last joint of the names in [from, to) when its `subject_list` word is a word of its own (จีน
 * และสหรัฐฯ, not การขายส่งและขายปลีก: a name's own) and no other name follows the last one: only cue
 * words and verbs up to `to`, the figures (ที่ขยายตัวที่, โดยขยายตัว); else undefined.
 */
function lastNameRightBefore(context: RefineContext, from: number, to: number): ReturnType<typeof lastJoint> {
  const { view, boundaries } = context;
  const joint = lastJoint(context, from, to);
  if (!joint || !isWhitespace(view.charCodeAt(joint.at - 1))) return undefined;
  const rest = boundaries.words(joint.nameEnd, to).filter(([a, b]) => /\S/.test(view.slice(a, b)));
  return rest.every(([a, b]) => isTrimmed(view.slice(a, b), context.rules.context) || isVerb(context, view.slice(a, b))) ? joint : undefined;
}

/**
 * Three names or more after a word that opens a list or a clause (`list_intro`, `change_list`,
 * `clause_start`: … ได้แก่ อินเดีย อาเซียน-5 จีน และสหรัฐฯ ที่ขยายตัวที่ร้อยละ 76.1 25.7 23.3 และ 20.2 ต่อปี
 * ตามลำดับ): the names between it and the last joint, one per space (joinGlosses), and the one after
 * the joint. Only when they are `count`, as
 * many as the figures, each a plausible name: a name holding a space (ทวีปออสเตรเลีย ตลาด CLMV และ
 * สหราชอาณาจักร … 18.8 10.6 และ 3.7) makes one too many, and such a list is left alone.
 */
function nameRun(context: RefineContext, from: number, to: number, count: number): string[] | undefined {
  const { view, boundaries } = context;
  const joint = lastNameRightBefore(context, from, to);
  if (!joint) return undefined;
  const { listIntro, changeList, clauseStart } = context.rules.context;
  const cued = Math.max(...[listIntro, changeList, clauseStart].map((lexicon) => lastCueEnd(view, from, joint.at, lexicon, boundaries)));
  // With no word opening the list, the run starts its clause (ตลาดสหรัฐฯ จีน และญี่ปุ่น ขยายตัว 12.5% 8.1% และ
  // 3.2% ตามลำดับ): its first name may hold the noun the others share.
  const open = cued >= 0 ? cued : from;
  const names = [...joinGlosses(context, view.slice(open, joint.at).split(/\s+/).filter((n) => n !== "")), joint.name];
  if (names.length !== count) return undefined;
  let at = open;
  for (const name of names) {
    const start = view.indexOf(name, at);
    if (!plausibleName(context, name, start)) return undefined;
    at = start + name.length;
  }
  return names;
}

/**
 * The names of a run parted by spaces, with what a space parts inside a name joined back: a gloss in
 * brackets or a group's number (อาเซียน 9) to the name before it, and a `subject_address` word valued `place` (ณ) to the names
 * around it (ภาษีมูลค่าเพิ่ม ณ ราคาคงที่ (ข้อมูลเบื้องต้น) is one name).
 */
function joinGlosses(context: RefineContext, chunks: readonly string[]): string[] {
  const address = context.rules.context.subjectAddress;
  const names: string[] = [];
  let glue = false;
  for (const chunk of chunks) {
    const place = address?.entries.get(chunk)?.canonical === PLACE;
    // A group's number goes with the name before it (อาเซียน 9).
    if (names.length > 0 && (glue || place || chunk.startsWith("(") || /^[0-9]{1,2}$/.test(chunk))) names[names.length - 1] += ` ${chunk}`;
    else names.push(chunk);
    glue = place;
  }
  return names;
}

/** Whether a word span is a `subject_list` joining word. */
function isJoin(context: RefineContext, [a, b]: Span): boolean {
  return context.rules.context.subjectList!.entries.has(context.view.slice(a, b));
}

/** Whether a word is a verb of change or a subject verb: where a name glued before it ends. */
function isVerb(context: RefineContext, word: string): boolean {
  const c = context.rules.context;
  return (c.changeBefore?.entries.has(word) ?? false) || (c.subjectVerbs?.entries.has(word) ?? false);
}

/**
 * A name: letters, no digit outside a bracket, not too long, not a word a subject is trimmed of,
 * not a clause's start, not starting with a verb (where it stands in the text at `at`, when known).
 */
function plausibleName(context: RefineContext, name: string, at: number | undefined): boolean {
  const c = context.rules.context;
  // A gloss in brackets is no part of its length (ภาษีมูลค่าเพิ่ม ณ ราคาคงที่ (ข้อมูลเบื้องต้น)).
  if (name.replace(/ ?\([^()]*\)/g, "").length > NAME_CHARS || !/[\u0e01-\u0e4eA-Za-z]/.test(name)) return false;
  // A group's number after a dash or a space is part of its name (อาเซียน-5, อาเซียน 9).
  if (/[0-9]/.test(name.replace(/\([^()]*\)/g, "").replace(/[- ][0-9]+$/, ""))) return false;
  if (isTrimmed(name, c) || entryStarting(name, c.clauseStart) !== undefined) return false;
  if (at === undefined) return true;
  const words = context.boundaries.words(at, at + name.length).map(([a, b]) => context.view.slice(a, b));
  // Nor a comparison (เมื่อเทียบ: ขยายตัวเมื่อเทียบกับช่วงเดียวกันของปีก่อนและเมื่อเทียบเดือนก่อนหน้า … ที่ร้อยละ
  // 290.9 และ 10.3 ตามลำดับ pairs the figures with two bases, of one subject): its first word past
  // trimmed ones a `year_base` word.
  const kept = words.find((w) => /\S/.test(w) && !isTrimmed(w, c));
  if (kept !== undefined && (c.yearBase?.entries.has(kept) ?? false)) return false;
  return words[0] === undefined || !isVerb(context, words[0]);
}
