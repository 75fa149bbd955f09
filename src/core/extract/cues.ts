/**
 * Attributes read from the words around a figure, all driven by lexicons named in the rules'
 * `context` section: qualifier cues right before or after it, vetoes (ordinal markers such as
 * `ที่`, `หมู่`, `มาตรา` that make a number a name, not a figure), target cues earlier in the
 * sentence, and the year the figure refers to.
 */
import type { Lexicon } from "../rules/compile.js";
import type { LexiconEntry } from "../rules/rule-file.js";
import type { Kind } from "../types.js";
import type { WordBoundaries } from "./word-boundaries.js";

const SPACE = /[ \t]/;

/** Offset of the first non-space character at or before `offset - 1`, plus one. */
export function skipSpacesBack(view: string, offset: number): number {
  let i = offset;
  while (i > 0 && SPACE.test(view[i - 1] ?? "")) i--;
  return i;
}

function skipSpacesForward(view: string, offset: number): number {
  let i = offset;
  while (i < view.length && SPACE.test(view[i] ?? "")) i++;
  return i;
}

/**
 * The lexicon entry that ends right before `offset` (spaces between allowed), longest first,
 * starting on a word boundary. Returns the entry and where it starts.
 */
export function cueBefore(view: string, offset: number, lexicon: Lexicon | undefined, kind: Kind, boundaries: WordBoundaries): { entry: LexiconEntry; start: number } | undefined {
  if (!lexicon) return undefined;
  const end = skipSpacesBack(view, offset);
  let best: { entry: LexiconEntry; start: number } | undefined;
  for (const [key, entry] of lexicon.entries) {
    if (entry.kinds && !entry.kinds.includes(kind)) continue;
    const start = end - key.length;
    if (start < 0 || (best && start >= best.start)) continue;
    if (view.startsWith(key, start) && boundaries.isBoundary(start)) best = { entry, start };
  }
  return best;
}

/** The lexicon entry that starts right after `offset` (spaces between allowed) and ends on a word boundary. */
export function cueAfter(view: string, offset: number, lexicon: Lexicon | undefined, kind: Kind, boundaries: WordBoundaries): LexiconEntry | undefined {
  if (!lexicon) return undefined;
  const start = skipSpacesForward(view, offset);
  let best: LexiconEntry | undefined;
  let bestLength = 0;
  for (const [key, entry] of lexicon.entries) {
    if (entry.kinds && !entry.kinds.includes(kind)) continue;
    if (key.length <= bestLength) continue;
    if (view.startsWith(key, start) && boundaries.isBoundary(start + key.length)) {
      best = entry;
      bestLength = key.length;
    }
  }
  return best;
}

/** Start of the sentence-like stretch before `offset` on its line, no further back than `window`. */
export function clauseStart(view: string, offset: number, window: number): number {
  // Scan back at most `window` characters: lastIndexOf would walk a whole line, which made a
  // 100 MB file without newlines quadratic.
  const floor = Math.max(0, offset - window);
  let i = offset - 1;
  while (i >= floor && view.charCodeAt(i) !== 10) i--;
  return i + 1;
}

/**
 * End of the last occurrence, on word boundaries, of any lexicon entry in [from, to); -1 when
 * none. Occurrences are found by plain search first and checked with the segmenter from the
 * last one back, so that usually one run of text is segmented, not every run in the window.
 */
export function lastCueEnd(view: string, from: number, to: number, lexicon: Lexicon | undefined, boundaries: WordBoundaries): number {
  if (!lexicon || from >= to) return -1;
  const stretch = view.slice(from, to);
  const hits: Array<[number, number]> = [];
  for (const key of lexicon.entries.keys()) {
    for (let i = stretch.indexOf(key); i >= 0; i = stretch.indexOf(key, i + 1)) hits.push([from + i, from + i + key.length]);
  }
  hits.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  for (const [start, end] of hits) {
    if (boundaries.isBoundary(start) && boundaries.isBoundary(end)) return end;
  }
  return -1;
}
