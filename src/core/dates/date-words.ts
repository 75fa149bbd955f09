/**
 * The words the date recognizer reads, as a rule set gives them (`date_*` context settings), and
 * the Calendar built from them once per rule set (recognizer.ts). A Calendar is plain data
 * (strings, RegExps, Maps), so a compiled rule set can be cached and handed to worker threads.
 */
import type { Era } from "./buddhist-era.js";
import { alternativesSource } from "../text/regex.js";

export type WrittenEra = Exclude<Era, "auto">;

/** Surfaces as matched in the match view; an empty list leaves that form out. */
export interface DateWords {
  /** Between the two ends of a range or period, besides a dash (ถึง, จนถึง). */
  through: readonly string[];
  /** May follow a through word before the second end (วันที่). */
  dayWord: readonly string[];
  /** May follow a through word before the second end's month (เดือน: กันยายน 2561 ถึงเดือนสิงหาคม 2564). */
  monthWord: readonly string[];
  /** Era markers before a year, with their era (พ.ศ. → BE); a final dot may be left out. */
  eras: ReadonlyArray<readonly [string, WrittenEra]>;
  /** Words before a quarter's number or ordinal (ไตรมาส, ไตรมาสที่). */
  quarter: readonly string[];
  /** A quarter's ordinal words and the quarter (1-4) each names (แรก → 1, สุดท้าย → 4). */
  quarterOrdinals: ReadonlyArray<readonly [string, number]>;
  /** Words before a half's ordinal (ครึ่ง, ครึ่งปี). */
  half: readonly string[];
  /** A half's ordinal words and the half (1-2) each names (แรก → 1, หลัง → 2). */
  halfOrdinals: ReadonlyArray<readonly [string, number]>;
  /** Optional words between a period and its year word (ของ, ใน: ไตรมาสแรกของปี 2566). */
  yearLink: readonly string[];
  /** The word before a period's year (ปี). */
  yearWord: readonly string[];
}

/** The date and year recognizers of one rule set. */
export interface Calendar {
  /** The words it was built from. */
  words: DateWords;
  /** Regex source (no capturing groups) of a date, for `{date:…}` and document date scans. */
  dateSource: string;
  /** Regex source (no capturing groups) of a year, era marker included, for `{year:…}`. */
  yearSource: string;
  /** The date source with named groups, anchored: parseDate reads the parts of a matched date. */
  dateParser: RegExp;
  /** The date source, global: scans of a text for its dates. */
  dateScan: RegExp;
  /** A year with its era marker and nothing else (พ.ศ. 2563). */
  eraYear: RegExp;
  /**
   * A range's joint (a dash or a through word), maybe with the unit's word written again
   * (ถึงร้อยละ), ending the text before a minus: that minus is the high end's sign.
   */
  rangeJointBefore: RegExp;
  /**
   * What may stand between a period word and the year that says its year, and nothing else: a
   * year link, the year word, an era marker, each optional (ครึ่งปีแรก|ของปี |2567, ไตรมาส 4 ของปี พ.ศ. |2563).
   */
  ofYear: RegExp;
  /** Era marker (spaces and a final dot removed) → era. */
  eras: Map<string, WrittenEra>;
  /** Ordinal word (spaces removed) → quarter. */
  quarterOrdinals: Map<string, number>;
  /** Ordinal word (spaces removed) → half. */
  halfOrdinals: Map<string, number>;
}

/** The key an ordinal word is looked up by: spaces removed. */
export const wordKey = (s: string): string => s.replace(/[ \t]+/g, "");

/**
 * Regex source of any of `words` (no capturing groups), longest first, a space matching any run
 * of spaces; with `optionalDot`, a final dot may be left out (`พ.ศ 2563`). Undefined for none.
 */
export function wordsSource(words: readonly string[], optionalDot = false): string | undefined {
  return words.length === 0 ? undefined : alternativesSource(words, optionalDot);
}

/** The shortest of `words` that no other starts: a lookahead for any of them needs only these. */
export function leadingWords(words: readonly string[]): string[] {
  return [...new Set(words)].filter((w) => !words.some((o) => o !== w && w.startsWith(o)));
}
