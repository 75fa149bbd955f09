/**
 * Vetoes: a number that is a name or a year is no figure. The year of a year mention (ปี 2563),
 * and a number right after or before a `veto_before` / `veto_after` cue (หมู่ที่ 4, ครั้งที่ 2,
 * เกรด 1, 5 หน่วยละ …) are dropped; so is the next number of a list after one (มาตรา 7 และ 8,
 * ไตรมาส 3 หรือ 4 ปีหน้า: `veto_list` words or a comma between). A number with a space inside
 * its decimal point (`ร้อยละ 5. 01`, `11,726 .91 บาท`, as PDFs leave them) is not read as its first
 * part: it is dropped with a SPLIT_NUMBER warning, so that it is flagged rather than misread. A
 * whole number written with a leading zero (01, ๐๑) is a code's digits, and a count of a bare year's number
 * (2564 กระทรวง…, เอเปค 2022 ครั้งนี้: no thousands separator) a year; the number after a road's
 * kilometre and a plus (กม. ที่ 84+215) a chainage.
 */
import { cueAfter, cueBefore, isEntryRun, skipSpacesBack } from "../extract/cues.js";
import { isDigit, isWhitespace } from "../text/chars.js";
import type { Kind } from "../types.js";
import type { Candidate } from "../extract/candidates.js";
import type { Lexicon } from "../rules/compile.js";
import type { RefineContext, Refiner } from "./types.js";

const PLUS = 0x2b;

/** Whether `before` ends with a `veto_chainage` word, the kilometre and its plus after it (กม. ที่ 84+). */
function isChainage(before: string, marks: Lexicon | undefined): boolean {
  // Spaces inside the mark as written (กม. ที่) are left out, as a lexicon's words hold none.
  const mark = before.replace(/[0-9]+\+$/, "").replace(/\s+/g, "");
  for (const word of marks?.entries.keys() ?? []) if (mark.endsWith(word)) return true;
  return false;
}

/**
 * A year written alone, Buddhist era (2400-2599) or Gregorian (1900-2099): counts that large carry
 * a comma (2,564 คน).
 */
const YEAR_DIGITS = /^(?:2[45]|19|20)[0-9]{2}$/;

/** A decimal point with spaces on one side only, right after a number: `5. 01`, `11,726 .91`. */
const SPLIT_DECIMAL = /^(?:\.[ \t]{1,2}[0-9]{1,2}(?![0-9.,])|[ \t]{1,2}\.[0-9]{1,2}(?![0-9.,]))/;
/** … and the same seen from the decimals' side: they are no number of their own. */
const SPLIT_DECIMALS = /[0-9](?:\.[ \t]{1,2}|[ \t]{1,2}\.)$/;
/** A group of thousands after a comma and a space (ประมาณ 420, 000 คน): the number's own end, not a number. */
const SPLIT_THOUSANDS = /[0-9],[ \t]{1,2}$/;
const THOUSANDS_GROUP = /^[0-9]{3}(?![0-9])/;

/** Where the number of a list item before `start` starts (`7 และ ` before 8), if there is one. */
function listItemBefore(context: RefineContext, start: number): number | undefined {
  const { view } = context;
  let end = skipSpacesBack(view, start);
  let word = end;
  while (word > 0 && word > start - 12 && !isDigit(view.charCodeAt(word - 1)) && !isWhitespace(view.charCodeAt(word - 1))) word--;
  const written = view.slice(word, end);
  const joiner = written.replace(/,/g, "");
  if (written === "" || (joiner !== "" && !isEntryRun(joiner, context.rules.context.vetoList))) return undefined;
  end = skipSpacesBack(view, word);
  let number = end;
  while (number > 0 && isDigit(view.charCodeAt(number - 1))) number--;
  return number < end ? number : undefined;
}

/**
 * The `veto_before` word a figure's unit starts, when a number follows it (ชุดที่ 25 ปีที่ 2, เล่ม 132
 * ตอนที่ 63): the unit is the ordinal's word, not the figure's. Not when no number follows (500
 * คนที่ได้รับ, 10 ปีที่แล้ว): the unit is the figure's.
 */
function ordinalAfter(context: RefineContext, end: number, kind: Kind): string | undefined {
  const { view } = context;
  // Most figures end before a space or a line end: only a word glued on can finish an ordinal's.
  if (end >= view.length || isWhitespace(view.charCodeAt(end))) return undefined;
  const lexicon = context.rules.context.vetoBefore;
  if (!lexicon) return undefined;
  for (const [word, k] of splitsByNextChar(lexicon).get(view.charAt(end)) ?? []) {
    const entry = lexicon.entries.get(word);
    if (entry?.kinds && !entry.kinds.includes(kind)) continue;
    if (!view.startsWith(word.slice(k), end) || !view.startsWith(word.slice(0, k), end - k)) continue;
    let at = end + word.length - k;
    while (at < view.length && (view.charCodeAt(at) === SPACE || view.charCodeAt(at) === TAB)) at++;
    if (isDigit(view.charCodeAt(at))) return word;
  }
  return undefined;
}

/**
 * Each entry of a lexicon cut in two at every inner place, by the character starting its second
 * part (ปีที่ cut after ปี is found under ท): a figure's end is looked up by the character after it.
 * Built once per lexicon.
 */
const SPLITS = new WeakMap<Lexicon, Map<string, Array<readonly [string, number]>>>();
function splitsByNextChar(lexicon: Lexicon): Map<string, Array<readonly [string, number]>> {
  let splits = SPLITS.get(lexicon);
  if (!splits) {
    splits = new Map();
    for (const word of lexicon.entries.keys()) {
      for (let k = 1; k < word.length; k++) {
        const list = splits.get(word.charAt(k)) ?? [];
        list.push([word, k]);
        splits.set(word.charAt(k), list);
      }
    }
    SPLITS.set(lexicon, splits);
  }
  return splits;
}

const SPACE = 0x20;
const TAB = 0x09;

/** A `veto_before` value: the cue names a day of the month, so only a whole number that can be one is vetoed. */
const DAY = "day";
/** A day of the month, or days joined as a range (วันที่ 3-9; the match view makes every dash `-`). */
const DAY_NUMBER = /^(?:0?[1-9]|[12][0-9]|3[01])(?:\s*-\s*(?:0?[1-9]|[12][0-9]|3[01]))?$/;

/**
 * The veto cue before a figure, or before the list item it follows. A `day` cue (วันที่) vetoes
 * only what can be a day: after it a decimal or a larger number is an amount (กรอบการเคลื่อนไหว
 * ระหว่างวันที่ 34.45-34.65 บาทต่อดอลลาร์: intraday, at).
 */
function vetoBefore(context: RefineContext, candidate: Candidate): string | undefined {
  const { view, boundaries } = context;
  const { start, rule: { kind } } = candidate;
  const cue = cueBefore(view, start, context.rules.context.vetoBefore, kind, boundaries);
  if (cue) {
    const value = candidate.captures.get("value");
    const number = value === undefined ? "" : view.slice(value.start, candidate.captures.get("value_max")?.end ?? value.end);
    return cue.entry.canonical === DAY && value !== undefined && !DAY_NUMBER.test(number) ? undefined : cue.entry.surface;
  }
  // Back through the list's items to its first (หมู่ที่ 3, 4, 5, 6, 7 ตำบลตาผามอก: all village numbers).
  let item = kind === "date" ? undefined : listItemBefore(context, start);
  for (let hops = 0; item !== undefined && hops < LIST_HOPS; hops++) {
    const cue = cueBefore(view, item, context.rules.context.vetoBefore, kind, boundaries);
    if (cue) return cue.entry.surface;
    item = listItemBefore(context, item);
  }
  return undefined;
}

/** How many items back a list is followed to the veto word before its first. */
const LIST_HOPS = 20;

/** Digits starting with a zero and no decimal point: 01, 005 (the match view's digits are ASCII). */
const LEADING_ZERO = /^0[0-9]+$/;
const ZERO = 0x30;

export const vetoes: Refiner = {
  name: "vetoes",
  refine(context, drafts) {
    const { view, boundaries } = context;
    const { vetoAfter } = context.rules.context;
    const yearNumbers = new Map(context.yearMentions.filter((y) => y.numberStart !== undefined).map((y) => [y.numberStart!, y.text]));
    // Where each split number starts: it is reported once, by whichever part a rule matched.
    const reported = new Set<number>();
    const splitNumber = (from: number, to: number): string => {
      while (from > 0 && (isDigit(view.charCodeAt(from - 1)) || view.charCodeAt(from - 1) === 0x2c)) from--;
      const written = context.source.original(from, to);
      if (!reported.has(from)) {
        reported.add(from);
        const start = context.source.toOriginal(from);
        context.warnings.push({ code: "SPLIT_NUMBER", line: context.lines.lineOf(start), start,
          message: `"${written}" looks like one number with a space inside: not read` });
      }
      return written;
    };
    return drafts.filter(({ candidate: c }) => {
      const value = c.rule.kind === "date" ? undefined : c.captures.get("value");
      const split = value ? SPLIT_DECIMAL.exec(view.slice(value.end, value.end + 6)) : null;
      const before = value && !split ? view.slice(Math.max(0, value.start - 4), value.start) : "";
      const decimals = value && !split ? SPLIT_DECIMALS.exec(before)
        ?? (THOUSANDS_GROUP.test(view.slice(value.start, value.start + 4)) ? SPLIT_THOUSANDS.exec(before) : null) : null;
      if (value && (split || decimals)) {
        const written = split ? splitNumber(value.start, value.end + split[0].length)
          : splitNumber(value.start - decimals![0].length, value.end);
        if (context.explain) context.vetoed.push({ candidate: c, reason: `a number split by a space ("${written}")` });
        return false;
      }
      // A road's chainage after its kilometre (กม. ที่ 84+215, กม.17+500): a place, not an amount.
      if (value && view.charCodeAt(value.start - 1) === PLUS && isDigit(view.charCodeAt(value.start - 2))
        && isChainage(view.slice(Math.max(0, value.start - 20), value.start), context.rules.context.vetoChainage)) {
        if (context.explain) context.vetoed.push({ candidate: c, reason: `a chainage ("${view.slice(value.start - 4, value.end)}")` });
        return false;
      }
      // A whole number written with a leading zero (ส.ป.ก.4 – 01, ห้อง ๒ - ๐๑, 4,600 – 0 – 00 ไร่) is a
      // code's or a form's part, not an amount.
      if (value && view.charCodeAt(value.start) === ZERO && LEADING_ZERO.test(view.slice(value.start, value.end))) {
        if (context.explain) context.vetoed.push({ candidate: c, reason: `a code's digits ("${view.slice(value.start, value.end)}")` });
        return false;
      }
      const year = c.rule.kind === "date" ? undefined : yearNumbers.get(c.captures.get("value")?.start ?? c.start);
      if (year !== undefined) {
        if (context.explain) context.vetoed.push({ candidate: c, reason: `the year of "${year}"` });
        return false;
      }
      // A count of a year's number, no thousands separator (วันต้นไม้ประจำปีของชาติ 2564 กระทรวง…,
      // ค่าจ้างขั้นต่ำ 2568 คนกรุงเทพ, การประชุมเอเปค 2022 ครั้งนี้): a year glued to the next word.
      if (value && c.rule.kind === "count" && YEAR_DIGITS.test(view.slice(value.start, value.end))) {
        if (context.explain) context.vetoed.push({ candidate: c, reason: `a year's digits ("${view.slice(value.start, value.end)}")` });
        return false;
      }
      const cue = vetoBefore(context, c) ?? cueAfter(view, c.end, vetoAfter, c.rule.kind, boundaries)?.surface
        ?? ordinalAfter(context, c.end, c.rule.kind);
      if (cue && context.explain) context.vetoed.push({ candidate: c, reason: `after or before "${cue}"` });
      return !cue;
    });
  },
};
