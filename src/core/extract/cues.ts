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
 * allocates a pair per entry, and these loops run for every candidate. `byLast` and `byFirst`
 * list, by a key's last (first) code unit, the indices of the keys ending (starting) with it, in
 * key order: only those can end (start) at a given offset.
 */
interface Flat {
  keys: string[];
  entries: LexiconEntry[];
  byLast: Map<number, number[]>;
  byFirst: Map<number, number[]>;
  /** Indices of empty keys (a surface of spaces only), which end anywhere. */
  empty: number[];
  /** By length: 1 when some key has that many code units (0 past the longest). */
  lengths: Uint8Array;
  /** By last code unit, Thai block (U+0E00 + index) in an array, others in a Map: the keys ending with it, longest first. */
  endingThai: Array<number[] | undefined>;
  endingOther: Map<number, number[]>;
  longest: number;
}
const flattened = new WeakMap<Lexicon, Flat>();
const NONE: readonly number[] = [];
function flat(lexicon: Lexicon): Flat {
  let lists = flattened.get(lexicon);
  if (!lists) {
    const keys = [...lexicon.entries.keys()];
    const byLast = new Map<number, number[]>();
    const byFirst = new Map<number, number[]>();
    const empty: number[] = [];
    keys.forEach((key, i) => {
      if (key.length === 0) {
        empty.push(i);
        return;
      }
      const last = key.charCodeAt(key.length - 1);
      const first = key.charCodeAt(0);
      byLast.set(last, [...(byLast.get(last) ?? []), i]);
      byFirst.set(first, [...(byFirst.get(first) ?? []), i]);
    });
    const endingThai: Array<number[] | undefined> = new Array<number[] | undefined>(0x80).fill(undefined);
    const endingOther = new Map<number, number[]>();
    for (const [last, indices] of byLast) {
      const longestFirst = [...indices].sort((x, y) => keys[y]!.length - keys[x]!.length);
      if (last >= 0x0e00 && last < 0x0e80) endingThai[last - 0x0e00] = longestFirst;
      else endingOther.set(last, longestFirst);
    }
    lists = {
      keys, entries: [...lexicon.entries.values()], byLast, byFirst, empty, endingThai, endingOther,
      longest: Math.max(0, ...keys.map((k) => k.length)), lengths: new Uint8Array(0),
    };
    lists.lengths = new Uint8Array(lists.longest + 1);
    for (const key of keys) lists.lengths[key.length] = 1;
    flattened.set(lexicon, lists);
  }
  return lists;
}

/**
 * The lexicon entry that ends right before `offset` (spaces between allowed), longest first,
 * starting on a word boundary. Returns the entry and where it starts.
 */
export function cueBefore(view: string, offset: number, lexicon: Lexicon | undefined, kind: Kind, boundaries: WordBoundaries): { entry: LexiconEntry; start: number } | undefined {
  if (!lexicon) return undefined;
  const end = skipSpacesBack(view, offset);
  const { keys, entries, byLast, empty } = flat(lexicon);
  let best: LexiconEntry | undefined;
  let bestStart = end + 1;
  // The longest key ending at `end` (the first of equals), else the first empty one.
  const ending = (end > 0 ? byLast.get(view.charCodeAt(end - 1)) : undefined) ?? NONE;
  for (let pass = 0; pass < 2; pass++) {
    const candidates = pass === 0 ? ending : empty;
    for (let c = 0; c < candidates.length; c++) {
      const i = candidates[c]!;
      const key = keys[i]!;
      const entry = entries[i]!;
      const start = end - key.length;
      if (start < 0 || start >= bestStart) continue;
      if (entry.kinds && !entry.kinds.includes(kind)) continue;
      if (view.startsWith(key, start) && boundaries.isBoundary(start)) {
        best = entry;
        bestStart = start;
      }
    }
  }
  return best ? { entry: best, start: bestStart } : undefined;
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
  const { keys, endingThai, endingOther, empty } = flat(lexicon);
  if (empty.length > 0) return lastCueEndOfAll(view, from, to, keys, boundaries);
  for (let end = to; end > from; end--) {
    const code = view.charCodeAt(end - 1);
    const ending = code >= 0x0e00 && code < 0x0e80 ? endingThai[code - 0x0e00] : endingOther.get(code);
    if (ending === undefined) continue;
    for (let c = 0; c < ending.length; c++) {
      const key = keys[ending[c]!]!;
      const start = end - key.length;
      if (start >= from && view.startsWith(key, start) && boundaries.isBoundary(start) && boundaries.isBoundary(end)) return end;
    }
  }
  return -1;
}

/**
 * lastCueEnd for a lexicon with an empty key (a surface of spaces only), which occurs at every
 * offset: each entry's last occurrence found by search, the best taken until one holds.
 */
function lastCueEndOfAll(view: string, from: number, to: number, keys: readonly string[], boundaries: WordBoundaries): number {
  // Searched in a copy of the window: lastIndexOf on the whole text would not stop at `from`.
  const stretch = view.slice(from, to);
  // Each entry's latest occurrence in the window not yet ruled out (-1: none left).
  const at = keys.map((key) => stretch.lastIndexOf(key));
  for (;;) {
    let best = -1;
    let bestStart = 0;
    let bestEnd = -1;
    for (let k = 0; k < keys.length; k++) {
      const start = at[k]!;
      if (start < 0) continue;
      const end = start + keys[k]!.length;
      if (end > bestEnd || (end === bestEnd && start < bestStart)) {
        best = k;
        bestStart = start;
        bestEnd = end;
      }
    }
    if (best < 0) return -1;
    if (boundaries.isBoundary(from + bestStart) && boundaries.isBoundary(from + bestEnd)) return from + bestEnd;
    at[best] = bestStart > 0 ? stretch.lastIndexOf(keys[best]!, bestStart - 1) : -1;
  }
}

/** The longest entry of `lexicon` that ends at `end` ("" when none does). */
export function entryEndingAt(view: string, end: number, lexicon: Lexicon): string {
  const { keys, byLast, longest } = flat(lexicon);
  let found = "";
  // Near the start a key longer than `end` is looked for at 0 (startsWith clamps), whatever its last letter.
  const candidates = end < longest ? keys.keys() : byLast.get(view.charCodeAt(end - 1)) ?? NONE;
  for (const i of candidates) {
    const key = keys[i]!;
    if (key.length > found.length && view.startsWith(key, end - key.length)) found = key;
  }
  return found;
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
