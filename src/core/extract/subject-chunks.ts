/**
 * The phrases a subject is looked for in (space-separated chunks of the text before a figure,
 * nearest first) and what is cut from them before a subject is read: time references, a year
 * with its era, an address between a name and its figure; and the brackets a gloss opens with.
 * Used by subject.ts.
 */
import { charSet, isDigit, isWhitespace } from "../text/chars.js";
import { cueAfter } from "./cues.js";
import { lexiconWords } from "../rules/lexicon-words.js";
import { upperBound } from "../text/sorted.js";
import type { Lexicon } from "../rules/compile.js";
import type { SubjectInput } from "./subject.js";
import { HAS_WORD, isTrimmed, trimWords } from "./subject-words.js";

export type Span = [number, number];

/** Characters that end a phrase: the subject never reaches across them. */
export const isHardStop = charSet("\n()[]{}:;,\"“”‘’'!?|•*=<>");

export const OPEN_BRACKET = 0x28;
export const CLOSE_BRACKET = 0x29;
const NEWLINE = 0x0a;

/** How far back the bracket a gloss opens with is looked for, in characters. */
export const BRACKET_REACH = 120;

/** Where the bracket closing at `close` opens, on its line and not before `floor`; undefined if nowhere. */
export function openingBracket(view: string, close: number, floor: number): number | undefined {
  let depth = 0;
  for (let i = close; i >= floor; i--) {
    const code = view.charCodeAt(i);
    if (code === NEWLINE) return undefined;
    if (code === CLOSE_BRACKET) depth++;
    else if (code === OPEN_BRACKET && --depth === 0) return i;
  }
  return undefined;
}


/** How many of the nearest chunks hold the first `count` chunks with Thai letters. */
export function thaiChunksEnd(view: string, chunks: readonly Span[], count: number, cuesOnly?: (chunk: Span) => boolean): number {
  let thai = 0;
  for (let i = 0; i < chunks.length; i++) {
    if (/[\u0e01-\u0e4e]/.test(view.slice(chunks[i]![0], chunks[i]![1])) && !(cuesOnly?.(chunks[i]!) ?? false) && ++thai === count) return i + 1;
  }
  return chunks.length;
}

/** Whether a chunk is a numeral alone (3.8, 1,000). */
export function isNumeral(view: string, chunk: Span | undefined): boolean {
  return chunk !== undefined && /^[0-9][0-9.,]*$/.test(view.slice(chunk[0], chunk[1]));
}

/**
 * Cuts time references (year mentions: ปี 2565, พ.ศ. 2564, ประจำปี 2563; periods: มีนาคม 2567,
 * ไตรมาสที่ 3/45, 15 ธันวาคม 2563 - 19 กุมภาพันธ์ 2564) off the ends of the chunks,
 * nearest first, in place: they date a figure (its `year`), they do not say what it measures, so
 * in `งบประมาณรายจ่าย พ.ศ. 2564 จำนวน 500 ล้านบาท` the subject is the phrase before the year.
 */
export function dropTimeReferences(chunks: Span[], mentions: SubjectInput["timeReferences"], view: string): void {
  for (let i = 0; i < chunks.length; i++) {
    const chunk = chunks[i]!;
    // A mention ending this chunk (mentions are in order, so by end too).
    const after = upperBound(mentions, chunk[1] - 1, (m) => m.end);
    const mention = mentions[after];
    // A year ending inside the chunk, words glued after its digits (คาดการณ์ปี 2567เศรษฐกิจทยอยฟื้นตัว):
    // the chunk keeps what follows it, and what stands before it is cut as below. Not a word of time
    // inside a noun (มูลค่าปัจจุบันสุทธิ).
    let k = after - 1;
    while (k >= 0 && mentions[k]!.end > chunk[0] && !isDigit(view.charCodeAt(mentions[k]!.end - 1))) k--;
    const inside = k >= 0 && mentions[k]!.end > chunk[0] ? mentions[k] : undefined;
    if (inside && (!mention || mention.end !== chunk[1])) {
      const { start, end } = inside;
      const from = chunk[0];
      chunk[0] = end;
      // Started in this chunk too (ในปี2567เศรษฐกิจ): what stands before it is a chunk of its own.
      if (start > from) chunks.splice(i + 1, 0, [from, start]);
      else cutFrom(chunks, i + 1, start);
      continue;
    }
    // It may start chunks before (ประจำปี | พ.ศ. | 2564, 15 ธันวาคม 2563 - 19 กุมภาพันธ์ 2564).
    if (!mention || mention.end !== chunk[1]) continue;
    const { start } = mention;
    if (start > chunk[0]) {
      chunk[1] = start;
      continue;
    }
    chunks.splice(i, 1);
    cutFrom(chunks, i, start);
    i--;
  }
}

/**
 * Cuts what a reference starting at `start` covers off the chunks from `i` on (farther ones): the
 * chunks it covers go, the one it starts in keeps what stands before it.
 */
function cutFrom(chunks: Span[], i: number, start: number): void {
  while (chunks[i] && start < chunks[i]![1]) {
    if (start > chunks[i]![0]) {
      chunks[i]![1] = start;
      return;
    }
    chunks.splice(i, 1);
  }
}

/**
 * Drops a year with its era marker ending the nearest chunks (ระเบียบว่าด้วยการพิจารณาอุทธรณ์
 * พ.ศ. 2563 จำนวน 5 เรื่อง): a law's year is no time reference of the figure's, nor what it counts.
 * `eraYear` matches such a year alone (the rule set's calendar: พ.ศ. 2563, พ.ศ.2563).
 */
export function dropEraYear(chunks: Span[], view: string, eraYear: RegExp): void {
  // Among the nearest few chunks: cue words (จำนวน) may stand between it and the figure.
  for (let i = 0; i < Math.min(chunks.length, 3); i++) {
    const chunk = chunks[i]!;
    const before = chunks[i + 1];
    if (eraYear.test(view.slice(chunk[0], chunk[1]))) chunks.splice(i, 1);
    else if (before && eraYear.test(view.slice(before[0], chunk[1]))) chunks.splice(i, 2);
    else continue;
    return;
  }
}

/** A `subject_address` entry whose place is the chunk after it (ณ). */
export const PLACE = "place";

/** Address words this long are unambiguous at a phrase's start (ตำบล, อำเภอ, หมู่ที่). */
const LONG_ADDRESS_WORD = 4;

/**
 * Drops the address between a name and its figure (ศูนย์อพยพโรงเรียนบ้านฆอเลาะทูวอ หมู่ที่ 7 ตำบลแว้ง
 * จำนวน 6 ครัวเรือน → the centre, not ตำบลแว้ง): chunks that start with a `subject_address` word,
 * and a number right after one (หมู่ที่ | 7), when a chunk of another kind stands before them; and
 * the place after a `place` entry alone (ณ | โรงงานท้องถิ่น) unless it holds what is counted (`holdsCounted`).
 */
export function dropAddresses(chunks: Span[], input: SubjectInput, holdsCounted: (phrase: string) => boolean): void {
  const { view, boundaries, context } = input;
  const address = context.subjectAddress;
  if (!address) return;
  const keys = [...address.entries.keys()];
  const startsAddress = (span: Span): boolean => {
    // A plain look at the chunk's start first: most chunks are no address, and need no segmenting.
    const key = keys.find((k) => view.startsWith(k, span[0]));
    if (key === undefined) return false;
    // A word of four letters or more is taken as written: the segmenter may cut a place's name
    // glued to it across it (ตำบลฆอเลาะ → ต|ำบ|ลฆอ|เลาะ). A shorter one (อ., ซอย) must be a word.
    if (key.length >= LONG_ADDRESS_WORD) return true;
    const first = boundaries.words(span[0], span[1])[0];
    return first !== undefined && address.entries.has(view.slice(first[0], first[1]));
  };
  const isNumber = (span: Span): boolean => /^[0-9]+$/.test(view.slice(span[0], span[1]));
  // A `place` entry alone (ราคายางแผ่นดิบ ณ | โรงงานท้องถิ่น กก.ละ 80.75 บาท): the chunk right after it is the
  // place, when a chunk of cue words stands between it and the figure; right before the figure it may
  // be what is counted there (ร่วมงาน ณ สำนักงานจัดหางานจังหวัด 20,450 คน) or a name's part (ณ อาคาร ๕๐ ปี).
  // An abstract noun after it is a level, no place (ณ ความชื้นไม่เกินร้อยละ 15).
  const isPlace = (span: Span | undefined): boolean => span !== undefined && address.entries.get(view.slice(span[0], span[1]))?.canonical === PLACE;
  const afterPlace = (i: number): boolean => i > 0 && isPlace(chunks[i + 1]) && /^\s+$/.test(view.slice(chunks[i + 1]![1], chunks[i]![0]))
    && !holdsCounted(view.slice(chunks[i]![0], chunks[i]![1])) && !startsWithPrefix(chunks[i]!) && !startsClause(chunks[i - 1]!);
  // Nor when a clause after it is about it (ณ ศูนย์การรับสมัคร ซึ่งมีทั้งหมด 5 แห่ง).
  // As written: the segmenter may glue the word to the next (ซึ่งมี).
  const startsClause = (span: Span): boolean => {
    for (const key of context.clauseStart?.entries.keys() ?? []) if (view.startsWith(key, span[0])) return true;
    return false;
  };
  const startsWithPrefix = (span: Span): boolean => cueAfter(view, span[0], context.subjectPrefix, "count", boundaries) !== undefined;
  const dropped = chunks.map((span, i) => startsAddress(span) || afterPlace(i)
    || (isNumber(span) && chunks[i + 1] !== undefined && startsAddress(chunks[i + 1]!)));
  const last = dropped.lastIndexOf(true);
  // Only between a name and the figure: the chunk right before the address names something (a
  // list's item, และ อำเภอหาดใหญ่ จำนวน 103 ตัวอย่าง, keeps its district).
  if (last < 0) return;
  const before = chunks[last + 1];
  if (before) {
    const words = boundaries.words(before[0], before[1]);
    const [lo, hi] = trimWords(words, view, context);
    if (hi <= lo || !/[\u0e01-\u0e4e]/.test(view.slice(before[0], before[1]))) return;
  } else if (!afterGloss(view, chunks[last]![0])) {
    // The address starts the phrase: it names the item (และ อำเภอหาดใหญ่ จำนวน 88), unless a gloss
    // in brackets stands before it, and a name before that (ศาลาประชาคม (ชคต.หลังเก่า) ตำบลกายูคละ).
    return;
  }
  for (let i = last; i >= 0; i--) if (dropped[i]) chunks.splice(i, 1);
}

/** A `subject_place` entry that starts a place's name (จังหวัดน่าน, จ.ตาก): another place's name may be glued after it. */
const PLACE_PREFIX = "prefix";
/** A `subject_place` entry that opens a chunk of places (ใน: ในไทย, ในกรุงเทพฯ), no place itself. */
const LOCATIVE = "locative";

/** A rule set's places by first letter, longest first, and its locative words (built once per lexicon). */
interface Places {
  byFirst: Map<number, Array<{ key: string; prefix: boolean }>>;
  names: Map<number, string[]>;
  locatives: string[];
}
const PLACES = new WeakMap<Lexicon, Places>();
function placesOf(lexicon: Lexicon): Places {
  let places = PLACES.get(lexicon);
  if (!places) {
    places = { byFirst: new Map(), names: new Map(), locatives: [] };
    const keys = [...lexicon.entries.keys()].sort((a, b) => b.length - a.length);
    for (const key of keys) {
      const canonical = lexicon.entries.get(key)!.canonical;
      if (canonical === LOCATIVE) {
        places.locatives.push(key);
        continue;
      }
      const first = key.charCodeAt(0);
      if (!places.byFirst.has(first)) places.byFirst.set(first, []);
      places.byFirst.get(first)!.push({ key, prefix: canonical === PLACE_PREFIX });
      if (canonical !== PLACE_PREFIX) {
        if (!places.names.has(first)) places.names.set(first, []);
        places.names.get(first)!.push(key);
      }
    }
    PLACES.set(lexicon, places);
  }
  return places;
}

/** A gloss of Latin letters in brackets ((Spot), (LNG)). */
const LATIN_GLOSS = /^\s*\([A-Za-z .]{1,20}\)/;

/** Between two places written as one (กรุงเทพฯ-ปริมณฑล, จีน/ฮ่องกง). */
const PLACE_JOINER = /^[-–/]$/;

/**
 * Whether [at, end) is a place and words a subject trims (ไทยราว, ประเทศไทยทั้งสิ้น): a `subject_place`
 * entry on a word's boundary, a `prefix` one maybe with another's name glued after it (จังหวัดน่าน),
 * a Latin gloss in brackets maybe after it (ตลาดจร (Spot)), another joined by a dash (กรุงเทพฯ-ปริมณฑล).
 */
function isPlace(input: SubjectInput, places: Places, at: number, end: number): boolean {
  const { view, boundaries, context } = input;
  for (const { key, prefix } of places.byFirst.get(view.charCodeAt(at)) ?? []) {
    if (at + key.length > end || !view.startsWith(key, at)) continue;
    let after = at + key.length;
    if (prefix) after += places.names.get(view.charCodeAt(after))?.find((name) => after + name.length <= end && view.startsWith(name, after))?.length ?? 0;
    if (after < end && !boundaries.isBoundary(after)) continue;
    // Another place joined by a dash or a slash (กรุงเทพฯ-ปริมณฑล): one place.
    if (PLACE_JOINER.test(view.charAt(after)) && isPlace(input, places, after + 1, end)) return true;
    after += LATIN_GLOSS.exec(view.slice(after, end))?.[0].length ?? 0;
    if (boundaries.words(after, end).every(([a, b]) => !HAS_WORD.test(view.slice(a, b)) || isTrimmed(view.slice(a, b), context))) return true;
  }
  return false;
}

/**
 * Drops where what is measured is, between it and its figure (ส่วนแบ่งตลาดรถ EV ในไทยราว 40% → the
 * share, not ไทย; ยอดขายบ้าน ในกรุงเทพฯ และปริมณฑล 12,500 หน่วย): the nearest chunks when they are a
 * chunk of a locative word and a place, and the places listed after it (และปริมณฑล), chunks of cue
 * words only may stand among them; only with a chunk of Thai before them, and not when they hold what
 * a count counts.
 */
export function dropLocatives(chunks: Span[], input: SubjectInput, holdsCounted: (phrase: string) => boolean): void {
  const { view, boundaries, context } = input;
  if (!context.subjectPlace || chunks.length === 0) return;
  const places = placesOf(context.subjectPlace);
  // Most phrases hold no locative word: nothing to read.
  const from = chunks[Math.min(chunks.length, LOCATIVE_CHUNKS) - 1]![0];
  const to = chunks[0]![1];
  const near = view.slice(from, to);
  if (!places.locatives.some((w) => near.includes(w))) return;
  // A count of places (ในกรุงเทพฯและ 76 จังหวัด) is of them: they stay.
  if (lexiconWords(context.subjectPlace).some(holdsCounted)) return;
  // The locative word a chunk opens with (ในไทยราว), its length; 0 if none.
  const locativeAt = (at: number): number => places.locatives.find((w) => view.startsWith(w, at))?.length ?? 0;
  const thai = (span: Span | undefined): boolean => span !== undefined && /[\u0e01-\u0e4e]/.test(view.slice(span[0], span[1]));
  // Cue words, time references (ปัจจุบัน) and a Latin gloss in brackets ((Spot)) may stand between.
  const inReference = (at: number): boolean => {
    const mention = input.timeReferences[upperBound(input.timeReferences, at, (m) => m.start) - 1];
    return mention !== undefined && at < mention.end;
  };
  const cuesOnly = (span: Span): boolean => LATIN_GLOSS.exec(view.slice(span[0], span[1]))?.[0].length === span[1] - span[0]
    || boundaries.words(span[0], span[1]).every(([a, b]) => !HAS_WORD.test(view.slice(a, b)) || isTrimmed(view.slice(a, b), context) || inReference(a));
  // A place listed after another, joined by a `subject_list` word (และปริมณฑล) or not (ชลบุรี).
  const listed = (span: Span): boolean => {
    const joiner = lexiconWords(context.subjectList).find((w) => view.startsWith(w, span[0]));
    return isPlace(input, places, span[0] + (joiner?.length ?? 0), span[1]);
  };
  // Where a locative word and a place end the chunk, glued to the noun it locates (ยอดขายบ้านในกรุงเทพฯ).
  const gluedLocative = (span: Span): number | undefined => {
    for (let at = span[1] - 1; at > span[0]; at--) {
      const length = boundaries.isBoundary(at) ? locativeAt(at) : 0;
      if (length > 0 && isPlace(input, places, at + length, span[1])) return thai([span[0], at]) ? at : undefined;
    }
    return undefined;
  };
  const dropped: number[] = [];
  for (let i = 0; i < chunks.length && i < LOCATIVE_CHUNKS; i++) {
    const span = chunks[i]!;
    if (holdsCounted(view.slice(span[0], span[1]))) return;
    const locative = locativeAt(span[0]);
    if (locative > 0 && isPlace(input, places, span[0] + locative, span[1])) {
      // A chunk of Thai words before it, a Latin name aside (ส่วนแบ่งตลาดรถ | EV | ในไทยราว).
      const named = chunks.slice(i + 1, i + 3).some((c) => thai(c) && !cuesOnly(c));
      if (!named) return;
      for (const at of [...dropped, i].reverse()) chunks.splice(at, 1);
      return;
    }
    // The places listed after it are dropped with it; a locative word glued to the noun cuts the chunk there.
    const glued = dropped.length > 0 ? gluedLocative(span) : undefined;
    if (glued !== undefined) {
      span[1] = glued;
      for (const at of [...dropped].reverse()) chunks.splice(at, 1);
      return;
    }
    if (listed(span)) dropped.push(i);
    else if (!cuesOnly(span)) return;
  }
}

/** The most nearest chunks read for where what is measured is: places listed, cue words, the locative's chunk. */
const LOCATIVE_CHUNKS = 6;

/**
 * Whether a gloss in brackets ends right before `at`, spaces aside: a bracket of words, with no
 * figure in it ((ชคต.หลังเก่า), not a list's (7 ตำบล 56 หมู่บ้าน)).
 */
function afterGloss(view: string, at: number): boolean {
  let i = at;
  while (i > 0 && isWhitespace(view.charCodeAt(i - 1))) i--;
  if (view.charCodeAt(i - 1) !== CLOSE_BRACKET) return false;
  const open = openingBracket(view, i - 1, Math.max(0, i - 1 - BRACKET_REACH));
  return open !== undefined && !/[0-9]/.test(view.slice(open, i));
}

/**
 * Cuts an exclusion off the chunks, in place: a `subject_except` word (ไม่รวม) and what it
 * leaves out, up to the last item of its list (มูลค่าการส่งออกสินค้าที่ไม่รวมน้ำมัน ทองคำ และยุทธปัจจัย
 * พบว่า ขยายตัวร้อยละ 14.8: what is measured stands before the word, not among what it leaves out).
 * Kept when what is left out holds what a count counts (หากไม่รวมโครงการที่ล่าช้า 4 โครงการ). Whether it cut one.
 */
export function dropExclusions(chunks: Span[], input: SubjectInput, holdsCounted: (phrase: string) => boolean): boolean {
  const { view, boundaries, context } = input;
  const except = context.subjectExcept;
  if (!except) return false;
  const words = lexiconWords(except);
  // Looked for within the chunk's own text: a search of the view would run on past it to the text's end.
  const at = (chunk: Span): number => {
    const text = view.slice(chunk[0], chunk[1]);
    let best = -1;
    for (const word of words) {
      for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
        if (boundaries.isBoundary(chunk[0] + i) && (best < 0 || chunk[0] + i < best)) best = chunk[0] + i;
      }
    }
    return best;
  };
  let k = 0;
  let start = -1;
  for (; k < chunks.length && start < 0; k++) start = at(chunks[k]!);
  if (start < 0) return false;
  k--;
  // The list it leaves out ends with the chunk its `subject_list` word (และ) opens, if one stands nearer.
  const opensLast = (chunk: Span): boolean => lexiconWords(context.subjectList).some((w) => view.startsWith(w, chunk[0]));
  let end = k;
  for (let i = k - 1; i >= 0; i--) {
    if (/[0-9]/.test(view.slice(chunks[i]![0], chunks[i]![1]))) break;
    if (opensLast(chunks[i]!)) {
      end = i;
      break;
    }
  }
  if (holdsCounted(view.slice(start, chunks[end]![1]))) return false;
  if (start > chunks[k]![0]) {
    chunks[k]![1] = start;
    chunks.splice(end, k - end);
  } else {
    chunks.splice(end, k - end + 1);
  }
  return true;
}

/** The most chunks a list of examples may take between its word and the figure. */
const EXAMPLE_CHUNKS = 8;

/** A `subject_list` value: a word (หรือ) joining items offered in the alternative, the figure each one's, no total. */
const ALTERNATIVE = "alternative";

/** A chunk of Latin letters alone (Work from Home, RT-PCR): a part of the item before it, no item of its own. */
const LATIN_ONLY = /^[A-Za-z][A-Za-z./&-]*$/;

/**
 * Cuts a list of examples off the chunks, in place: a `subject_examples` word (เช่น, อาทิ, ทั้ง) opening
 * a chunk, and the items it names, two or more, when only a total, a measure or a cue word (รวม, จำนวน,
 * มูลค่า, กว่า) stands between the last one and the figure: the figure totals the kind named before the
 * word, not its last example (หมวดของใช้จำเป็น เช่น ของใช้ประจำวัน เครื่องใช้ไฟฟ้า … ยาและเวชภัณฑ์ รวม 8,290
 * รายการ → หมวดของใช้จำเป็น; was ยาและเวชภัณฑ์). The items are names: none holds a figure, what a count
 * counts, a verb (`subject_verbs`, `subject_action`) or a clause's start (โดย, ซึ่ง: the list ended
 * before it). Whether it cut one.
 */
export function dropExamples(chunks: Span[], input: SubjectInput, holdsCounted: (phrase: string) => boolean): boolean {
  const { view, boundaries, context } = input;
  const examples = context.subjectExamples;
  if (!examples || chunks.length < 3) return false;
  // Most phrases hold no such word: nothing to segment.
  const reach = view.slice(chunks[Math.min(chunks.length, EXAMPLE_CHUNKS + 1) - 1]![0], chunks[0]![1]);
  if (!lexiconWords(examples).some((w) => reach.includes(w))) return false;
  const has = (lexicon: Lexicon | undefined, word: string): boolean => lexicon?.entries.has(word) ?? false;
  // The nearest chunk names nothing: a total's, a measure's or cue words, no change nor a figure.
  const [near, nearEnd] = chunks[0]!;
  if (/[0-9]/.test(view.slice(near, nearEnd)) || !boundaries.words(near, nearEnd).every(([a, b]) => {
    const word = view.slice(a, b);
    return !HAS_WORD.test(word) || [context.subjectTotal, context.subjectTrimEnd, context.subjectTrim, context.qualifierBefore, context.qualifierAfter, context.cueSkip].some((l) => has(l, word));
  })) return false;
  const isName = (from: number, to: number): boolean => !/[0-9]/.test(view.slice(from, to))
    && boundaries.words(from, to).every(([a, b]) => {
      const word = view.slice(a, b);
      return !has(context.clauseStart, word) && !has(context.subjectVerbs, word) && !has(context.subjectAction, word);
    });
  let items = 0;
  for (let k = 1; k < chunks.length && k <= EXAMPLE_CHUNKS; k++) {
    const [start, stop] = chunks[k]!;
    const first = boundaries.words(start, stop)[0];
    if (first === undefined) return false;
    if (!has(examples, view.slice(first[0], first[1]))) {
      // Items offered in the alternative (… หรือเทคนิคอื่น ๆ เบิกได้ไม่เกิน 2,200 บาท): the figure is each one's.
      if (!isName(start, stop) || context.subjectList?.entries.get(view.slice(first[0], first[1]))?.canonical === ALTERNATIVE) return false;
      if (!LATIN_ONLY.test(view.slice(start, stop))) items++;
      continue;
    }
    // The rest of the word's own chunk is the first item.
    if (first[1] < stop) {
      if (!isName(first[1], stop)) return false;
      items++;
    }
    if (items < 2 || holdsCounted(view.slice(first[1], chunks[1]![1]))) return false;
    chunks.splice(1, k);
    return true;
  }
  return false;
}
