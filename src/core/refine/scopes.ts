/**
 * The stretch of text an attribute is read in. A line is a paragraph in most documents; in
 * hard-wrapped text (PDF and e-mail excerpts, whose lines end at a fixed width wherever the
 * sentence is) a paragraph is a block of lines between blank lines, so that a time reference
 * written on one line still governs the figures of its sentence on the next.
 */

import { charSet, isWhitespace } from "../text/chars.js";
import { upperBound } from "../text/sorted.js";

/**
 * A list item's mark starting a line: a bullet or dash (- กรุงเทพฯ …, • …), or a number closed by a
 * dot or a bracket (1. …, 2) …, (3) …; not 10.5 ล้าน, a figure).
 */
const LIST_ITEM = /^[ \t\u00a0]*(?:[-–•*▪●·]|\(?[0-9๐-๙]{1,2}[.)](?![0-9๐-๙])|\([0-9๐-๙]{1,2}\))/;

/** A numbered list item: 1., 1.2, 1), (1). */
const NUMBERED_ITEM = /^[ \t\u00a0]*(?:\(?[0-9๐-๙]{1,2}(?:\.[0-9๐-๙]{1,2})*[.)](?![0-9๐-๙])|[0-9๐-๙]{1,2}(?:\.[0-9๐-๙]{1,2})+[ \t]|\([0-9๐-๙]{1,2}\))/;

/** A list item numbered at the top level: 1., 25. (not 1.3, nor (1) or 1)). */
const TOP_LEVEL_ITEM = /^[ \t\u00a0]*([0-9]{1,2})\.(?![0-9])/;

/** A bullet or a dash opening a line (- …, • …). */
const BULLET = /^[ \t\u00a0]*[-–•*▪●·]/;

/** A numbered sub-item (2.1 โครงการ…, 3.1.2 …), with its top-level number. */
const SUB_ITEM = /^[ \t\u00a0]*([0-9]{1,2})\.[0-9]{1,2}(?:\.[0-9]{1,2})*\.?[ \t\u00a0]/;

/** The most item lines read up through to a list's introducing line. */
const MAX_ITEMS = 12;

/** The longest line taken as a heading (25. เรื่อง ภาวะเศรษฐกิจไทยไตรมาสที่สี่ของปี 2565 ทั้งปี 2565 และแนวโน้มปี 2566). */
const HEADING_CHARS = 160;

/**
 * Lines this short or shorter may be a wrapped text's; a paragraph per line is longer. A column's
 * width shows only over several lines: a brief of a few short paragraphs of like length
 * (three lines of 70 characters) is no wrapped text.
 */
const WRAP_WIDTH = { max: 180, nearMax: 0.7, lines: 3, minLines: 6 };

export class Scopes {
  /** Whether the text's lines are wrapped at a fixed width. */
  readonly wrapped: boolean;
  /**
   * Where the view's lines start, ascending: every figure asks for its line's start, several
   * times, and a paragraph's line may be thousands of characters long.
   */
  private readonly lineStarts: number[] = [0];

  constructor(private readonly view: string) {
    this.wrapped = isHardWrapped(view);
    for (let i = view.indexOf("\n"); i >= 0; i = view.indexOf("\n", i + 1)) this.lineStarts.push(i + 1);
  }

  /** Start of the line holding `offset`, no further back than `window` characters. */
  lineStart(offset: number, window: number): number {
    const start = this.lineStarts[upperBound(this.lineStarts, offset, (s) => s) - 1] ?? 0;
    return Math.max(start, offset - window, 0);
  }

  /**
   * The line that introduces the list whose item line holds `offset`: the nearest line above that
   * is no item, across at most `maxItems` item lines; undefined when the line holding `offset` is
   * no item (see LIST_ITEM), or in hard-wrapped text, whose lines are no items. As [start, end).
   */
  listIntro(offset: number, maxItems: number): [number, number] | undefined {
    if (this.wrapped) return undefined;
    let line = upperBound(this.lineStarts, offset, (s) => s) - 1;
    if (!this.isItem(line)) return undefined;
    for (let hops = 0; line > 0 && hops <= maxItems; hops++) {
      line--;
      if (!this.isItem(line)) return [this.lineStarts[line]!, this.lineStarts[line + 1]! - 1];
    }
    return undefined;
  }

  /**
   * The heading lines above the line holding `offset`, nearest first, as [start, end): lines of at
   * most HEADING_CHARS that start with a number (1. ภาวะเศรษฐกิจไทยในไตรมาสที่สี่ของปี 2565, 1.2, (3));
   * not a bullet's (- …: a statement of a list, as often), no further back than `reach` characters.
   * The sections before its own in a list (1. … above 2. …) are passed over. None in hard-wrapped
   * text, whose lines are no items.
   */
  headingsAbove(offset: number, reach: number): Array<[number, number]> {
    const headings: Array<[number, number]> = [];
    if (this.wrapped) return headings;
    const floor = offset - reach;
    const own = upperBound(this.lineStarts, offset, (s) => s) - 1;
    const topLevel = (line: number): number | undefined => {
      const digits = TOP_LEVEL_ITEM.exec(this.view.slice(this.lineStarts[line]!, this.lineStarts[line]! + 12))?.[1];
      return digits === undefined ? undefined : Number(digits);
    };
    // A figure on a top-level item's own line is of that item: it is no paragraph below a heading.
    if (topLevel(own) !== undefined) return headings;
    // Past a top-level item numbered 2 or more, its siblings above (1. … up to it) head other sections:
    // they are passed over, `sibling` counting down to the list's first item (so a list nested in one
    // of them, 1. 2. …, is no sibling), and the walk goes on to the list's own heading (17. เรื่อง …).
    let sibling = 0;
    for (let line = own - 1; line >= 0 && this.lineStarts[line]! >= floor; line--) {
      const start = this.lineStarts[line]!;
      const end = this.lineStarts[line + 1]! - 1;
      if (!NUMBERED_ITEM.test(this.view.slice(start, start + 12))) continue;
      const number = topLevel(line);
      if (sibling > 0) {
        if (number === sibling) sibling--;
        continue;
      }
      if (end - start <= HEADING_CHARS) headings.push([start, end]);
      if (number !== undefined) sibling = number - 1;
    }
    return headings;
  }

  /**
   * The line an item line holding `offset` is an item of, as [start, end): for a numbered sub-item
   * (2.1 โครงการ…), the nearest line above numbered as its top-level item (2. อนุมัติ…); for another
   * item (- 24 ชั่วโมง - 7 วัน …), the line that introduces its list (see listIntro), or, when that is a
   * heading of at most `heading` characters (หลักเกณฑ์การเยียวยาฯ), the line above it. No further back
   * than `reach` characters; undefined when the line is no item, or in hard-wrapped text.
   */
  parentLine(offset: number, reach: number, heading: number): [number, number] | undefined {
    if (this.wrapped) return undefined;
    const own = upperBound(this.lineStarts, offset, (s) => s) - 1;
    const floor = offset - reach;
    const start = this.lineStarts[own]!;
    const top = SUB_ITEM.exec(this.view.slice(start, start + 12))?.[1];
    if (top !== undefined) {
      for (let line = own - 1; line >= 0 && this.lineStarts[line]! >= floor; line--) {
        const from = this.lineStarts[line]!;
        if (TOP_LEVEL_ITEM.exec(this.view.slice(from, from + 12))?.[1] === top) return [from, this.lineStarts[line + 1]! - 1];
      }
      return undefined;
    }
    // A bullet's list is introduced by the nearest line above with no bullet: a numbered item's line too
    // (1. เห็นชอบแนวทาง… รายละเอียดคือ / -ปีงบประมาณ 2563 … อัตรา 100บาท/เดือน).
    const intro = BULLET.test(this.view.slice(start, start + 12)) ? this.lineAbove(own, MAX_ITEMS, (line) => !this.isBullet(line)) : this.listIntro(offset, MAX_ITEMS);
    if (intro === undefined || intro[0] < floor) return undefined;
    if (intro[1] - intro[0] > heading || intro[0] === 0) return intro;
    const above = upperBound(this.lineStarts, intro[0] - 1, (s) => s) - 1;
    return this.lineStarts[above]! < floor ? undefined : [this.lineStarts[above]!, intro[0] - 1];
  }

  /** The nearest line above line `own` that `stop` holds for, across at most `most` lines, as [start, end). */
  private lineAbove(own: number, most: number, stop: (line: number) => boolean): [number, number] | undefined {
    for (let line = own - 1; line >= 0 && own - line <= most + 1; line--) {
      if (stop(line)) return [this.lineStarts[line]!, this.lineStarts[line + 1]! - 1];
    }
    return undefined;
  }

  /** Whether line `index` starts with a bullet or a dash. */
  private isBullet(index: number): boolean {
    const start = this.lineStarts[index]!;
    return BULLET.test(this.view.slice(start, start + 12));
  }

  /** Whether line `index` starts with a list item's mark. */
  private isItem(index: number): boolean {
    const start = this.lineStarts[index]!;
    return LIST_ITEM.test(this.view.slice(start, start + 12));
  }

  /**
   * Start of the paragraph holding `offset`, no further back than `window`: its line, or in
   * hard-wrapped text the line after the last blank one.
   */
  paragraphStart(offset: number, window: number): number {
    if (!this.wrapped) return this.lineStart(offset, window);
    const floor = Math.max(0, offset - window);
    // The end of the line being scanned back through, and whether it has held only spaces so far.
    let lineEnd = offset;
    let blank = true;
    let i = offset - 1;
    for (; i >= floor; i--) {
      const code = this.view.charCodeAt(i);
      if (code === 10) {
        if (blank && lineEnd < offset) return lineEnd + 1;
        lineEnd = i;
        blank = true;
      } else if (code !== 32 && code !== 9) blank = false;
    }
    return i + 1;
  }
}

/**
 * Whether most of a text's long lines end near one width, and that width is a column's, not a
 * paragraph's: of six lines or more, at least three reach 70 % of the longest, which is at most 180
 * characters.
 */
function isHardWrapped(view: string): boolean {
  const lengths: number[] = [];
  let start = 0;
  for (;;) {
    const end = view.indexOf("\n", start);
    const length = (end < 0 ? view.length : end) - start;
    if (length > WRAP_WIDTH.max) return false;
    if (length > 0) lengths.push(length);
    if (end < 0) break;
    start = end + 1;
  }
  if (lengths.length < WRAP_WIDTH.minLines) return false;
  const longest = Math.max(0, ...lengths);
  return lengths.filter((l) => l >= longest * WRAP_WIDTH.nearMax).length >= WRAP_WIDTH.lines;
}

/** Arabic and Thai digits. */
const isDigitCode = charSet("0123456789๐๑๒๓๔๕๖๗๘๙");

/**
 * How many phrase marks stand inside [from, to): runs of spaces, not at either end, nor beside a
 * digit (Thai sets a number off with spaces inside its phrase: มากกว่า 500 ราย).
 */
export function phrasesBetween(view: string, from: number, to: number): number {
  const isDigit = (i: number): boolean => isDigitCode(view.charCodeAt(i));
  let runs = 0;
  for (let i = from + 1; i < to; i++) {
    if (!isWhitespace(view.charCodeAt(i)) || isWhitespace(view.charCodeAt(i - 1))) continue;
    let end = i;
    while (end < to && isWhitespace(view.charCodeAt(end))) end++;
    if (end < to && !isDigit(i - 1) && !isDigit(end)) runs++;
    i = end;
  }
  return runs;
}
