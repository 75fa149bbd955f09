/**
 * Subjects: what a figure measures or counts (see `extract/subject.ts` for how a phrase is
 * cut). A figure in a list right after another (`18 อำเภอ 77 ตำบล`) shares its subject; one with
 * nothing before it may take a noun glued after its classifier, or what it is a share of. A day
 * (19 พ.ย. 64) ends the phrase a subject is looked for in; a period written as a time reference
 * (ในไตรมาสที่ 3/45) does not: it is cut from the phrase, as year mentions are. A line's label
 * before a colon (- รับซื้อ: 58,900 บาท) names its figure; an item line that names nothing before
 * its figure continues the line before it.
 */
import { entryStarting, lexiconWords, mentionsAny } from "../rules/lexicon-words.js";
import { cueAfter, cueBefore, cueBeforeSkipping, isEntryRun, lastCueEnd, skipSpacesBack, skipSpacesForward } from "../extract/cues.js";
import { CAP, CLOSE_QUOTE, OPEN_QUOTE, STRAIGHT_QUOTE, capsFigure, isAgency, isRiseOrFall, kindAfter, onlyTrimmedWords, rateUnitStart, opensQuote, relativeAfter, shareOfAfter, subjectAfter, subjectBefore, type SubjectInput } from "../extract/subject.js";
import { ANNIVERSARY_MARK, anniversaryAfter, purposeAfter, sharePartAfter } from "../extract/subject-after.js";
import { AFTER_CUE, FIGURE_WORD, HAS_WORD, countsKind, isNamedCounter, isTrimmed } from "../extract/subject-words.js";
import type { Span } from "../extract/subject-chunks.js";
import type { ContextSettings, Lexicon, RuleSet } from "../rules/compile.js";
import type { Fact } from "../types.js";
import { clauseEnd, GLUED_NOUN, rateUnitEnd, referenceAt, withoutReferences } from "./time-references.js";
import { respectiveSubjects } from "./respective.js";
import { upperBound } from "../text/sorted.js";
import { isWhitespace } from "../text/chars.js";
import { isThaiLetter } from "../extract/word-boundaries.js";
import { isPeriodValue } from "../dates/date-values.js";
import { NUMBER_START_SOURCE, NUMBER_WORDS_SOURCE } from "../numbers/thai-number-words.js";
import { because, type Draft, type RefineContext, type Refiner } from "./types.js";
import { clauseWordBetween } from "./target.js";

interface Previous {
  start?: number;
  end: number;
  kind?: Fact["kind"];
  /** Its unit (คน, THB, percent): a figure of another clause parallels the last of its kind and unit. */
  unit?: string;
  subject?: string;
  /** A period (8 เดือนแรก): the figures after it are of what it is a period of. */
  period?: true;
  /** Where a period with no phrase of its own looked back to: the figure after it may look past it, as past a time reference. */
  floor?: number;
  /** Whether it is a count of people (a `subject_people` classifier). */
  people?: true;
  /**
   * Its own phrase read again for a figure that shares it and is (`people`) or is not a count of
   * people, when it is not (see personStart): เงินชดเชยให้ชาวบ้าน… 5 ราย is of ชาวบ้าน…, the money
   * after it, sharing the phrase, of เงินชดเชยให้ชาวบ้าน…; สำรวจความคิดเห็นของประชาชนที่มีอายุตั้งแต่ 15 ปี
   * ขึ้นไป จำนวน 46,600 คน: the people counted, ประชาชนที่มีอายุ.
   */
  reread?: (people: boolean) => string | undefined;
  /**
   * The phrase before a count whose subject is its classifier with what is glued after it (77
   * จังหวัดทั่วประเทศ): a figure of another unit sharing its phrase is of that phrase (การได้รับวัคซีน
   * สะสม… ใน 77 จังหวัดทั่วประเทศ รวมทั้งสิ้น 132,189,051 โดส: the doses), not of the provinces.
   */
  outer?: string;
}

/** A `clause_start` value: a clause set beside the one before it (ขณะที่). */
const CONTRAST = "contrast";
/** A `subject_one_of` word that makes one of a set only before a `subject_count_of` word (1 ใน). */
const BEFORE_CUE = "before_cue";

/** How many figures with a subject are kept for a parallel clause to find its own kind among. */
const RECENT = 6;

/** A `subject_people` classifier that counts cases as often as people (ราย). */
const CASES = "cases";

/** A `subject_trim_end` value: a measure word named with the phrase before it (มาตรการคู่ขนาน วงเงิน). */
const NAMED = "named";

/** A `subject_modifier` entry that is a verb of trade (ส่งออก, นำเข้า). */
const VERB = "verb";

/** A `subject_trim_end` entry naming a percentage's share of what the figure before it measures. */
const SHARE = "share";
/** A `subject_trim_end` value: a rate, a share of the figure before only as its growth (อัตรา|การขยายตัว). */
const RATE = "rate";
/** A `subject_trim_end` value: a thing of its own (a market's index), never another figure's measure. */
const INDEX = "index";

/** Kinds of figure that have a value or a price: a money figure after one, across a measure word, is theirs. */
const VALUED: ReadonlySet<Fact["kind"]> = new Set(["count", "quantity", "area"]);

/**
 * A figure in a list right after another (`18 อำเภอ 77 ตำบล`) counts the same subject: nothing
 * but spaces, punctuation and one joining word stands between them, or a rate's unit
 * (`20 รางวัล รางวัลละ 5,000 บาท`: the prize of each of those 20), or only cue words
 * (`ผ่อนดาวน์ 0% นานสูงสุด 1 ปี`), with one measure word before money (`42 รายการ มูลค่ารวม 59.475 ล้านบาท`).
 */
function inheritsSubject(context: RefineContext, previous: Previous | undefined, start: number, kind: Fact["kind"]): Inherited | undefined {
  if (!previous?.subject || start - previous.end > context.rules.context.joinWindow) return undefined;
  const { view, boundaries, rules } = context;
  const between = view.slice(previous.end, start);
  if (!context.scopes.wrapped && /\n/.test(between)) return undefined;
  // Punctuation, spaces and at most one joining word: no segmentation needed to tell.
  const word = between.replace(/[\s,/()-]+/g, "");
  if (word === "" || isEntryRun(word, rules.context.subjectJoin)) return JOINED;
  // A cap on the figure before (รัฐสมทบร้อยละ 50 ของเงินสะสมแต่ไม่เกิน 600 บาทต่อปี: a `cap` clause start
  // and a bound alone before it): the same quantity, bounded.
  if (capped(context, previous.end, start)) return JOINED;
  // The figure before closes a bracket that glosses a name (สินเชื่อธุรกิจ (ร้อยละ 68.9 ของสินเชื่อรวม)
  // ขยายตัวชะลอลงเหลือร้อยละ 4.5): what the bracket says after it is the gloss's, not a subject.
  let words = boundaries.words(glossEnd(context, previous, start), start);
  const unit = rateUnitStart(words, view, rules.context);
  if (unit === 0) return JOINED;
  // So is a bound after the unit (ประกันรายได้ตันละ 15,000 บาท ครัวเรือนละไม่เกิน 14 ตัน: each household's
  // cap), but not after a length (อายุยาง 7 ปีขึ้นไป รายละไม่เกิน 25 ไร่: the age bounds who, not the area).
  let bound = words.length;
  while (bound > 0 && (rules.context.qualifierBefore?.entries.has(view.slice(words[bound - 1]![0], words[bound - 1]![1])) ?? false)) bound--;
  if (bound < words.length && previous.kind !== "duration" && rateUnitStart(words.slice(0, bound), view, rules.context) === 0) return JOINED;
  // A rate's unit after cue words (ของสัปดาห์ที่ผ่านมา กิโลกรัมละ 0.30 บาท): the cue words decide.
  if (unit !== undefined) words = words.slice(0, unit);
  if (comparedGoal(words, view, rules.context)) return JOINED;
  // A percentage's whole written after it (89.6% ของ GDP ลดลงจาก 90.7%): the share's, not what the
  // next percentage measures, when a rise or a fall follows it: the next is that share's change or base.
  if (kind === "percent" && previous.kind === "percent") words = words.slice(shareTailEnd(words, view, rules.context));
  // Only cue words between (0% นานสูงสุด 1 ปี), or a time reference as well (3,985,200 บาท และ
  // ปีงบประมาณ 2566 จำนวน 15,941,000 บาท: the next year's item of one list): nothing before
  // names another subject.
  // A Latin abbreviation in brackets ((QoQ) after จากไตรมาส 4 ปี 2567) glosses the period, too.
  const outsideReferences = words.filter(([a, b]) => referenceAt(context.timeReferences, a) === undefined
    && !/^\([A-Za-z]{2,6}\)$/.test(view.slice(a, b)));
  // A measure word among them, before money (42 รายการ มูลค่ารวม 59.475 ล้านบาท, 100 เตียง รวมมูลค่า
  // 100,000 บาท): the value or price of what the figure before counts.
  const valued = kind === "money" && previous.kind !== undefined && VALUED.has(previous.kind);
  // A share word among them, before a percentage (234 หน่วย คิดเป็นสัดส่วนร้อยละ 47.3): its share of
  // what the figure before counts or measures.
  const share = kind === "percent" && previous.kind !== undefined && previous.kind !== "percent";
  const rises = (w: Span | undefined): boolean => w !== undefined && isRiseOrFall(view.slice(w[0], w[1]), rules.context);
  const measures = valued || share ? outsideReferences.filter(([a, b], k) => {
    const entry = rules.context.subjectTrimEnd?.entries.get(view.slice(a, b));
    // A `rate` word is a share when a rise or a fall follows it, made a noun or not (อัตรา|การ|ขยายตัว).
    const next = outsideReferences[k + 1];
    const madeNoun = next !== undefined && (rules.context.subjectPrefix?.entries.has(view.slice(next[0], next[1])) ?? false);
    const growth = (): boolean => rises(next) || (madeNoun && rises(outsideReferences[k + 2]));
    return entry !== undefined && (valued || entry.canonical === SHARE || (entry.canonical === RATE && growth()));
  }) : [];
  // Not when the figure before is named by a measure of amount (ปริมาณ 5.66 แสนลิตร มูลค่ากว่า 12.2
  // ล้านบาท: a volume's name is no value's).
  if (measures.length === 1 && startsWithAmount(previous.subject, rules.context)) return undefined;
  const rest = measures.length === 1 ? outsideReferences.filter((w) => w !== measures[0]) : outsideReferences;
  // A `subject_keep` rise or fall after a level (5.04 ล้านตัน ลด 23.98%) is the level's fall, not a
  // discount: those follow a count of the goods (11 รายการ ลดสูงสุด 33%).
  const compared = withoutComparedChange(rest, view, rules.context);
  // A count's fall in a count (30,028 หน่วย ลด 27,511 หน่วย) is no discount either: only a share or
  // money is.
  // (A discount's word is a `subject_keep` one, ลด: a growth's, ขยายตัว, still goes, as in 2.76 ล้านคน
  // คิดเป็นอัตราการขยายตัวจากช่วงเดียวกันปีก่อนที่ร้อยละ 26.4: the count's growth rate.)
  const discount = previous.kind === "count" && (kind === "percent" || kind === "money");
  // The change made a noun (การ|ขยายตัว) and the base it is measured from (จาก|ช่วงเดียวกัน, its period
  // cut above) go with it.
  const moves = compared.filter(([a, b], k) => {
    const word = view.slice(a, b);
    if (discount && (rules.context.subjectKeep?.entries.has(word) ?? false)) return true;
    if ((rules.context.subjectPrefix?.entries.has(word) ?? false) && rises(compared[k + 1])) return false;
    return !isRiseOrFall(word, rules.context) && !(rules.context.yearBase?.entries.has(word) ?? false);
  });
  // Money after a count with one verb of acting between and no measure word (นักลงทุนจากประเทศญี่ปุ่น 17 ราย
  // ลงทุน 2,816 ล้านบาท: a `subject_action` verb): what those counted did it with, theirs.
  const acted = valued && measures.length === 0 && moves.length === 1 && (rules.context.subjectAction?.entries.has(view.slice(moves[0]![0], moves[0]![1])) ?? false);
  if (!acted && !onlyTrimmedWords(moves, view, rules.context)) return undefined;
  // Money valued across a measure word is named with it (การเจรจาธุรกิจทั้งหมด 96 ครั้ง ประมาณการมูลค่ารวม
  // กว่า 411 ล้านบาท → การเจรจาธุรกิจ มูลค่า): the value of what the figure before counts.
  // A `subject_total` word glued after it stays with it (มูลค่ารวม): the total value.
  const after = measures.length === 1 ? words.find(([a]) => a === measures[0]![1]) : undefined;
  const total = after !== undefined && (rules.context.subjectTotal?.entries.has(view.slice(after[0], after[1])) ?? false);
  // Not เงิน (`after_cue`: เป็นเงิน 92,680,000 บาท): "amounting to", no name of a value.
  const named = measures.length === 1 && rules.context.subjectTrimEnd?.entries.get(view.slice(measures[0]![0], measures[0]![1]))?.canonical !== AFTER_CUE;
  const measure = valued && named ? view.slice(measures[0]![0], total ? after![1] : measures[0]![1]) : undefined;
  return measure === undefined ? CUES_ONLY : { how: "cues only", measure };
}

/**
 * Where the words after a share's whole end (ของ|GDP|ลดลง|จาก → 2): at the first rise or fall after a
 * `subject_share_of` or `subject_ratio_of` word first (ต่อ GDP) and the whole's words, within GLUED_NOUN
 * characters; 0 if none is there.
 */
function shareTailEnd(words: readonly Span[], view: string, context: ContextSettings): number {
  const first = words.length < 3 ? "" : view.slice(words[0]![0], words[0]![1]);
  if (!(context.subjectShareOf?.entries.has(first) ?? false) && !(context.subjectRatioOf?.entries.has(first) ?? false)) return 0;
  for (let k = 1; k < words.length && words[k]![0] - words[1]![0] <= GLUED_NOUN; k++) {
    const word = view.slice(words[k]![0], words[k]![1]);
    if (isRiseOrFall(word, context)) return k > 1 ? k : 0;
    if (context.clauseStart?.entries.has(word) || isTrimmed(word, context)) return 0;
    // The whole is one run of letters (ต่อ GDP ลดลง…, ของคนจนเป้าหมายทั้งหมด ลดลง…): a space inside it
    // starts the next clause (ร้อยละ 55.4 ต่อ GDP เศรษฐกิจจะขยายตัว…).
    if (k > 1 && words[k]![0] > words[k - 1]![1]) return 0;
  }
  return 0;
}

/** Whether a `cap` clause start and a bound alone (แต่ไม่เกิน) stand right before `start`, after `from`. */
function capped(context: RefineContext, from: number, start: number): boolean {
  const { view } = context;
  const starts = context.rules.context.clauseStart;
  // Searched within the text between only: a search back from `start` would run to the document's start.
  const between = view.slice(from, start);
  for (const [surface, entry] of starts?.entries ?? []) {
    if (entry.canonical !== CAP) continue;
    const at = between.lastIndexOf(surface);
    if (at >= 0 && capsFigure(view, from + at + surface.length, start, context.rules.context)) return true;
  }
  return false;
}

/** How a figure shares the subject of the figure before it, and the measure word it is valued across. */
interface Inherited {
  how: "joined" | "cues only";
  measure?: string;
}

const JOINED: Inherited = { how: "joined" };
const CUES_ONLY: Inherited = { how: "cues only" };

/** The most words naming a goal's source after a `goal_source` word (ตาม|เอกสาร|งบประมาณ). */
const GOAL_SOURCE_WORDS = 3;

/**
 * Whether the words are a comparison with a goal or an estimate (1,812,540 ล้านบาท ต่ำกว่าประมาณการ
 * ตามเอกสารงบประมาณ 24,310 ล้านบาท): a `comparison_cues` word, a `target_goal` one, maybe a
 * `goal_source` word and the source. The figure after them is the difference of what the figure
 * before measures.
 */
function comparedGoal(words: readonly Span[], view: string, c: ContextSettings): boolean {
  const text = words.map(([a, b]) => view.slice(a, b)).filter((w) => HAS_WORD.test(w));
  if (text.length < 2 || !(c.comparisonCues?.entries.has(text[0]!) ?? false) || !(c.targetGoal?.entries.has(text[1]!) ?? false)) return false;
  return text.length === 2 || ((c.goalSource?.entries.has(text[2]!) ?? false) && text.length <= 3 + GOAL_SOURCE_WORDS);
}

/** Whether a subject is a `subject_trim_end` word alone (มูลค่า, ปริมาณ): a measure, naming nothing measured. */
function isMeasureWord(context: RefineContext, subject: string): boolean {
  return context.rules.context.subjectTrimEnd?.entries.has(subject) ?? false;
}

/** Whether a subject's measure starts with a `subject_amount` word (ปริมาณส่งออก; after its topic: ข้าว ปริมาณส่งออก). */
function startsWithAmount(subject: string, c: ContextSettings): boolean {
  const measure = subject.slice(subject.lastIndexOf(" ") + 1);
  for (const word of c.subjectAmount?.entries.keys() ?? []) if (subject.startsWith(word) || measure.startsWith(word)) return true;
  return false;
}

/**
 * The topic of the figure before's subject when that names a topic and its amount (เนื้อสัตว์แช่เย็น
 * ปริมาณส่งออก 356,748 ตัน): a measure word alone after it (มูลค่า 48,073 ล้านบาท) is the same
 * topic's, on its line, within the join window. Else undefined.
 */
function topicOf(context: RefineContext, previous: Previous | undefined, start: number, measure: string): string | undefined {
  const subject = previous?.subject;
  if (subject === undefined || start - previous!.end > context.rules.context.joinWindow) return undefined;
  const between = withoutReferences(context, previous!.end, start);
  if (/[\n0-9]/.test(between)) return undefined;
  if (startsWithAmount(subject, context.rules.context)) return subject.includes(" ") ? subject.slice(0, subject.lastIndexOf(" ")) : undefined;
  // Any other measure: of what the figure right before it measures, when that names more than a measure
  // (สินค้าเกษตรเดือนมิถุนายนเพิ่ม 21.7% มูลค่า 94,511 ล้านบาท, การนำเข้า… ลดลง 8.3% คิดเป็นเงินบาทมูลค่า
  // 825,310 ล้านบาท). Not a rate's, a share's, an index's or a figure word's: those are measures of their own.
  if (!ownMeasure(context, measure) || isMeasureWord(context, subject)) return undefined;
  // Nor after a figure the same measure or a rate names (วงเงินขั้นต่ำ 5,000 บาท วงเงิน…, อัตราดอกเบี้ย 0.1%
  // วงเงิน 10,000 ล้านบาท: the frame is the scheme's, not the rate's), nor after a bare classifier.
  const trimEnd = context.rules.context.subjectTrimEnd;
  const rate = lexiconWords(trimEnd).some((w) => subject.startsWith(w) && trimEnd!.entries.get(w)!.canonical === RATE);
  if (subject.startsWith(measure) || subject.endsWith(measure) || rate || subject === previous!.unit) return undefined;
  // Nor a total's (วงเงิน 1,854 ล้านบาท รวมวงเงิน 2 โครงการ 6,695 ล้านบาท: of both projects).
  if (mentionsAny(between, context.rules.context.subjectTotal)) return undefined;
  return subject;
}

/** Whether a `subject_anniversary` word valued `mark` (ครบรอบ) stands right before `start`, spaces aside. */
function anniversaryMarked(context: RefineContext, start: number): boolean {
  return cueBefore(context.view, start, context.rules.context.subjectAnniversary, "duration", context.boundaries)?.entry.canonical === ANNIVERSARY_MARK;
}

/** Whether a phrase is nothing but words of `lexicon` run together (ในโอกาสครบรอบ), or none at all. */
function occasionOnly(lexicon: Lexicon | undefined, phrase: string | undefined): boolean {
  if (phrase === undefined) return true;
  const words = lexiconWords(lexicon).slice().sort((a, b) => b.length - a.length);
  let rest = phrase.replace(/\s+/g, "");
  while (rest.length > 0) {
    const word = words.find((w) => rest.startsWith(w));
    if (word === undefined) return false;
    rest = rest.slice(word.length);
  }
  return true;
}

/** Whether only trimmed words stand in [from, to) beside the last `noun` written there. */
function onlyNounBetween(context: RefineContext, from: number, to: number, noun: string): boolean {
  const at = context.view.lastIndexOf(noun, to - 1);
  if (at < from) return false;
  const { boundaries, view, rules } = context;
  return onlyTrimmedWords([...boundaries.words(from, at), ...boundaries.words(at + noun.length, to)], view, rules.context);
}

/** Whether a measure word alone may be of another phrase: not a rate, a share, an index, a figure word or an `after_cue` one. */
function ownMeasure(context: RefineContext, measure: string): boolean {
  const value = context.rules.context.subjectTrimEnd?.entries.get(measure)?.canonical;
  return value !== RATE && value !== SHARE && value !== INDEX && value !== FIGURE_WORD && value !== AFTER_CUE;
}

/**
 * The phrase before the time references right before a measure word alone (การส่งออกของ MSME: ปี 2565
 * มีมูลค่า …): only trimmed words (มี) between the references and the word, and only references between
 * the phrase and the word; undefined when none, or when that phrase is a measure word itself.
 */
function pastTime(context: RefineContext, start: number, measure: string, before: (from: number) => string | undefined): string | undefined {
  const { view, timeReferences: refs, boundaries, rules } = context;
  if (!ownMeasure(context, measure)) return undefined;
  const at = view.lastIndexOf(measure, start);
  if (at < 0 || !onlyTrimmedWords(boundaries.words(at + measure.length, start), view, rules.context)) return undefined;
  let i = upperBound(refs, at - 1, (r) => r.start) - 1;
  if (i < 0 || refs[i]!.end > at || !onlyTrimmedWords(boundaries.words(refs[i]!.end, at), view, rules.context)) return undefined;
  // References run together (ปี 2564 ในเดือน เม.ย.) are one time.
  while (i > 0 && refs[i - 1]!.end <= refs[i]!.start && onlyTrimmedWords(boundaries.words(refs[i - 1]!.end, refs[i]!.start), view, rules.context)) i--;
  // Not a time in brackets (… (มติคณะรัฐมนตรีเมื่อวันที่ 13 สิงหาคม 2563) วงเงิน …): an aside, not what is measured.
  if (/\([^()]*$/.test(view.slice(Math.max(0, refs[i]!.start - 40), refs[i]!.start))) return undefined;
  const phrase = before(refs[i]!.start);
  return phrase === undefined || isMeasureWord(context, phrase) || phrase.endsWith(measure) ? undefined : phrase;
}

/** A short gloss in brackets: (MoM), (YoY), (QoQ), (AoA), (ประมาณการ). */
const SHORT_GLOSS = /^[ \t]*\([^()\n]{1,12}\)/;

/** The rest of a rate after its figure: units after slashes (/คน/วัน, /กลุ่ม). */
const RATE_TAIL = /^(?:\/[\u0e01-\u0e4e.]{1,10})+/;

/**
 * How long what belongs to a figure ending at `end` runs on after it: a short gloss in brackets
 * (ร้อยละ 0.1 (MoM)), or the rest of its rate when every part is a unit (150 บาท/คน/วัน) or a time unit
 * after ต่อ (คนต่อชั่วโมง); 0 if none.
 */
function tailLength(context: RefineContext, end: number): number {
  const { view, rules } = context;
  const gloss = SHORT_GLOSS.exec(view.slice(end, end + 16));
  if (gloss) return gloss[0].length;
  const rate = RATE_TAIL.exec(view.slice(end, end + 40));
  if (rate && rate[0].split("/").slice(1).every((unit) => rules.context.unitWords.has(unit))) return rate[0].length;
  // A rate's time unit (600 คนต่อชั่วโมง หรือ 1.728 ล้านคนต่อปี เป็น 1,600 คน): the figure's own.
  return rateUnitEnd(context, end) - end;
}

/**
 * Where the bracket the figure before stands in closes (it opens right before the figure, and
 * closes before `start`, on its line), or a short gloss in brackets right after it ends; else
 * where that figure ends.
 */
function glossEnd(context: RefineContext, previous: Previous, start: number): number {
  const { view } = context;
  // A short gloss in brackets right after it (ร้อยละ 0.1 (MoM) และเมื่อเทียบกับ…) is its own, as is
  // the rest of its rate (150 บาท/คน/วัน หรือไม่เกิน 800 บาทต่อคน).
  const tail = tailLength(context, previous.end);
  if (tail > 0 && previous.end + tail <= start) return previous.end + tail;
  if (previous.start === undefined || bracketStart(context, previous.start) === previous.start) return previous.end;
  const between = view.slice(previous.end, start);
  const close = between.indexOf(")");
  return close >= 0 && !/[(\n]/.test(between.slice(0, close)) ? previous.end + close + 1 : previous.end;
}

/**
 * The words without those that compare the figure with the same quantity's change in another
 * period: a joining word (เทียบกับ, น้อยกว่า, จาก) and a change said as a noun, a `subject_prefix`
 * word and a rise or fall (การใช้จ่ายลดลงร้อยละ 14.0 เทียบกับ|การ|ลดลง ร้อยละ 15.7 ในไตรมาสก่อนหน้า).
 */
function withoutComparedChange(words: readonly Span[], view: string, c: ContextSettings): readonly Span[] {
  const text = (i: number): string => (words[i] ? view.slice(words[i]![0], words[i]![1]) : "");
  const nouned = (i: number): boolean => (c.subjectPrefix?.entries.has(text(i)) ?? false) && isRiseOrFall(text(i + 1), c);
  const at = words.findIndex((_, i) => nouned(i) && i > 0 && (c.subjectJoin?.entries.has(text(i - 1)) ?? false));
  return at < 0 ? words : words.filter((_, i) => i < at - 1 || i > at + 1);
}

/**
 * Where the base of a rate's spread starts: the Latin letters its sign is glued after (MRR-1.00%,
 * MOR+1.00%, the sign the figure's first character); undefined for any other figure.
 */
function spreadBase(view: string, start: number): number | undefined {
  const sign = view.charAt(start);
  if ((sign !== "-" && sign !== "+") || !/[A-Za-z]/.test(view.charAt(start - 1))) return undefined;
  let base = start;
  while (base > 0 && /[A-Za-z]/.test(view.charAt(base - 1))) base--;
  return base;
}

/**
 * Where a figure written in brackets after a name opens its bracket (แผงวงจรรวม (+24.3%)), or
 * where the equals sign before it stands (MLR = 6.150%): the name before is what it measures.
 * Otherwise `start` itself.
 */
function bracketStart(context: RefineContext, start: number): number {
  const { view } = context;
  let at = start;
  while (at > 0 && /[ \t+-]/.test(view.charAt(at - 1))) at--;
  if (at > 0 && view.charAt(at - 1) === "(") return at - 1;
  // So is a name set equal to it (MLR = 6.150%, อัตราดอกเบี้ย = 0.10%).
  at = start;
  while (at > 0 && /[ \t]/.test(view.charAt(at - 1))) at--;
  return at > 0 && view.charAt(at - 1) === "=" ? at - 1 : start;
}

/**
 * A web page title's breadcrumb: two or more short segments (30 letters at most) without spaces,
 * each with a letter and closed by a separator, that a line starts with
 * (รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-นายกฯ …): the site's sections, not the title's words. A document's
 * title has one, and so has each article's in a file of many.
 */
const BREADCRUMB = /^(?:(?=[^\s\-–>»|]{1,30} ?[-–>»|])[^\s\-–>»|]*[\u0e01-\u0e4eA-Za-z][^\s\-–>»|]* ?[-–>»|] ?){2,}(?=\S)/;

/** Where the breadcrumb that a line starting at `lineStart` starts with ends; 0 if it has none. */
function breadcrumbEnd(view: string, lineStart: number): number {
  const crumb = BREADCRUMB.exec(view.slice(lineStart, lineStart + BREADCRUMB_REACH));
  return crumb ? lineStart + crumb[0].length : 0;
}

/** How long a breadcrumb may be, in characters. */
const BREADCRUMB_REACH = 200;

/**
 * Whether a duration ending at `end` is a period: a `duration_period` word follows it, alone
 * (6 เดือนแรก) or before a `year_link` word the segmenter may glue to it (9 เดือนแรกของปี 2563,
 * 8 เดือนแรกของปีนี้: แรกของปี is one dictionary word).
 */
export function isPeriod(context: RefineContext, end: number): boolean {
  const { view, boundaries, rules } = context;
  if (cueAfter(view, end, rules.context.durationPeriod, "duration", boundaries) !== undefined) return true;
  const at = end + (/^[ \t]*/.exec(view.slice(end, end + 4))?.[0].length ?? 0);
  for (const word of rules.context.durationPeriod?.entries.keys() ?? []) {
    if (!view.startsWith(word, at)) continue;
    for (const link of rules.context.yearLink?.entries.keys() ?? []) if (view.startsWith(link, at + word.length)) return true;
  }
  return false;
}

/**
 * A label that its line gives the figure, with a colon (- รับซื้อ: 58,900 บาท, ราคาขายออก : 59,000
 * บาท): a short run of letters without spaces, after a bullet, whatever word it is (a verb too).
 */
function labelOf(context: RefineContext, start: number): string | undefined {
  const { view } = context;
  // The line's start, looked for only LABEL_REACH back: a paragraph may run on for pages.
  let lineStart = start;
  while (lineStart > 0 && view.charCodeAt(lineStart - 1) !== 10) {
    if (start - lineStart >= LABEL_REACH) return undefined;
    lineStart--;
  }
  const label = LABEL.exec(view.slice(lineStart, start));
  return label && HAS_WORD.test(label[1]!) ? label[1] : undefined;
}

/** A line's label before a colon: after a bullet, a run without spaces, digits or colons. */
const LABEL = /^[ \t]*(?:[-•*·▪►]|[0-9]{1,2}[.)])?[ \t]*([^\s:：0-9]{2,30})[ \t]*[:：][ \t]*$/;
const LABEL_REACH = 60;

/**
 * The subject of a list's item line that names none (22 มีนาคม ปรับขึ้นเป็น 26.99 บาท, under
 * น้ำมันดีเซล วันที่ 23 กุมภาพันธ์ ราคาอยู่ที่ลิตรละ 26.69 บาท): the line before ends with a figure,
 * whose subject it continues.
 */
function continuedItem(context: RefineContext, previous: Previous | undefined, start: number, days: readonly Span[]): string | undefined {
  if (!previous?.subject) return undefined;
  const between = context.view.slice(previous.end, start);
  const newline = between.indexOf("\n");
  if (newline < 0 || between.indexOf("\n", newline + 1) >= 0) return undefined;
  if (!/^[\s.,;:)]*$/.test(between.slice(0, newline))) return undefined;
  // The item's line names nothing before the figure: a date, cue words (ปรับขึ้นเป็น, ล่าสุดอยู่ที่).
  const { view, boundaries, rules } = context;
  const words = boundaries.words(previous.end + newline + 1, start)
    .filter(([a]) => referenceAt(context.timeReferences, a) === undefined && !inDay(days, a));
  return onlyTrimmedWords(words, view, rules.context) ? previous.subject : undefined;
}

/** Whether a phrase is one `change_before` word of a rise or a fall alone (ลด, เพิ่มขึ้น). */
function isChangeWord(context: RefineContext, phrase: string, kind: Fact["kind"]): boolean {
  const entry = context.rules.context.changeBefore?.entries.get(phrase);
  return entry !== undefined && (entry.kinds === undefined || entry.kinds.includes(kind)) && (entry.canonical === "increase" || entry.canonical === "decrease");
}

/**
 * The subject of the figure before, on the same line and at most a subject window back, for a
 * change whose own phrase names nothing (ซึ่งหดตัวเป็นเดือนที่ 9 ติดต่อกัน และหดตัว 2.2%): Thai
 * leaves out a subject the sentence has named. Not a level's: one with nothing before it is as
 * often a new item the text does not name.
 */
function droppedSubject(context: RefineContext, previous: Previous | undefined, start: number): string | undefined {
  return previous?.subject !== undefined && nearInParagraph(context, previous.end, start) ? previous.subject : undefined;
}

/**
 * The subject of the figure right before, of the same kind, named with the `subject_modifier` words
 * (no verb) that alone stand between the two (บาดเจ็บเพิ่ม 111 ราย สะสม 1,833 ราย → บาดเจ็บ สะสม): the
 * modifier belongs to the noun the figure before measures, and says which of its measures this is.
 */
function modifiedBefore(context: RefineContext, previous: Previous | undefined, fact: Fact, start: number): string | undefined {
  if (previous?.subject === undefined || previous.kind !== fact.kind || !nearInParagraph(context, previous.end, start)) return undefined;
  const { view, boundaries } = context;
  const words = boundaries.words(previous.end, start).filter(([a, b]) => !/^\s*$/.test(view.slice(a, b)));
  const modifiers = context.rules.context.subjectModifier?.entries;
  if (words.length === 0 || modifiers === undefined) return undefined;
  for (const [a, b] of words) {
    const entry = modifiers.get(view.slice(a, b));
    if (entry === undefined || entry.canonical === VERB) return undefined;
  }
  return `${previous.subject} ${view.slice(words[0]![0], words[words.length - 1]![1])}`;
}

/**
 * Whether a `subject_known_set` word (ทั้ง) right before the count at `start` opens its chunk: after a
 * space or a line's start, or glued only to a `clause_start` word (โดยทั้งสองเรื่อง).
 */
function opensWithKnownSet(context: RefineContext, start: number): boolean {
  const { view, boundaries, rules } = context;
  const set = cueBefore(view, start, rules.context.subjectKnownSet, "count", boundaries);
  if (set === undefined) return false;
  if (set.start === 0 || isWhitespace(view.charCodeAt(set.start - 1))) return true;
  const opener = cueBefore(view, set.start, rules.context.clauseStart, "count", boundaries);
  return opener !== undefined && (opener.start === 0 || isWhitespace(view.charCodeAt(opener.start - 1)));
}

/**
 * Whether an offset stands inside a bracket opened before it on its line and not closed before it,
 * a `)` coming after it. The document's brackets are found once: every figure with a subject asks.
 */
function bracketTest(context: RefineContext): (at: number) => boolean {
  const { view, scopes } = context;
  const marks: number[] = [];
  for (let i = 0; i < view.length; i++) {
    const ch = view.charCodeAt(i);
    if (ch === OPEN_BRACKET || ch === CLOSE_BRACKET) marks.push(i);
  }
  const lastClose = view.lastIndexOf(")");
  return (at) => {
    const last = marks[upperBound(marks, at - 1, (m) => m) - 1];
    return last !== undefined && view.charCodeAt(last) === OPEN_BRACKET && last >= scopes.lineStart(at, at) && lastClose >= at;
  };
}
const OPEN_BRACKET = 0x28;
const CLOSE_BRACKET = 0x29;

/**
 * The end of a bracket that holds `figureStart` (see bracketTest) and closes before `to` on its line, with nothing
 * but spaces and cue words after it to `to` being left to inheritsSubject (… 474 เที่ยว (รวมเสริม 14 เที่ยววิ่ง)
 * จำนวน 378,750 …): the offset right after its `)`, or undefined when it closes elsewhere.
 */
function closedAsideEnd(context: RefineContext, figureStart: number, to: number): number | undefined {
  const close = context.view.indexOf(")", figureStart);
  return close >= 0 && close < to && context.scopes.lineStart(to, to) <= figureStart ? close + 1 : undefined;
}

/**
 * A count nothing else names takes its classifier when that names a kind (ทั้งสองฝ่าย → ฝ่าย, เดินหน้าต่อ
 * 9 มาตรการ → มาตรการ), as a count after a verb standing alone does: what is counted is said by it. Not a
 * classifier that counts without naming a kind (`subject_counter`: ราย, แห่ง; but a `named` one: คดี) nor
 * one of people (`subject_people`: คน).
 */
function classifierSubjects(context: RefineContext, drafts: readonly Draft[]): void {
  for (const d of drafts) {
    const { fact } = d;
    if (fact.kind !== "count" || fact.subject !== undefined || typeof fact.unit !== "string") continue;
    // The classifier as written (เขตสุขภาพ, whose unit is เขต).
    const span = d.candidate.captures.get("unit");
    const unit = span !== undefined ? context.source.original(span.start, span.end) : fact.unit;
    if (!countsKind(unit, context.rules.context) && !isNamedCounter(unit, context.rules.context)) continue;
    fact.subject = unit;
    because(context, d, "subject", () => `its classifier, "${unit}": nothing else names what is counted`);
  }
}

/**
 * The comparison with a goal or a forecast right before a figure at `start`, a `cue_skip` word allowed
 * between (ต่ำกว่า|ประมาณการ, เกิน|เป้า|ไป: a `comparison_cues` or `target_goal_passed` word, then a
 * `target_goal` one), as written; undefined when there is none.
 */
function goalGap(context: RefineContext, start: number, kind: Fact["kind"]): string | undefined {
  const { view, boundaries } = context;
  const { targetGoal, cueSkip, comparisonCues, targetGoalPassed } = context.rules.context;
  const goal = cueBeforeSkipping(view, start, targetGoal, [cueSkip], kind, boundaries, 1);
  if (goal === undefined) return undefined;
  const goalEnd = goal.start + goal.entry.surface.length;
  // Gone past the goal: only with a word between, the figure right after the goal word is its value
  // (เกินเป้าหมาย 1.7 ล้านล้านบาท), as for its target.
  const compared = cueBefore(view, goal.start, comparisonCues, kind, boundaries)
    ?? (skipSpacesForward(view, goalEnd) < start ? cueBefore(view, goal.start, targetGoalPassed, kind, boundaries) : undefined);
  return compared === undefined ? undefined : context.source.original(compared.start, goalEnd);
}

/** Whether `from` is in the paragraph of `to` (its line, in most texts), at most a subject window back. */
function nearInParagraph(context: RefineContext, from: number, to: number): boolean {
  return context.scopes.paragraphStart(to, context.rules.context.subjectWindow) <= from;
}

/** Whether `offset` falls inside one of `days` (dates in document order). */
function inDay(days: readonly Span[], offset: number): boolean {
  const day = days[upperBound(days, offset, ([from]) => from) - 1];
  return day !== undefined && offset < day[1];
}

/**
 * Where the words naming a span of time right before a period start (ตลอดระยะ|เวลา 29 ปีที่ผ่านมา,
 * ในระยะ 5 ปีข้างหน้า: `period_span`): the period's own noun, not what it is the period of.
 */
function spanStart(context: RefineContext, start: number): number {
  const { view, boundaries, rules } = context;
  let at = start;
  for (;;) {
    const span = cueBefore(view, at, rules.context.periodSpan, "duration", boundaries);
    if (!span) return at;
    at = span.start;
  }
}

/** The words a figure's unit may be: every rule's unit lexicon, a count's classifiers too, gathered once per rule set. */
const COUNTED = new WeakMap<RuleSet, Set<string>>();
function countedWords(rules: RuleSet): Set<string> {
  let words = COUNTED.get(rules);
  if (!words) {
    words = new Set(rules.context.unitWords);
    for (const rule of rules.rules) {
      const unit = rule.captures.get("unit");
      if (unit?.type === "lexicon") for (const key of rules.lexicons.get(unit.name)?.entries.keys() ?? []) words.add(key);
    }
    COUNTED.set(rules, words);
  }
  return words;
}

/** Number words, then spaces at most: what follows a `subject_known_set` word in a set named in words (ทั้ง|สอง|ฝ่าย). */
const NUMBER_WORDS_AHEAD = new RegExp(`^[ \\t]?${NUMBER_WORDS_SOURCE}[ \\t]?`);
/** The longest classifier looked for after a set's number words, in characters. */
const CLASSIFIER_CHARS = 16;

/**
 * Where each set named in words ends, ascending: a `subject_known_set` word, number words and a unit's or
 * classifier's word (ทั้งสองฝ่าย, ทั้งสองประเทศ). Written in digits it is a figure, which ends a phrase itself;
 * in words it is none (mask.both: "both"), yet ends the phrase before the next figure all the same
 * (ทั้งสองประเทศว่างเว้นการประชุม 6 ปี → ว่างเว้นการประชุม). Read once per document.
 */
function knownSetEnds(context: RefineContext): number[] {
  const { view, rules } = context;
  const sets = rules.context.subjectKnownSet;
  if (!sets) return [];
  const counted = countedWords(rules);
  const ends: number[] = [];
  for (const word of lexiconWords(sets)) {
    for (let at = view.indexOf(word); at >= 0; at = view.indexOf(word, at + word.length)) {
      const after = at + word.length;
      const number = NUMBER_WORDS_AHEAD.exec(view.slice(after, after + CLASSIFIER_CHARS * 2));
      if (!number) continue;
      const unitAt = after + number[0].length;
      const run = view.slice(unitAt, unitAt + CLASSIFIER_CHARS);
      for (let n = run.length; n > 0; n--) {
        if (counted.has(run.slice(0, n))) {
          ends.push(unitAt + n);
          break;
        }
      }
    }
  }
  return ends.sort((x, y) => x - y);
}

/**
 * Which of `nouns` is written right before a figure at `start`, spaces and a qualifier word between
 * (ตลอดระยะเวลากว่า 71 ปี, วงเงินประมาณ 30,000 ล้านบาท); matched on the text at a word's start, whatever the
 * segmenter cut. The length's noun (`subject_length_noun`) and a measure word valued `named` (namedMeasures)
 * are read so. Not past a total's word (มีมูลค่ารวม …): read on the keys, no better.
 */
function nounBefore(context: RefineContext, start: number, kind: Fact["kind"], nouns: readonly string[]): string | undefined {
  const { view, boundaries, rules } = context;
  if (nouns.length === 0) return undefined;
  const qualifier = cueBefore(view, start, rules.context.qualifierBefore, kind, boundaries);
  const end = skipSpacesBack(view, qualifier?.start ?? start);
  return nouns.find((noun) => view.startsWith(noun, end - noun.length) && boundaries.isBoundary(end - noun.length));
}

/** The `subject_trim_end` words valued `named` (มูลค่า, วงเงิน, ปริมาณ, ขนาด), gathered once per rule set. */
const NAMED_MEASURES = new WeakMap<ContextSettings, string[]>();
function namedMeasures(context: ContextSettings): string[] {
  let words = NAMED_MEASURES.get(context);
  if (!words) {
    words = [...(context.subjectTrimEnd?.entries.values() ?? [])].filter((e) => e.canonical === NAMED).map((e) => e.surface);
    NAMED_MEASURES.set(context, words);
  }
  return words;
}

/** A measure's noun before the phrase it measures: glued before a Thai word (มูลค่า|การส่งออก), spaced before another (มูลค่า gift voucher). */
function nounFirst(noun: string, phrase: string): string {
  return isThaiLetter(phrase.charCodeAt(0)) ? `${noun}${phrase}` : `${noun} ${phrase}`;
}

/**
 * Whether a word of `lexicon` stands before `at`, with only words a subject is trimmed of between
 * (… ติดลบเป็นครั้งแรกใน|รอบ: ครั้งแรก before ใน), at most a join window back.
 */
function wordBefore(context: RefineContext, at: number, lexicon: Lexicon | undefined): boolean {
  const { view, boundaries, rules } = context;
  if (!lexicon) return false;
  const words = boundaries.words(Math.max(0, at - rules.context.joinWindow), at);
  for (let i = words.length - 1; i >= 0; i--) {
    const word = view.slice(words[i]![0], words[i]![1]);
    if (lexicon.entries.has(word)) return true;
    if (HAS_WORD.test(word) && !isTrimmed(word, rules.context)) return false;
  }
  return false;
}

/**
 * A period that opens what a reporter says takes the subject of the figure after it on its line,
 * at most a subject window on: the reported clause names it there (… เปิดเผยว่า ในช่วง 6 เดือนแรกของปีนี้
 * … โดยโครงการการขอรับการส่งเสริมการลงทุนมีจำนวน 1,412 โครงการ). So does a period with no phrase
 * before it (… 5 เดือนแรกขยายตัวร้อยละ 7.97): it frames the figure after it. `why` says which.
 */
function shareForward(context: RefineContext, drafts: readonly Draft[], periods: ReadonlySet<Draft>, why: string, sameClause = false): void {
  for (const [i, d] of drafts.entries()) {
    if (!periods.has(d)) continue;
    let j = i + 1;
    while (j < drafts.length && drafts[j]!.fact.kind === "date") j++;
    const next = drafts[j];
    if (!next?.fact.subject || !nearInParagraph(context, d.candidate.end, next.candidate.start)) continue;
    // A period framing the figure: in its clause, no number between (MPI อยู่ในระดับ 106.4 ทั้งนี้ ส่วน…: another's).
    if (sameClause && (clauseEnd(context, d.candidate.end) < next.candidate.start
      || /[0-9]/.test(withoutReferences(context, d.candidate.end, next.candidate.start)))) continue;
    d.fact.subject = next.fact.subject;
    because(context, d, "subject", () => `the figure after it's: ${why}`);
  }
}

/** The most characters between the last item and its total. */
const TOTAL_GAP = 40;

/** The fewest Thai letters a shared head of the items' names must have to name their total. */
const SHARED_HEAD = 3;

/**
 * Whether the words between the figure before (ending at `from`) and a figure at `to` say it is
 * their total: a `subject_total` word, and only words a subject is trimmed of besides (รวมเป็น จำนวน).
 */
function totalBetween(context: RefineContext, from: number, to: number): boolean {
  const { view, boundaries, rules } = context;
  const totals = rules.context.subjectTotal;
  // Read as written first: most gaps between figures are long or hold no such word, and cutting
  // them into words costs the segmenter's time.
  const gap = view.slice(from, to);
  if (!totals || gap.length > TOTAL_GAP || /\n/.test(gap) || !mentionsAny(gap, totals)) return false;
  const words = boundaries.words(from, to).map(([a, b]) => view.slice(a, b)).filter((w) => HAS_WORD.test(w));
  return words.some((w) => totals.entries.has(w)) && words.every((w) => totals.entries.has(w) || isTrimmed(w, rules.context));
}

/**
 * The name the items' subjects share from their start, ending on a word boundary where the first
 * item's subject is written (กรรมสิทธิ์แม่โค, กรรมสิทธิ์แม่กระบือ → กรรมสิทธิ์แม่; หน้ากากคาร์บอน,
 * หน้ากาก N 95 → หน้ากาก); undefined when they share none that names something.
 */
function sharedHead(context: RefineContext, items: readonly Draft[]): string | undefined {
  const names = items.map((d) => d.fact.subject!);
  let length = 0;
  while (names.every((n) => length < n.length && n[length] === names[0]![length])) length++;
  const first = items[0]!;
  const at = context.view.lastIndexOf(names[0]!, first.candidate.start);
  if (at < 0) return undefined;
  while (length > 0 && !context.boundaries.isBoundary(at + length)) length--;
  const head = names[0]!.slice(0, length).trim();
  const letters = head.replace(/[^\u0e01-\u0e4e]/g, "").length;
  if (letters < SHARED_HEAD || isTrimmed(head, context.rules.context) || (context.rules.context.subjectPrefix?.entries.has(head) ?? false)) return undefined;
  return head;
}

/**
 * A total (… 546 ราย และกรรมสิทธิ์แม่กระบือ จำนวน 266 ราย รวมเป็น จำนวน 812 ราย) is of what its
 * items' names share, when they name different things: not of the last item it would share a
 * subject with.
 */
function nameTotals(context: RefineContext, drafts: readonly Draft[]): void {
  const figures = drafts.filter((d) => d.fact.kind !== "date");
  for (const [i, d] of figures.entries()) {
    const before = figures[i - 1];
    if (!before || !totalBetween(context, before.candidate.end, d.candidate.start)) continue;
    // The items: the figures of its kind and unit right before it on its line, each after the last.
    const items: Draft[] = [];
    for (let j = i - 1; j >= 0; j--) {
      const item = figures[j]!;
      if (item.fact.kind !== d.fact.kind || item.fact.unit !== d.fact.unit || item.fact.subject === undefined) break;
      if (/\n/.test(context.view.slice(item.candidate.end, d.candidate.start))) break;
      items.unshift(item);
    }
    if (items.length < 2 || new Set(items.map((item) => item.fact.subject)).size < 2) continue;
    const head = sharedHead(context, items);
    if (head === undefined) continue;
    nameTotal(context, figures, i, head, `what its items' names share ("${head}"): it is their total`);
  }
}

/**
 * Gives the total at `figures[i]` its subject, and the figures that shared its old one right after
 * it on its line, each right after the last, go with it (รวมเป็น 812 ราย คิดเป็นมูลค่า 23,548,000 บาท:
 * the total's value; รวม 10 ตำบล 35 หมู่บ้าน).
 */
function nameTotal(context: RefineContext, figures: readonly Draft[], i: number, subject: string, why: string): void {
  const d = figures[i]!;
  const old = d.fact.subject;
  d.fact.subject = subject;
  because(context, d, "subject", () => why);
  for (let j = i + 1; j < figures.length; j++) {
    const next = figures[j]!;
    const gap = context.view.slice(figures[j - 1]!.candidate.end, next.candidate.start);
    // Valued across a measure word, it keeps the word after the name (กรรมสิทธิ์แม่ มูลค่า).
    const measure = old !== undefined && next.fact.subject?.startsWith(`${old} `) ? next.fact.subject.slice(old.length) : "";
    if ((next.fact.subject !== old && measure === "") || /\n/.test(gap) || gap.length > context.rules.context.joinWindow) break;
    next.fact.subject = subject + measure;
    because(context, next, "subject", () => `shared with the total before it ("${subject}")`);
  }
}

/** How far (characters, on the figure's line) before a count its classifier may head a relative clause. */
const RELATIVE_HEAD_REACH = 150;
/** A list item's number (3), 2.) in a line: what follows is another item. */
const ITEM_MARK = /(?:^|\s)\(?[0-9]{1,2}[).](?![0-9])/;
/** The most characters of the head's phrase kept as the subject: its chunk, and the next while they fit. */
const RELATIVE_HEAD_CHARS = 60;

/**
 * A count whose classifier heads a relative clause before it in its sentence (มีครัวเรือนที่ได้รับผล
 * กระทบจากอุทกภัย ในพื้นที่ กทม. และ 15 จังหวัด จำนวน 237,048 ครัวเรือน): what is counted is that phrase,
 * not the phrase right before the figure, which ends the clause (กทม.). The classifier, a word of its
 * own, then a `subject_relative` word glued after it; on the figure's line within RELATIVE_HEAD_REACH,
 * no figure of the same classifier between (it would be the phrase's own count). Not a classifier that
 * names no kind (`subject_counter`: รายที่ 1 is case one) nor a count of people (`subject_people`).
 */
function relativeHeads(context: RefineContext, drafts: readonly Draft[]): void {
  const { view, boundaries, rules } = context;
  const relative = rules.context.subjectRelative;
  if (!relative) return;
  const figures = drafts.filter((d) => d.fact.kind !== "date");
  for (const [i, d] of figures.entries()) {
    const unit = String(d.fact.unit);
    const { start } = d.candidate;
    if (d.fact.kind !== "count" || !HAS_WORD.test(unit) || d.fact.subject?.includes(unit)
      || !countsKind(unit, rules.context)
      || cueBefore(view, start, rules.context.subjectKnownSet, d.fact.kind, boundaries) !== undefined) continue;
    const head = relativeHead(context, unit, Math.max(context.scopes.lineStart(start, RELATIVE_HEAD_REACH), start - RELATIVE_HEAD_REACH), start);
    // No figure of the same classifier between (it would be the phrase's own count), no clause start.
    // Nor a list opened between (ประเภทรางวัลที่จะทำการคัดเลือก ดังนี้ 1. รางวัลนักเรียน… 12 รางวัล: the item's own count).
    if (head === undefined) continue;
    // The head's chunk (a clause start glued in it is the clause's own: ที่เสนอโดยท้องถิ่น), and the chunks
    // after it while they fit and hold no figure nor a trimmed word alone.
    let end = head;
    while (end < start && !isWhitespace(view.charCodeAt(end))) end++;
    if (figures.slice(0, i).some((f) => f.candidate.start > head && String(f.fact.unit) === unit)
      || lastCueEnd(view, end, start, rules.context.clauseStart, boundaries) >= 0
      || lastCueEnd(view, head, start, rules.context.listIntro, boundaries) >= 0 || ITEM_MARK.test(view.slice(head, start))) continue;
    for (;;) {
      let next = end;
      while (next < start && isWhitespace(view.charCodeAt(next))) next++;
      let stop = next;
      while (stop < start && !isWhitespace(view.charCodeAt(stop))) stop++;
      const chunk = view.slice(next, stop);
      if (stop >= start || stop - head > RELATIVE_HEAD_CHARS || /[0-9]/.test(chunk) || isTrimmed(chunk, rules.context)) break;
      end = stop;
    }
    const subject = context.source.original(head, end).trim();
    d.fact.subject = subject;
    because(context, d, "subject", () => `its classifier heads the relative clause before it: "${subject}"`);
  }
}

/** Before a relative word, a number or an ordinal right after it makes an ordinal (รางวัลที่ 1, ประการที่สาม, เข็มที่ 2). */
const ORDINAL_AFTER = new RegExp(`^[ \\t]?${NUMBER_START_SOURCE}`);
/** A number (digits or number words) ending right before a classifier: the classifier is that count's. */
const NUMBER_BEFORE = new RegExp(`${NUMBER_START_SOURCE}[ \\t]*$`);
const NUMBER_BEFORE_REACH = 16;
/** A list item's number opening its line (3.3 โครงการที่…, 2) จังหวัดที่…): no count's. */
const ITEM_OPENING = /^[ \t]*\(?[0-9]{1,2}(?:\.[0-9]{1,2})*[.)]?[ \t]*$/;

/**
 * The last place in [from, to) where `unit` heads a relative clause: a word of its own, a
 * `subject_relative` word glued after it and no number or ordinal after that (รางวัลที่ 1), and no
 * number right before it (6 อำเภอที่มีการระบาดสูง: that count's own classifier). Undefined if none.
 */
function relativeHead(context: RefineContext, unit: string, from: number, to: number): number | undefined {
  const { view, boundaries, rules } = context;
  for (let at = view.lastIndexOf(unit, to - 1); at >= from; at = at === 0 ? -1 : view.lastIndexOf(unit, at - 1)) {
    if (!boundaries.isBoundary(at)) continue;
    const word = lexiconWords(rules.context.subjectRelative).find((w) => view.startsWith(w, at + unit.length));
    if (word === undefined) continue;
    const after = view.slice(at + unit.length + word.length, at + unit.length + word.length + 12);
    if (ORDINAL_AFTER.test(after) || cueAfter(view, at + unit.length + word.length, rules.context.subjectTimeOrdinal, "count", boundaries) !== undefined) continue;
    if (NUMBER_BEFORE.test(view.slice(Math.max(0, at - NUMBER_BEFORE_REACH), at)) && !ITEM_OPENING.test(view.slice(view.lastIndexOf("\n", at - 1) + 1, at))) continue;
    return at;
  }
  return undefined;
}

/** The most characters a list of names may run from the figure that counts it to their total. */
const NAMES_REACH = 400;
/** The most characters between the figure that counts a list and the word that introduces it (3 อำเภอ ได้แก่, 3 ประเทศหลัก คือ). */
const COUNTED_GAP = 16;

/**
 * A total after a list of names (จ.เชียงราย เกิดน้ำท่วมในพื้นที่ 3 อำเภอ ได้แก่ อ.แม่สาย อ.เวียงป่าเป้า
 * และ อ.เมืองฯ รวม 10 ตำบล 35 หมู่บ้าน) is of what the figure that counts the list measures, not of its
 * last name: a `subject_total` word right before it (only words a subject is trimmed of between), a
 * `list_intro` word within COUNTED_GAP characters after the figure before, and only names between,
 * no figure nor line end.
 */
function listTotals(context: RefineContext, drafts: readonly Draft[]): void {
  const { view, boundaries, rules } = context;
  const totals = rules.context.subjectTotal;
  const intro = rules.context.listIntro;
  if (!totals || !intro) return;
  const figures = drafts.filter((d) => d.fact.kind !== "date");
  for (const [i, d] of figures.entries()) {
    const counted = figures[i - 1];
    if (counted?.fact.subject === undefined) continue;
    const from = counted.candidate.end;
    const start = d.candidate.start;
    // Read as written first: most gaps between figures hold no total word.
    const gap = view.slice(from, start);
    if (gap.length > NAMES_REACH || /[\n0-9]/.test(gap) || !mentionsAny(gap, totals)) continue;
    const introEnd = lastCueEnd(view, from, Math.min(start, from + COUNTED_GAP), intro, boundaries);
    if (introEnd < 0) continue;
    const words = boundaries.words(from, start).filter(([a, b]) => HAS_WORD.test(view.slice(a, b)));
    let k = words.length - 1;
    const word = (at: number): string => view.slice(words[at]![0], words[at]![1]);
    while (k >= 0 && !totals.entries.has(word(k)) && isTrimmed(word(k), rules.context)) k--;
    if (k < 0 || !totals.entries.has(word(k)) || d.fact.subject === counted.fact.subject) continue;
    // The total word stands apart, not glued to a noun it totals (วงเงินภาระผูกพันรวม, มียอดการจำหน่ายรวม:
    // the figure's own phrase), and no other list opens among the names (… มีขอบเขตงาน อาทิ งาน… รวม 40
    // รายการ: the examples' total).
    const totalStart = words[k]![0];
    if (!isWhitespace(view.charCodeAt(totalStart - 1)) || lastCueEnd(view, introEnd, totalStart, rules.context.changeList, boundaries) >= 0
      || lastCueEnd(view, introEnd, totalStart, intro, boundaries) >= 0) continue;
    const subject = counted.fact.subject;
    nameTotal(context, figures, i, subject, `the total of the names the figure before it counts ("${subject}")`);
  }
}

/**
 * The subject of the figure before, when only cue words and share words (คิดเป็นสัดส่วน) stand
 * between it and a percentage at `start`, on its line within the join window: the part a share
 * is of. Else undefined.
 */
function partOf(context: RefineContext, previous: Previous | undefined, start: number): string | undefined {
  // Not a length's (อายุ 60 ปีขึ้นไปเป็นสัดส่วนร้อยละ 20 ของประชากร: an age bounds the part, names none).
  if (previous?.subject === undefined || previous.start === undefined || previous.kind === "duration"
    || start - previous.end > context.rules.context.joinWindow) return undefined;
  const { view, boundaries, rules } = context;
  if (/[\n0-9]/.test(view.slice(previous.end, start))) return undefined;
  const words = boundaries.words(previous.end, start).filter(([a, b]) => rules.context.subjectTrimEnd?.entries.get(view.slice(a, b))?.canonical !== SHARE);
  return onlyTrimmedWords(words, view, rules.context) ? previous.subject : undefined;
}

/**
 * Whether a `subject_action` verb stands right before `start`, alone in its chunk but for trimmed
 * words before it (ออก, พร้อมออก, ได้ออก).
 */
function actionAlone(context: RefineContext, start: number): boolean {
  const { view, boundaries } = context;
  const verb = cueBefore(view, start, context.rules.context.subjectAction, "count", boundaries);
  if (verb === undefined) return false;
  let chunk = verb.start;
  while (chunk > 0 && !isWhitespace(view.charCodeAt(chunk - 1))) chunk--;
  return boundaries.words(chunk, verb.start).every(([a, b]) => isTrimmed(view.slice(a, b), context.rules.context));
}

export const subject: Refiner = {
  name: "subject",
  refine(context, drafts) {
    const input: SubjectInput = {
      source: context.source, view: context.view, boundaries: context.boundaries,
      context: context.rules.context, timeReferences: context.timeReferences, softLineBreaks: context.scopes.wrapped,
    };
    const references = new Set(context.timeReferences.map((r) => r.start));
    // Where the sets named in words end (knownSetEnds), read once when a figure first asks.
    let setEnds: number[] | undefined;
    let previous: Previous | undefined;
    // The last figure with a subject standing outside any bracket: past an aside in brackets that held the
    // figure before ((รวมเสริม 14 เที่ยววิ่ง) จำนวน 378,750 คน-เที่ยว), a figure goes on from the one the aside interrupted.
    let outside: Previous | undefined;
    const insideBracket = bracketTest(context);
    // The last figure with a subject: a date between (เมื่อเทียบเดือน มี.ค. 66) does not end its sentence.
    let named: Previous | undefined;
    // The figures with a subject so far, the last few: a clause may parallel one further back than the last.
    const recent: Previous[] = [];
    const reported = new Set<Draft>();
    // Periods with no phrase before them (5 เดือนแรกขยายตัวร้อยละ 7.97): the figure after them names what they frame.
    const framing = new Set<Draft>();
    const days: Span[] = drafts.filter((d) => d.fact.kind === "date").map((d) => [d.candidate.start, d.candidate.end]);
    // The breadcrumb of the line the last figure was on: a line's figures come one after another.
    let line = -1;
    let crumbEnd = 0;
    for (const d of drafts) {
      const { candidate: c, fact } = d;
      if (fact.kind === "date") {
        // A subject never reaches back across a day; a period no reference took (ม.ค.-ต.ค., its year
        // the document's) is stepped over as a reference is.
        if (!references.has(c.start) && !isPeriodValue(fact.value)) previous = { end: c.end, kind: fact.kind };
        continue;
      }
      // A length after a span's noun (ในรอบ 6 เดือน, ใช้เวลา 3 ชั่วโมง) is of what is named before the
      // span, as a period is; with nothing named there, the span's noun names it (70% ภายในระยะเวลา
      // 180 วัน); a period's never does.
      const period = fact.kind === "duration" && isPeriod(context, c.end);
      const spanned = fact.kind === "duration" && !period
        && cueBefore(context.view, c.start, context.rules.context.periodSpan, "duration", context.boundaries) !== undefined;
      const span = period || spanned ? spanStart(context, c.start) : c.start;
      // (Read from the aside's closing bracket on, as if the interrupted figure ended there.)
      // Only an aside opening right after that figure (474 เที่ยว (รวมเสริม…): one after a name glosses the name
      // (ปริญญาตรี (4 ปี) 826,200 บาทต่อคน: the degree's).
      const asideEnd = previous?.start !== undefined && outside !== undefined && outside !== previous && insideBracket(previous.start)
        && /^\s*\($/.test(context.view.slice(outside.end, context.view.lastIndexOf("(", previous.start) + 1))
        ? closedAsideEnd(context, previous.start, span) : undefined;
      const resumed = asideEnd !== undefined ? inheritsSubject(context, { ...outside!, end: asideEnd }, span, fact.kind) : undefined;
      if (resumed !== undefined) previous = outside;
      const inherited = resumed ?? inheritsSubject(context, previous, span, fact.kind);
      const inherits = inherited?.how;
      // With nothing before it, a count's subject may be glued after its classifier, and a
      // percentage's is what it is a share of (ร้อยละ 21 ของเนื้อที่ทั้งจังหวัด); across cue words
      // only, that comes before the previous figure's (30 ราย ใน 5 ประเภทเทคโนโลยี).
      // Looked for only when needed (it segments the text after the figure): most figures have a
      // phrase before them.
      // Only a count's: what is glued after another unit says more of the figure, not what it
      // measures (4 ปีซ้อน, 65 ปีบริบูรณ์, ในราคาเพียง 45,000 บาทเท่านั้น, 400 เมตรเข้าเทียบท่า).
      // Nor after all of a set named before (ทั้งสองฝ่ายต่างเห็นพ้อง…: what the set does).
      const unitStart = inherits === "joined" || fact.kind !== "count"
        || cueBefore(context.view, c.start, context.rules.context.subjectKnownSet, fact.kind, context.boundaries) ? undefined : c.captures.get("unit")?.start;
      let afterFound: { phrase: string | undefined } | undefined;
      const after = (): string | undefined => (afterFound ??= {
        phrase: inherits === "joined" ? undefined
          : unitStart !== undefined ? subjectAfter(input, unitStart, c.end)
          : fact.kind === "percent" ? shareOfAfter(input, c.end) : undefined,
      }).phrase;
      const shared = inherits === "joined" || (inherits === "cues only" && after() === undefined);
      // A figure on a line that starts with a breadcrumb looks for its subject after it only.
      const lineStart = context.scopes.lineStart(c.start, c.start);
      if (lineStart !== line) {
        line = lineStart;
        crumbEnd = breadcrumbEnd(context.view, lineStart);
      }
      // A period with no phrase of its own (โดยแปดเดือนแรกของปี 2565 มีจำนวนสะสม มากกว่าสี่ล้านคน) is
      // looked past, as a time reference is: the figure it frames may find its phrase before it.
      // So does a set named in words (ทั้งสองฝ่าย|ได้ตกลง…), no figure itself (mask.both), when words stand between it
      // and the figure: it ends the phrase as one would. Right before the figure, cue words aside, it qualifies the
      // phrase before it (กรอบวงเงินในการเยียวยาช่วยเหลือทั้งสองมาตรการ จำนวน 33,000 ล้านบาท), which goes on.
      setEnds ??= knownSetEnds(context);
      const setEnd = setEnds[upperBound(setEnds, c.start, (e) => e) - 1] ?? 0;
      const setFloor = setEnd >= lineStart && setEnd > 0 && !onlyTrimmedWords(context.boundaries.words(setEnd, c.start), context.view, context.rules.context) ? setEnd : 0;
      const floor = Math.max(previous?.floor ?? previous?.end ?? 0, Math.min(c.start, crumbEnd), setFloor);
      // A period (6 เดือนแรก, ในช่วง 30 ปีที่ผ่านมา) is of what the phrase before it names, past its
      // span's noun (ในระยะ); the figures after it share that phrase, not what is glued after its
      // unit (9 เดือน|แรกของปี|งบประมาณ: more of the period).
      const label = labelOf(context, c.start);
      const peopleEntry = fact.kind === "count" ? context.rules.context.subjectPeople?.entries.get(String(fact.unit)) : undefined;
      // A count of people, not one that counts cases as often (ราย): its subject is read from its first noun of people.
      const people = peopleEntry !== undefined && peopleEntry.canonical !== CASES;
      const counted = fact.kind === "count" ? fact.unit : undefined;
      const before = (from: number): string | undefined => subjectBefore(input, from, floor, { kind: fact.kind, counted, people }, after);
      const own = label === undefined && !shared;
      // A record set over a span (ขยายตัวสูงสุดในรอบ 42 เดือน, ติดลบเป็นครั้งแรกในรอบ 8 เดือน) is of
      // what the figure before it on its line measures, whatever stands between.
      const record = own && spanned && wordBefore(context, span, context.rules.context.periodRecord)
        ? droppedSubject(context, named, c.start) : undefined;
      // A period that opens what a reporter says (… (บีโอไอ) เปิดเผยว่า ในช่วง 6 เดือนแรก: a
      // `period_reported` word before it) is not the reporter's: the figure after it names it.
      // A bare length right after such a word is one too (“รัฐบาล” ปลื้ม 8 เดือน นทท.ต่างชาติ … 23 ล้านคน).
      const reportedAt = own && (period || (spanned && record === undefined) || fact.kind === "duration")
        && wordBefore(context, span, context.rules.context.periodReported);
      // A period's or a spanned length's phrase is looked for before its span; only a spanned
      // length falls back on the span's noun.
      const pastSpan = own && (period || spanned) && record === undefined && !reportedAt ? before(span) : undefined;
      if (reportedAt) reported.add(d);
      // After a `subject_count_of` word (ตาม 5 แผนงานการป้องกัน…, จาก 2 กลุ่มอุตสาหกรรมหลัก), a count is
      // of what is glued after its classifier, not of the phrase the word's phrase modifies.
      // So is a count right after a `subject_action` verb standing alone (ออก 6 มาตรการเข้มป้องกัน…,
      // แนะ 6 วิธีรู้เท่าทันข่าวปลอม): what the verb acts on is what is counted; with nothing glued
      // after its classifier (ธอส. ออก 4 มาตรการ แก้ปัญหาหนี้สิน), the classifier names it. Not a count of
      // people (`subject_people`: เข้าร่วม 90 คน): who is counted is named before the verb.
      // Nor a count of instances (`subject_counter`: บุหรี่ต่างประเทศ จับกุม 667 คดี): of what is named before the
      // verb, the classifier only when nothing is.
      const actedOn = own && unitStart !== undefined && !spanned && !period && fact.kind === "count"
        && peopleEntry === undefined && actionAlone(context, c.start);
      const acted = actedOn && countsKind(String(fact.unit), context.rules.context);
      // A count's own phrase, no span's or period's: a count_of word or a one of a set may stand before it.
      const countable = own && unitStart !== undefined && !spanned && !period;
      const countOfCue = countable ? cueBefore(context.view, c.start, context.rules.context.subjectCountOf, fact.kind, context.boundaries) : undefined;
      // One of a set (ไทยติด 1 ใน 5 ประเทศ…: a `subject_one_of` word, before the cue or as the whole phrase): the
      // classifier names the set when nothing is glued after it.
      const one = countable ? cueBefore(context.view, countOfCue?.start ?? c.start, context.rules.context.subjectOneOf, fact.kind, context.boundaries) : undefined;
      // Only a classifier that names a kind: one of 9 แห่ง names no set (the phrase before still says of what).
      const oneOf = one !== undefined && (countOfCue !== undefined) === (one.entry.canonical === BEFORE_CUE) && countsKind(String(fact.unit), context.rules.context);
      const countOf = acted || countOfCue !== undefined || oneOf;
      const glued = countOf ? after() ?? (acted || oneOf ? String(fact.unit) : undefined) : undefined;
      // A relative clause glued after a classifier that names a kind (ไทยติด 1 ใน 5 ประเทศที่ได้รับความนิยม…):
      // it says which of the kind are counted, whatever the phrase before says. A classifier that names
      // no kind (`subject_counter`: 20 รายที่เข้าพบหารือ) leaves it to the phrase before.
      // Its own clause, even right after another figure (เพชรบูรณ์ 1.950 ล้านตัน และสำหรับ 5 จังหวัดที่สามารถ…).
      // So does a region or a scope glued after it (`subject_kind_after`: ส่วน 17 จังหวัดภาคเหนือ ยังต้องเฝ้าระวัง).
      const classifierAt = fact.kind === "count" && label === undefined
        && !cueBefore(context.view, c.start, context.rules.context.subjectKnownSet, fact.kind, context.boundaries) ? c.captures.get("unit")?.start : undefined;
      const ofKind = classifierAt !== undefined && !spanned && !period
        && (!(context.rules.context.subjectCounter?.entries.has(String(fact.unit)) ?? false) || isNamedCounter(String(fact.unit), context.rules.context));
      const clause = ofKind ? relativeAfter(input, classifierAt, c.end) : undefined;
      const relative = clause ?? (ofKind ? kindAfter(input, classifierAt, c.end) : undefined);
      // Unless the phrase before already names the kind (กลุ่มเป้าหมาย 4 กลุ่มที่ชัดเจน).
      // The phrase right before the figure, looked for once (a relative clause asks for it first).
      let nearest: { phrase: string | undefined } | undefined;
      // A rate's spread (ลูกค้าสวัสดิการ เท่ากับ MRR-1.00% ต่อปี): what it measures is named before its base, else the base names it.
      const base = spreadBase(context.view, c.start);
      const phraseRightBefore = (): string | undefined => (nearest ??= { phrase: (base !== undefined ? before(base) : undefined) ?? before(bracketStart(context, c.start)) }).phrase;
      // (Not the phrase glued after it, which a figure with nothing before it takes for its phrase before.)
      const namedBefore = (): boolean => {
        const phrase = phraseRightBefore();
        return phrase !== undefined && phrase !== afterFound?.phrase && phrase.includes(String(fact.unit));
      };
      // One of a set names the set whatever names the one before it (ประเทศไทยเป็น 1 ใน 5 ประเทศแรกที่ร่วมลงนาม…).
      const ownRelative = relative !== undefined && (oneOf || !namedBefore()) ? relative : undefined;
      // Not a count of people, a figure sharing one's subject shares its whole phrase (see Previous.reread).
      const sharedSubject = (): string | undefined => {
        // Across cue words only, from a figure of another kind or unit (นักท่องเที่ยวต่างชาติไม่น้อยกว่า 35
        // ล้านคน สร้างรายได้รวม 1.7 ล้านล้านบาท ขณะที่ปี 2568 ตั้งเป้าเพิ่มขึ้นเป็น 39 ล้านคน): the clause
        // parallels the last figure of its own kind and unit in the paragraph.
        const parallel = inherits === "cues only" && (previous?.kind !== fact.kind || previous?.unit !== String(fact.unit)) && clauseWordBetween(context, context.rules.context.clauseStart, previous!.end, c.start, CONTRAST)
          ? recent.findLast((p) => p.kind === fact.kind && p.unit === String(fact.unit) && nearInParagraph(context, p.end, c.start)) : undefined;
        if (parallel?.subject !== undefined) return parallel.subject;
        if (previous?.outer !== undefined && previous.unit !== String(fact.unit)) return previous.outer;
        const subject = previous?.reread !== undefined && people !== (previous.people === true) ? previous.reread(people) ?? previous.subject : previous?.subject;
        return subject !== undefined && inherited?.measure !== undefined && !subject.endsWith(inherited.measure) ? `${subject} ${inherited.measure}` : subject;
      };
      // All of a set named before, opening its chunk or its clause (ในการหารือดังกล่าว ทั้งสองฝ่ายได้แสดง…,
      // โดยทั้งสองเรื่องมีความเกี่ยวข้องกัน): the set is what the clause is about, not the phrase before the
      // space; the classifier names it (classifierSubjects). Glued to a noun, the set is that noun's (กทม.ทั้ง 50 เขต).
      // Only when the set acts, a word glued after its classifier (ทั้งสองฝ่าย|ได้แสดง): after a space it is
      // as often a figure of the clause before, others following (ทำให้ได้รับผลกระทบ ทั้ง 6 ตำบล จำนวน 46 หมู่บ้าน).
      // Nor a classifier that names no kind (`subject_counter`, `subject_people`: ร่างรายงานฯ ทั้งสองฉบับดังกล่าว):
      // the phrase before names what the set is of.
      const setOpens = own && fact.kind === "count" && isThaiLetter(context.view.charCodeAt(c.end))
        && countsKind(String(fact.unit), context.rules.context) && opensWithKnownSet(context, c.start);
      // A share that follows a figure or opens its clause, its part named after it past a `subject_share_part`
      // word (… มูลค่ารวม 45,556 ล้านบาท ร้อยละ 16.3 อยู่ในจังหวัดเชียงราย จำนวน 2,758 หน่วย): a list of parts, each
      // named after its share, not the figure before's.
      const partAfter = fact.kind === "percent" && label === undefined && (inherits !== undefined || phraseRightBefore() === undefined)
        ? sharePartAfter(input, c.end) : undefined;
      let found = label ?? record ?? partAfter ?? ownRelative ?? glued ?? (shared ? sharedSubject()
        : reportedAt || period ? pastSpan
        : setOpens ? undefined
        : pastSpan ?? phraseRightBefore());
      // The `subject_count_of` word alone before its count (ผ่าน 2 ช่องทาง ได้แก่ …) names nothing: the
      // classifier names what is counted.
      if (countOf && found !== undefined && (context.rules.context.subjectCountOf?.entries.has(found) ?? false)) found = String(fact.unit);
      // A count of instances after a verb alone that nothing before names (จะจัด 2 ครั้ง): its classifier.
      if (found === undefined && actedOn) found = String(fact.unit);
      // An anniversary's length with nothing but the occasion's words before it (ในโอกาสครบรอบ 73 ปี ความสัมพันธ์
      // ไทย – อินโดนีเซีย): what is that old is named after it.
      // So is a length that opens its line or a quotation, nothing before it (“76 ปี องค์การอุตสาหกรรมป่าไม้ สร้าง…”,
      // a headline's): what it is the age or the length of is named after it.
      // Not what is glued after it (6 เดือนนับจากนี้: more of the length).
      const opensLine = (): boolean => found === undefined && isWhitespace(context.view.charCodeAt(c.end))
        && /^[\s“"]*$/.test(context.view.slice(context.scopes.lineStart(c.start, c.start), c.start));
      // A quoted title it opens, after other words (ร่วมแสดงความยินดี “76 ปี องค์การอุตสาหกรรมป่าไม้ …”, จัดนิทรรศการ “89 ปี
      // รัฐธรรมนูญไทย …”): the title names what is that old, whatever the phrase before the quote names.
      const opensQuote = (): boolean => isWhitespace(context.view.charCodeAt(c.end)) && opensQuotation(context.view, c.start);
      const anniversary = fact.kind === "duration" && ((anniversaryMarked(context, c.start) && occasionOnly(context.rules.context.subjectAnniversary, found)) || opensLine() || opensQuote())
        ? anniversaryAfter(input, c.end) : undefined;
      if (anniversary !== undefined) found = anniversary;
      // A length right after a `subject_length_noun` (ระยะเวลา): how long what the phrase before names lasts, named
      // with the noun, as a measure word alone is (ลดภาษีเป็นระยะเวลา 1 ปี → ระยะเวลาลดภาษี: see measuresFirst).
      // So is one that shares the subject of the figure before it (ลดภาษีสูงถึง 80% เป็นระยะเวลา 1 ปี).
      const lengthNoun = spanned && record === undefined && found !== undefined && (found === pastSpan || shared)
        ? nounBefore(context, c.start, "duration", lexiconWords(context.rules.context.subjectLengthNoun)) : undefined;
      const lengthAdded = lengthNoun !== undefined && !found!.endsWith(lengthNoun);
      if (lengthAdded) found = `${found} ${lengthNoun}`;
      // A measure word alone after a period (การค้าชายแดน… ช่วง 8 เดือนแรกของปี 2567 มีมูลค่ารวม 1,215,480
      // ล้านบาท): the period cut it off from what it measures, the period's own subject.
      // So does a length right before it, its span (ตัวเลขต่างชาติลงทุนในไทย 11 เดือน มูลค่ารวมกว่า 1.12 แสนล้านบาท):
      // the value of what the length's phrase names over that time, named with the measure word, once
      // (เกินกว่า 7 วัน แต่ไม่เกิน 30 วัน, both of the line's วงเงิน: not วงเงิน วงเงิน).
      // An owner right after a period (ตัวเลขส่งออก 9 เดือนแรกของไทย ขยายตัว 15.5%: a `subject_share_of` word
      // first): it is the period's subject's, not a subject of its own.
      // The period's own words may stand before it, glued (9 เดือน|แรก|ของไทย).
      if (found !== undefined && previous?.period && previous.subject !== undefined && !found.startsWith(previous.subject)) {
        const glued = /^\S*/.exec(context.view.slice(previous.end, c.start))![0];
        const owner = lexiconWords(context.rules.context.subjectShareOf).find((w) => glued.endsWith(w + found));
        if (owner !== undefined) found = `${previous.subject}${owner}${found}`;
      }
      // A set's name a count's classifier starts (12 อุตสาหกรรม|เป้าหมาย มีมูลค่ารวม 286,699 ล้านบาท: a
      // `target_named_set` entry) is one noun: the figure after is of the targeted industries, not of เป้าหมาย.
      // Only when the words glued after it are the ones found: the same words may stand before a figure
      // further on (ภาคกลาง 25 จังหวัด, in a later paragraph than 25 จังหวัด|ภาคกลาง).
      const tail = found !== undefined && previous?.kind === "count" && previous.unit !== undefined && isThaiLetter(context.view.charCodeAt(previous.end))
        ? /^\S*/.exec(context.view.slice(previous.end, c.start))![0] : undefined;
      if (found !== undefined && previous?.unit !== undefined && tail !== undefined && context.view.lastIndexOf(tail, c.start - 1) === previous.end) {
        const noun = `${previous.unit}${tail}`;
        if (lexiconWords(context.rules.context.targetNamedSet).some((w) => noun.startsWith(w)) && found.startsWith(tail)) found = `${previous.unit}${found}`;
        // So is a region or a scope glued after it (`subject_kind_after`: 2 จังหวัด|ปริมณฑล มีค่าดัชนีเท่ากับ
        // 144.6 จุด → จังหวัดปริมณฑล). Alone, it ends the count's own subject: the figure after shares the
        // phrase before the count, when there is one (การได้รับวัคซีนสะสม ใน 10 จังหวัดนำร่อง รวมทั้งสิ้น
        // 132,189,051 โดส: the doses).
        // Not before a count of the same classifier: there the words label the next item of a list (ภาคกลาง 10
        // ทีมภาคตะวันออก 2 ทีม).
        // The region alone may be cut from a clause glued after it (5 จังหวัดชายแดนภาคใต้ติดต่อกันไม่น้อยกว่า 3 ปี).
        else if (lexiconWords(context.rules.context.subjectKindAfter).some((w) => tail.startsWith(w)) && (found.startsWith(tail) || tail.startsWith(found))
          && previous.unit !== String(fact.unit)) {
          // A percentage right after the region is the region's share (อ้อยโรงงาน ( 17 จังหวัดภาคเหนือ 30%
          // ภาคตะวันออกเฉียงเหนือ …): the region with its classifier names it.
          found = tail.startsWith(found) && previous.outer !== undefined && fact.kind !== "percent" ? previous.outer : `${previous.unit}${found}`;
        }
      }
      const measureAlone = found !== undefined && isMeasureWord(context, found);
      const overLength = measureAlone && !previous?.period && previous?.kind === "duration" && previous.subject !== undefined
        && c.start - previous.end <= context.rules.context.joinWindow && !/[\n0-9]/.test(withoutReferences(context, previous.end, c.start));
      const ofPeriod = measureAlone && (previous?.period || overLength) && previous!.subject !== undefined
        ? (overLength && context.rules.context.subjectTrimEnd?.entries.get(found!)?.canonical !== AFTER_CUE && !previous!.subject!.endsWith(found!) ? `${previous!.subject} ${found}` : previous!.subject) : undefined;
      if (ofPeriod !== undefined) found = ofPeriod;
      // A measure word alone after a topic's amount (… ปริมาณส่งออก 356,748 ตัน มูลค่า 48,073 ล้านบาท):
      // the value of the same topic.
      // So is a noun of money alone after a count (ยาสูบ จำนวน 4,333 คดี ค่าปรับ 94.78 ล้านบาท, เกาหลีใต้ 28 โครงการ
      // เงินลงทุน 12,419 ล้านบาท: a `subject_value_noun`): the money of what the count counts, named with its item.
      // Only cue words and verbs beside the noun between them (สร้างรายได้, งบประมาณรวม): a word of a name (… 5
      // จังหวัดชายแดนภาคใต้ กำหนดเงินลงทุน…) makes the count a scope, not the item.
      const valueNoun = fact.kind === "money" && previous?.kind === "count" && found !== undefined
        && (context.rules.context.subjectValueNoun?.entries.has(found) ?? false) && onlyNounBetween(context, previous.end, c.start, found);
      const topic = found !== undefined && ofPeriod === undefined && (isMeasureWord(context, found) || valueNoun) ? topicOf(context, previous, c.start, found) : undefined;
      if (topic !== undefined) found = `${topic} ${found}`;
      // A measure word alone right after a time reference ((2) การส่งออกของ MSME: ปี 2565 มีมูลค่า 1,060,207.9
      // ล้านบาท, ผลิตภัณฑ์ยางของไทย ปี 2564 ในเดือน เม.ย. มีมูลค่า 30,087 ล้านบาท): the time cut it off from
      // what it measures, the phrase before the time, named with it.
      const beforeTime = found !== undefined && ofPeriod === undefined && topic === undefined && isMeasureWord(context, found)
        ? pastTime(context, c.start, found, before) : undefined;
      if (beforeTime !== undefined) found = `${beforeTime} ${found}`;
      // A share of a whole written after it, right after a figure that names a part (รายจ่ายประจำ จำนวน
      // 2,508,990.9 ล้านบาท … และคิดเป็นสัดส่วนร้อยละ 74.89 ของวงเงินงบประมาณรวม): the part's share of
      // the whole, named with both.
      const part = found !== undefined && found === afterFound?.phrase && fact.kind === "percent" && unitStart === undefined ? partOf(context, previous, c.start) : undefined;
      const shareWord = part !== undefined ? cueAfter(context.view, c.end, context.rules.context.subjectShareOf, fact.kind, context.boundaries)?.surface : undefined;
      if (part !== undefined && shareWord !== undefined) found = `${part} ${shareWord}${found}`;
      // In a comparison's base, a verb of trade alone (จากปีก่อนที่ส่งออกมูลค่า 1.12 แสนล้านบาท) is what the
      // figure before did: the base measures what is compared with it, the figure before's subject.
      // A phrase that only names a base (… ยังต่ำกว่าช่วงก่อนเกิดโควิดถึง 59%: a `year_base` word first in it)
      // is what a figure is compared with, in a base or in the gap from one, never what is measured.
      const inBase = found !== undefined && (d.base !== undefined || d.baseFigure === true);
      const baseVerb = found !== undefined && ((inBase && context.rules.context.subjectModifier?.entries.get(found)?.canonical === VERB)
        || entryStarting(found, context.rules.context.yearBase) !== undefined) ? droppedSubject(context, previous, c.start) : undefined;
      if (baseVerb !== undefined) found = baseVerb;
      // A change's own verb alone (… อาหารสำเร็จรูปมี 11 รายการ ลดสูงสุด 33%): the change is of what the figure
      // before measures, named with it (หมวดที่หนึ่งอาหารสำเร็จรูป ลด), as a measure word alone is: the verb alone
      // says not of what.
      const changeVerb = found !== undefined && fact.change !== undefined && isChangeWord(context, found, fact.kind) ? droppedSubject(context, previous, c.start) : undefined;
      if (changeVerb !== undefined) found = `${changeVerb} ${found}`;
      // An amount an approval or allotment verb stands right before, with nothing before it naming it (ครม.อนุมัติ
      // 1.52 หมื่นล้าน เพิ่มวงเงินลงทุน 2 โครงการด้านไฟฟ้า, a headline's): what it is for, written after it.
      // So is one a body approved (ครม. อนุมัติ 24,400 ล้านบาท ขับเคลื่อนการวิจัย…): the body names who acts, the purpose what.
      const purpose = (found === undefined || isAgency(found, context.rules.context)) && fact.kind === "money" && cueBeforeSkipping(context.view, c.start, context.rules.context.subjectAction,
        [context.rules.context.qualifierBefore], fact.kind, context.boundaries, 1) !== undefined ? purposeAfter(input, c.end) : undefined;
      if (purpose !== undefined) found = purpose;
      const continued = found === undefined ? continuedItem(context, previous, c.start, days) : undefined;
      const dropped = found === undefined && continued === undefined && (fact.change !== undefined || d.base !== undefined || d.baseFigure) ? droppedSubject(context, previous, c.start) : undefined;
      const modified = found === undefined && continued === undefined && dropped === undefined ? modifiedBefore(context, previous, fact, c.start) : undefined;
      // A measure word alone right before the figure, its phrase found before it (มาตรการคู่ขนาน … อนุมัติวงเงิน
      // 81,266 ล้านบาท, การส่งออกเดือนตุลาคมมีมูลค่า 27,115 ล้านดอลลาร์สหรัฐ): the figure is that measure of what the
      // phrase names, named with it, as a length with its noun (readers of unseen sets keyed the measure word,
      // 11 keys to 4).
      const measureBefore = found !== undefined && lengthNoun === undefined ? nounBefore(context, c.start, fact.kind, namedMeasures(context.rules.context)) : undefined;
      const measureNoun = measureBefore !== undefined && !found!.includes(measureBefore) ? measureBefore : undefined;
      if (measureNoun !== undefined) found = `${found} ${measureNoun}`;
      const phrase = found ?? continued ?? dropped ?? modified;
      // The phrase without the noun of a length or a measure added: what the explanation and the figures after go
      // by (… ระยะเวลา 2 เดือน วงเงิน 500 บาท: the money is not the length's; น้ำมันพืชขนาด 1 ลิตร ขวดละ 43 บาท: the price
      // is not the size's).
      const noun = lengthAdded ? lengthNoun : measureNoun;
      const core = phrase !== undefined && noun !== undefined && phrase.endsWith(` ${noun}`) ? phrase.slice(0, -noun.length - 1) : phrase;
      if (phrase !== undefined && core !== undefined) {
        fact.subject = phrase;
        const withLength = core === phrase ? "" : lengthAdded ? `, with the noun of a length ("${lengthNoun}")` : `, with its measure word ("${measureNoun}")`;
        because(context, d, "subject", () => (label !== undefined ? "its line's label, before a colon"
          : partAfter !== undefined && core === partAfter ? "the part it is the share of, written after it"
          : continued !== undefined ? "continues the item line before it"
          : dropped !== undefined ? "the figure before's: its clause names nothing, as Thai leaves a known subject out"
          : modified !== undefined ? "the figure before's, with the modifier alone between them (สะสม): the same measure"
          : record !== undefined ? "the figure before's: the length is how long since it was last as high or as low"
          : ownRelative !== undefined && core === ownRelative ? (clause !== undefined ? "its classifier and the relative clause glued after it: which of the kind are counted"
            : "its classifier and the region or scope glued after it: which of the kind are counted")
          : shared ? "shared with the figure before it" : period ? "the phrase before the period"
          : ofPeriod !== undefined ? "the period's before it: a measure word alone names nothing"
          : beforeTime !== undefined ? "the phrase before the time right before its measure word alone"
          : core === purpose ? "what it is for, written after it: an approval's amount nothing before names"
          : core === anniversary ? "what is that old, written after it: an anniversary the phrase before names only the occasion of, or a title it opens"
          : core === pastSpan ? "the phrase before its span's noun"
          : core === afterFound?.phrase ? "written after it"
          : oneOf && core === String(fact.unit) ? "its classifier: the set it is one of"
          : part !== undefined && shareWord !== undefined ? "the figure before's, as a share of what is written after it"
          : baseVerb !== undefined ? "the figure before's: a comparison's base, a verb of trade alone before it" : "the phrase before it") + withLength);
      } else if (reportedAt) because(context, d, "subject", () => "none: it opens what a reporter says, and no figure after it names that");
      else if (period) {
        because(context, d, "subject", () => "none: a period, with no phrase before it, and no figure after it names one");
        framing.add(d);
      }
      // A difference from a goal or a forecast (… 5,408,895 คน-เที่ยว ต่ำกว่าประมาณการ 148,843 คน-เที่ยว): what
      // it measures is named with the comparison, which alone names it when nothing else does (เกินเป้าไป 6
      // หมื่นล้านบาท). The figures after share the phrase without it.
      const gap = goalGap(context, c.start, fact.kind);
      if (gap !== undefined && !(fact.subject?.includes(gap) ?? false)) {
        const own = fact.subject;
        fact.subject = own === undefined || gap.endsWith(own) ? gap : `${own} ${gap}`;
        if (context.explain) {
          const why = d.why?.subject;
          because(context, d, "subject", () => (own === undefined ? `the comparison with a goal right before it, "${gap}": nothing else names it`
            : `${why ?? "its phrase"}, and the comparison with a goal right before it, "${gap}"`));
        }
      }
      const reread = phrase !== undefined && phrase === nearest?.phrase
        ? (asPeople: boolean) => subjectBefore(input, bracketStart(context, c.start), floor, { kind: fact.kind, counted, people: asPeople }, after) : undefined;
      previous = { start: c.start, end: c.end, kind: fact.kind, unit: String(fact.unit), ...(core !== undefined ? { subject: core } : {}), ...(period ? { period: true as const } : {}),
        ...(period && phrase === undefined && !reportedAt ? { floor } : {}), ...(people ? { people: true as const } : {}), ...(reread ? { reread } : {}),
        ...(phrase !== undefined && phrase === ownRelative && nearest?.phrase !== undefined ? { outer: nearest.phrase } : {}) };
      if (phrase !== undefined && !insideBracket(c.start)) outside = previous;
      if (phrase !== undefined) {
        named = previous;
        recent.push(previous);
        if (recent.length > RECENT) recent.shift();
      }
    }
    shareForward(context, drafts, reported, "it opens what a reporter says");
    shareForward(context, drafts, framing, "a period with no phrase before it, of what the figure it frames measures", true);
    nameTotals(context, drafts);
    listTotals(context, drafts);
    relativeHeads(context, drafts);
    respectiveSubjects(context, input, drafts);
    classifierSubjects(context, drafts);
    measuresFirst(context, drafts);
    return drafts;
  },
};

/**
 * A measure's noun named after its phrase (… วงเงิน, … มูลค่า, … ระยะเวลา: a `named` measure word or a length's
 * noun, added by the steps above) goes first, as Thai names a measure of a thing (มูลค่าการส่งออก, วงเงินมาตรการ
 * คู่ขนาน, ระยะเวลาลดภาษี): the whole noun phrase a reader would write.
 */
function measuresFirst(context: RefineContext, drafts: readonly Draft[]): void {
  const nouns = namedMeasures(context.rules.context).concat(lexiconWords(context.rules.context.subjectLengthNoun));
  for (const d of drafts) {
    const subject = d.fact.subject;
    if (subject === undefined) continue;
    const noun = nouns.find((n) => subject.endsWith(` ${n}`));
    if (noun !== undefined) d.fact.subject = nounFirst(noun, subject.slice(0, -noun.length - 1));
  }
}

/**
 * Whether a quotation opens right before `start` (spaces between at most): a curly opening quote, or a
 * straight one that opens (opensQuote), with its closing mark later on the line.
 */
function opensQuotation(view: string, start: number): boolean {
  // (The match view has made non-breaking spaces plain ones.)
  const i = skipSpacesBack(view, start);
  const mark = view.charCodeAt(i - 1);
  let lineEnd = view.indexOf("\n", start);
  if (lineEnd < 0) lineEnd = view.length;
  const rest = view.slice(start, lineEnd);
  if (mark === OPEN_QUOTE) return rest.includes(String.fromCharCode(CLOSE_QUOTE));
  return mark === STRAIGHT_QUOTE && opensQuote(view, i - 1) && rest.includes('"');
}
