/**
 * Attributes read from the words around a figure, all driven by lexicons named in the rules'
 * `context` section: qualifier cues right before or after it, vetoes (ordinal markers such as
 * `ที่`, `หมู่`, `มาตรา` that make a number a name, not a figure), target cues earlier in the
 * sentence, and the year the figure refers to.
 */
import type { Lexicon } from "../rules/compile.js";
import type { LexiconEntry } from "../rules/rule-file.js";
import { charSet } from "../text/chars.js";
import type { Kind } from "../types.js";
import type { WordBoundaries } from "./word-boundaries.js";

const isSpace = charSet(" \t");

/** Offset of the first non-space character at or before `offset - 1`, plus one. */
export function skipSpacesBack(view: string, offset: number): number {
  let i = offset;
  while (i > 0 && isSpace(view.charCodeAt(i - 1))) i--;
  return i;
}

export function skipSpacesForward(view: string, offset: number): number {
  let i = offset;
  while (i < view.length && isSpace(view.charCodeAt(i))) i++;
  return i;
}

/**
 * A lexicon's keys and entries as two arrays, made once per lexicon: iterating the Map itself
 * allocates a pair per entry, and these loops run for every candidate. Keys are never empty (the
 * rule compiler refuses a surface of spaces only).
 */
interface Flat {
  keys: string[];
  entries: LexiconEntry[];
  /** By first code unit, the indices of the keys starting with it, in key order. */
  byFirst: Map<number, number[]>;
  /**
   * By last code unit, the indices of the keys ending with it, longest first (in key order among
   * equals): ASCII and the Thai block (U+0E00 + index) in arrays, others in a Map, since
   * lastCueEnd looks one up at every offset of its window.
   */
  endingAscii: Array<number[] | undefined>;
  endingThai: Array<number[] | undefined>;
  endingOther: Map<number, number[]>;
  /**
   * For a Thai last letter whose keys all have a Thai letter before it, which letter pairs end a
   * key: 1 at (letter before) * 128 + last letter, both as offsets into the Thai block; at every
   * other Thai last letter, 1 at 128 * 128 + it (its keys are tried whatever stands before it).
   * Most offsets of a window end no key: one look here rules them out.
   */
  thaiPairs: Uint8Array;
  /** By length: 1 when some key has that many code units (0 past the longest). */
  lengths: Uint8Array;
}
const flattened = new WeakMap<Lexicon, Flat>();
/** Where Flat.thaiPairs marks the Thai last letters tried whatever stands before them. */
const THAI_PAIRS = 0x80 * 0x80;
const NONE: readonly number[] = [];

function pushTo(map: Map<number, number[]>, code: number, i: number): void {
  const list = map.get(code);
  if (list) list.push(i);
  else map.set(code, [i]);
}

function flat(lexicon: Lexicon): Flat {
  let lists = flattened.get(lexicon);
  if (!lists) {
    const keys = [...lexicon.entries.keys()];
    const byLast = new Map<number, number[]>();
    const byFirst = new Map<number, number[]>();
    keys.forEach((key, i) => {
      if (key.length === 0) return;
      pushTo(byLast, key.charCodeAt(key.length - 1), i);
      pushTo(byFirst, key.charCodeAt(0), i);
    });
    const endingAscii = new Array<number[] | undefined>(0x80).fill(undefined);
    const endingThai = new Array<number[] | undefined>(0x80).fill(undefined);
    const endingOther = new Map<number, number[]>();
    for (const [last, indices] of byLast) {
      // Stable: equals stay in key order.
      indices.sort((x, y) => keys[y]!.length - keys[x]!.length);
      if (last < 0x80) endingAscii[last] = indices;
      else if (last >= 0x0e00 && last < 0x0e80) endingThai[last - 0x0e00] = indices;
      else endingOther.set(last, indices);
    }
    const thaiPairs = new Uint8Array(THAI_PAIRS + 0x80);
    for (const key of keys) {
      const last = key.charCodeAt(key.length - 1) - 0x0e00;
      const before = key.length > 1 ? key.charCodeAt(key.length - 2) - 0x0e00 : -1;
      if (last < 0 || last >= 0x80) continue;
      if (before >= 0 && before < 0x80) thaiPairs[before * 0x80 + last] = 1;
      else thaiPairs[THAI_PAIRS + last] = 1;
    }
    const lengths = new Uint8Array(Math.max(0, ...keys.map((k) => k.length)) + 1);
    for (const key of keys) lengths[key.length] = 1;
    lists = { keys, entries: [...lexicon.entries.values()], byFirst, endingAscii, endingThai, endingOther, thaiPairs, lengths };
    flattened.set(lexicon, lists);
  }
  return lists;
}

/**
 * Whether `key` stands in `view` right before `end`, compared from its end: its last letter is
 * known to match (it was looked up by it), and keys of one last letter most often differ at the
 * letter before. Cheaper than a call to startsWith at every offset of a window.
 */
function endsAt(view: string, end: number, key: string): boolean {
  const start = end - key.length;
  if (start < 0) return false;
  for (let k = key.length - 2; k >= 0; k--) if (view.charCodeAt(start + k) !== key.charCodeAt(k)) return false;
  return true;
}

/** The indices of the keys ending with code unit `code`, longest first. */
function endingWith(lists: Flat, code: number): readonly number[] {
  return (code < 0x80 ? lists.endingAscii[code] : code >= 0x0e00 && code < 0x0e80 ? lists.endingThai[code - 0x0e00] : lists.endingOther.get(code)) ?? NONE;
}

/** ์ (thanthakhat), which silences the letter it sits on, and the Thai consonants (ก–ฮ). */
const THANTHAKHAT = 0x0e4c;
const CONSONANT_FIRST = 0x0e01;
const CONSONANT_LAST = 0x0e2e;

/**
 * Whether a syllable starts at `start`: right after a silenced letter (์) and before a consonant,
 * where the segmenter may have glued an unknown name's last syllable to the known word after it
 * (ราคาน้ำมันดิบเบรนท์ปรับลดลง 1.25 ดอลลาร์, cut เบร|นท์ปรับลดลง).
 */
function syllableStart(view: string, start: number): boolean {
  const after = view.charCodeAt(start);
  return start > 0 && view.charCodeAt(start - 1) === THANTHAKHAT && after >= CONSONANT_FIRST && after <= CONSONANT_LAST;
}

/**
 * The lexicon entry that ends right before `offset` (spaces between allowed), longest first,
 * starting on a word boundary, or with `afterSyllable` at a syllable's start after a silenced
 * letter (see syllableStart). Returns the entry and where it starts.
 */
export function cueBefore(view: string, offset: number, lexicon: Lexicon | undefined, kind: Kind, boundaries: WordBoundaries, afterSyllable = false): { entry: LexiconEntry; start: number } | undefined {
  if (!lexicon) return undefined;
  const end = skipSpacesBack(view, offset);
  const lists = flat(lexicon);
  const ending = end > 0 ? endingWith(lists, view.charCodeAt(end - 1)) : NONE;
  // The repetition mark written apart (ราว ๆ), read once: most text ends otherwise.
  const spaced = spacedRepeat(view, end);
  for (let c = 0; c < ending.length; c++) {
    const i = ending[c]!;
    const key = lists.keys[i]!;
    const entry = lists.entries[i]!;
    if (end - key.length < 0 || (entry.kinds && !entry.kinds.includes(kind))) continue;
    const start = view.startsWith(key, end - key.length) ? end - key.length : spaced ? spacedRepeatStart(view, end, key) : undefined;
    if (start !== undefined && (boundaries.isBoundary(start) || (afterSyllable && syllableStart(view, start)))) return { entry, start };
  }
  return undefined;
}

/** The Thai repetition mark (ๆ). */
const MAI_YAMOK = 0x0e46;

/** Whether the text before `end` ends in a repetition mark written apart, a space or tab before it (ราว ๆ). */
function spacedRepeat(view: string, end: number): boolean {
  const space = view.charCodeAt(end - 2);
  return view.charCodeAt(end - 1) === MAI_YAMOK && (space === 0x20 || space === 0x09);
}

/**
 * Where `key`, ending in a repetition mark, starts when the text before `end` writes the mark apart
 * (spacedRepeat), as Thai spacing has it (ราว ๆ 14 ล้านกิโลกรัม for the key ราวๆ: a key's space matches none
 * or more, and keys are spaceless); undefined when it does not.
 */
function spacedRepeatStart(view: string, end: number, key: string): number | undefined {
  const start = end - key.length - 1;
  return start >= 0 && view.startsWith(key.slice(0, -1), start) ? start : undefined;
}

/**
 * The `cues` entry before `offset` (cueBefore), stepping back over at most `hops` words of the
 * `skips` lexicons between it and `offset` (ติดลบ|ประมาณ 75,000 ล้านบาท, จนถึง|สิ้น|เดือน สิงหาคม 2567);
 * undefined when a word of neither stands there.
 */
export function cueBeforeSkipping(view: string, offset: number, cues: Lexicon | undefined, skips: ReadonlyArray<Lexicon | undefined>, kind: Kind, boundaries: WordBoundaries, hops: number): { entry: LexiconEntry; start: number } | undefined {
  let at = offset;
  for (let hop = 0; hop <= hops; hop++) {
    const cue = cueBefore(view, at, cues, kind, boundaries);
    if (cue) return cue;
    let skip: { start: number } | undefined;
    for (const lexicon of skips) if ((skip = cueBefore(view, at, lexicon, kind, boundaries))) break;
    if (!skip) return undefined;
    at = skip.start;
  }
  return undefined;
}

/** The lexicon entry that starts right after `offset` (spaces between allowed) and ends on a word boundary. */
export function cueAfter(view: string, offset: number, lexicon: Lexicon | undefined, kind: Kind, boundaries: WordBoundaries): LexiconEntry | undefined {
  if (!lexicon) return undefined;
  const start = skipSpacesForward(view, offset);
  const { keys, entries, byFirst } = flat(lexicon);
  const candidates = (start < view.length ? byFirst.get(view.charCodeAt(start)) : undefined) ?? NONE;
  let best: LexiconEntry | undefined;
  let bestLength = 0;
  for (let c = 0; c < candidates.length; c++) {
    const i = candidates[c]!;
    const key = keys[i]!;
    const entry = entries[i]!;
    if (key.length <= bestLength) continue;
    if (entry.kinds && !entry.kinds.includes(kind)) continue;
    if (view.startsWith(key, start) && boundaries.isBoundary(start + key.length)) {
      best = entry;
      bestLength = key.length;
    }
  }
  return best;
}

/**
 * End of the last occurrence, on word boundaries, of any lexicon entry in [from, to); -1 when
 * none (of two ending together, the longer counts). The window is walked back from its end, and
 * at each letter only the entries ending with that letter are tried, longest first: the
 * occurrences come in that order (last end first, then longest), each checked with the
 * segmenter only until one holds, so that usually one run of text is segmented, not every run in
 * the window, and a cue near the figure ends the walk at once.
 */
export function lastCueEnd(view: string, from: number, to: number, lexicon: Lexicon | undefined, boundaries: WordBoundaries): number {
  if (!lexicon || from >= to) return -1;
  const lists = flat(lexicon);
  const { keys, endingAscii, endingThai, thaiPairs } = lists;
  for (let end = to; end > from; end--) {
    // endingWith, written out: this loop runs at every offset of every window.
    const code = view.charCodeAt(end - 1);
    const thai = code - 0x0e00;
    if (thai >= 0 && thai < 0x80 && thaiPairs[THAI_PAIRS + thai] === 0) {
      const before = end > 1 ? view.charCodeAt(end - 2) - 0x0e00 : -1; // no read before the text: V8 would deoptimize
      if (!(before >= 0 && before < 0x80) || thaiPairs[before * 0x80 + thai] === 0) continue;
    }
    const ending = code < 0x80 ? endingAscii[code] : thai >= 0 && thai < 0x80 ? endingThai[thai] : endingWith(lists, code);
    if (ending === undefined) continue;
    for (let c = 0; c < ending.length; c++) {
      const key = keys[ending[c]!]!;
      const start = end - key.length;
      if (start >= from && endsAt(view, end, key) && boundaries.isBoundary(start) && boundaries.isBoundary(end)) return end;
    }
  }
  return -1;
}

/** The longest entry of `lexicon` that ends at `end` and starts at or after 0 ("" when none does). */
export function entryEndingAt(view: string, end: number, lexicon: Lexicon): string {
  const lists = flat(lexicon);
  const ending = endingWith(lists, view.charCodeAt(end - 1));
  for (let c = 0; c < ending.length; c++) {
    const key = lists.keys[ending[c]!]!;
    if (key.length <= end && view.startsWith(key, end - key.length)) return key;
  }
  return "";
}

/**
 * Whether `word` is an entry of `lexicon`, or two run together (หรือเพิ่มขึ้น: หรือ + เพิ่มขึ้น):
 * phrases are matched this way rather than listed, since a listed phrase would join the
 * segmenter's dictionary and change how the text around it is cut.
 */
export function isEntryRun(word: string, lexicon: Lexicon | undefined): boolean {
  if (!lexicon) return false;
  const { entries } = lexicon;
  if (entries.has(word)) return true;
  // Only cuts into two lengths that keys have can give two keys: the others are not sliced.
  const { lengths } = flat(lexicon);
  for (let i = 1; i < word.length; i++) {
    if (lengths[i] === 1 && lengths[word.length - i] === 1 && entries.has(word.slice(0, i)) && entries.has(word.slice(i))) return true;
  }
  return false;
}
