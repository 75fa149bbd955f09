/**
 * The words a subject is trimmed of, and what a run of words says: cue and function words, verbs,
 * words of time (the context lexicons), a rate's unit (ไร่ละ), a measure word standing alone
 * (มูลค่า). Used by subject.ts.
 */
import { MONTH_NAMES } from "../dates/months.js";
import { NUMBER_WORDS_SOURCE } from "../numbers/thai-number-words.js";
import type { ContextSettings, Lexicon } from "../rules/compile.js";
import type { Kind } from "../types.js";

type Span = [number, number];

/** A Thai or Latin letter: a word without one (digits, dots, ๆ or ฯ alone) names nothing. */
export const HAS_WORD = /[\u0e01-\u0e2e\u0e30-\u0e45\u0e47-\u0e4eA-Za-z]/;
/** A word that is only a number written in words (หก, สิบสอง): a count, never what is counted. */
const NUMBER_WORD = new RegExp(`^${NUMBER_WORDS_SOURCE}$`);

/**
 * Where a rate's unit ending the words starts: the index of its classifier (ไร่ in ไร่ ละ, กก
 * in กก . ละ), then a `subject_per` marker; undefined when the words do not end in one.
 */
export function rateUnitStart(words: readonly Span[], view: string, context: ContextSettings): number | undefined {
  const last = words[words.length - 1];
  if (!last || !context.subjectPer?.entries.has(view.slice(last[0], last[1]))) return undefined;
  let i = words.length - 2;
  const text = (w: Span | undefined): string => (w ? view.slice(w[0], w[1]) : "");
  while (i > 0 && !HAS_WORD.test(text(words[i]))) i--; // an abbreviation's dot: กก.ละ
  return i >= 0 && HAS_WORD.test(text(words[i])) ? i : undefined;
}

/**
 * Whether a word is trimmed from a subject's ends: a `subject_trim` word, a verb of reporting
 * (`subject_verbs`: กล่าว, เปิดเผย), a time word (`subject_time`: สัปดาห์, ไตรมาส, นี้), a qualifier
 * cue (สูงสุดถึง, ไม่น้อยกว่า: they say how exact the figure is, not what it measures), a comparison
 * (สูงกว่า: against what), a change
 * or sign cue (ขยายตัว, ลดลง, ติดลบ: they say how it moved), or a word that stands between those
 * and the figure (ถึง).
 */
export function isTrimmed(word: string, context: ContextSettings): boolean {
  return trimmedWords(context).has(word);
}

/**
 * Whether a word is a word of time with an ordinal glued on (ปีแรก, เดือนสุดท้าย), or an ordinal
 * glued to the word of time after it (แรกของปี, one dictionary word: 10 เดือน|แรกของปี|นี้) or to
 * its link (แรกของ, as the segmenter cuts 10 เดือนแรกของ|ปีนี้ around the time reference ปีนี้).
 */
function isTimeWithOrdinal(word: string, context: ContextSettings): boolean {
  const isTime = (w: string): boolean => context.subjectTime?.entries.has(w) ?? false;
  const isLink = (w: string): boolean => context.yearLink?.entries.has(w) ?? false;
  for (const ordinal of context.subjectTimeOrdinal?.entries.keys() ?? []) {
    if (word.length <= ordinal.length) continue;
    if (word.endsWith(ordinal) && isTime(word.slice(0, -ordinal.length))) return true;
    if (word.startsWith(ordinal) && (isTime(word.slice(ordinal.length)) || isLink(word.slice(ordinal.length)))) return true;
  }
  return false;
}

/** Whether the kept words are one that alone names nothing (`subject_prefix`: การ, ความ). */
export function onlyPrefix(words: readonly Span[], view: string, context: ContextSettings): boolean {
  return words.length === 1 && (context.subjectPrefix?.entries.has(view.slice(words[0]![0], words[0]![1])) ?? false);
}

/** Whether every word is a number written in words (หก, สามพัน): a count, never what is counted. */
export function onlyNumberWords(words: readonly Span[], view: string): boolean {
  return words.length > 0 && words.every(([start, end]) => NUMBER_WORD.test(view.slice(start, end)));
}

/**
 * The words isTrimmed names, gathered once per rule set (it runs for every word of every
 * subject): change cues (a level's too: เหลือ, เป็น) but `subject_keep` words (ลด: in ลด 50% the
 * discount is what is measured; คงเหลือ, what remains).
 */
const TRIMMED = new WeakMap<ContextSettings, Set<string>>();
function trimmedWords(context: ContextSettings): Set<string> {
  let words = TRIMMED.get(context);
  if (!words) {
    const { subjectTrim, subjectVerbs, subjectTime, qualifierBefore, qualifierAfter, signNegative, cueSkip, changeBefore, subjectKeep, comparisonCues, targetBlock } = context;
    words = new Set<string>();
    for (const lexicon of [subjectTrim, subjectVerbs, subjectTime, qualifierBefore, qualifierAfter, signNegative, cueSkip, comparisonCues]) {
      for (const key of lexicon?.entries.keys() ?? []) words.add(key);
    }
    for (const key of changeBefore?.entries.keys() ?? []) if (!(subjectKeep?.entries.has(key) ?? false)) words.add(key);
    // A condition that restates (หากรวม, หากพิจารณา: one word each) is no part of a name.
    for (const [key, entry] of targetBlock?.entries ?? []) if (entry.canonical === "restate") words.add(key);
    // Month names are words of time too (ในเดือนมิถุนายนเพิ่ม 13.6%).
    for (const { name } of MONTH_NAMES) words.add(name);
    TRIMMED.set(context, words);
  }
  return words;
}

/** Whether a word is a rise or a fall (`change_before`: ขยายตัว, ลดลง; not a level's). */
export function isRiseOrFall(word: string, context: ContextSettings): boolean {
  const canonical = context.changeBefore?.entries.get(word)?.canonical;
  return canonical === "increase" || canonical === "decrease";
}

/**
 * Whether every word is one a subject is trimmed of: cue and function words only (นานสูงสุด), a
 * unit before a word of time among them (เพิ่มขึ้นวันนี้: วัน + นี้).
 */
export function onlyTrimmedWords(words: readonly Span[], view: string, context: ContextSettings): boolean {
  const text = (i: number): string => (words[i] ? view.slice(words[i]![0], words[i]![1]) : "");
  return words.every((_, i) => !HAS_WORD.test(text(i)) || isTrimmed(text(i), context)
    || (i === 0 && isOrdinal(text(i), context)) || isTimeWithOrdinal(text(i), context)
    || (context.unitWords.has(text(i)) && (context.subjectTime?.entries.has(text(i + 1)) ?? false)));
}

/** Whether a word is a `subject_time_ordinal` (แรก): first in a phrase, it ends the time before it (9 เดือน|แรก). */
export function isOrdinal(word: string, context: ContextSettings): boolean {
  return context.subjectTimeOrdinal?.entries.has(word) ?? false;
}

/** A `subject_trim_end` entry trimmed only after a cue word or alone: เป็นเงิน, but ต้นเงิน and กู้เงิน stay. */
export const AFTER_CUE = "after_cue";
/** A `change_before` value: a level a figure stands at or goes to (อยู่ที่, เป็น, เหลือ), no change. */
export const LEVEL = "level";
/** A `subject_trim_end` value: a word for a figure (ตัวเลข), never even a measure alone: it names nothing. */
export const FIGURE_WORD = "figure";

/**
 * Drops trimmed words from both ends, and `subject_trim_end` words from the end; returns the
 * kept [lo, hi) word indices. `kind`, the figure's, limits the `subject_action` words to their
 * entry's kinds (ได้รับเงิน 1,000 บาท → เงิน, but ได้รับผลกระทบ 2,459 คน stays: who was affected).
 */
export function trimWords(words: readonly Span[], view: string, context: ContextSettings, kind?: Kind, acted?: { counted?: string | undefined }): [number, number] {
  const text = (w: Span | undefined): string => (w === undefined ? "" : view.slice(w[0], w[1]));
  const trimmed = (w: Span | undefined): boolean => w !== undefined && isTrimmed(text(w), context);
  const isMeasure = (w: Span | undefined): boolean => context.subjectTrimEnd?.entries.has(text(w)) ?? false;
  // แรก after a word of time makes a period of it (6 เดือนแรก, and ปีแรก when the segmenter keeps
  // it one word); after another word it stays (ระยะแรก).
  // An ordinal first in a phrase ends a time before it, cut off by the figure it belongs to
  // (9 เดือน is a duration, แรก starts what follows it).
  const isTimeOrdinal = (i: number): boolean => (isOrdinal(text(words[i]), context)
    && (i === 0 || (context.subjectTime?.entries.has(text(words[i - 1])) ?? false))) || isTimeWithOrdinal(text(words[i]), context);
  const isAction = (word: string): boolean => {
    const entry = context.subjectAction?.entries.get(word);
    return entry !== undefined && (!entry.kinds || (kind !== undefined && entry.kinds.includes(kind)));
  };
  const trimmedAtEnd = (i: number): boolean => {
    const w = words[i];
    // A measure word and an added or cut amount make one noun (วงเงินเพิ่ม: an additional credit
    // line); a rise or fall said with its direction is the figure's (สุขภัณฑ์ ราคาเพิ่มขึ้นร้อยละ 12.0).
    if (isMeasure(words[i - 1]) && (context.subjectChangeNoun?.entries.has(text(w)) ?? false)) return false;
    // A verb of reporting made a noun (หลักเกณฑ์การพิจารณา) is kept: การ alone would name nothing.
    if (i > 0 && (context.subjectPrefix?.entries.has(text(words[i - 1])) ?? false)
      && (context.subjectVerbs?.entries.has(text(w)) ?? false)) return false;
    // A prefix last, after a trimmed word, names nothing (รายได้มี|การ|เติบโตขึ้น…: the action's noun
    // is cut off), nor after a measure word (ภาคเกษตรมีอัตรา|การ|ขยายตัว: a rate of the change cut off,
    // what grows is named before it); after another word it ends a compound (ดำเนิน|การ, สถานประกอบ|การ).
    const prefix = i > 0 && (context.subjectPrefix?.entries.has(text(w)) ?? false) && (trimmed(words[i - 1]) || isMeasure(words[i - 1]));
    // An `after_cue` measure word (เงิน) names nothing after a cue word when a noun stands before
    // them (ค่าชดเชย|เป็น|เงิน), nor after only cue words among which a `level` change cue or a
    // `change_restate` word (เป็น|เงิน, รวม|เป็น|เงิน, คิดเป็น|เงิน, เป็น|จำนวน|เงิน: "amounting to", the phrase
    // before the chunk names the figure, and the measure word alone does when none is); after another word it ends a
    // noun (ต้นเงิน, โล่เงิน) or is a verb's object (กู้เงิน, ฝากเงิน), and with no noun before it it is
    // what is measured (จำนวนเงิน).
    const amountsTo = (v: Span): boolean => context.changeBefore?.entries.get(text(v))?.canonical === LEVEL
      || (context.changeRestate?.entries.has(text(v)) ?? false);
    const amounting = (): boolean => words.slice(0, i).some(amountsTo)
      && words.slice(0, i - 1).every((v) => !HAS_WORD.test(text(v)) || trimmed(v));
    const afterCue = (): boolean => i > 0 && trimmed(words[i - 1])
      && (amounting() || words.slice(0, i - 1).some((v) => HAS_WORD.test(text(v)) && !trimmed(v) && !isAction(text(v))));
    const measure = isMeasure(w) && (context.subjectTrimEnd?.entries.get(text(w))?.canonical !== AFTER_CUE || afterCue());
    return w !== undefined && (trimmed(w) || measure || isTimeOrdinal(i) || prefix);
  };
  // A unit before a word of time makes a time of it (ผู้เสียชีวิตวันนี้, วันนี้พบผู้ติดเชื้อ: วัน + นี้);
  // before another word it stays (วันหยุด keeps its วัน).
  const unitOfTime = (i: number): boolean => context.unitWords.has(text(words[i]))
    && (context.subjectTime?.entries.has(text(words[i + 1])) ?? false);
  // A word of time the segmenter cut in pieces (ปี|หน้า, ปี|ที่|แล้ว, ในปี|หน้า: a time_deictic entry
  // from inside the first piece to the end of the last) is trimmed as a whole: หน้า alone would be
  // left as a name.
  const deictic = context.timeDeictic;
  const tails = deicticTails(context);
  const inDeictic = (i: number): boolean => {
    if (!deictic) return false;
    for (let a = Math.max(0, i - 2); a <= i; a++) {
      for (let b = Math.max(a + 2, i + 1); b <= Math.min(words.length, a + 3); b++) {
        // Most last pieces end no entry: checked first, without slicing the run.
        if (!tails.has(text(words[b - 1]))) continue;
        const [from, to] = [words[a]![0], words[b - 1]![1]];
        for (let k = from; k < words[a]![1]; k++) if (deictic.entries.has(view.slice(k, to))) return true;
      }
    }
    return false;
  };
  // An abbreviation the segmenter cut at its dot (น|. of 05.00 น.): trimmed whole when it is an entry.
  const dotted = (i: number): boolean => i >= 0 && i + 1 < words.length && text(words[i + 1]) === "." && isTrimmed(`${text(words[i])}.`, context);
  let lo = 0;
  let hi = words.length;
  for (;;) {
    if (hi > lo && (trimmedAtEnd(hi - 1) || inDeictic(hi - 1) || (hi < words.length && unitOfTime(hi - 1)))) hi--;
    else if (hi - 2 >= lo && dotted(hi - 2)) hi -= 2;
    else break;
  }
  // A record over a span whose length is cut off (จำนวนที่ต่ำสุดในรอบ | 25 ไตรมาส): how the figure
  // stands, not what it measures.
  const record = recordStart(words, lo, hi, view, context);
  if (record !== undefined) {
    hi = record;
    while (hi > lo && trimmedAtEnd(hi - 1)) hi--;
  }
  // A verb first in a phrase, its object after it (มอบวัคซีน 2,000 โดส, จัดสรรงบประมาณ 500 ล้านบาท):
  // the object is what is counted. Not before a cue or a modifier (ขยายเพิ่มเติม, ช่วยเหลือแล้ว).
  // Verbs in a chain (ประกาศ|ปรับลด|ราคาขายปลีก; อนุมัติ|ให้|ใช้|อัตราเงินเฟ้อ, ให้ making the next one
  // done): the object is after the last of them.
  const isChange = (i: number): boolean => isRiseOrFall(text(words[i]), context);
  const isCausative = (i: number): boolean => (context.subjectActionLink?.entries.has(text(words[i])) ?? false)
    && i + 1 < hi && isAction(text(words[i + 1]));
  const action = (i: number): boolean => {
    if (!isAction(text(words[i]))) return false;
    const object = (j: number): boolean => j < hi && !trimmed(words[j]) && !(context.subjectModifier?.entries.has(text(words[j])) ?? false);
    let j = i + 1;
    while (j < hi && (isChange(j) || isCausative(j) || (j > i + 1 && isCausative(j - 1)))) j++;
    return object(i + 1) || object(j);
  };
  // An agency's abbreviation glued to its act (ครม.|อนุมัติ|งบกลาง, ธอส.|จัด…): who acts, cut with its dots.
  const agent = (i: number): number | undefined => {
    let j = i;
    let dots = 0;
    while (j < hi && j - i < AGENT_PIECES && (text(words[j]) === "." || /^[\u0e01-\u0e4e]{1,4}$/.test(text(words[j])))) {
      if (text(words[j]) === ".") dots = j + 1;
      j++;
    }
    return dots > i + 1 && dots < hi && isAction(text(words[dots])) ? dots : undefined;
  };
  // With `acted` (the figure may be what a body acts on: not a count of people), a body named first
  // (ธนาคารสามารถ|ปล่อย|สินเชื่อใหม่ 156,650 ล้านบาท, รัฐบาลได้|อนุมัติ|งบประมาณ): who acts, up to its verb.
  // Only nouns and `modal` words (ได้, จะ) between: a relative, a prefix, a cue or a `stop` word
  // (เพื่อ) ends it (จังหวัดที่ได้รับผลกระทบ 26 จังหวัด, รัฐบาลได้กู้เงินเพื่อชดเชย…). After a `named` body
  // (กรม, สำนักงาน), verbs before its first noun are its name (กรม|พัฒนา|ที่ดิน|ได้|สนับสนุน).
  const roleOf = (w: string): string | undefined => agentRole(w, context);
  const isBody = (w: string): boolean => isAgentBody(w, context);
  const body = (i: number): number | undefined => {
    if (!acted || !isBody(text(words[i]))) return undefined;
    // Not a count of the bodies themselves (หน่วยงานเข้าร่วมการพัฒนา… 33 หน่วยงาน), nor a list's body
    // after another body (กองทุนย่อย… และธนาคารลงทุนตรง 14 กิจการ: of the whole list).
    const before = words.slice(0, i).map(text);
    if (acted.counted === text(words[i]) || (before.some((w) => context.subjectList?.entries.has(w) ?? false) && before.some(isBody))) return undefined;
    let named = roleOf(text(words[i])) === NAMED;
    for (let j = i + 1; j < hi && j - i <= BODY_WORDS; j++) {
      const w = text(words[j]);
      const role = roleOf(w);
      if (role === STOP) return undefined;
      if (isAction(w)) {
        if (named) continue;
        // An object must stay after the verbs (รัฐบาลช่วยจ่าย 40%: จ่าย alone names nothing).
        let k = j + 1;
        while (k < hi && isAction(text(words[k]))) k++;
        return k < hi && action(j) ? j : undefined;
      }
      if (role === MODAL) continue;
      if (!HAS_WORD.test(w) || trimmed(words[j]) || (context.subjectPrefix?.entries.has(w) ?? false) || (context.subjectRelative?.entries.has(w) ?? false)
        || (context.subjectVerbs?.entries.has(w) ?? false) || isRiseOrFall(w, context) || context.subjectPerson?.entries.get(w)?.canonical === PERSON_PREFIX) return undefined;
      named = false;
    }
    return undefined;
  };
  for (;;) {
    if (lo < hi && (trimmed(words[lo]) || isTimeOrdinal(lo) || inDeictic(lo) || (lo + 1 < hi && unitOfTime(lo)) || action(lo))) lo++;
    else if (lo + 2 <= hi && dotted(lo)) lo += 2;
    else {
      const acted = agent(lo) ?? body(lo);
      if (acted === undefined) break;
      lo = acted;
    }
  }
  return [lo, hi];
}

/** The most pieces an agency's abbreviation is cut into (ธ|.|ก|.|ส|.). */
const AGENT_PIECES = 8;
/** The most words from a `subject_agent` body to its verb (ธนาคาร|ออมสิน|ได้|อนุมัติ). */
const BODY_WORDS = 4;
/** `subject_agent` values: a word that may stand between a body and its verb (ได้, จะ); one that ends the search (เพื่อ); a body whose name may hold verbs (กรม). */
export const MODAL = "modal";
const STOP = "stop";
const NAMED = "named";

/** `word`'s `subject_agent` value, if it has one. */
export function agentRole(word: string, context: ContextSettings): string | undefined {
  return context.subjectAgent?.entries.get(word)?.canonical;
}

/** Whether `word` is a `subject_agent` body: an entry that is not a `modal` or `stop` word. */
export function isAgentBody(word: string, context: ContextSettings): boolean {
  const role = agentRole(word, context);
  return role !== undefined && role !== MODAL && role !== STOP;
}

/** A `subject_counter` value: a classifier that counts instances yet names them (คดี). */
const NAMED_COUNTER = "named";

/** Whether a classifier is a `subject_counter` valued `named` (คดี). */
export function isNamedCounter(counted: string, context: ContextSettings): boolean {
  return context.subjectCounter?.entries.get(counted)?.canonical === NAMED_COUNTER;
}

/** Whether a count's classifier names a kind (จุด, แผนงาน), not one that counts without naming one (`subject_counter`: แห่ง, ราย) nor people's. */
export function countsKind(counted: string | undefined, context: ContextSettings): boolean {
  return counted !== undefined && !(context.subjectCounter?.entries.has(counted) ?? false) && !(context.subjectPeople?.entries.has(counted) ?? false);
}

/** Every ending of a `time_deictic` entry (หน้า, ที่แล้ว, …), gathered once per rule set. */
const TAILS = new WeakMap<ContextSettings, Set<string>>();
function deicticTails(context: ContextSettings): Set<string> {
  let tails = TAILS.get(context);
  if (!tails) {
    tails = new Set<string>();
    for (const entry of context.timeDeictic?.entries.keys() ?? []) for (let k = 1; k < entry.length; k++) tails.add(entry.slice(k));
    TAILS.set(context, tails);
  }
  return tails;
}

/**
 * Where a `period_record` word starts when the kept words [lo, hi) end with it and a `period_span`
 * word, one word (ใน) at most between (ต่ำ|สุด|ใน|รอบ: the segmenter cuts the record in pieces).
 */
function recordStart(words: readonly Span[], lo: number, hi: number, view: string, context: ContextSettings): number | undefined {
  const { periodSpan, periodRecord } = context;
  if (!periodSpan || !periodRecord || hi - lo < 2 || !periodSpan.entries.has(view.slice(words[hi - 1]![0], words[hi - 1]![1]))) return undefined;
  for (let end = hi - 1; end >= Math.max(lo + 1, hi - 2); end--) {
    for (let k = end - 1; k >= Math.max(lo, end - 3); k--) {
      if (periodRecord.entries.has(view.slice(words[k]![0], words[end - 1]![1]))) return k;
    }
  }
  return undefined;
}

/**
 * The `subject_trim_end` word of a chunk that is only that and cue words (`มูลค่า`, `ในอัตรา`), and
 * maybe the ordinal that ends a period before it (9 เดือน|แรกมูลค่า, as onlyTrimmedWords allows):
 * what the figure measures, said in a word, when nothing better stands before it.
 */
export function measureWordOf(words: readonly Span[], view: string, context: ContextSettings): Span | undefined {
  let found: Span | undefined;
  for (const [i, span] of words.entries()) {
    const word = view.slice(span[0], span[1]);
    if (!HAS_WORD.test(word) || isTrimmed(word, context) || (i === 0 && isOrdinal(word, context)) || isTimeWithOrdinal(word, context)
      || (found !== undefined && (context.subjectPrefix?.entries.has(word) ?? false))) continue;
    // An `after_cue` one (เงิน) before another names nothing (เป็นเงินมูลค่ากว่า 200,000 บาท: the value).
    const afterCue = found !== undefined && context.subjectTrimEnd?.entries.get(view.slice(found[0], found[1]))?.canonical === AFTER_CUE;
    const entry = context.subjectTrimEnd?.entries.get(word);
    if (entry === undefined || entry.canonical === FIGURE_WORD) return undefined;
    // Two run together name one measure (ค่า|ดัชนี 91.88 จุด: the index's value).
    if (found !== undefined && !afterCue) {
      if (found[1] !== span[0]) return undefined;
      found = [found[0], span[1]];
      continue;
    }
    found = span;
  }
  return found;
}

/** `subject_person` values: the start of a word (ผู้), a word that stays before the noun (ยอด), a word making it a name's (กระทรวง). */
const PERSON_PREFIX = "prefix";
const PERSON_WITH = "with";
const PERSON_NAME = "name";

/** Whether a word starts with a `subject_person` entry valued `with` and goes on past it (ยอดขาย, กลุ่มเป้าหมาย): a total's or a group's noun. */
function totalNounAt(word: Span, view: string, persons: Lexicon): boolean {
  for (const [surface, entry] of persons.entries) {
    if (entry.canonical === PERSON_WITH && word[1] - word[0] > surface.length && view.startsWith(surface, word[0])) return true;
  }
  return false;
}

/** Whether a `subject_person` noun starts at word `k` (valued `prefix`: a word's start with more after it before `end`). */
function personNounAt(words: readonly Span[], k: number, end: number, view: string, persons: Lexicon): boolean {
  const at = words[k]![0];
  for (const [surface, entry] of persons.entries) {
    const value = entry.canonical;
    if (value === PERSON_WITH || value === PERSON_NAME || !view.startsWith(surface, at)) continue;
    if (value === PERSON_PREFIX ? end - at > surface.length : words.some((w) => w[1] === at + surface.length)) return true;
  }
  return false;
}

/**
 * Where a count of people's subject starts inside the kept words [lo, hi): at the first `subject_person`
 * noun (ประชาชน; valued `prefix`, a word's start with more after it: ผู้ป่วย) when the words do
 * not open with one, for what stands before it says what was done to them or by whom
 * (ธนาคารยังได้ช่วยเหลือลูกค้า 10,000 ราย → ลูกค้า). A word valued `with` right before it stays with it
 * (ยอดผู้ป่วย); after one valued `name` it is a name's part (กระทรวงแรงงาน), and after a `subject_list`
 * word a list's next item (มารดาและเด็ก): passed over. Else `lo`.
 */
export function personStart(words: readonly Span[], lo: number, hi: number, view: string, context: ContextSettings): number {
  const persons = context.subjectPerson;
  if (!persons || hi - lo < 2) return lo;
  const end = words[hi - 1]![1];
  const valueOf = (k: number): string | undefined => persons.entries.get(view.slice(words[k]![0], words[k]![1]))?.canonical;
  const isPerson = (k: number): boolean => personNounAt(words, k, end, view, persons);
  if (isPerson(lo) || (valueOf(lo) === PERSON_WITH && isPerson(lo + 1))) return lo;
  for (let k = lo + 1; k < hi; k++) {
    const before = view.slice(words[k - 1]![0], words[k - 1]![1]);
    if (valueOf(k - 1) === PERSON_NAME || (context.subjectList?.entries.has(before) ?? false) || !isPerson(k)) continue;
    return valueOf(k - 1) === PERSON_WITH ? k - 1 : k;
  }
  return lo;
}

/** Whether a head word sets a goal: it ends in a `target_goal` word (ตั้งเป้า, ตั้งเป้าหมาย, ปรับเป้า). */
function setsGoal(head: string, context: ContextSettings): boolean {
  for (const goal of context.targetGoal?.entries.keys() ?? []) if (head.endsWith(goal)) return true;
  return false;
}

/** A `subject_head_after` entry (มี) whose measure after it is of the topic before it (see subject.ts). */
export const TOPIC = "topic";
/** A `subject_head_after` value: before การ the word may make a verb with it (ว่า|การ, to govern). */
const GOVERNS = "governs";

/**
 * Where the measured noun starts inside the kept words [lo, hi): after the last `subject_head_after`
 * word (มี) that two words or more follow (or as many as the entry's value says: ตั้งเป้า: 1) (ประเทศไทยมีผู้ติดเชื้อรายใหม่ → ผู้ติดเชื้อรายใหม่), else `lo`;
 * not after a `subject_head_keep` word (ผู้มีบัตรสวัสดิการ), nor before การ (มีการผลิต: an action).
 * An entry valued a word other than `topic` counts only after that word in the phrase (เสนอ: ตามที่); one
 * with `kinds`, only for a figure of those kinds.
 */
export function headStart(words: readonly Span[], lo: number, hi: number, view: string, context: ContextSettings, kind: Kind): number {
  const heads = context.subjectHeadAfter;
  if (!heads) return lo;
  for (let k = hi - 2; k >= lo; k--) {
    const entry = heads.entries.get(view.slice(words[k]![0], words[k]![1]));
    // An entry's `kinds` limit it to figures of those kinds (ปรับลด: a rate or an amount cut, not a count
    // of what may be cut: กระบวนงานที่สามารถปรับลดระยะเวลา… 26 กระบวนงาน).
    if (!entry || (entry.kinds && !entry.kinds.includes(kind))) continue;
    // An entry's value may lower the words it needs after it (ตั้งเป้า: 1, ตั้งเป้ารายได้), or name a
    // word that must stand before it in the phrase (เสนอ: ตามที่ — มีมติอนุมัติตามที่กระทรวงพาณิชย์เสนอ
    // แต่งตั้งกรรมการ…: what is proposed; elsewhere เสนอ is in ข้อเสนอ, นำเสนอ).
    const numeric = /^[0-9]+$/.test(entry.canonical);
    // First in the phrase, only a goal's or a forecast's verb (ปรับเป้ารายได้, ปรับลดประมาณการเศรษฐกิจไทย: a
    // word ending in a `target_goal` word): what it sets is measured. A gift's keeps what it gives
    // (มอบของเยี่ยม…: ของ is no owner's there).
    if (k === lo && !setsGoal(entry.surface, context)) continue;
    const before = !numeric && entry.canonical !== TOPIC && entry.canonical !== GOVERNS && entry.canonical !== entry.surface ? entry.canonical : undefined;
    if (before !== undefined && !view.slice(words[lo]![0], words[k]![0]).includes(before)) continue;
    // One word is enough when it names people (หัวใจสำคัญของเศรษฐกิจ…มีผู้ประกอบการ 3 ล้านราย → ผู้ประกอบการ).
    // So is a total's (บริษัทมียอดขาย 36,500 ล้านบาท: a word that starts with a `subject_person` word valued
    // `with`, ยอด).
    const person = !numeric && hi - k - 1 === 1 && context.subjectPerson !== undefined
      && (personNounAt(words, k + 1, words[hi - 1]![1], view, context.subjectPerson) || totalNounAt(words[k + 1]!, view, context.subjectPerson));
    // So is a noun right after a verb of reporting or expecting (บริษัทคาดว่ารายได้ปี 2568 จะเติบโต 10%):
    // not after a modal or a cue (คาดว่าจะเสียหาย: what follows is the verb).
    // ว่า too after such a verb (ผู้บริหารยังมั่นใจว่ารายได้ทั้งปีจะเติบโตได้ 8-10%: a head word or a verb of reporting
    // before it), not after another (คิดว่าไม่…, เรียกว่าปลอดภัย: what follows is as often no noun).
    const previous = k > lo ? view.slice(words[k - 1]![0], words[k - 1]![1]) : "";
    const afterVerb = context.subjectVerbs?.entries.has(previous) ?? false;
    const reported = !numeric && entry.canonical !== TOPIC && (entry.canonical !== GOVERNS || afterVerb || heads.entries.has(previous)) && !entry.kinds
      && k + 1 < hi && !isTrimmed(view.slice(words[k + 1]![0], words[k + 1]![1]), context);
    const fewest = numeric ? Number(entry.canonical) : person || reported ? 1 : 2;
    if (hi - k - 1 < fewest) continue;
    // มีการ … names an action, not a thing counted, and ผู้มี …, ที่มี … make one noun of the
    // words around them: the phrase stays whole.
    // (One that needs a word before it is passed over instead: the head word before it may still hold.)
    // An action's การ only after มี (`topic`) and ว่า (`governs`: ว่าการ, to govern): after a verb of
    // reporting or approving, การ… is what is reported on (กระทรวงพาณิชย์เผยการส่งออกเดือนตุลาคม
    // มีมูลค่า 27,115 ล้านดอลลาร์สหรัฐ → การส่งออก…). A recipient's ให้, แก่ after any.
    // After a verb of reporting (`subject_verbs`: ระบุ|ว่า|การใช้น้ำมัน…, รายงาน|ว่า|การส่งออก…) ว่า cannot make
    // ว่าการ (to govern): what follows is what is reported on.
    const governs = entry.canonical === GOVERNS && !afterVerb;
    const action = context.subjectHeadAction?.entries.get(view.slice(words[k + 1]![0], words[k + 1]![1]));
    // After a goal set (ตั้งเป้าให้มีการผลิตรถยนต์ไฟฟ้า 725,000 คัน, ตั้งเป้าให้คนไทยทำ CPR 10 ล้านคน: a head
    // word ending in a `target_goal` word), ให้ is no recipient's: it says what the goal makes happen,
    // and what follows it is measured.
    if (action !== undefined && action.canonical !== TOPIC && k + 2 < hi && setsGoal(entry.surface, context)) {
      const [from, to] = trimWords(words.slice(k + 2, hi), view, context);
      if (to - from >= fewest) return k + 2 + from;
    }
    if (action !== undefined && (action.canonical !== TOPIC || entry.canonical === TOPIC || governs)) {
      // มีการ… that a goal makes happen (ตั้งเป้า|ให้|มี|การผลิต…): the goal's word decides.
      const caused = k - 2 >= lo && context.subjectHeadAction?.entries.get(previous)?.canonical !== undefined
        && setsGoal(view.slice(words[k - 2]![0], words[k - 2]![1]), context);
      if (before !== undefined || caused) continue;
      return lo;
    }
    // So does one before the word the entry needs, right before it (เกษตรกรที่|จะ|ได้รับเงินส่วนต่าง 1.3 ล้านราย: who will receive).
    const keep = before !== undefined && k - 2 >= lo && previous === before ? k - 2 : k - 1;
    if (keep >= lo && context.subjectHeadKeep?.entries.has(view.slice(words[keep]![0], words[keep]![1]))) return lo;
    const [from, to] = trimWords(words.slice(k + 1, hi), view, context);
    if (to - from < fewest) return lo;
    // A verb that takes what is measured as its object names nothing alone (ตั้งเป้าฉีด ครบ 100%).
    const [one] = words.slice(k + 1 + from, k + 1 + to);
    if (to - from === 1 && context.subjectAction?.entries.has(view.slice(one![0], one![1]))) return lo;
    return k + 1 + from;
  }
  return lo;
}
