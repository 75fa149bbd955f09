/**
 * The subject of a figure: what is measured or counted, as a short phrase copied from the text
 * just before it (`มีพื้นที่ก่อสร้างประมาณ 19,000 ตารางเมตร` → `พื้นที่ก่อสร้าง`).
 *
 * Thai separates phrases with spaces, so the subject is the nearest space-separated chunk
 * before the figure, with cue and function words (the `subject_trim` lexicon: มี, จำนวน,
 * ประมาณ …) trimmed from both ends, word by word. A chunk that trims to nothing is skipped for
 * the one before it; a chunk holding another figure ends the search.
 */
import type { Lexicon } from "../rules/compile.js";
import type { WordBoundaries } from "./word-boundaries.js";

/** Characters that end a phrase: the subject never reaches across them. */
const HARD_STOP = /[\n()[\]{}:;,"“”‘’'!?|•*=<>]/;
const LOOK_BACK = 160;
const MAX_CHUNKS = 3;

export function subjectBefore(
  text: string,
  view: string,
  offset: number,
  floor: number,
  boundaries: WordBoundaries,
  trim: Lexicon | undefined,
  maxWords: number,
): string | undefined {
  let from = offset;
  const limit = Math.max(floor, offset - LOOK_BACK);
  while (from > limit && !HARD_STOP.test(view[from - 1] ?? "")) from--;
  // Chunks separated by spaces, nearest first.
  const chunks: Array<[number, number]> = [];
  let end = offset;
  for (let i = offset - 1; i >= from - 1 && chunks.length < MAX_CHUNKS; i--) {
    if (i < from || /\s/.test(view[i] ?? "")) {
      if (i + 1 < end) chunks.push([i + 1, end]);
      end = i;
    }
  }
  for (const [start, stop] of chunks) {
    if (/[0-9]/.test(view.slice(start, stop))) return undefined;
    const words = boundaries.words(start, stop);
    let lo = 0;
    let hi = words.length;
    const trimmed = (w: [number, number] | undefined): boolean =>
      w !== undefined && (trim?.entries.has(view.slice(w[0], w[1])) ?? false);
    while (hi > lo && trimmed(words[hi - 1])) hi--;
    while (lo < hi && trimmed(words[lo])) lo++;
    if (hi <= lo) continue;
    lo = Math.max(lo, hi - maxWords);
    const first = words[lo];
    const last = words[hi - 1];
    if (!first || !last) continue;
    const phrase = text.slice(first[0], last[1]);
    if (/[\u0e01-\u0e4eA-Za-z]/.test(phrase)) return phrase;
  }
  return undefined;
}
