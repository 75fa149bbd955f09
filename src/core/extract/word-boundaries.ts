/**
 * Word boundaries of one document, from the segmenter, computed lazily: only the runs of Thai
 * letters a rule or a subject actually asks about are segmented, and each run once.
 * Digits, spaces, punctuation, `ๆ` and `ฯ` are never handed to the segmenter (its quirks with
 * them would damage the words around figures); they are boundaries by themselves.
 */
import type { Segmenter } from "../segmenter.js";
import { isWhitespace } from "../text/chars.js";

/** Thai letters, vowels and tone marks, without digits, ๆ (U+0E46) and ฯ (U+0E2F). */
export const isThaiLetter = (code: number): boolean =>
  code >= 0x0e01 && code <= 0x0e4e && code !== 0x0e2f && code !== 0x0e46 && code !== 0x0e3f;

/** Longest run handed to the segmenter at once; longer runs are cut (rare: Thai text has spaces). */
const MAX_RUN = 400;

export class WordBoundaries {
  /** Run start → set of boundary offsets (absolute) inside that run. */
  private readonly runs = new Map<number, Set<number>>();

  constructor(private readonly text: string, private readonly segmenter: Segmenter) {}

  /** True when a word starts or ends at `offset`. */
  isBoundary(offset: number): boolean {
    const before = this.text.charCodeAt(offset - 1);
    const after = this.text.charCodeAt(offset);
    if (!(isThaiLetter(before) && isThaiLetter(after))) return true;
    const { start, boundaries } = this.runAt(offset);
    return offset === start || boundaries.has(offset);
  }

  /**
   * The words of the Thai text in [from, to): each word's absolute [start, end). Non-Thai
   * characters form their own pieces, split at spaces.
   */
  words(from: number, to: number): Array<[number, number]> {
    const out: Array<[number, number]> = [];
    let i = from;
    while (i < to) {
      const code = this.text.charCodeAt(i);
      if (isThaiLetter(code)) {
        const { boundaries } = this.runAt(i);
        let j = i + 1;
        while (j < to && isThaiLetter(this.text.charCodeAt(j)) && !boundaries.has(j)) j++;
        out.push([i, j]);
        i = j;
      } else if (isWhitespace(code)) {
        i++;
      } else {
        let j = i + 1;
        while (j < to && !isThaiLetter(this.text.charCodeAt(j)) && !isWhitespace(this.text.charCodeAt(j))) j++;
        out.push([i, j]);
        i = j;
      }
    }
    return out;
  }

  private runAt(offset: number): { start: number; boundaries: Set<number> } {
    let start = offset;
    while (start > 0 && isThaiLetter(this.text.charCodeAt(start - 1)) && offset - start < MAX_RUN) start--;
    const cached = this.runs.get(start);
    if (cached) return { start, boundaries: cached };
    let end = offset;
    while (end < this.text.length && isThaiLetter(this.text.charCodeAt(end)) && end - start < 2 * MAX_RUN) end++;
    const boundaries = new Set<number>([start, end]);
    for (const wordEnd of this.segmenter.wordEnds(this.text.slice(start, end))) boundaries.add(start + wordEnd);
    // Cache under every start a lookup from inside this run can compute.
    this.runs.set(start, boundaries);
    return { start, boundaries };
  }
}
