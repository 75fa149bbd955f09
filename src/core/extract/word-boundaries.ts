/**
 * Word boundaries of one document, from the segmenter, computed lazily: only the runs of Thai
 * letters a rule or a subject actually asks about are segmented, and each run once.
 * Digits, spaces, punctuation, `ๆ` and `ฯ` are never handed to the segmenter (its quirks with
 * them would damage the words around figures); they are boundaries by themselves.
 */
import type { Segmenter } from "../segmenter.js";
import { dottedMonthAt, dottedMonthEnd } from "../dates/months.js";
import { isWhitespace } from "../text/chars.js";
import { skipSpacesForward } from "./cues.js";

/** Thai letters, vowels and tone marks, without digits, ๆ (U+0E46) and ฯ (U+0E2F). */
export const isThaiLetter = (code: number): boolean =>
  code >= 0x0e01 && code <= 0x0e4e && code !== 0x0e2f && code !== 0x0e46 && code !== 0x0e3f;

/** Longest run handed to the segmenter at once; longer runs are cut (rare: Thai text has spaces). */
const MAX_RUN = 400;

const DOT = 0x2e;

/**
 * Where a Thai month's short form starts at the end of the run [start, end) that a dot follows
 * (its first piece is one or two letters: ก.ย., มี.ค.), after other letters; else `start`.
 */
function gluedMonthStart(text: string, start: number, end: number): number {
  for (const length of [2, 1]) {
    const at = end - length;
    if (at > start && dottedMonthAt(text, at)) return at;
  }
  return start;
}

/** {@link WordBoundaries}' marks: an offset of a run not cut yet, inside a word, a word's edge. */
const UNKNOWN = 0;
const INSIDE = 1;
const EDGE = 2;

/** Cue words of Thai letters only, longest first: made once per list (a rule set's, passed for every document). */
const PREPARED = new WeakMap<readonly string[], readonly string[]>();
function preparedCues(words: readonly string[]): readonly string[] {
  let prepared = PREPARED.get(words);
  if (!prepared) {
    prepared = words.filter((w) => w.length > 0 && [...w].every((ch) => isThaiLetter(ch.charCodeAt(0)))).sort((a, b) => b.length - a.length);
    PREPARED.set(words, prepared);
  }
  return prepared;
}

export class WordBoundaries {
  /**
   * By offset, for runs of at most MAX_RUN letters once cut: INSIDE or EDGE (UNKNOWN before).
   * Such a run is cut whole whichever of its offsets is asked about first, so one flat array
   * holds the answers, without a lookup.
   */
  private readonly marks: Uint8Array;
  /** Longer runs, which are cut in windows that depend on the offset asked about: window start → edges in it. */
  private readonly runs = new Map<number, Set<number>>();

  /** Cue words cut off the end of a run a number follows (the qualifiers: ยาฟาวิพิราเวียร์|กว่า 5 แสนเม็ด), longest first. */
  private readonly beforeNumber: readonly string[];

  /**
   * `beforeNumber`: words that, ending a run of letters right before a number (spaces between
   * allowed), are cut off as words of their own before the rest is segmented: glued to a word
   * the segmenter does not know (a name written in Thai letters), it may cut across them.
   */
  constructor(private readonly text: string, private readonly segmenter: Segmenter, beforeNumber: readonly string[] = []) {
    this.marks = new Uint8Array(text.length + 1);
    this.beforeNumber = preparedCues(beforeNumber);
  }

  /**
   * The `beforeNumber` word ending the run [start, end), longest first, when a number follows the
   * run; undefined if none.
   */
  private cueBeforeNumber(start: number, end: number): string | undefined {
    const { text } = this;
    const next = text.charCodeAt(skipSpacesForward(text, end));
    if (!(next >= 0x30 && next <= 0x39)) return undefined;
    return this.beforeNumber.find((word) => end - word.length >= start && text.startsWith(word, end - word.length));
  }

  /** True when a word starts or ends at `offset`. */
  isBoundary(offset: number): boolean {
    // Read only inside the text: a read past an end deoptimizes the code this is compiled into.
    const before = offset > 0 ? this.text.charCodeAt(offset - 1) : -1;
    const after = offset < this.text.length ? this.text.charCodeAt(offset) : -1;
    if (!(isThaiLetter(before) && isThaiLetter(after))) return true;
    const mark = this.marks[offset]!;
    if (mark !== UNKNOWN || this.cutShortRun(offset)) return this.marks[offset] === EDGE;
    const { start, boundaries } = this.runAt(offset);
    return offset === start || boundaries.has(offset);
  }

  /**
   * The words of the Thai text in [from, to): each word's absolute [start, end). Non-Thai
   * characters form their own pieces, split at spaces.
   */
  words(from: number, to: number): Array<[number, number]> {
    const out: Array<[number, number]> = [];
    const { text, marks } = this;
    let i = from;
    while (i < to) {
      const code = text.charCodeAt(i);
      // A Thai month's short form is one word, its dots inside it (เม.ย., as พ.ศ. is not: a
      // subject's words of time are trimmed by name).
      const dotted = text.charCodeAt(i + 1) === DOT || text.charCodeAt(i + 2) === DOT;
      const month = dotted && isThaiLetter(code) && this.isBoundary(i) ? dottedMonthEnd(text, i) : -1;
      if (month > 0 && month <= to) {
        out.push([i, month]);
        i = month;
      } else if (isThaiLetter(code)) {
        let j = i + 1;
        if (marks[i] !== UNKNOWN || this.cutShortRun(i)) {
          while (j < to && marks[j] === INSIDE) j++;
        } else {
          const { boundaries } = this.runAt(i);
          while (j < to && isThaiLetter(text.charCodeAt(j)) && !boundaries.has(j)) j++;
        }
        out.push([i, j]);
        i = j;
      } else if (isWhitespace(code)) {
        i++;
      } else {
        let j = i + 1;
        while (j < to && !isThaiLetter(text.charCodeAt(j)) && !isWhitespace(text.charCodeAt(j))) j++;
        out.push([i, j]);
        i = j;
      }
    }
    return out;
  }

  /**
   * Cuts the run of Thai letters holding `offset` and marks it, when it is at most MAX_RUN
   * letters long; false for a longer one (left to {@link runAt}).
   */
  private cutShortRun(offset: number): boolean {
    const { text, marks } = this;
    let start = offset;
    while (start > 0 && isThaiLetter(text.charCodeAt(start - 1))) {
      if (offset - start >= MAX_RUN) return false;
      start--;
    }
    let end = offset;
    while (end < text.length && isThaiLetter(text.charCodeAt(end))) {
      if (end - start >= MAX_RUN) return false;
      end++;
    }
    marks.fill(INSIDE, start, end);
    marks[start] = EDGE;
    marks[end] = EDGE;
    for (const edge of this.wordEdges(start, end)) marks[edge] = EDGE;
    return true;
  }

  /**
   * The word edges inside the run [start, end), as offsets of the text: the segmenter's, with a
   * Thai month's short form glued to the word before it (เดือนก.ย.) cut off first as a word of its own.
   */
  private wordEdges(start: number, end: number): number[] {
    const { text } = this;
    const month = text.charCodeAt(end) === DOT ? gluedMonthStart(text, start, end) : start;
    const edges = month > start ? [month] : [];
    const pieces: ReadonlyArray<readonly [number, number]> = month > start ? [[start, month], [month, end]] : [[start, end]];
    for (const [from, to] of pieces) {
      for (const wordEnd of this.segmenter.wordEnds(text.slice(from, to))) edges.push(from + wordEnd);
    }
    // A cue word before a number that the segmenter cut across (ยาฟาวิพิราเวียร์ก|ว่า 5 แสนเม็ด: an
    // unknown name glued to it): cut it off whole. Not one it keeps inside a word (งบประมาณ).
    const cue = month > start ? undefined : this.cueBeforeNumber(start, end);
    if (cue !== undefined && end - cue.length > start) {
      const at = end - cue.length;
      if (edges.some((e) => e > at && e < end)) {
        return [at, ...this.segmenter.wordEnds(text.slice(start, at)).map((e) => start + e), end];
      }
    }
    return edges;
  }

  /** A long run's window around `offset`, cut (once per window start), and the edges in it. */
  private runAt(offset: number): { start: number; boundaries: Set<number> } {
    let start = offset;
    while (start > 0 && isThaiLetter(this.text.charCodeAt(start - 1)) && offset - start < MAX_RUN) start--;
    const cached = this.runs.get(start);
    if (cached) return { start, boundaries: cached };
    let end = offset;
    while (end < this.text.length && isThaiLetter(this.text.charCodeAt(end)) && end - start < 2 * MAX_RUN) end++;
    const boundaries = new Set<number>([start, end, ...this.wordEdges(start, end)]);
    this.runs.set(start, boundaries);
    return { start, boundaries };
  }
}
