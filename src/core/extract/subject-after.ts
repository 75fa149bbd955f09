/**
 * A subject written after its figure: the noun glued after a classifier (`5 ประเภทเทคโนโลยี`),
 * or what a percentage is a share of (`ร้อยละ 21.68 ของเนื้อที่ทั้งจังหวัด`). Used by the subject
 * step when nothing before the figure names it.
 */
import { isWhitespace } from "../text/chars.js";
import type { SubjectInput } from "./subject.js";
import { isHardStop, type Span } from "./subject-chunks.js";
import { entryStarting, lexiconWords } from "../rules/lexicon-words.js";
import { HAS_WORD, TOPIC, isOrdinal, isTrimmed, trimWords } from "./subject-words.js";

/** Past at most two spaces or tabs after a figure ending at `end`: where what is written after it starts. */
function spacesAfter(view: string, end: number): number {
  let start = end;
  while (start < view.length && start - end < 2 && (view.charCodeAt(start) === 0x20 || view.charCodeAt(start) === 0x09)) start++;
  return start;
}

/**
 * The phrase of `words` trimmed of cue words at both ends (trimWords), at most `subject_max_words` long, with
 * its first word kept; undefined when no word of a name is left.
 */
function trimmedPhrase(input: SubjectInput, words: readonly Span[]): { phrase: string; first: Span } | undefined {
  const { source, view, context } = input;
  const [lo, hi] = trimWords(words, view, context);
  const first = words[lo];
  const last = words[Math.min(hi, lo + context.subjectMaxWords) - 1];
  if (hi <= lo || !first || !last) return undefined;
  const phrase = source.original(first[0], last[1]);
  return HAS_WORD.test(phrase) ? { phrase, first } : undefined;
}

/** Where the chunk going on at `from` ends: at the next space or hard stop. */
function chunkEnd(view: string, from: number): number {
  let stop = from;
  while (stop < view.length && !isWhitespace(view.charCodeAt(stop)) && !isHardStop(view.charCodeAt(stop))) stop++;
  return stop;
}

/**
 * The classifier and the noun glued after it (`5 ประเภทเทคโนโลยี`), when the noun is not a
 * function word; undefined when nothing is glued on.
 */
export function subjectAfter(input: SubjectInput, unitStart: number, end: number): string | undefined {
  const { source, view, boundaries, context } = input;
  const stop = chunkEnd(view, end);
  if (stop === end) return undefined;
  const words = boundaries.words(end, stop);
  const first = words[0];
  // The glued noun starts with a letter (ราย/กลุ่ม is a unit per group, not a noun).
  // Nor is an ordinal glued to a length of time (12 เดือนหลังออกบัตร: after, not a noun).
  if (!first || first[0] !== end || !HAS_WORD.test(view.charAt(end)) || isTrimmed(view.slice(first[0], first[1]), context)
    || isOrdinal(view.slice(first[0], first[1]), context)
    || context.subjectCut?.entries.has(view.slice(first[0], first[1]))) return undefined;
  const phrase = source.original(unitStart, words[Math.min(words.length, context.subjectMaxWords) - 1]?.[1] ?? stop);
  return HAS_WORD.test(phrase) ? phrase : undefined;
}

/** A `subject_anniversary` value: the anniversary's own word (ครบรอบ). */
export const ANNIVERSARY_MARK = "mark";
/** A `subject_anniversary` value: a word linking the age to what is that old (ของ, แห่ง). */
const ANNIVERSARY_LINK = "link";

/**
 * What an anniversary's length is the age of, written after it (ครบรอบ 73 ปี ความสัมพันธ์ไทย – อินโดนีเซีย →
 * ความสัมพันธ์ไทย – อินโดนีเซีย; 11 ปี ของการสถาปนาจังหวัดบึงกาฬ, 60 ปีแห่งการสถาปนาความสัมพันธ์…): the chunk
 * after it, glued or after a space or a quote, past a `link` word, trimmed; undefined when none.
 */
export function anniversaryAfter(input: SubjectInput, end: number): string | undefined {
  const { view, boundaries, context } = input;
  let start = spacesAfter(view, end);
  if (view.charCodeAt(start) === 0x201c || view.charCodeAt(start) === 0x22) start++;
  let words = boundaries.words(start, chunkEnd(view, start));
  const first = words[0];
  if (!first || first[0] !== start) return undefined;
  if (context.subjectAnniversary?.entries.get(view.slice(first[0], first[1]))?.canonical === ANNIVERSARY_LINK) words = words.slice(1);
  const named = trimmedPhrase(input, words);
  if (!named || (context.clauseStart?.entries.has(view.slice(named.first[0], named.first[1])) ?? false)) return undefined;
  return named.phrase.replace(/[”"]+$/, "");
}

/**
 * What a figure is a part of, written right after it (`ร้อยละ 21.68 ของเนื้อที่ทั้งจังหวัด` →
 * `เนื้อที่ทั้งจังหวัด`): the chunk after a `subject_share_of` word, trimmed; undefined when none
 * follows.
 */
export function shareOfAfter(input: SubjectInput, end: number): string | undefined {
  const { view, boundaries, context } = input;
  const start = spacesAfter(view, end);
  const words = boundaries.words(start, chunkEnd(view, start));
  // The share word must be a word of its own at the start (ของ, not ของขวัญ).
  const share = words[0];
  if (!share || share[0] !== start || !(context.subjectShareOf?.entries.has(view.slice(share[0], share[1])) ?? false)) return undefined;
  return trimmedPhrase(input, words.slice(1))?.phrase;
}

/**
 * The part a percentage is the share of, written after it past a `subject_share_part` word (`ร้อยละ 16.3
 * อยู่ในจังหวัดเชียงราย` → `จังหวัดเชียงราย`, `ร้อยละ 90 มาจากจีน` → `จีน`): the chunk after the word, glued or
 * after a space, trimmed; undefined when no such word follows. The word is matched on the text, ending on
 * a word's edge (อยู่ใน is no dictionary word).
 */
export function sharePartAfter(input: SubjectInput, end: number): string | undefined {
  const { view, boundaries, context } = input;
  const start = spacesAfter(view, end);
  const word = lexiconWords(context.subjectSharePart).find((w) => view.startsWith(w, start) && boundaries.isBoundary(start + w.length));
  if (word === undefined) return undefined;
  const from = spacesAfter(view, start + word.length);
  const words = boundaries.words(from, chunkEnd(view, from));
  if (words[0]?.[0] !== from) return undefined;
  return trimmedPhrase(input, words)?.phrase;
}

/**
 * A count's classifier and the relative clause glued after it (`5 จังหวัดที่มีการเผามากที่สุด` →
 * `จังหวัดที่มีการเผามากที่สุด`): the clause says which of the kind are counted. Undefined when no
 * `subject_relative` word is glued on, or what follows it says when (`ที่ผ่านมา`), not which.
 */
export function relativeAfter(input: SubjectInput, unitStart: number, end: number): string | undefined {
  const { source, view, boundaries, context } = input;
  let words = boundaries.words(end, chunkEnd(view, end));
  // An ordinal glued between (5 ประเทศแรกที่มีจำนวนนักท่องเที่ยว…: the first five that…) is the clause's too;
  // not after a rank's unit (`rank_units`: นักท่องเที่ยวต่างชาติ 5 อันดับแรกที่…, the ranked are named before).
  const ordinal = words[0] !== undefined && words[0][0] === end && isOrdinal(view.slice(words[0][0], words[0][1]), context)
    && !(context.rankUnits?.entries.has(view.slice(unitStart, end)) ?? false);
  if (ordinal) words = words.slice(1);
  const [relative, next] = words;
  if (!relative || !next || relative[0] !== (ordinal ? words[0]![0] : end) || !(context.subjectRelative?.entries.has(view.slice(relative[0], relative[1])) ?? false)) return undefined;
  const word = view.slice(next[0], next[1]);
  if (!HAS_WORD.test(word.charAt(0)) || isOrdinal(word, context) || isTrimmed(view.slice(relative[0], next[1]), context)
    || lexiconWords(context.subjectTime).some((w) => w.length > relative[1] - relative[0] && view.startsWith(w, relative[0]))) return undefined;
  // The clause ends where another or a list starts (ซึ่ง, โดย, ประกอบด้วย) and sheds a dangling relative or
  // time word at its end (…ระยะที่ before a number).
  let last = Math.min(words.length, context.subjectMaxWords);
  const opens = words.findIndex((w, i) => i > 1 && [context.clauseStart, context.listIntro].some((l) => l?.entries.has(view.slice(w[0], w[1])) ?? false));
  if (opens > 0) last = Math.min(last, opens);
  const dangling = (w: string): boolean => [context.subjectRelative, context.subjectTime].some((l) => l?.entries.has(w) ?? false);
  while (last > 2 && dangling(view.slice(words[last - 1]![0], words[last - 1]![1]))) last--;
  return source.original(unitStart, words[last - 1]![1]);
}

/**
 * A count's classifier and the word glued after it that says which of the kind are counted, a
 * region, a scope or a sector (`17 จังหวัดภาคเหนือ`, `5 จังหวัดชายแดนภาคใต้`, `7 แบงก์รัฐ`): the classifier
 * with it is what is counted. The longest `subject_kind_after` entry written right after the classifier,
 * ending on a word's edge (`รัฐ` not out of `รัฐบาล`); undefined when none is.
 */
export function kindAfter(input: SubjectInput, unitStart: number, end: number): string | undefined {
  const { source, view, boundaries, context } = input;
  const kindAt = (at: number): number => {
    let longest = 0;
    for (const word of lexiconWords(context.subjectKindAfter)) {
      if (word.length > longest && view.startsWith(word, at) && boundaries.isBoundary(at + word.length)) longest = word.length;
    }
    return longest;
  };
  const first = kindAt(end);
  if (first === 0) return undefined;
  let stop = end + first;
  // Two joined by a `subject_list` word (16 จังหวัดภาคเหนือและภาคตะวันออกเฉียงเหนือ): both.
  const join = entryStarting(view.slice(stop, stop + JOIN_REACH), context.subjectList);
  if (join !== undefined) {
    const second = kindAt(stop + join.length);
    if (second > 0) stop += join.length + second;
  }
  // Not the label of the next item of a list, a count of the same classifier right after it (ภาคกลาง
  // 10 ทีมภาคตะวันออก 2 ทีม: the eastern region's two teams).
  const next = NUMBER_AHEAD.exec(view.slice(stop, stop + NUMBER_REACH));
  if (next !== null && view.startsWith(view.slice(unitStart, end), stop + next[0].length)) return undefined;
  return source.original(unitStart, stop);
}

/** A number right ahead, and the space after it: the next figure of a list. */
const NUMBER_AHEAD = /^\s*[0-9๐-๙][0-9๐-๙,.]*\s?/;
/** How far ahead that number is looked for. */
const NUMBER_REACH = 24;

/** How far a word joining two regions glued after a classifier (ภาคเหนือและภาคใต้) is looked for. */
const JOIN_REACH = 8;

/**
 * What an approved or allotted amount is for, written right after it (ครม.อนุมัติ 1.52 หมื่นล้าน
 * เพิ่มวงเงินลงทุน 2 โครงการด้านไฟฟ้า → เพิ่มวงเงินลงทุน; อนุมัติ 188.95 ล้าน ชดเชยดอกเบี้ยผู้เก็บข้าว):
 * the chunk after one space on its line, trimmed, when it starts with a Thai word that is no cue or
 * cut word, past a recipient's chunk (ให้ …); undefined otherwise.
 */
export function purposeAfter(input: SubjectInput, end: number, recipientPassed = false): string | undefined {
  const { view, boundaries, context } = input;
  const start = spacesAfter(view, end);
  if (start === end || !HAS_WORD.test(view.charAt(start))) return undefined;
  const words = boundaries.words(start, chunkEnd(view, start));
  const first = words[0];
  if (!first || first[0] !== start) return undefined;
  const word = view.slice(first[0], first[1]);
  // To whom it goes (ให้กรมทางหลวงและกรมทางหลวงชนบท, a `subject_head_action` word first): the recipient,
  // not the purpose; the chunk after it says what for (once).
  const head = context.subjectHeadAction?.entries.get(word);
  if (!recipientPassed && head !== undefined && head.canonical !== TOPIC) {
    // A word alone in its chunk (ให้ กฟน. และ กฟภ.): the recipient is the chunk after it, passed too.
    const next = first[1] === chunkEnd(view, start) ? chunkEnd(view, spacesAfter(view, first[1])) : chunkEnd(view, start);
    return purposeAfter(input, next, true);
  }
  if ((context.subjectCut?.entries.has(word) ?? false) || (context.clauseStart?.entries.has(word) ?? false)) return undefined;
  return trimmedPhrase(input, words)?.phrase;
}
