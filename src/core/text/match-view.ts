/**
 * The text the recognizers and rules match against: the document with a few characters
 * normalized so that patterns stay simple, plus the map back to the original's offsets.
 *
 * One-for-one replacements (length kept):
 * - Thai digits ๐–๙ become ASCII 0–9;
 * - non-breaking, zero-width and other exotic spaces, and `\r`, become a plain space (but see below);
 * - dashes (en, em, minus, hyphen variants) become `-`;
 * - a two-letter abbreviation spaced out by a PDF converter before a number (`พ ย . 2566`) gets
 *   its dots back (`พ.ย.  2566`).
 *
 * Three replacements that shorten the text, with an offset map:
 * - decomposed sara am, as PDF converters write it (`ํา`, also with a tone mark between:
 *   `นํ้า`), becomes the precomposed `ำ` (`น้ำ`);
 * - a wide gap of spaces between a number and the multiplier after it (a table's padding:
 *   `2,679.44      ล้านบาท`) becomes one space;
 * - a zero-width character between two Thai letters, a web page's invisible word break (ชาญ|วี|รกูล,
 *   even inside a month's name: เดือน​พฤศจิ​กายน), is removed: Thai writes no space between words,
 *   and a space there would cut a word in two and part a phrase where the reader sees none.
 */
import { upperBound } from "./sorted.js";
import { charSet } from "./chars.js";
import { MULTIPLIER_SOURCE } from "../numbers/thai-number-words.js";

const REPLACEMENTS: ReadonlyMap<number, string> = (() => {
  const map = new Map<number, string>();
  for (let d = 0; d < 10; d++) map.set(0x0e50 + d, String(d));
  for (const cp of [0x00a0, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x2002, 0x2003, 0x2009, 0x202f, 0x3000, 0x000d]) {
    map.set(cp, " ");
  }
  for (const cp of [0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2212, 0xfe63, 0xff0d]) map.set(cp, "-");
  return map;
})();

const REPLACEABLE = /[\u0e50-\u0e59\u00a0\u200b-\u200d\u2060\ufeff\u2002\u2003\u2009\u202f\u3000\r\u2010-\u2014\u2212\ufe63\uff0d]/g;

/** Zero-width characters: spaces elsewhere, a web page's invisible word break between Thai letters. */
const ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff";
const isZeroWidth = charSet(ZERO_WIDTH);
/** Thai letters, vowels and marks (ฯ, ๆ and ฿ too), digits left out. */
const THAI = "\u0e01-\u0e4e";
const inThai = (code: number): boolean => code >= 0x0e01 && code <= 0x0e4e;
/** A zero-width character between two Thai letters: kept by matchView, removed by buildMatchView. */
const ZERO_WIDTH_IN_WORD = new RegExp(`(?<=[${THAI}])[${ZERO_WIDTH}](?=[${THAI}])`);

/** NIKHAHIT, an optional tone mark, SARA AA. */
const DECOMPOSED_SARA_AM = /\u0e4d([\u0e48-\u0e4b]?)\u0e32/g;

/**
 * A wide gap of spaces between a number and the multiplier after it, as a web page's table cells or
 * padding leave them (ต้นเงิน     2,679.44      ล้านบาท, spaces and non-breaking ones mixed): one space,
 * so that the number keeps its multiplier and unit. Not before another word: a gap there parts a
 * table's row number from the name in the next cell as often (2     บริษัท ปตท. จำกัด).
 */
const WIDE_GAP = `(?<=[0-9]) {2,24}(?=${MULTIPLIER_SOURCE})`;
const WIDE_GAP_ANY = new RegExp(WIDE_GAP);

/**
 * What buildMatchView shortens: a decomposed sara am (its tone mark captured), a wide gap, or a
 * zero-width character (only those between Thai letters are left in the one-for-one view).
 */
const SHORTENED = new RegExp(`${DECOMPOSED_SARA_AM.source}|${WIDE_GAP}|[${ZERO_WIDTH}]`, "g");

/**
 * A two-letter Thai abbreviation a PDF converter spaced out before a number (เดือน พ ย . 2566 for
 * พ.ย. 2566): letter, space, letter, space, dot. Rewritten in place (พ.ย.  2566), length kept.
 */
const SPACED_ABBREVIATION = /(?<![\u0e01-\u0e4e])([\u0e01-\u0e2e]) ([\u0e01-\u0e2e]) \.(?=[ \t]*[0-9])/g;

/**
 * Returns the one-for-one match view of `text` (same length, same offsets). A zero-width character
 * between Thai letters is kept as it is, for buildMatchView to remove.
 */
export function matchView(text: string): string {
  const flat = text.replace(REPLACEABLE, (ch: string, at: number) => {
    const code = ch.charCodeAt(0);
    if (isZeroWidth(code) && inThai(text.charCodeAt(at - 1)) && inThai(text.charCodeAt(at + 1))) return ch;
    return REPLACEMENTS.get(code) ?? ch;
  });
  return flat.includes(" .") ? flat.replace(SPACED_ABBREVIATION, "$1.$2. ") : flat;
}

/**
 * A match view and the way back to the original text's offsets. A class rather than closures
 * made per document: its methods are then one call target for the optimizing compiler.
 */
export class MatchView {
  constructor(
    /** The original text. */
    readonly text: string,
    readonly view: string,
    /** View offsets at or after which one more original character lies behind, ascending. */
    private readonly breaks: readonly number[],
  ) {}

  /**
   * Original offset of a view offset (the same when nothing was shortened): of a span's start, past
   * a character removed right before it.
   */
  toOriginal(offset: number): number {
    return this.breaks.length === 0 ? offset : offset + upperBound(this.breaks, offset, (b) => b);
  }

  /** Original offset of a span's end: before a character removed right after it (a zero-width one). */
  toOriginalEnd(offset: number): number {
    return this.breaks.length === 0 ? offset : offset + upperBound(this.breaks, offset - 1, (b) => b);
  }

  /** The original text between two view offsets. */
  original(start: number, end: number): string {
    return this.text.slice(this.toOriginal(start), this.toOriginalEnd(end));
  }
}

/** The full match view, decomposed sara am included. */
export function buildMatchView(text: string): MatchView {
  const flat = matchView(text);
  if (!flat.includes("\u0e4d") && !WIDE_GAP_ANY.test(flat) && !ZERO_WIDTH_IN_WORD.test(flat)) return new MatchView(text, flat, []);
  const breaks: number[] = [];
  let removed = 0;
  const view = flat.replace(SHORTENED, (whole: string, tone: string | undefined, at: number) => {
    const viewAt = at - removed;
    if (whole.length === 1 && isZeroWidth(whole.charCodeAt(0))) {
      // A zero-width character inside a Thai word: gone, the original has one more character behind.
      breaks.push(viewAt);
      removed += 1;
      return "";
    }
    if (tone === undefined) {
      // A wide gap: one space kept, the others behind it.
      for (let k = 1; k < whole.length; k++) breaks.push(viewAt + 1);
      removed += whole.length - 1;
      return " ";
    }
    // The nikhahit is behind the precomposed ำ: a span ending after ำ ends after the original's า.
    removed += 1;
    breaks.push(viewAt + tone.length);
    return `${tone}\u0e33`;
  });
  return new MatchView(text, view, breaks);
}
