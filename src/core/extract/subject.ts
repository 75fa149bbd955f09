/**
 * The subject of a figure: what is measured or counted, as a short phrase copied from the text
 * near it (`มีพื้นที่ก่อสร้างประมาณ 19,000 ตารางเมตร` → `พื้นที่ก่อสร้าง`).
 *
 * Thai separates phrases with spaces, so the subject is the nearest space-separated chunk
 * before the figure, with cue and function words (the `subject_trim` lexicon: มี, จำนวน …,
 * and the qualifier cues: ประมาณ, สูงสุดถึง …) trimmed from both ends, word by word, measure
 * words (`subject_trim_end`: มูลค่า) from its end, and cut before a `subject_cut` word (ของ,
 * ที่ …: what follows modifies the head noun). A chunk that trims to nothing is skipped for
 * the one before it; a chunk holding another figure ends the search. When nothing is left
 * before the figure, a counted noun glued after the classifier is the subject
 * (`ใน 5 ประเภทเทคโนโลยี` → `ประเภทเทคโนโลยี`), or else what it is a share of
 * (`คิดเป็นร้อยละ 21.68 ของเนื้อที่ทั้งจังหวัด` → `เนื้อที่ทั้งจังหวัด`). A rate's unit, a classifier and a
 * `subject_per` marker at the end of the nearest chunk (`ไร่ละ`), is dropped first: it says
 * what the figure is per, not what it measures; so are time references (`ประจำปี 2563`,
 * `ไตรมาสที่ 3/45`), which date the figure, and an address between a name and its figure. The
 * subject is in the figure's own clause (after the last `clause_start` word). Which words are
 * trimmed is subject-words.ts; what is cut from the chunks, subject-chunks.ts; a subject written
 * after its figure, subject-after.ts.
 */
import type { ContextSettings } from "../rules/compile.js";
import type { Kind } from "../types.js";
import { isDigit, isWhitespace } from "../text/chars.js";
import type { MatchView } from "../text/match-view.js";
import { MINUS } from "../refine/sign.js";
import { alternativesSource } from "../text/regex.js";
import { entryEndingAt, lastCueEnd } from "./cues.js";
import {
  BRACKET_REACH, CLOSE_BRACKET, OPEN_BRACKET, dropAddresses, dropLocatives, dropEraYear, dropExamples, dropExclusions, dropTimeReferences, isHardStop, isNumeral, openingBracket,
  thaiChunksEnd, type Span,
} from "./subject-chunks.js";
import { HAS_WORD, LEVEL, MODAL, TOPIC, agentRole, countsKind, headStart, isAgentBody, isRiseOrFall, isTrimmed, measureWordOf, onlyNumberWords, onlyPrefix, personStart, rateUnitStart, trimWords } from "./subject-words.js";
import { isThaiLetter, type WordBoundaries } from "./word-boundaries.js";
import { datelineOf } from "./document.js";
import { lexiconWords } from "../rules/lexicon-words.js";

const MAX_CHUNKS = 4;
/** The longest chunk that may be of cue and time words alone (รวมทั้งสิ้น, ขยายตัวจากช่วงเดียวกันปีก่อนที่), in characters. */
const CUE_CHUNK_CHARS = 40;
/** The most words a list's item before its last one has (ยางพารา, แก๊สโซฮอล์ GSH95). */
const LIST_ITEM_WORDS = 4;
/** Quotation marks: curly closing and opening, and straight. */
export const CLOSE_QUOTE = 0x201d;
export const OPEN_QUOTE = 0x201c;
export const STRAIGHT_QUOTE = 0x22;
const NEWLINE = 0x0a;
const COLON = 0x3a;
const ABBREVIATION = /\([ \t]{0,2}[A-Z][A-Za-z0-9.&-]{0,11}[ \t]{0,2}$/;

/** Where a bracketed Latin abbreviation closing at `close` (`(GDP)`, `( MPI)`) opens; undefined if none does. */
function abbreviationStart(view: string, close: number): number | undefined {
  const m = ABBREVIATION.exec(view.slice(Math.max(0, close - 16), close));
  return m ? close - m[0].length : undefined;
}
const DECIMAL_NUMBER = /^[0-9]{1,3}(?:,[0-9]{3})*\.[0-9]+$|^[0-9]{1,3}(?:,[0-9]{3})+$|^[0-9]{1,2}:[0-9]{2}$/;
const MAI_YAMOK = 0x0e46;

export { isRiseOrFall, onlyTrimmedWords, rateUnitStart } from "./subject-words.js";
export { kindAfter, relativeAfter, shareOfAfter, subjectAfter } from "./subject-after.js";

export interface SubjectInput {
  /** The document: its original text is cut between view offsets (`source.original`). */
  source: MatchView;
  view: string;
  boundaries: WordBoundaries;
  context: ContextSettings;
  /** Whether line ends are a wrapped text's, inside sentences: a subject may then reach across one. */
  softLineBreaks: boolean;
  /** The document's time references (year mentions, periods), in order. */
  timeReferences: ReadonlyArray<{ start: number; end: number }>;
}

/** The figure a subject is looked for: its kind, and for a count what it counts (its classifier as written). */
export interface Figure {
  kind: Kind;
  counted?: string | undefined;
  /** A count of people (a `subject_people` classifier): its subject starts at its phrase's first noun of people. */
  people?: boolean;
}

/**
 * The phrase before `offset`, not reaching back past `floor`, for `figure`; `after`
 * (see subjectAfter) is taken instead when only cue words stand right before the figure.
 */
export function subjectBefore(input: SubjectInput, offset: number, floor: number, figure: Figure, after?: () => string | undefined): string | undefined {
  const phrase = nameBefore(input, offset, floor, figure, after);
  return phrase === undefined ? undefined : ofPhase(input, phrase, offset, floor, figure);
}

/** The name before `offset` (see subjectBefore), a phase alone left as it is. */
function nameBefore(input: SubjectInput, offset: number, floor: number, figure: Figure, after?: () => string | undefined): string | undefined {
  // With nothing named outside an exclusion, what it leaves out is all there is (ไม่รวมถึงสินค้าและบริการ 10 ประการ).
  let found = phraseBefore(input, offset, floor, figure, after);
  if (found.phrase === undefined && found.excluded) found = phraseBefore(input, offset, floor, figure, after, false);
  // A measure word alone (มีมูลค่ากว่า 2,298 ล้านดอลลาร์) after a gloss in brackets: the name before
  // the gloss is what is measured (การส่งออกอัญมณีและเครื่องประดับ (ไม่รวมทองคำ) เดือน ก.พ.2568 มีมูลค่า …).
  if (found.measureOnly && found.stop !== undefined && input.view.charCodeAt(found.stop) === CLOSE_BRACKET) {
    const open = openingBracket(input.view, found.stop, Math.max(floor, found.stop - BRACKET_REACH));
    const name = open === undefined ? undefined : phraseBefore(input, open, floor, figure);
    if (name?.phrase !== undefined && !name.measureOnly) return tidy(name.phrase);
  }
  if (found.phrase !== undefined) return tidy(found.phrase);
  if (found.stop === undefined) return undefined;
  // A label before a colon names what follows it when nothing else does (ด้านการผลิต : ขยายตัวร้อยละ 4.4).
  if (input.view.charCodeAt(found.stop) === COLON) {
    const label = phraseBefore(input, found.stop, floor, figure).phrase;
    return label === undefined ? undefined : tidy(label);
  }
  // A gloss in brackets between a name and its figure (จุดพักรถบรรทุก (Truck Rest Area) จำนวน 11 แห่ง,
  // ผู้ติดเชื้อระลอกใหม่ (วันที่ 15 ธันวาคม 2563–29 มกราคม 2564) 12,786 ราย): the name is before it.
  if (input.view.charCodeAt(found.stop) === CLOSE_BRACKET) {
    const open = openingBracket(input.view, found.stop, Math.max(floor, found.stop - BRACKET_REACH));
    const name = open === undefined ? undefined : phraseBefore(input, open, floor, figure).phrase;
    return name === undefined ? undefined : tidy(name);
  }
  // A figure in brackets after a name, a change cue before it (ข้าวโพดเลี้ยงสัตว์ (เพิ่มขึ้นร้อยละ 22.7)):
  // the name is before the bracket.
  if (input.view.charCodeAt(found.stop) === OPEN_BRACKET) {
    const name = phraseBefore(input, found.stop, floor, figure).phrase;
    return name === undefined ? undefined : tidy(name);
  }
  // A name in quotes right before the figure (ส่งมอบให้ “กลุ่มเปราะบาง” กว่า 6,800 ราย) is its subject;
  // in straight quotes too, as web text writes them (ดัน"ยุทธศาสตร์ข้าวไทย" ได้แล้ว 6 ใน 12 พันธุ์), the
  // quoted name tight between them: a straight quote says not whether it opens or closes.
  const quote = input.view.charCodeAt(found.stop);
  if (quote === CLOSE_QUOTE || (quote === STRAIGHT_QUOTE && !opensQuote(input.view, found.stop))) {
    const open = quote === CLOSE_QUOTE ? input.view.lastIndexOf("“", found.stop) : input.view.lastIndexOf('"', found.stop - 1);
    const quoted = open < Math.max(floor, found.stop - QUOTE_REACH) ? "" : input.view.slice(open + 1, found.stop);
    if (/^[^\n“”"]*[\u0e01-\u0e4eA-Za-z][^\n“”"]*$/.test(quoted) && (quote === CLOSE_QUOTE || /^\S(?:.*\S)?$/.test(quoted))) {
      return tidy(input.source.original(open + 1, found.stop).trim());
    }
    // A closing curly quote with no opening one on its line (ขึ้นเครื่องบินตรง”สู่ตลาดจีน” กว่า 200 เที่ยวบิน,
    // a headline's stray mark): no quote, the phrase before it names the figure.
    if (quote === CLOSE_QUOTE && strayClose(input.view, found.stop)) {
      const name = phraseBefore(input, found.stop, floor, figure).phrase;
      return name === undefined ? undefined : tidy(name);
    }
  }
  // A label alone on the line before a figure that opens its line (ปริมาณจราจร⏎165,131 คัน/วัน, a
  // form's field): a short line with no number of its own names it. Not one of a column of such lines
  // (a table's header, its cells listed after it), nor a line right after a dateline (page furniture).
  if (input.view.charCodeAt(found.stop) === NEWLINE && /^[\s\-•*]*$/.test(input.view.slice(found.stop + 1, offset))) {
    const view = input.view;
    const lineStart = view.lastIndexOf("\n", found.stop - 1) + 1;
    const isLabel = (from: number, to: number): boolean => {
      const line = view.slice(from, to);
      return line.trim().length <= input.context.labelLine && HAS_WORD.test(line) && !/[0-9๐-๙]/.test(line);
    };
    const before = lineStart > 0 ? view.lastIndexOf("\n", lineStart - 2) + 1 : -1;
    const lineBefore = before >= 0 ? view.slice(before, lineStart - 1).trim() : "";
    if (lineStart >= floor && isLabel(lineStart, found.stop) && !(before >= 0 && isLabel(before, lineStart - 1))
      && datelineOf(lineBefore, input.context.calendar) === undefined) {
      const name = phraseBefore(input, found.stop, lineStart, figure);
      if (name.phrase !== undefined && !name.measureOnly) return tidy(name.phrase);
    }
  }
  return undefined;
}

/**
 * A phase alone (ระยะที่ 1, งวดที่ 1 - 9, ครั้งแรก, เฟส 2: a `subject_phase` word, then its number or a
 * `subject_time_ordinal` word; not a bare ระยะ, a distance, nor ครั้ง of ครั้งนี้) is which part of
 * something named before it the figure is of: that name with the phase (โครงการประกันรายได้เกษตรกร
 * ชาวสวนยาง ระยะที่ 1); with none, the phase.
 */
function ofPhase(input: SubjectInput, phrase: string, offset: number, floor: number, figure: Figure): string {
  const word = phaseWordOf(input.context, phrase);
  if (word === undefined) return phrase;
  const at = input.view.lastIndexOf(word, offset - 1);
  if (at <= floor) return phrase;
  const name = subjectBefore(input, at, floor, figure);
  return name === undefined || phaseWordOf(input.context, name) !== undefined ? phrase : `${name} ${phrase}`;
}

/** The `subject_phase` word a phrase that is a phase alone starts with; undefined for any other phrase. */
function phaseWordOf(context: ContextSettings, phrase: string): string | undefined {
  let pattern = PHASE.get(context);
  if (pattern === undefined) {
    const phases = [...(context.subjectPhase?.entries.keys() ?? [])];
    const ordinals = [...(context.subjectTimeOrdinal?.entries.keys() ?? [])];
    const ordinal = ordinals.length === 0 ? "" : `|${alternativesSource(ordinals)}`;
    // A phase's number may follow a `subject_relative` word (ระยะที่ 2).
    const relatives = [...(context.subjectRelative?.entries.keys() ?? [])];
    const relative = relatives.length === 0 ? "" : `(?:${alternativesSource(relatives)})?`;
    pattern = phases.length === 0 ? null
      : new RegExp(`^(${alternativesSource(phases)})(?:${relative}\\s*[0-9๐-๙]+(?:\\s*[-–]\\s*[0-9๐-๙]+)?${ordinal})$`);
    PHASE.set(context, pattern);
  }
  return pattern?.exec(phrase)?.[1];
}

/** A phase alone, as a pattern, built once per rule set (null: no `subject_phase` words). */
const PHASE = new WeakMap<ContextSettings, RegExp | null>();

/** Whether the straight quote at `at` opens a quotation: an even number of them before it on its line. */
export function opensQuote(view: string, at: number): boolean {
  let count = 0;
  for (let i = at - 1; i >= 0 && view.charCodeAt(i) !== NEWLINE; i--) if (view.charCodeAt(i) === STRAIGHT_QUOTE) count++;
  return count % 2 === 0;
}

/** How far back the quote a name opens with is looked for, in characters. */
const QUOTE_REACH = 60;

/** Whether the closing curly quote at `at` opens nothing: the nearest curly quote before it on its line is none or another closing one. */
function strayClose(view: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const code = view.charCodeAt(i);
    if (code === NEWLINE || code === CLOSE_QUOTE) return true;
    if (code === OPEN_QUOTE) return false;
  }
  return true;
}

/**
 * A subject as one line, without a dash or slash at its ends (-ข่าวทำเนียบรัฐบาล-ครม. … of a title's
 * prefix), dots at its start (..ไทยน่าเที่ยว, .พาณิชย์ of a cut abbreviation) or a list item's number
 * before it: a wrapped text's line end inside a Thai word goes, any other becomes a space.
 */
function tidy(phrase: string): string {
  const line = phrase.includes("\n") ? phrase.replace(/(?<=[\u0e01-\u0e4e])\n(?=[\u0e01-\u0e4e])/g, "").replace(/\s*\n\s*/g, " ") : phrase;
  return line.replace(/^[-–—/.…\s]+|[-–—/\s]+$/g, "").replace(ENUMERATOR, "") || line;
}

/** A list item's number glued to it (3.น้ำมันพืช, (2)ติดตามพนักงาน): no part of what it names. */
const ENUMERATOR = /^\(?[0-9๐-๙]{1,2}[.)]\)?\s*(?=[\u0e01-\u0e4e])/;

/**
 * Where the phrase before `offset` starts: after the nearest hard stop (a soft line break
 * aside), not before `limit`; an abbreviation in brackets is stepped over.
 */
function phraseStart(input: SubjectInput, offset: number, limit: number): number {
  const { view } = input;
  let from = offset;
  while (from > limit) {
    // An abbreviation in brackets names what stands before it: ผลิตภัณฑ์มวลรวมในประเทศ (GDP).
    if (view.charCodeAt(from - 1) === CLOSE_BRACKET) {
      const open = abbreviationStart(view, from - 1);
      if (open !== undefined) {
        from = open;
        continue;
      }
    }
    const code = view.charCodeAt(from - 1);
    // A colon between digits is a time of day's (เวลา 10:25 น.), not a label's.
    const clock = code === COLON && isDigit(view.charCodeAt(from - 2)) && isDigit(view.charCodeAt(from));
    if (isHardStop(code) && !clock && !(code === NEWLINE && (input.softLineBreaks || continuesList(input, from)))) break;
    from--;
  }
  return from;
}

/**
 * Whether the line starting at `at` goes on with a list the line before left open: it opens with
 * its last item, a `subject_list` word glued to a word (ยางพารา ผลิตภัณฑ์มันสำปะหลัง⏎และข้าว…).
 */
function continuesList(input: SubjectInput, at: number): boolean {
  const { view, context } = input;
  return lexiconWords(context.subjectList).some((word) => view.startsWith(word, at) && isThaiLetter(view.charCodeAt(at + word.length)));
}

/** The chunks of [from, offset) separated by spaces, nearest first, at most MAX_CHUNKS + 7. */
function chunksBetween(input: SubjectInput, from: number, offset: number): Span[] {
  const { view } = input;
  const chunks: Span[] = [];
  let end = offset;
  for (let i = offset - 1; i >= from - 1 && chunks.length <= MAX_CHUNKS + 6; i--) {
    // ๆ repeats the word before it, spaces or not (ประเทศอื่น ๆ): it never starts a chunk.
    if (i < from || (isWhitespace(view.charCodeAt(i)) && view.charCodeAt(i + 1) !== MAI_YAMOK && !isWrappedWord(input, i) && !inDashJoint(view, i, from))) {
      if (i + 1 < end) chunks.push([i + 1, end]);
      end = i;
    }
  }
  return chunks;
}

/**
 * Whether the space at `i` stands beside a dash set between two Thai words (แม่โค - กระบือ, ไทย – ลาว):
 * one name, one chunk. Both words at or after `from`, where the phrase starts (not a figure's unit
 * before it: 1.5 แสนล้านบาท – ใช้เวลา…).
 */
function inDashJoint(view: string, i: number, from: number): boolean {
  // Spaces of one line only: a dash after a line's end is a list item's mark. (The match view makes
  // every dash `-`, MINUS.)
  const thai = (at: number): boolean => at >= from && at < view.length && THAI_LETTER.test(view.charAt(at));
  const space = (at: number): boolean => view.charCodeAt(at) === 0x20 || view.charCodeAt(at) === 0x09;
  if (!space(i)) return false;
  if (view.charCodeAt(i - 1) === MINUS) return space(i - 2) && thai(i - 3) && thai(i + 1);
  if (view.charCodeAt(i + 1) === MINUS) return space(i + 2) && thai(i - 1) && thai(i + 3);
  return false;
}

/** A Thai letter or mark, digits left out; ฯ too (กรุงเทพฯ – ปริมณฑล), which isThaiLetter leaves out. */
const THAI_LETTER = /[\u0e01-\u0e4e]/;

/**
 * The words of the nearest chunk with a rate's unit ending it (ไร่ละ) dropped; undefined when
 * that was all of it, and the chunk goes.
 */
function withoutRateUnit(input: SubjectInput, nearest: Span, per?: Span): Span[] | undefined {
  const { view, boundaries, context } = input;
  let words = boundaries.words(nearest[0], nearest[1]);
  // The marker alone in the chunk after it (กก. ละ 57 บาท): read as ending this one.
  if (per !== undefined) words = [...words, per];
  // Cue words after a rate's unit go first (ครัวเรือนละไม่เกิน 14 ตัน: per household, at most).
  let end = words.length;
  const isPer = (w: Span): boolean => context.subjectPer?.entries.has(view.slice(w[0], w[1])) ?? false;
  while (end > 0 && !isPer(words[end - 1]!) && isTrimmed(view.slice(words[end - 1]![0], words[end - 1]![1]), context)) end--;
  if (end < words.length && rateUnitStart(words.slice(0, end), view, context) !== undefined) words = words.slice(0, end);
  const unit = rateUnitStart(words, view, context);
  if (unit === undefined) return words;
  return unit > 0 ? words.slice(0, unit) : undefined;
}

/**
 * Where a list ending in chunk `index` starts: the items before it, each a phrase of a few
 * words with no figure, back to the clause's start at `clauseAt` (ส่วนเบนซิน ULG95 แก๊สโซฮอล์
 * GSH95 และพรีเมี่ยม GSH95 → from เบนซิน); undefined unless two items or more stand before it: one
 * phrase and another after และ are as often two clauses (ตามลำดับ และการใช้จ่าย…, … วัน และวางแผนที่จะ…).
 */
function listItemsStart(input: SubjectInput, chunks: readonly Span[], index: number, clauseAt: number): number | undefined {
  const { view, boundaries, context } = input;
  let start: number | undefined;
  let items = 0;
  for (let k = index + 1; k < chunks.length; k++) {
    const [from, to] = chunks[k]!;
    if (clauseAt > from || /[0-9]/.test(view.slice(from, to)) && /[\u0e01-\u0e4e]/.test(view.slice(from, to))) break;
    if (!/[\u0e01-\u0e4e]/.test(view.slice(from, to))) continue; // a model's name (ULG95) goes with its item
    const words = boundaries.words(from, to);
    const [lo, hi] = trimWords(words, view, context);
    if (hi <= lo || hi - lo > LIST_ITEM_WORDS || words.slice(lo, hi).some((w) => isListWord(input, w))) break;
    start = words[lo]![0];
    items++;
  }
  return items >= 2 ? start : undefined;
}

/** Whether a word is a `subject_list` word (และ, หรือ): the last item of a list follows it. */
function isListWord(input: SubjectInput, w: Span): boolean {
  return input.context.subjectList?.entries.has(input.view.slice(w[0], w[1])) ?? false;
}

/** An acronym of capitals (GDP, CPI, SET), a plural s at most after them (SMEs). */
const ACRONYM = /^[A-Z]{2,6}s?$/;

/** A run of spaces or tabs, nothing else. */
const SPACES_ONLY = /^[ \t\u00a0]+$/;

/** Whether a chunk ends with a Latin letter. */
function endsLatin(view: string, chunk: Span | undefined): boolean {
  return chunk !== undefined && /[A-Za-z]$/.test(view.slice(chunk[0], chunk[1]));
}

/**
 * Whether a chunk's words end with what a name of letters or digits after it is measured by: a verb of
 * speaking (สภาพัฒน์เผย GDP ไตรมาส 2/2568 ขยายตัว 2.8%: before the verb is who speaks; the name alone is
 * what is measured), มี (สินเชื่อเช่าซื้อรถยนต์มี NPL อยู่ที่ 2.4%), as inside a chunk (subject_head_after) —
 * not after ที่มี, ผู้มี (a `subject_head_keep` word before it: กิจการที่มี ICR…, firms that have) — or another
 * head word of no condition (สำนักงานเศรษฐกิจอุตสาหกรรมคาดว่า MPI ทั้งปี 2568 จะขยายตัว 0.0-1.0%, SCB EIC
 * หั่นเป้า GDP ปี 2568 เหลือ 2.4%).
 */
function introducesName(words: readonly Span[], view: string, context: ContextSettings, kind: Kind): boolean {
  const wordAt = (i: number): string => (words[i] === undefined ? "" : view.slice(words[i]![0], words[i]![1]));
  const ending = wordAt(words.length - 1);
  if (context.subjectVerbs?.entries.get(ending)?.canonical === SPEECH) return true;
  const head = context.subjectHeadAfter?.entries.get(ending);
  if (head === undefined) return false;
  if (head.canonical === TOPIC && !(context.subjectHeadKeep?.entries.has(wordAt(words.length - 2)) ?? false)) return true;
  return (!head.kinds || head.kinds.includes(kind)) && (head.canonical === head.surface || /^[0-9]+$/.test(head.canonical));
}

/** The most words of a body that acts with its name (กระทรวง|ฯ, กระทรวง|พาณิชย์). */
const AGENT_WORDS = 3;

/**
 * Whether words [lo, hi) are a body that acts (a `subject_agent` word first: กระทรวงฯ, กระทรวง|พาณิชย์)
 * and the word after them a `target_goal` or `target_cues` word (ตั้งเป้า, คาดการณ์).
 */
function setsOrForecasts(words: readonly Span[], lo: number, hi: number, view: string, context: ContextSettings): boolean {
  const word = (i: number): string => view.slice(words[i]![0], words[i]![1]);
  if (!(context.subjectAgent?.entries.has(word(lo)) ?? false)) return false;
  const after = word(hi);
  return (context.targetGoal?.entries.has(after) ?? false) || (context.targetCues?.entries.has(after) ?? false);
}

/** A `subject_action` value: a verb of receiving, whose body before it got what is measured. */
const RECEIVE = "receive";

/** A Thai abbreviation, as agencies are named (ครม., ธ.ก.ส., สศก.): letters and dots, ending with one. */
const THAI_ABBREVIATION = /^[\u0e01-\u0e2e][\u0e01-\u0e4e.]{0,7}\.$/;

/** Whether `word` names an agency: a `subject_agent` body (not a `modal` or `stop` word) or an abbreviation, not a place. */
export function isAgency(word: string, context: ContextSettings): boolean {
  if (context.subjectPlace?.entries.has(word) ?? false) return false;
  return agentRole(word, context) !== undefined ? isAgentBody(word, context) : THAI_ABBREVIATION.test(word);
}

/**
 * Whether `chunk` opens with a verb of acting on an object (`subject_action`: อนุมัติ, มอบ; not with ได้ after it,
 * an achievement) or of reporting and planning (`subject_verbs`: เผย, พบว่า, เดินหน้า), `modal` words (ยัง, ได้)
 * before it aside.
 */
function actOpening(input: SubjectInput, chunk: Span, kind: Kind): "act" | "report" | undefined {
  const { view, boundaries, context } = input;
  const words = boundaries.words(chunk[0], chunk[1]);
  for (const [i, [a, b]] of words.entries()) {
    const word = view.slice(a, b);
    if (agentRole(word, context) === MODAL) continue;
    // Not one it achieved (ธอส. ทำได้ 99.60 คะแนน: a `modal` word after the verb) or received (`receive`):
    // the body's own result.
    const next = words[i + 1];
    const action = context.subjectAction?.entries.get(word);
    if (action !== undefined) {
      const achieved = next !== undefined && agentRole(view.slice(next[0], next[1]), context) === MODAL;
      return (action.kinds && !action.kinds.includes(kind)) || action.canonical === RECEIVE || achieved ? undefined : "act";
    }
    if (context.subjectVerbs?.entries.has(word) ?? false) return "report";
    return undefined;
  }
  return undefined;
}

/** A `subject_quality` value: the word alone is the subject when no phrase before names the figure. */
const QUALITY_FALLBACK = "fallback";

/** The phrase before `offset` (see subjectBefore), and where the search stopped: the hard stop before it, if any. */
function phraseBefore(input: SubjectInput, offset: number, floor: number, figure: Figure, after?: () => string | undefined, exclusions = true): { phrase?: string | undefined; stop?: number; measureOnly?: true; excluded?: true } {
  const { source, view, boundaries, context } = input;
  const { kind, counted } = figure;
  // The window's start snapped to a word's (เพื่อรักษา… cut after its เพื would leave ่อรักษา…).
  let limit = Math.max(floor, offset - context.subjectWindow);
  while (limit < offset && !boundaries.isBoundary(limit)) limit++;
  const from = phraseStart(input, offset, limit);
  const stop = from > limit ? from - 1 : undefined;
  // Whether an exclusion was cut off the chunks (see dropExclusions).
  let excluded = false;
  const result = (phrase: string | undefined): { phrase?: string | undefined; stop?: number; excluded?: true } =>
    ({ phrase, ...(stop === undefined ? {} : { stop }), ...(excluded ? { excluded: true as const } : {}) });
  const chunks = chunksBetween(input, from, offset);
  // Nothing before the figure on its line (6 มาตรการหลักในการป้องกันเชื้อไวรัสโควิด-19 … opening a headline):
  // what is glued after it names it, as after cue words only.
  if (chunks.length === 0 && (stop === undefined || view.charCodeAt(stop) === NEWLINE)) {
    const glued = after?.();
    if (glued !== undefined) return result(glued);
  }
  dropTimeReferences(chunks, input.timeReferences, view);
  dropEraYear(chunks, view, context.calendar.eraYear);
  // A place or an owner that holds what a count counts (ณ จุดบริการทั้ง 57 จุด, ของจังหวัด 76 จังหวัด) is
  // its subject, and a length's owner (การติดเชื้อ ของหญิงไทยอายุ 29 ปี); otherwise the noun before them is.
  const holdsCounted = (phrase: string): boolean => counted !== undefined && phrase.includes(counted);
  const ownsFigure = (phrase: string): boolean => kind === "duration" || holdsCounted(phrase);
  // A count of places counts the place an address names (ณ จุดตรวจ จุดพักรถ และจุดจอด 221 แห่ง).
  const countsPlaces = counted !== undefined && (context.subjectPlaceCounter?.entries.has(counted) ?? false);
  dropAddresses(chunks, input, (phrase) => countsPlaces || holdsCounted(phrase));
  dropLocatives(chunks, input, holdsCounted);
  excluded = exclusions && dropExclusions(chunks, input, holdsCounted);
  // A list of examples the figure totals (see dropExamples), undone as an exclusion is when nothing names the figure.
  if (exclusions && dropExamples(chunks, input, holdsCounted)) excluded = true;
  // A rate's unit ending the nearest chunk (ไร่ละ) goes, and the chunk with it if that was all.
  let nearestWords: Span[] | undefined;
  if (chunks[0]) {
    // A `subject_per` marker alone, after a space (ราคายาง… กก. ละ 57 บาท): the rate's unit ends the chunk before.
    const per = chunks.length > 1 && (context.subjectPer?.entries.has(view.slice(chunks[0][0], chunks[0][1])) ?? false) ? chunks.shift() : undefined;
    nearestWords = withoutRateUnit(input, chunks[0]!, per);
    if (nearestWords === undefined) chunks.shift();
  }
  // Up to MAX_CHUNKS phrases of Thai: a model's name of Latin words and digits (Plus Phase 2) counts
  // for none, so that the Thai name it belongs to (ชุดพิมานมาศ) is reached.
  // Cue and time words are short: a long chunk is not segmented to know it names something.
  chunks.length = Math.min(chunks.length, thaiChunksEnd(view, chunks, MAX_CHUNKS,
    ([a, b]) => b - a <= CUE_CHUNK_CHARS && boundaries.words(a, b).every(([x, y]) => isTrimmed(view.slice(x, y), context))));
  // A chunk of Latin letters and digits (a model name: GSH95, E20, 95) joins the chunk before it.
  let nameEnd: number | undefined;
  // The nearest chunk that is nothing but a measure word (มูลค่า): the subject if none is found.
  let measureOnly: string | undefined;
  // Whether nameEnd is a modifier's (สะสม), waiting for its noun, rather than a Latin name's.
  let modifierOnly = false;
  // A verb that belongs to the noun before it, alone (ส่งออก): the subject if no noun stands before it.
  let verbAlone: string | undefined;
  // Whether nameEnd is an owner's, after a chunk ending in ของ (see endsWithLink).
  let ownerEnd = false;
  // Where the figure's clause starts (… เป็นผลมาจากผลผลิตภาคเกษตรที่เพิ่มขึ้น): the subject is in it.
  const clauseAt = chunks.length > 0 ? lastCueEnd(view, chunks[chunks.length - 1]![0], offset, context.clauseStart, boundaries) : -1;
  let clauseEmpty = false;
  const phraseStop = stop;
  // A percentage's whole written after it, passed over for the phrase before a level word (see below).
  let wholeAfter: string | undefined;
  // The owner after a chunk-first `subject_share_of` word (GDP | ของไทย ขยายตัว 2.8%): the subject if
  // nothing before it in the clause names what it owns, or if it owns the figure (ownsFigure).
  let owner: string | undefined;
  for (const [index, [start, stop]] of chunks.entries()) {
    // The chunk is before the clause: nothing in the clause named what is measured.
    if (clauseAt > stop) {
      clauseEmpty = true;
      break;
    }
    let words = index === 0 && nearestWords ? nearestWords : boundaries.words(start, stop);
    // A number in words after a numeral (3.8 | แสนล้าน) is another figure: the phrase ends here,
    // and no name before it is looked for (no stop is reported).
    // A measure word nearer the figure still names it (ดัชนีร่วง 10.82% after 2.8 แสนล้าน).
    if (onlyNumberWords(words, view) && isNumeral(view, chunks[index + 1])) return measureOnly === undefined ? { phrase: undefined } : { phrase: measureOnly, measureOnly: true };
    const clause = clauseAt > start ? clauseAt : -1;
    if (clause > start) words = words.filter((w) => w[0] >= clause);
    let [lo, hi] = trimWords(words, view, context, kind,
      figure.people || (counted !== undefined && (context.subjectPeople?.entries.has(counted) ?? false)) ? undefined : { counted });
    // A unit alone (ปี, บาท) or a number in words (หก เดือนแรก) is no subject: look further back.
    // Nor is a verb that takes what is measured as its object, alone (รองรับได้ 224 เตียง).
    // A subject_keep word alone names the figure (ลด 50%: a discount).
    const alone = hi - lo === 1 ? view.slice(words[lo]![0], words[lo]![1]) : "";
    if ((context.subjectAction?.entries.has(alone) ?? false) && !(context.subjectKeep?.entries.has(alone) ?? false)) hi = lo;
    // Nor is a predicate of the noun before it (นักท่องเที่ยว | มาเยือนประเทศไทยถึง 18 ล้านคน): that
    // noun is what is counted; trimmed words, and one other (เข้า|มาเยือน), may stand before the
    // predicate's verb.
    // A `first` one only as the chunk's first word (รถยนต์ไฟฟ้าแบตเตอรี่ (BEV) | จดทะเบียนใหม่ 5,732 คัน;
    // รถบรรทุกจดทะเบียนใหม่ names the trucks).
    if (hi > lo && index < chunks.length - 1 && words.slice(0, Math.min(hi, lo + PREDICATE_REACH)).some(([a, b], k) => {
      const entry = context.subjectPredicate?.entries.get(view.slice(a, b));
      return entry !== undefined && (entry.canonical !== PREDICATE_FIRST || k === 0);
    })) hi = lo;
    // Nor are units alone, slashes between (a rate's tail: 150 บาท/คน/วัน).
    const kept = words.slice(lo, hi).map(([a, b]) => view.slice(a, b)).filter((w) => HAS_WORD.test(w));
    if (kept.length > 0 && kept.every((w) => context.unitWords.has(w))) hi = lo;
    // Nor is a `subject_quality` word alone for the kinds its entry names (ทิศทางที่ดี, อยู่ที่ระดับแข็งแกร่ง before a
    // share: how good or big, the thing measured named before).
    const quality = (w: string): boolean => {
      const entry = context.subjectQuality?.entries.get(w);
      return entry !== undefined && (!entry.kinds || entry.kinds.includes(kind));
    };
    // An agency alone in its chunk (a body of `subject_agent`, or an abbreviation: ธ.ก.ส., สศก.), not a place,
    // right before a verb of acting or reporting (ธ.ก.ส. เดินหน้า 7 แผนงาน, ครม. อนุมัติ 3,191 ล้านบาท ให้…,
    // ภาวะเศรษฐกิจการเกษตรในไตรมาส 2 ปี 2564 สศก. พบว่า ขยายตัว ร้อยละ 1.2): who acts or reports, not what is
    // measured. What is reported is named before the reporter; what is acted on, after the verb (the
    // subject step's: a classifier, a purpose), never before it.
    // (Read on the kept words' text: the segmenter cuts an abbreviation in pieces, ค|รม|.)
    // Not when a measure word nearer the figure waits for its name (ครม. อนุมัติวงเงิน …: the body's budget).
    const act = hi > lo && index > 0 && nameEnd === undefined && isAgency(view.slice(words[lo]![0], words[hi - 1]![1]), context) ? actOpening(input, chunks[index - 1]!, kind) : undefined;
    if (act === "report") continue;
    // Acted on: only a count whose classifier names a kind is named by it instead (ธ.ก.ส. เดินหน้า 7 แผนงาน → แผนงาน);
    // an amount approved, by its purpose when one follows (the subject step's); else the body stays (สสว. สนับสนุน
    // ร้อยละ 80: its share).
    if (act === "act" && countsKind(counted, context)) return measureOnly === undefined ? { phrase: undefined } : { phrase: measureOnly, measureOnly: true };
    if (kept.length > 0 && kept.every(quality)) {
      // One valued `fallback` (บริการ) names the figure when nothing before does (ปิดบริการ 28 แห่ง, a list's item);
      // a count whose classifier names a kind is named by that instead (ให้บริการ 54 จุด: the subject step's).
      if (kept.length === 1 && !countsKind(counted, context) && context.subjectQuality?.entries.get(kept[0]!)?.canonical === QUALITY_FALLBACK) measureOnly ??= kept[0];
      hi = lo;
    }
    if (onlyNumberWords(words.slice(lo, hi), view) || onlyPrefix(words.slice(lo, hi), view, context)) hi = lo;
    // A chunk that is one word of time as a whole (พ.ศ., which the segmenter cuts in pieces).
    if (context.subjectTime?.entries.has(view.slice(start, stop)) ?? false) hi = lo;
    lo = headStart(words, lo, hi, view, context, kind);
    // Nor is who sets a goal or makes a forecast, its verb cut off right after its name (การส่งออกปี 2565
    // กระทรวงฯตั้งเป้าไว้ที่ 3-4%; เงินเฟ้อทั่วไป… 1.23 ใกล้เคียงกับที่กระทรวงพาณิชย์คาดการณ์ว่าจะขยายตัวในช่วง
    // ร้อยละ 0.8-1.2): the topic is named before it, or is the figure before's.
    if (hi > lo && hi - lo <= AGENT_WORDS && hi < words.length && setsOrForecasts(words, lo, hi, view, context)) hi = lo;
    // A count of people is of the first noun of people in its phrase (… สำรวจความคิดเห็นของประชาชน 46,600 คน).
    if (figure.people === true) lo = personStart(words, lo, hi, view, context);
    // A `subject_keep` rise or fall alone right before the figure (ส่วนฮ่องกง ลด 8.09%): what falls
    // is named before it, and itself is the subject only when nothing is. With a bound between
    // (ลดสูงสุดถึง 56%) it is a discount; คงเหลือ, no change, names what remains (สถานการณ์คลี่คลาย
    // แล้ว คงเหลือจำนวน 6 อำเภอ).
    // A level right after it (ลดเหลือเพียง 1.62%: fell to) makes it the fall too, as no bound does.
    const toLevel = hi < words.length && context.changeBefore?.entries.get(view.slice(words[hi]![0], words[hi]![1]))?.canonical === LEVEL;
    const keep = hi - lo === 1 && (hi === words.length || toLevel) && index === 0 ? view.slice(words[lo]![0], words[lo]![1]) : "";
    if ((context.subjectKeep?.entries.has(keep) ?? false) && isRiseOrFall(keep, context)) {
      measureOnly ??= keep;
      hi = lo;
    }
    if (hi <= lo && measureOnly === undefined) {
      const measure = measureWordOf(words, view, context);
      if (measure) measureOnly = source.original(measure[0], measure[1]);
    }
    // A number with decimals or thousands (MPI อยู่ที่ระดับ 91.88 เพิ่มขึ้น…) is another figure, one no
    // rule took: the phrase ends here, as it does at a figure that is one; after Latin letters it
    // is a name's (PM 2.5).
    // Right after it, only cue and time words so far (ดัชนีราคาผู้บริโภคอยู่ที่ 108.06 ในเดือนตุลาคม
    // เพิ่มขึ้น 5.98%): the number's phrase names this figure too, as a figure one rule took would.
    if (DECIMAL_NUMBER.test(view.slice(start, stop)) && !endsLatin(view, chunks[index + 1])) {
      // Not a time of day (เวลา 05.00 น.: a `subject_time` chunk after it): it says when, and the
      // phrase before it names no figure.
      // An abbreviation of time may start the chunk, glued to what follows (05.00 น.อีกจำนวน 261 คน).
      const nearer = chunks[index - 1] ? view.slice(chunks[index - 1]![0], chunks[index - 1]![1]) : "";
      const clock = (context.subjectTime?.entries.has(nearer) ?? false) || abbreviatedTimeWords(context).some((w) => nearer.startsWith(w));
      if (index > 0 && !clock && nameEnd === undefined && measureOnly === undefined && clauseAt <= start) continue;
      break;
    }
    if (hi > lo && !/[\u0e01-\u0e4e]/.test(view.slice(start, stop))) {
      // Punctuation alone (/, +, -) names nothing; nor do digits before a word of time (ต่ำสุดในรอบ
      // 25 ไตรมาส: a span no rule took), nor between a change, a qualifier or a level and a trimmed word
      // (เพิ่มขึ้น 5 | เท่า, สูงถึง 3 | เท่า, เป็น 1 | ใน: a multiple, a share no rule took; not an
      // ordinal's, after ที่: ระยะที่ 1).
      const next = chunks[index - 1];
      const digits = /^[0-9]+$/.test(view.slice(start, stop));
      const span = digits && next !== undefined && (context.subjectTime?.entries.has(view.slice(next[0], next[1])) ?? false);
      const multiple = digits && next !== undefined && (context.subjectTrim?.entries.has(view.slice(next[0], next[1])) ?? false)
        && afterCueWord(view, chunks[index + 1], context);
      // Nor the number of a period named before it with no year (ผู้โดยสารในไตรมาส 3, หดตัวต่อเนื่องเป็นไตรมาสที่ 6):
      // when, not a name; the word of time before it is trimmed with its chunk.
      const numbered = digits && stop - start <= 2 && periodWordEnds(input, chunks[index + 1]);
      if (/[A-Za-z0-9]/.test(view.slice(start, stop)) && !span && !multiple && !numbered) nameEnd ??= words[hi - 1]?.[1];
      continue;
    }
    // A modifier alone (สะสม) belongs to the noun before it: ยอดค้ำประกันสินเชื่อ สะสมเพิ่มขึ้นเป็น …
    // A `verb` one (ส่งออก) only first in its chunk (มันสำปะหลัง | ส่งออก 6.37 ล้านตัน; not คาดว่าจะส่งออก),
    // and it names the figure itself when no noun stands before it (ส่งออกแล้ว 16,787,581 ฟอง).
    const modified = hi > lo ? modifierRun(words, lo, hi, view, context) : undefined;
    if (modified !== undefined) {
      if (modified === VERB) verbAlone ??= source.original(words[lo]![0], words[hi - 1]![1]);
      if (nameEnd === undefined) {
        nameEnd = words[hi - 1]![1];
        modifierOnly = true;
      }
      continue;
    }
    if (hi <= lo) {
      // A name of letters and digits (E20, GSH95) with nothing before it; digits alone (a broken
      // date's year: พ ย . 2566) name nothing.
      // Only cue words before the name (และ Re-entry, เท่ากับ MRR): the name starts after them; a
      // measure word before it stays with it (ขนาด 4 x 7 เมตร).
      const measure = measureWordOf(words, view, context);
      const cuesOnly = !modifierOnly && index > 0 && measure === undefined;
      // Digits after cue and time words only are an ordinal (ปีที่ 2 = 3.00%, วันที่ 1-45), not a name.
      if (cuesOnly && nameEnd !== undefined && !ownerEnd && !/[A-Za-z]/.test(view.slice(stop, nameEnd))) nameEnd = undefined;
      // Of (ยอดขายสาขาเดิม ของ HMPRO): the name after it owns what the phrase before it names; with a
      // gloss in brackets between (มูลค่าหลักทรัพย์ตามราคาตลาด (มาร์เก็ตแคป) ของ SET), before the gloss.
      if (nameEnd !== undefined && !modifierOnly && words.some(([a, b]) => context.subjectShareOf?.entries.has(view.slice(a, b)) ?? false)) {
        if (chunks.slice(index + 1).some(([a, b]) => /[\u0e01-\u0e4e]/.test(view.slice(a, b)))) continue;
        if (index === chunks.length - 1 && phraseStop !== undefined && view.charCodeAt(phraseStop) === CLOSE_BRACKET) return result(undefined);
      }
      // A modifier waits for its noun: cue or time words between (ยอดการส่งออกรถยนต์สำเร็จรูป เดือน|สิงหาคม
      // 2562 | ส่งออกได้ 81,549 คัน) part them, and the noun before is named alone.
      if (modifierOnly && nameEnd !== undefined) {
        nameEnd = undefined;
        modifierOnly = false;
        continue;
      }
      // The measure word's chunk may open with a verb of reporting (สศอ. เผยดัชนี MPI): the name starts at the measure.
      // After cue and time words, digits alone first in the name are an ordinal's (ปีที่ 3 MRR ลบ 3.16%: the
      // third year's rate), not the name's.
      let first = index - 1;
      while (cuesOnly && first > 0 && /^[0-9๐-๙]+$/.test(view.slice(chunks[first]![0], chunks[first]![1])) && chunks[first - 1]![1] <= (nameEnd ?? 0)) first--;
      const nameStart = cuesOnly ? chunks[first]![0] : measure?.[0] ?? start;
      const name = nameEnd === undefined ? "" : source.original(nameStart, nameEnd).trim();
      if (HAS_WORD.test(name) && !BRACKETED.test(name)) return result(name);
      nameEnd = undefined;
      // Nothing but cue words right before the figure: a noun glued after it comes first. Not a percentage's
      // whole after a level word (ผู้ขอรับประโยชน์ทดแทนกรณีว่างงานรายใหม่ อยู่ที่ร้อยละ 0.58 ของผู้ประกันตน…): what
      // stands at the level is named before it, the whole is its base.
      // It is still the subject when nothing before names one. Not after a measure word too (ผู้มีอายุ 60 ปีขึ้นไป
      // เป็นสัดส่วนร้อยละ 20 ของประชากรทั้งหมด: the share is of the whole, the age bounds the part).
      const level = index === 0 && kind === "percent" && measure === undefined
        && words.some(([a, b]) => context.changeBefore?.entries.get(view.slice(a, b))?.canonical === LEVEL);
      if (level) wholeAfter = after?.();
      const glued = index === 0 && !level ? after?.() : undefined;
      if (glued !== undefined) return result(glued);
      // A verb of speaking (นายสมชาย เปิดเผยว่า มูลค่า 5,000 ล้านบาท): before it is who speaks, never
      // what is measured; a measure word alone after it names the figure.
      if (words.some(([a, b]) => context.subjectVerbs?.entries.get(view.slice(a, b))?.canonical === SPEECH)) {
        return measureOnly === undefined ? { phrase: undefined } : { phrase: measureOnly, measureOnly: true };
      }
      if (clause > start) {
        clauseEmpty = true;
        break;
      }
      continue;
    }
    if (hi - lo > context.subjectMaxWords) {
      // Too long for a phrase: keep the head before a modifier (ของ, ที่ …), else the words nearest the figure.
      const cut = words.findIndex((w, i) => i >= lo + 2 && i < hi && (context.subjectCut?.entries.has(view.slice(w[0], w[1])) ?? false));
      if (cut > 0) hi = cut;
      else lo = hi - context.subjectMaxWords;
      const kept = trimWords(words.slice(lo, hi), view, context, kind);
      [lo, hi] = [lo + kept[0], lo + kept[1]];
      // What is left of the head may be a prefix alone (ตามการขยายตัวของ… → การ).
      if (onlyPrefix(words.slice(lo, hi), view, context)) hi = lo;
    }
    const first = words[lo];
    const last = words[hi - 1];
    if (hi <= lo || !first || !last) continue;
    if (nameEnd !== undefined && !modifierOnly && index > 0 && introducesName(words, view, context, kind)) {
      const name = source.original(chunks[index - 1]![0], nameEnd).trim();
      if (HAS_WORD.test(name) && !BRACKETED.test(name)) return result(name);
    }
    if (owner === undefined && lo === 1 && nameEnd === undefined
      && (context.subjectShareOf?.entries.has(view.slice(words[0]![0], words[0]![1])) ?? false)) {
      owner = source.original(first[0], last[1]);
      if (!ownsFigure(view.slice(start, offset))) continue;
    }
    // The last item of a list (ข้าว ยางพารา และมันสำปะหลัง ลดลง 5%): the figure is each item's.
    const listStart = lo > 0 && isListWord(input, words[lo - 1]!) ? listItemsStart(input, chunks, index, clauseAt) : undefined;
    // An owner after a chunk ending in a `subject_share_of` word (กิจการโรงแยกก๊าซธรรมชาติของ | ปตท.,
    // รายได้ ของ | บริษัท): it goes with what it owns, named in that chunk, as a Latin name does. So does
    // a body's abbreviation after a `subject_body_link` word (บัญชีเกษตรกรที่เปิดไว้กับ | ธ.ก.ส.): whom or where.
    const further = chunks[index + 1];
    const linked = further !== undefined && (endsWithLink(input, further)
      || (THAI_ABBREVIATION.test(view.slice(first[0], last[1])) && endsWithLink(input, further, context.subjectBodyLink)));
    if (nameEnd === undefined && listStart === undefined && linked && clauseAt <= further[0] && !ownsFigure(view.slice(start, offset))) {
      nameEnd = last[1];
      ownerEnd = true;
      continue;
    }
    // One word right after an acronym (GDP ไทยจะขยายตัว 3.2%, CPI สหรัฐ): whose it is; the acronym names it.
    // Spaces only between, however many (คาด GDP  ไทยเติบโตร้อยละ 1.1).
    const acronym = listStart === undefined && nameEnd === undefined && hi - lo === 1 && lo === 0 && further !== undefined
      && clauseAt <= further[0] && ACRONYM.test(view.slice(further[0], further[1])) && SPACES_ONLY.test(view.slice(further[1], start));
    const phrase = source.original(acronym ? further![0] : listStart ?? first[0], nameEnd ?? last[1]);
    if (!HAS_WORD.test(phrase)) continue;
    // A measure after มี (สินค้าอุตสาหกรรมเกษตร | มีมูลค่าการส่งออก 1,948.8 ล้านดอลลาร์สหรัฐ): the
    // topic before it, in the clause, is what is measured; the two together name the figure.
    const topic = listStart === undefined && nameEnd === undefined ? topicBefore(input, words, lo, chunks[index + 1], clauseAt, floor) : undefined;
    // An item of a list, named before what it has (… (ร้อยละ 2.6) เกาหลีใต้ ทุน 528 ล้านบาท (ร้อยละ 1.2)
    // อินเดีย ทุน 445 ล้านบาท): the item's name with its noun.
    const item = topic === undefined && listStart === undefined && nameEnd === undefined && index === 0 && lo === 0 && hi === words.length
      ? itemNameBefore(input, chunks, from, floor, clauseAt, view.slice(first[0], last[1])) : undefined;
    if (item !== undefined) return result(`${item} ${phrase}`);
    return result(topic === undefined ? phrase : `${topic} ${phrase}`);
  }
  // A name of letters and digits with nothing before it; a modifier alone (เพิ่มเติมอีก) names
  // nothing, nor do digits alone (a table's other column: 101,038 67%).
  if (nameEnd !== undefined && !modifierOnly && chunks.length > 0) {
    const name = source.original(chunks[chunks.length - 1]?.[0] ?? nameEnd, nameEnd);
    if (HAS_WORD.test(name) && !BRACKETED.test(name)) return result(name);
  }
  if (owner !== undefined) return result(owner);
  if (verbAlone !== undefined) return result(verbAlone);
  if (measureOnly !== undefined) return { ...result(measureOnly), measureOnly: true };
  // A clause of cue words and verbs only after a `shared` clause start (การบริโภคภาคเอกชนที่ฟื้นตัว
  // อย่างต่อเนื่อง โดยคาดว่าจะขยายตัวที่ร้อยละ 4.6): Thai leaves out a subject the clause before
  // names, so the phrase is looked for there. Not a length's: its clause says for how long. A bound
  // alone after a `cap` one (ตามระยะเวลาที่ร้องขอ แต่ไม่เกิน 2 ปี) caps what the phrase before it names, a length's too.
  if (clauseEmpty && context.clauseStart) {
    const surface = entryEndingAt(view, clauseAt, context.clauseStart);
    const cue = clauseAt - surface.length;
    const canonical = context.clauseStart.entries.get(surface)?.canonical;
    const goesOn = (canonical === SHARED && kind !== "duration") || (canonical === CAP && capsFigure(view, clauseAt, offset, context));
    if (goesOn && cue > from && cue < offset) return phraseBefore(input, cue, floor, figure);
  }
  return result(wholeAfter);
}

/**
 * Whether one of a chunk's last two words is a `comparison_period` word (a period of a year: ไตรมาส,
 * เดือน; not a day's วัน), an ordinal's word allowed after it (ไตรมาส|ที่): a period's number may follow.
 */
function periodWordEnds(input: SubjectInput, chunk: Span | undefined): boolean {
  if (chunk === undefined) return false;
  const { view, boundaries, context } = input;
  return boundaries.words(chunk[0], chunk[1]).slice(-2).some(([a, b]) => context.comparisonPeriod?.entries.has(view.slice(a, b)) ?? false);
}

/**
 * The topic a measure after มี is of: when the kept words start at a `subject_trim_end` measure word
 * (มูลค่า, ปริมาณ, สัดส่วน) right after a `subject_head_after` word valued `topic` (มี), the phrase of
 * the chunk before, in the figure's clause and with no digit, and nothing trimmed at its start but a
 * `subject_join` word right after the figure before (`floor`); else undefined.
 */
function topicBefore(input: SubjectInput, words: readonly Span[], lo: number, chunk: Span | undefined, clauseAt: number, floor: number): string | undefined {
  const { view, boundaries, context, source } = input;
  if (lo === 0 || chunk === undefined || clauseAt > chunk[0]) return undefined;
  if (context.subjectHeadAfter?.entries.get(view.slice(words[lo - 1]![0], words[lo - 1]![1]))?.canonical !== TOPIC) return undefined;
  if (!(context.subjectTrimEnd?.entries.has(view.slice(words[lo]![0], words[lo]![1])) ?? false)) return undefined;
  // Only trimmed words before มี in its chunk, and the chunk before right next to it (no time
  // reference cut out between: ออกจากงานตั้งแต่วันที่ 18 พ.ย. 2556 มีเงินชราภาพ).
  if (!words.slice(0, lo - 1).every(([a, b]) => isTrimmed(view.slice(a, b), context))) return undefined;
  if (!/^\s+$/.test(view.slice(chunk[1], words[0]![0])) || /[0-9๐-๙]/.test(view.slice(chunk[0], chunk[1]))) return undefined;
  const topicWords = boundaries.words(chunk[0], chunk[1]).filter(([a, b]) => HAS_WORD.test(view.slice(a, b)));
  // A noun phrase of its own: not what modifies a noun before it (ของความจุอ่างฯ), nor a clause.
  const firstWord = topicWords[0] ? view.slice(topicWords[0][0], topicWords[0][1]) : "";
  if ((context.subjectCut?.entries.has(firstWord) ?? false) || (context.subjectShareOf?.entries.has(firstWord) ?? false)) return undefined;
  const [tlo, thi] = trimWords(topicWords, view, context);
  // A list's last item, after its joining word right after the item before's figure (… เพิ่มขึ้นร้อยละ 5.4
  // และอาหารปศุสัตว์ มีปริมาณส่งออก 105,461 ตัน): the item is the topic. Not the last of names listed
  // with no figures (คลังน้ำมัน คลังสินค้า และโรงไฟฟ้า มีมูลค่าการลงทุนทั้งสิ้น…: all of them have it).
  const joined = tlo === 0 || (floor > 0 && /^\s*$/.test(view.slice(floor, chunk[0]))
    && topicWords.slice(0, tlo).every(([a, b]) => context.subjectJoin?.entries.has(view.slice(a, b)) ?? false));
  if (thi <= tlo || thi - tlo > TOPIC_WORDS || !joined || onlyPrefix(topicWords.slice(tlo, thi), view, context)) return undefined;
  const topic = source.original(topicWords[tlo]![0], topicWords[thi - 1]![1]);
  return /[\u0e01-\u0e4e]/.test(topic) ? topic : undefined;
}

/**
 * The name of a list item before `noun`, the phrase nearest its figure, when the noun is the list's,
 * written in the item before too: a chunk of at most ITEM_NAME_WORDS words, none cut off, right before
 * the noun, with only cue words before it back to the previous figure (the floor), apart from it by a
 * space or a bracket (not what is glued to its unit: ล้านคน-ครั้ง รายได้). Undefined otherwise.
 */
function itemNameBefore(input: SubjectInput, chunks: readonly Span[], from: number, floor: number, clauseAt: number, noun: string): string | undefined {
  const { view, boundaries, context, source } = input;
  const chunk = chunks[1];
  if (chunk === undefined || floor === 0 || clauseAt > chunk[0] || !/^[\s()\[\],;]+$/.test(view.slice(floor, Math.max(from, floor + 1)))) return undefined;
  if (view.charCodeAt(floor - 1) === NEWLINE || /[0-9๐-๙]/.test(view.slice(chunk[0], chunk[1]))) return undefined;
  if (!view.slice(Math.max(0, floor - context.subjectWindow), floor).includes(noun)) return undefined;
  const words = boundaries.words(chunk[0], chunk[1]);
  const [lo, hi] = trimWords(words, view, context);
  if (hi - lo === 0 || hi - lo > ITEM_NAME_WORDS || hi < words.length) return undefined;
  const cuesOnly = (chunk: Span): boolean => {
    const [rlo, rhi] = trimWords(boundaries.words(chunk[0], chunk[1]), view, context);
    return rhi <= rlo;
  };
  if (!chunks.slice(2).every(cuesOnly)) return undefined;
  const name = source.original(words[lo]![0], words[hi - 1]![1]);
  return /[\u0e01-\u0e4e]/.test(name) ? name : undefined;
}

/** The most words of a list item's name (เกาหลีใต้, สัญชาติอื่น ๆ). */
const ITEM_NAME_WORDS = 3;

/** The most words of a topic before มี and its measure: a noun phrase, not a clause. */
const TOPIC_WORDS = 8;

/** The `subject_time` entries that end in a dot (น.), gathered once per rule set. */
const ABBREVIATED_TIME = new WeakMap<ContextSettings, string[]>();
function abbreviatedTimeWords(context: ContextSettings): string[] {
  let words = ABBREVIATED_TIME.get(context);
  if (!words) {
    words = [...(context.subjectTime?.entries.keys() ?? [])].filter((w) => w.endsWith("."));
    ABBREVIATED_TIME.set(context, words);
  }
  return words;
}

/** Whether a chunk's last word is a `subject_share_of` word (ของ), or one of `links` if given. */
function endsWithLink(input: SubjectInput, chunk: Span, links = input.context.subjectShareOf): boolean {
  // As written: not a chunk a time reference was cut from (ช่วงเดียวกันของ|ปีก่อน).
  if (!isWhitespace(input.view.charCodeAt(chunk[1]))) return false;
  const word = links ? entryEndingAt(input.view, chunk[1], links) : "";
  return word !== "" && input.boundaries.isBoundary(chunk[1] - word.length);
}

/** A name wholly in brackets ((MoM), (QoQ)): a gloss on the figure before it, not a subject. */
const BRACKETED = /^\([^()]*\)$/;

/** A `subject_modifier` entry that is a verb: it still names a figure nothing before it names. */
const VERB = "verb";
/** A `subject_verbs` word of speaking (เปิดเผย, กล่าว): who speaks stands before it. */
const SPEECH = "speech";

/**
 * Whether the words [lo, hi) are all `subject_modifier` entries (a `verb` one only first in its
 * chunk): VERB when one of them is a verb, "" when none is; undefined when they are not modifiers.
 */
function modifierRun(words: readonly Span[], lo: number, hi: number, view: string, context: ContextSettings): string | undefined {
  let verb = false;
  for (let i = lo; i < hi; i++) {
    const entry = context.subjectModifier?.entries.get(view.slice(words[i]![0], words[i]![1]));
    if (entry === undefined || (entry.canonical === VERB && lo !== 0)) return undefined;
    verb ||= entry.canonical === VERB;
  }
  return verb ? VERB : "";
}

/** How many kept words a `subject_predicate` verb may stand at in its phrase: first, or after one (เข้า|มาเยือน). */
const PREDICATE_REACH = 2;
/** A `subject_predicate` value: a predicate only as its chunk's first word. */
const PREDICATE_FIRST = "first";

/** A `clause_start` entry whose clause may share the subject of the clause before. */
const SHARED = "shared";

/** A `clause_start` value: before a bound alone, a cap on what is measured before it (แต่ไม่เกิน). */
export const CAP = "cap";

/** Whether only a bound (`qualifier_before` at_most or at_least: ไม่เกิน, ไม่ต่ำกว่า) stands between `from` and the figure at `to`. */
export function capsFigure(view: string, from: number, to: number, context: ContextSettings): boolean {
  const between = view.slice(from, to).trim();
  const bound = context.qualifierBefore?.entries.get(between)?.canonical;
  return bound === "at_most" || bound === "at_least";
}

/** Whether the line end at `i` breaks a Thai word in a wrapped text (ครัว⏎เรือน): it does not end a chunk. */
function isWrappedWord(input: SubjectInput, i: number): boolean {
  return input.softLineBreaks && input.view.charCodeAt(i) === NEWLINE
    && isThaiLetter(input.view.charCodeAt(i - 1)) && isThaiLetter(input.view.charCodeAt(i + 1));
}

/** Whether a chunk ends with a change or a qualifier word (เพิ่มขึ้น, สูงถึง): what follows it is a figure's. */
function afterCueWord(view: string, chunk: readonly [number, number] | undefined, context: ContextSettings): boolean {
  if (!chunk) return false;
  const text = view.slice(chunk[0], chunk[1]);
  // Not ที่ (a `subject_relative` word), whatever lexicon holds it too: before digits it makes an ordinal.
  if (lexiconWords(context.subjectRelative).some((w) => text.endsWith(w))) return false;
  return [context.changeBefore, context.qualifierBefore, context.cueSkip].some((lexicon) => lexiconWords(lexicon).some((w) => text.endsWith(w)));
}
