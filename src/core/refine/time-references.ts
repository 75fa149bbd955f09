/**
 * Time references: what in a document says when its figures are. Year mentions (`year_pattern`:
 * ในปี 2567, ปีงบประมาณ 2568), dates that name a period rather than a day (มีนาคม 2567,
 * ไตรมาสที่ 3/45, ครึ่งปีแรก 2568, ต.ค. 62 – ก.ย. 63) and words that point at the document's own
 * time (`time_deictic`: สัปดาห์นี้, ปีนี้; ปีที่แล้ว a year before). A reference right after a
 * `year_base` word (เติบโต 34.1% จากปี 2563, เทียบกับช่วงเดียวกันของปีก่อน) names what a figure is
 * compared with: it does not govern the figures after it.
 */
import { escapeRegex } from "../text/regex.js";
import { parseYear } from "../rules/recognizers.js";
import type { ContextSettings, Lexicon, RuleSet } from "../rules/compile.js";
import type { LexiconEntry } from "../rules/rule-file.js";
import { cueAfter, cueBefore, isEntryRun, skipSpacesForward } from "../extract/cues.js";
import { entryStarting, lexiconWords, mentionsAny } from "../rules/lexicon-words.js";
import { dayOf, isDateline, isDayRange, isLongDayRange, periodYear } from "../dates/date-values.js";
import { alternativesSource } from "../text/regex.js";
import { lookupMonth, MONTH_SOURCE } from "../dates/months.js";
import { isWhitespace } from "../text/chars.js";
import { LEVEL, isTrimmed } from "../extract/subject-words.js";
import { upperBound } from "../text/sorted.js";
import type { Ymd } from "../dates/calendar.js";
import { dateAt, type Draft, type Refiner, type RefineContext } from "./types.js";

export interface TimeReference {
  start: number;
  end: number;
  /**
   * The Gregorian year it names; undefined for a relative one with no date to count from (ปีนี้,
   * ปัจจุบัน in a text with no date): a figure it governs is dated by none of the references before it.
   */
  year: number | undefined;
  /** As written: explain shows it, and a bare ปี starting it is no link to a figure before. */
  text: string;
  /**
   * False for a comparison's base (จากปี 2563): it dates another figure, not the ones after it;
   * and for a range of days (an event's dates): it dates nothing, and the reference before it
   * still governs what follows.
   */
  governs: boolean;
  /**
   * For a span of years (2562-2564), its first and last years: it governs its clause and names no one
   * year; one that starts after the document's year is a plan's or a forecast's.
   */
  span?: { first: number; last: number | undefined };
  /**
   * Joined by a `subject_list` word to a governing reference of another year right before it
   * (ปีงบประมาณ 2563 และรอบแรกปีงบประมาณ 2565): what it governs is of both, and takes no year.
   */
  joined?: true;
  /**
   * A window shorter than a year across a new year (15 ธันวาคม 2563 - 22 กุมภาพันธ์ 2564): its figures
   * are of its last year, its own length (รวม 55 วัน) of none.
   */
  crossesYear?: true;
  /** A year mention (ปี 2564, ปีงบประมาณ 2565), not a date: a heading's period if it names no months. */
  mention?: true;
  /** A range of days: cut from subjects as any reference, but never governing. */
  days?: true;
  /** A period in brackets that spells out the reference before it: cut from subjects, never governing. */
  spelled?: true;
  /**
   * Where its reach ends, when it governs only its own clause: a day (เมื่อวันที่ 28 เมษายน 2564
   * … มอบเงิน 21,465,350 บาท) dates what its clause reports, not the paragraph after it.
   */
  until?: number;
  /** The day it names, for a single day (วันที่ 31 ต.ค. 66). */
  date?: Ymd;
  /** The day a term ends (ถึงวันที่ 27 กุมภาพันธ์ 2568): cut from subjects as any reference, but never governing. */
  ends?: true;
  /** A resolution's day (ในการประชุม ครม. เมื่อวันที่ 12 ม.ค. 2564 ได้มีมติ…): it governs its clause with no year. */
  meeting?: true;
  /** In brackets with a figure of its own (an aside: หนี้ในระบบ 65% (ปี 67 ที่ 69.9%)): its reach ends with the bracket, and it dates nothing after it. */
  aside?: true;
  /**
   * When it says when figures written before it take effect (มีผลตั้งแต่ 1 ม.ค. 2568): a figure of
   * its clause that nothing before dates takes its year.
   */
  effective?: true;
  /**
   * A day figures are counted as of, in a bracketed note after them ((ข้อมูล ณ วันที่ 30 พ.ย. 65)): a
   * figure of its clause that nothing before dates, or only the present, takes its year.
   */
  noted?: true;
  /**
   * Where a year mention's digits start, when they are four and name a year of the last few
   * centuries (`ปี 2563`, not `ปี 10` or `ปี 1200`), or two of a recent Buddhist-era year (`ปี 68`):
   * such a number is the year, never a figure.
   */
  numberStart?: number;
  /**
   * For a period of months (มีนาคม 2567, ไตรมาสที่ 4 ปี 2567), not a year alone, its first month,
   * counted as year × 12 + month (มกราคม - เมษายน 2566: 2023 × 12 + 1): a report's ไตรมาสนี้
   * (`reported`) is of its year, and a period that starts after the text's month is planned.
   */
  firstMonth?: number;
  /**
   * The present (ปัจจุบัน), or a recent span of the text's own time: it ends the reach of the years
   * before it, and is no period a figure is compared with or linked to (มากกว่า 1 ล้านราย ปัจจุบัน…
   * starts the next clause). ปัจจุบัน says no year (`year` undefined); a recent span has the text's.
   */
  present?: true;
}

/** A date value of months: a month, or a range of months (2024-10/2024-12). */
const MONTHS = /^[0-9]{4}-[0-9]{2}(?:\/[0-9]{4}-[0-9]{2})?$/;
/** One month's value (2566-06), not a span of months. */
const SINGLE_MONTH = /^[0-9]{4}-[0-9]{2}$/;

/** Most characters between a reference and a range of days that spells it out (ตั้งแต่วันที่, brackets). */
const SPELLS_OUT = 24;

/** Most characters (spaces, a bracket) between a deictic word and a day that spells it out. */
const SAME_DATE_GAP = 3;

/** A `duration_period` entry naming a span that ends now (9 เดือนที่ผ่านมา): of the text's own time. */
export const RECENT = "recent";

/** Units of a span short enough to be of the text's own year when it ends now. */
const RECENT_UNITS: ReadonlySet<string> = new Set(["day", "week", "month"]);
const RECENT_MONTHS = 12;

/**
 * Spans of days, weeks or up to twelve months that end now (ในช่วง 9 เดือนที่ผ่านมา มีการออกบัตร
 * ส่งเสริม 1,101 โครงการ: a `duration_period` word valued `recent` after them): the text's own time,
 * its year, whatever year was written before.
 */
function recentSpans(context: RefineContext, drafts: readonly Draft[]): TimeReference[] {
  const lexicon = context.rules.context.durationPeriod;
  if (!lexicon) return [];
  const out: TimeReference[] = [];
  for (const d of drafts) {
    const { fact, candidate } = d;
    if (fact.kind !== "duration" || !RECENT_UNITS.has(String(fact.unit)) || typeof fact.value !== "number") continue;
    if (fact.unit === "month" && fact.value > RECENT_MONTHS) continue;
    const word = cueAfter(context.view, candidate.end, lexicon, "duration", context.boundaries);
    if (word?.canonical !== RECENT) continue;
    // With no date to read now's year from, the span is of the year that governs it (see year.ts).
    const year = dateAt(context, candidate.start)?.year;
    if (year === undefined) continue;
    const end = skipSpacesForward(context.view, candidate.end) + word.surface.length;
    out.push({ start: candidate.start, end, year, text: context.view.slice(candidate.start, end), governs: true, present: true });
  }
  return out;
}

/** Most characters between a fiscal year's word and what it names (spaces, an opening bracket). */
const FISCAL_GAP = 3;

/**
 * Whether a `year_fiscal` word ends right before `at` (spaces or an opening bracket between): what
 * follows names a fiscal year (งบฯปี 2565) or spells one out (ของปีงบประมาณ (1 ต.ค.2564- 30 มิ.ย. 2565)).
 */
export function fiscalBefore(view: string, at: number, rules: RuleSet): boolean {
  const before = view.slice(Math.max(0, at - FISCAL_GAP - 16), at);
  const end = before.replace(/[ \t(]+$/, "").length;
  if (before.length - end > FISCAL_GAP) return false;
  const head = before.slice(0, end);
  return lexiconWords(rules.context.yearFiscal).some((word) => head.endsWith(word));
}

/** Whether a reference names a fiscal year: a `year_fiscal` word in it (ปีงบประมาณ 2565) or right before it (งบฯปี 2565). */
export function namesFiscalYear(view: string, ref: { start: number; text: string }, rules: RuleSet): boolean {
  return mentionsAny(ref.text, rules.context.yearFiscal) || fiscalBefore(view, ref.start, rules);
}

/**
 * A period a year long or longer, across two years or more (ตั้งแต่ 28 ก.พ. 64 - 24 เม.ย. 65 รวม … โดส),
 * names no one year, as a span of years does not: what it governs is of all of them. A shorter one
 * across a new year is a window figures are counted up to (ตั้งแต่วันที่ 15 ธันวาคม 2563 - 22 กุมภาพันธ์ 2564
 * มีผู้ติดเชื้อสะสม 21,267 ราย), of the year it ends in, as readers of unseen releases date it, when it ends by
 * the text's own month; one still running after it is a scheme's term, of both years. Nor one
 * spelling out a fiscal year after its word (ของปีงบประมาณ (1 ต.ค.2564- 30 มิ.ย. 2565)): that year's.
 */
function acrossYears(context: RefineContext, ref: TimeReference, value: string): TimeReference {
  const first = Number(value.slice(0, 4));
  if (!value.includes("/") || !(first < ref.year!) || fiscalBefore(context.view, ref.start, context.rules) || isFiscalYear(value)) return ref;
  const months = periodMonths(value);
  if (months !== undefined && months.last - months.first < MONTHS_A_YEAR && !endsAhead(context, ref.start, months.last)) return { ...ref, crossesYear: true };
  return { ...ref, year: undefined, span: { first, last: ref.year! } };
}

/**
 * Whether a period's last month (a monthCount) is after the month of the text's date at `at`: a scheme's term
 * still running (ลดเงินสมทบ … ตั้งแต่วันที่ 1 ส.ค. 64 - 31 ม.ค. 65 in a text of July 2564), not a window counted up to.
 */
function endsAhead(context: RefineContext, at: number, last: number): boolean {
  const news = dateAt(context, at);
  return news !== undefined && last > monthCount(news.year, news.month);
}

/** A period's first and last months as monthCounts (2020-12-15/2021-02-22 → December 2020, February 2021); undefined for a span of years. */
function periodMonths(value: string): { first: number; last: number } | undefined {
  const m = /^([0-9]{4})-([0-9]{2})[-0-9]*\/([0-9]{4})-([0-9]{2})/.exec(value);
  return m ? { first: monthCount(Number(m[1]), Number(m[2])), last: monthCount(Number(m[3]), Number(m[4])) } : undefined;
}

/** The month Thailand's fiscal year starts: ปีงบประมาณ 2564 runs from October 2563 to September 2564. */
export const FISCAL_YEAR_START = 10;

/** Whether a span of months is a fiscal year's (ตุลาคม 2562 - กันยายน 2563 is fiscal 2563, of its last year). */
function isFiscalYear(value: string): boolean {
  const m = /^([0-9]{4})-([0-9]{2})\/([0-9]{4})-([0-9]{2})$/.exec(value);
  return m !== null && Number(m[2]) === FISCAL_YEAR_START && Number(m[4]) === FISCAL_YEAR_START - 1 && Number(m[3]) === Number(m[1]) + 1;
}

/** A `time_deictic` entry naming the present (ปัจจุบัน): said without a year, no period. */
const PRESENT = "present";

/** A `time_deictic` entry naming the period the text reports on (ไตรมาสนี้): the year written before it. */
const REPORTED = "reported";

/**
 * A `time_deictic` value: a part of a year written with no year after it (ในครึ่งปีแรกส่งออกข้าวแล้วกว่า
 * 5 ล้านตัน), of the year written before it in its paragraph, else the title's, else the text's.
 */
const PART = "part";

/**
 * A `time_deictic` entry counted from the text's own date, not from a year written before it
 * (ปีหน้า, "next year", in a text of December 2566 is 2567, whatever year it last named): `next`.
 */
const NEXT = "next";

/** `time_deictic` values naming the quarter or month before the one reported on, with its months back. */
const MONTHS_A_YEAR = 12;
const PREVIOUS: Readonly<Record<string, number>> = { previous_quarter: 3, previous_month: 1, same_period_a_year_before: MONTHS_A_YEAR };

/** The most characters between a period word and the year that says its year (the calendar's `ofYear`). */
const OF_YEAR_GAP = 12;

/**
 * A year mention's dash or slash and the span's last year after it (2562-2564, 2567 - 70; a crop or
 * fiscal year across two, ปีการผลิต 2566/67).
 */
const YEAR_SPAN = /[0-9][ \t]?[-–/][ \t]?[0-9]{2,4}$/;

/** A crop or fiscal year across two, with a slash (2566/67, 2562/2563). */
const SEASON = /[0-9][ \t]?\/[ \t]?[0-9]{2,4}$/;

/** A span's last year as written, its century the first's when it has two digits (2565-66 → 2566). */
function lastYearOf(text: string, context: RefineContext): number | undefined {
  const digits = /([0-9]{4})[^0-9]+([0-9]{2}|[0-9]{4})$/.exec(text);
  return digits ? parseYear(digits[2]!.length === 4 ? digits[2]! : digits[1]!.slice(0, 2) + digits[2]!, context.rules.context.calendar) : undefined;
}

/** How many years after the document's own a time reference may name (a 20-year plan's end does). */
export const FUTURE_REACH = 50;

/** Gregorian years a four-digit year mention may name: outside them, it is likely an amount. */
const PLAUSIBLE_YEARS = { from: 1800, to: 2200 };

/**
 * Gregorian years a two-digit one (Buddhist era, ปี 68) may name, as a figure's first number
 * (ปี 68 บริษัทวางแผน…: 68 is no count of companies): 2540-2599, 1997-2056.
 */
const SHORT_YEARS = { from: 1997, to: 2056 };

/** The `year_pattern` matches of a text, in order. */
export function yearMentions(view: string, rules: RuleSet): TimeReference[] {
  const pattern = rules.context.yearPattern;
  if (!pattern) return [];
  const out: TimeReference[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(view); m; m = pattern.exec(view)) {
    const text = m.groups?.["year"];
    const year = text === undefined ? undefined : parseYear(text, rules.context.calendar);
    if (year === undefined) continue;
    const mention: TimeReference = { start: m.index, end: m.index + m[0].length, year, text: m[0], governs: true };
    const digits = /(?<![0-9])(?:[0-9]{4}|[0-9]{2})$/.exec(text!);
    const plausible = digits?.[0].length === 2 ? SHORT_YEARS : PLAUSIBLE_YEARS;
    if (digits && year >= plausible.from && year <= plausible.to) {
      mention.numberStart = m.index + m[0].lastIndexOf(text!) + digits.index;
    }
    out.push(mention);
  }
  const era = eraMentions(view, rules, out);
  return era.length === 0 ? out : [...out, ...era].sort((a, b) => a.start - b.start);
}

/**
 * An era marker and its four-digit year after a `year_era_cue` word (ใน พ.ศ. 2562, จาก พ.ศ. 2561),
 * where no `year_pattern` mention is: the mention starts at the marker, so that a `year_base` word
 * before it (จาก) still makes it a comparison's base. Found by the markers, which few texts hold.
 */
function eraMentions(view: string, rules: RuleSet, found: readonly TimeReference[]): TimeReference[] {
  const cues = rules.context.yearEraCue;
  const { calendar } = rules.context;
  if (!cues || calendar.eras.size === 0) return [];
  const out: TimeReference[] = [];
  let markers = ERA_MARKERS.get(calendar.eras);
  if (!markers) {
    markers = new RegExp(`(?:${[...calendar.eras.keys()].map(escapeRegex).join("|")})`, "g");
    ERA_MARKERS.set(calendar.eras, markers);
  }
  const words = [...cues.entries.keys()];
  markers.lastIndex = 0;
  for (let m = markers.exec(view); m; m = markers.exec(view)) {
    const at = m.index;
    const year = ERA_YEAR.exec(view.slice(at + m[0].length, at + m[0].length + 12));
    if (!year) continue;
    const before = view.slice(Math.max(0, at - 12), at).replace(/[ \t]+$/, "");
    if (!words.some((cue) => before.endsWith(cue))) continue;
    const end = at + m[0].length + year[0].length;
    const text = view.slice(at, end);
    const value = parseYear(text, calendar);
    if (value === undefined || found.some((mention) => mention.start <= at && at < mention.end)) continue;
    out.push({ start: at, end, year: value, text, governs: true, numberStart: end - 4 });
  }
  return out;
}

/**
 * The era markers of a calendar as one pattern, in a group: V8 runs a bare literal (and indexOf)
 * several times slower on Thai (two-byte) text than a compiled pattern.
 */
const ERA_MARKERS = new WeakMap<ReadonlyMap<string, unknown>, RegExp>();

/** After an era marker (its dot already matched or not): the dot, spaces, a four-digit year. */
const ERA_YEAR = /^\.?[ \t]{0,3}[12][0-9]{3}(?![0-9]|[.,][0-9])/;


/**
 * Whether a deictic phrase starts a word at `at`, or right after `year_link` words the
 * segmenter glued to it, one or two (ในปี|นี้, แรกของปี|นี้: ในปี and แรกของปี are dictionary words).
 */
function startsWord(context: RefineContext, at: number, links = 2): boolean {
  const { boundaries, view } = context;
  if (boundaries.isBoundary(at)) return true;
  if (links === 0) return false;
  for (const link of context.rules.context.yearLink?.entries.keys() ?? []) {
    if (view.startsWith(link, at - link.length) && startsWord(context, at - link.length, links - 1)) return true;
  }
  return false;
}

/** The reference covering offset `at` (start ≤ at < end), by binary search; undefined if none. */
export function referenceAt(refs: readonly TimeReference[], at: number): TimeReference | undefined {
  const ref = refs[upperBound(refs, at, (r) => r.start) - 1];
  return ref !== undefined && at < ref.end ? ref : undefined;
}

/**
 * A lexicon's words, longest first, as one global pattern, `after` following them (a group of
 * its own, if any): built once per lexicon and `after`.
 */
const LEXICON_PATTERNS = new WeakMap<Lexicon, Map<string, RegExp>>();
function lexiconPattern(lexicon: Lexicon, after = ""): RegExp {
  let patterns = LEXICON_PATTERNS.get(lexicon);
  if (!patterns) LEXICON_PATTERNS.set(lexicon, (patterns = new Map()));
  let pattern = patterns.get(after);
  if (!pattern) {
    const keys = lexiconWords(lexicon).filter((k) => k.length > 0);
    pattern = new RegExp(keys.length ? `(?:${alternativesSource(keys)})${after}` : "(?!)", "g");
    patterns.set(after, pattern);
  }
  return pattern;
}

/**
 * Whether a `year_since` word stands right before a year mention of a year before the text's (เริ่มตั้งแต่
 * ปีการศึกษา 2550 in a text of 2566): the start of a span that runs on to now.
 */
function sinceBefore(context: RefineContext, start: number, year: number): boolean {
  const now = dateAt(context, start)?.year;
  return now !== undefined && year < now && cueBefore(context.view, start, context.rules.context.yearSince, "date", context.boundaries) !== undefined;
}

/** The most `year_link`, `comparison_period` words or month names between a `year_base` word and its reference. */
const BASE_HOPS = 3;

/**
 * The `year_base` word right before `start`, maybe with up to BASE_HOPS `year_link` or
 * `comparison_period` words or a month's name between (ช่วงเดียวกัน + ของ + ปีก่อน, จาก + เดือน +
 * สิงหาคม 2561, จาก + ช่วง + เดือน + สิงหาคม + ของปี 2564).
 */
function baseBefore(context: RefineContext, start: number): string | undefined {
  const { view, boundaries } = context;
  const { yearBase, yearLink, comparisonPeriod } = context.rules.context;
  let at = start;
  for (let hops = 0; hops <= BASE_HOPS; hops++) {
    const base = cueBefore(view, at, yearBase, "date", boundaries);
    if (base) return base.entry.surface;
    // A month's name (เมื่อเทียบกับเดือนมีนาคมปีก่อน: March of the year before) links as a period word does.
    const month = MONTH_BEFORE.exec(view.slice(Math.max(0, at - MONTH_REACH), at));
    const link = cueBefore(view, at, yearLink, "date", boundaries) ?? cueBefore(view, at, comparisonPeriod, "date", boundaries)
      ?? (month ? { start: at - month[0].length } : undefined);
    if (!link) return changedFrom(context, at);
    at = link.start;
  }
  return undefined;
}

/**
 * Whether a comparison's base figure stands right before a period at `start`, only link words
 * between (ชะลอลงจาก 2.7% ในปี 2567): the period is that base's own. A year before or after counted
 * later in its paragraph (ขณะที่การส่งออกจะขยายตัว 1.0% จาก 5.4% ในปีก่อน) counts from the period the
 * paragraph reports on, not from it.
 */
function baseFigureBefore(context: RefineContext, drafts: readonly Draft[], start: number): boolean {
  const { view, boundaries } = context;
  const { yearLink, yearBaseFigure, changeBefore, yearLinkWindow } = context.rules.context;
  const i = upperBound(drafts, start - 1, (d) => d.candidate.end) - 1;
  const figure = drafts[i];
  if (figure === undefined || figure.fact.kind === "date" || start - figure.candidate.end > yearLinkWindow) return false;
  const between = view.slice(figure.candidate.end, start).trim();
  if (between !== "" && !between.split(/\s+/).every((w) => isEntryRun(w, yearLink))) return false;
  const base = cueBefore(view, figure.candidate.start, yearBaseFigure, figure.fact.kind, boundaries);
  if (base === undefined) return false;
  if (base.entry.canonical !== "after_change") return true;
  const change = cueBefore(view, base.start, changeBefore, figure.fact.kind, boundaries);
  return change !== undefined && change.entry.canonical !== LEVEL;
}

/**
 * The most characters of a noun glued before a period: between a rise's or fall's จาก, or a comparison's
 * word, and the period it names; between a percentage and its period, the whole it is a share of.
 */
export const GLUED_NOUN = 40;

/** Where the run of characters with no space that ends at `at` starts, GLUED_NOUN characters back at most. */
export function gluedRunStart(view: string, at: number): number {
  let from = at;
  while (from > 0 && at - from < GLUED_NOUN && !isWhitespace(view.charCodeAt(from - 1))) from--;
  return from;
}

/**
 * The `year_base` word before `at` when a noun of what is compared is glued between it and the
 * period, right after a rise or a fall (ลดลงจาก|งบประมาณ|ปี 2566, เพิ่มขึ้นจาก|พระราชบัญญัติ
 * งบประมาณรายจ่าย|ประจำปีงบประมาณพ.ศ. 2566): the period is the base's, as if no noun stood between.
 * No space nor digit between: the words run on as one phrase.
 */
function changedFrom(context: RefineContext, at: number): string | undefined {
  const { view, boundaries } = context;
  const { yearBase, changeBefore } = context.rules.context;
  const from = gluedRunStart(view, at);
  if (from === at || /[0-9]/.test(view.slice(from, at))) return undefined;
  const words = boundaries.words(from, at);
  // The base word with at least one word after it: the noun.
  for (let i = words.length - 2; i >= 0; i--) {
    const [a, b] = words[i]!;
    const word = view.slice(a, b);
    if (!(yearBase?.entries.has(word) ?? false)) continue;
    // A comparison's own word (สูงกว่า|สถิติเดิม|ของปี 2566) compares with no rise or fall before it; only
    // trimmed words may stand before it in the run (ซึ่งมี|จำนวน|มากกว่า|วันลอยกระทงปี 2564: the base's day).
    const opens = a === from || words.slice(0, i).every(([p, q]) => isTrimmed(view.slice(p, q), context.rules.context));
    if (opens && (context.rules.context.comparisonCues?.entries.has(word) ?? false)) {
      return comparedWith(view.slice(a, at), context.rules) === undefined ? undefined : word;
    }
    const change = cueBefore(view, a, changeBefore, "money", boundaries)?.entry.canonical;
    return change === "increase" || change === "decrease" ? word : undefined;
  }
  return undefined;
}

/**
 * The `comparison_cues` word a glued phrase before a period opens with, when the phrase runs on
 * with no digit to name what is compared with (สูงกว่าสถิติเดิม|ของปี 2566): the period is that
 * base's. Not a goal (สูงกว่าเป้าหมายที่ตั้งไว้เมื่อต้นปี 2565 ที่ 66,000 ล้านบาท: the goal's value, a
 * target, and when it was set), told by a `target_goal` word in the rest. Read on the text alone,
 * so the line scans (linePeriods), which have no word boundaries, ask the same.
 */
export function comparedWith(phrase: string, rules: RuleSet): string | undefined {
  if (/[0-9]/.test(phrase)) return undefined;
  const { comparisonCues, targetGoal } = rules.context;
  const word = entryStarting(phrase, comparisonCues);
  if (word === undefined || phrase.length === word.length) return undefined;
  return mentionsAny(phrase.slice(word.length), targetGoal) ? undefined : word;
}

/** After a `month_alone` word, a month's name (its group): see monthsAlone. */
const MONTH_ALONE = `[ \\t]*(${MONTH_SOURCE})`;

/** Most characters between a month's name and a year reference that says its year (เดือนมีนาคมของปีนี้). */
const MONTH_YEAR_GAP = 6;

/** How many first characters of a line, found in the title, make it the title repeated. */
const HEADLINE_HEAD = 24;

/**
 * Whether `at` stands in the document's title or in a line repeating it (a release's title
 * printed again above its body): a headline's figure takes a year only from one it names.
 */
export function inHeadline(context: RefineContext, at: number): boolean {
  const { view, titleEnd } = context;
  if (at < titleEnd) return true;
  if (titleEnd === 0) return false;
  const lineStart = view.lastIndexOf("\n", at - 1) + 1;
  const head = view.slice(lineStart, lineStart + HEADLINE_HEAD);
  return head.length === HEADLINE_HEAD && !head.includes("\n") && view.slice(0, titleEnd).includes(head);
}

/** Half a year in months: a month named alone is of the year that puts it nearest the text's date. */
const HALF_YEAR = 6;

/**
 * Months named with no year after a `month_alone` word (ผู้ว่างงานเดือน พ.ย. 4.65 แสนคน): each dates
 * the figures after it as a month with its year does. Its year is that of the reference written
 * before it in its paragraph (not a comparison's base), else of the same month nearest the text's
 * date, as FACTS.md has a day without a year take (เดือน ธ.ค. in a text of 6 January 2566 is
 * December 2565); said to be past (a `month_past` word after it: เดือน ม.ค. ที่ผ่านมา), the last such
 * month up to that date. None where a date holds the name (มีนาคม 2567), or a reference (`written`, sorted)
 * or a deictic word (`deictic`: where each starts) right after it says its year (เดือนมีนาคมปีก่อน).
 */
function monthsAlone(context: RefineContext, written: readonly TimeReference[], deictic: readonly number[], periods: readonly Draft[]): TimeReference[] {
  const lexicon = context.rules.context.monthAlone;
  if (!lexicon) return [];
  const { view } = context;
  const window = context.rules.context.yearWindow;
  const out: TimeReference[] = [];
  const pattern = lexiconPattern(lexicon, MONTH_ALONE);
  pattern.lastIndex = 0;
  for (let m = pattern.exec(view); m; m = pattern.exec(view)) {
    const at = m.index;
    const end = at + m[0].length;
    if (!startsWord(context, at) || inHeadline(context, at)) continue;
    const nameStart = end - m[1]!.length;
    const period = periods[upperBound(periods, nameStart, (d) => d.candidate.start) - 1];
    if (period && period.candidate.end > nameStart) continue;
    const gap = (start: number): boolean => start >= end && start - end <= MONTH_YEAR_GAP && !/[0-9\n]/.test(view.slice(end, start));
    const next = written[upperBound(written, end - 1, (r) => r.start)];
    if ((next && gap(next.start)) || gap(deictic[upperBound(deictic, end - 1, (d) => d)] ?? -1)) continue;
    const month = lookupMonth(m[1]!)?.month;
    if (month === undefined) continue;
    const from = context.scopes.paragraphStart(at, window);
    let year: number | undefined;
    for (let i = upperBound(written, at - 1, (r) => r.start) - 1; i >= 0 && written[i]!.end >= from; i--) {
      const ref = written[i]!;
      if (ref.end > at || ref.year === undefined || ref.days || ref.spelled || baseBefore(context, ref.start) !== undefined) continue;
      year = ref.year;
      break;
    }
    if (year === undefined) {
      const date = dateAt(context, at);
      if (!date) continue;
      // Said to be past (เดือน ม.ค. ที่ผ่านมา in a text of August 2565): the last such month up to the
      // text's date, however far back; else the nearest.
      const past = cueAfter(view, end, context.rules.context.monthPast, "date", context.boundaries) !== undefined;
      year = past ? date.year - (month > date.month ? 1 : 0)
        : date.year + (month - date.month > HALF_YEAR ? -1 : date.month - month > HALF_YEAR ? 1 : 0);
    }
    out.push({ start: at, end, year, text: m[0], governs: true, firstMonth: monthCount(year, month) });
  }
  return out;
}

/**
 * The text of [from, to) with the time references that start in it cut out (ของปี 2565 มี → ของ มี;
 * ร้อยละ 3.3 ในปี 2565 และ → ร้อยละ 3.3 และ): what stands between two figures besides their periods.
 */
export function withoutReferences(context: RefineContext, from: number, to: number): string {
  const refs = context.timeReferences;
  let text = "";
  let at = from;
  for (let i = upperBound(refs, from - 1, (r) => r.start); i < refs.length && refs[i]!.start < to; i++) {
    const ref = refs[i]!;
    if (ref.start < at) continue;
    text += context.view.slice(at, ref.start);
    at = Math.min(ref.end, to);
  }
  return text + context.view.slice(at, to);
}

/**
 * Whether the reference before `ref` is of another year and joined to it by a `subject_list` word
 * (ยอดค้างจ่ายของปีงบประมาณ 2563 และรอบแรกปีงบประมาณ 2565 … จำนวน 1,918 ล้านบาท): what follows is
 * of both years, and neither is its year alone.
 */
function joinedToOtherYear(context: RefineContext, refs: readonly TimeReference[], ref: TimeReference): boolean {
  const list = context.rules.context.subjectList;
  const before = refs[upperBound(refs, ref.start - 1, (r) => r.start) - 1];
  if (!list || !before || before === ref || !before.governs || before.year === undefined || before.year === ref.year || before.end > ref.start) return false;
  const gap = context.view.slice(before.end, ref.start);
  if (gap.length > JOINED_GAP || /[0-9\n]/.test(gap)) return false;
  // Not a new clause the joint opens with a link of its own (… ต่ำสุดนับตั้งแต่ปี พ.ศ. 2554 และในปี พ.ศ. 2563
  // มีพื้นที่ประสบอุทกภัย 58 จังหวัด: 2563's).
  const rest = gap.trimStart();
  const joint = entryStarting(rest, list);
  const words = joint === undefined ? "" : rest.slice(joint.length).trimStart();
  return joint !== undefined && words.length <= JOINED_WORDS && entryStarting(words + ref.text, context.rules.context.yearLink) === undefined;
}

/** The most characters between two years joined by และ (… 2563 และรอบแรกปีงบประมาณ 2565). */
const JOINED_GAP = 24;
/** The most characters after the joining word (และรอบแรก|ปีงบประมาณ 2565): more is a clause of its own (และคาดปี 2564 จะ…). */
const JOINED_WORDS = 8;

/** A month counted from year 0 (year × 12 + month): months compare as numbers. */
export const monthCount = (year: number, month: number): number => year * 12 + month;

/** A month's name ending a text, spaces after it allowed (see baseBefore). */
const MONTH_BEFORE = new RegExp(`${MONTH_SOURCE}[ \\t]*$`);
/** The most characters a month's name and the spaces after it take. */
const MONTH_REACH = 16;

/**
 * Whether a single day is a resolution's: a `year_meeting` word (มติ) stands on its line in the
 * MEETING_REACH characters before it (a body's name, a bracket and เมื่อวันที่ may stand between: ตามมติ
 * คณะรัฐมนตรีเมื่อวันที่ …), or one of any value right after it (… 12 ม.ค.2564 ได้มีมติเห็นชอบ, ที่ประชุม ครม.
 * (30 ก.ค. 67) เห็นชอบ…); an entry valued `after` (อนุมัติ) only after it. No digit between, which would be
 * another figure's or date's.
 */
function meetingDay(context: RefineContext, ref: TimeReference): boolean {
  const { view } = context;
  const meeting = context.rules.context.yearMeeting;
  if (!meeting) return false;
  const lineStart = view.lastIndexOf("\n", ref.start - 1) + 1;
  let before = view.slice(Math.max(lineStart, ref.start - MEETING_REACH), ref.start);
  const digit = before.search(/[0-9๐-๙][^0-9๐-๙]*$/);
  if (digit >= 0) before = before.slice(digit + 1);
  for (const entry of meeting.entries.values()) if (entry.canonical !== AFTER_ONLY && before.includes(entry.surface)) return true;
  const lineEnd = view.indexOf("\n", ref.end);
  let after = view.slice(ref.end, Math.min(lineEnd < 0 ? view.length : lineEnd, ref.end + MEETING_REACH_AFTER));
  const next = after.search(/[0-9๐-๙]/);
  if (next >= 0) after = after.slice(0, next);
  return mentionsAny(after, meeting);
}

/** A `year_meeting` entry valued so counts only after the day (… (30 ก.ค. 67) อนุมัติ). */
const AFTER_ONLY = "after";
/** The most characters before a day that a resolution's word may stand at (ตามมติคณะรัฐมนตรี (ครม.) เมื่อวันที่). */
const MEETING_REACH = 45;
/** The most characters after a day that a resolution's word may stand at (… 2565 ครม.มีมติ, ได้อนุมัติ). */
const MEETING_REACH_AFTER = 24;

/**
 * Whether [at, end) stands inside a quotation of at most QUOTED_NAME characters on one line, with no
 * digit (“กู้ปีนี้ ผ่อนปีหน้า”, "ออมวันนี้ไม่มีอด"): a name or a slogan, not a sentence quoted.
 */
function inQuotedName(view: string, at: number, end: number): boolean {
  const from = Math.max(0, at - QUOTED_NAME);
  const before = view.slice(from, at);
  const open = Math.max(before.lastIndexOf("“"), before.lastIndexOf('"'));
  if (open < 0) return false;
  const after = view.slice(end, from + open + QUOTED_NAME + 1);
  const close = after.search(/[”"]/);
  if (close < 0) return false;
  return !/[\n0-9๐-๙“”"]/.test(before.slice(open + 1) + after.slice(0, close));
}

/** The most characters of a quoted name, its marks included. */
const QUOTED_NAME = 40;

/** Whether a word of `lexicon` stands before a date at `start`: spaces, a bracket or a day word (วันที่), before a month (`month`) a month word (เดือน), may stand between. */
function dateCue(context: RefineContext, start: number, lexicon: Lexicon | undefined, month = false): boolean {
  return dateCueStart(context, start, lexicon, month) !== undefined;
}

/** Where the word of `lexicon` before a date at `start` begins (see dateCue); undefined when none stands there. */
function dateCueStart(context: RefineContext, start: number, lexicon: Lexicon | undefined, month = false): number | undefined {
  return dateCueAt(context, start, lexicon, month)?.start;
}

/** The word of `lexicon` before a date at `start`, its entry and where it begins (see dateCue). */
function dateCueAt(context: RefineContext, start: number, lexicon: Lexicon | undefined, month = false): { entry: LexiconEntry; start: number } | undefined {
  const { view, boundaries } = context;
  let at = start;
  // A bracket may open before it.
  while (at > 0 && (isWhitespace(view.charCodeAt(at - 1)) || view.charCodeAt(at - 1) === 0x28)) at--;
  const { dayWord, monthWord } = context.rules.context.calendar.words;
  const word = dayWord.find((w) => view.endsWith(w, at)) ?? (month ? monthWord.find((w) => view.endsWith(w, at)) : undefined);
  if (word) at -= word.length;
  const cue = cueBefore(view, at, lexicon, "date", boundaries);
  // An entry valued `day` (ตั้งแต่, จนถึง) says so only before a day word: before a year it says since
  // when (เพิ่มขึ้น 30% ตั้งแต่ปี 2560), which dates no figure before it.
  return cue !== undefined && (word !== undefined || cue.entry.canonical !== DAY_ONLY) ? cue : undefined;
}

/** A `year_effective` entry valued so counts only before a day word (ตั้งแต่วันที่ 1 มกราคม 2567). */
const DAY_ONLY = "day";

/** A `year_until` entry valued so ends a term only before a day, not a month (ภายใน). */
const NO_MONTH = "no_month";

/** The most characters between a note's opening bracket and its as-of day: (ข้อมูล ณ วันที่, [ข้อมูลจาก สศช. ณ ปี. */
const NOTE_OPENING = 80;

/**
 * Whether `at` stands in a bracket opened before it on its line with words only between
 * ((ข้อมูล ณ วันที่ 30 พ.ย. 65), [ข้อมูลจากสำนักงานสภาพัฒนาการเศรษฐกิจและสังคมแห่งชาติ (สศช.) ณ ปี 2563]).
 */
function inNote(view: string, at: number): boolean {
  for (let i = at - 1, depth = 0; i >= 0 && at - i <= NOTE_OPENING; i--) {
    const c = view[i]!;
    if (c === "\n" || (c >= "0" && c <= "9")) return false;
    if (c === ")" || c === "]") depth++;
    else if (c === "(" || c === "[") {
      if (depth === 0) return true;
      depth--;
    }
  }
  return false;
}

/** The `target_clause` and `clause_start` words after a space, as one global pattern (built once per rule set). */
const CLAUSE_WORDS = new WeakMap<ContextSettings, RegExp>();
function clauseWordsPattern(c: ContextSettings): RegExp {
  let pattern = CLAUSE_WORDS.get(c);
  if (!pattern) {
    const words = [...new Set([...(c.targetClause?.entries.keys() ?? []), ...(c.clauseStart?.entries.keys() ?? [])])].filter((w) => w.length > 0);
    pattern = new RegExp(words.length ? `(?<=\\s)(?:${alternativesSource(words)})` : "(?!)", "g");
    CLAUSE_WORDS.set(c, pattern);
  }
  return pattern;
}

/**
 * Where the clause holding `offset` ends: at its line's end, at a `target_clause` or
 * `clause_start` word after a space (ทั้งนี้, ขณะที่, โดย …: another clause's start), or
 * `target_window` characters on, whichever comes first.
 */
export function clauseEnd(context: RefineContext, offset: number): number {
  const { view, boundaries } = context;
  const lineEnd = view.indexOf("\n", offset);
  // No further than a target cue reaches back (target_window): a sentence's length.
  const end = Math.min(lineEnd < 0 ? view.length : lineEnd, offset + context.rules.context.targetWindow);
  // Only the stretch up to the line's end or the window is searched, with one pattern of all the words.
  const pattern = clauseWordsPattern(context.rules.context);
  const stretch = view.slice(offset, end);
  pattern.lastIndex = 0;
  for (let m = pattern.exec(stretch); m; m = pattern.exec(stretch)) {
    if (boundaries.isBoundary(offset + m.index + m[0].length)) return offset + m.index;
  }
  return end;
}

/**
 * The references that end at most SPELLS_OUT characters before `start`: the last one found so far
 * (`refs`, in document order) and the last year mention.
 */
function referencesJustBefore(context: RefineContext, refs: readonly TimeReference[], start: number): TimeReference[] {
  const mentions = context.yearMentions;
  return [refs[refs.length - 1], mentions[upperBound(mentions, start - 1, (m) => m.end) - 1]]
    .filter((r): r is TimeReference => r !== undefined && r.end <= start && start - r.end <= SPELLS_OUT);
}

/** Whether a reference ends at most SPELLS_OUT characters before `start`, with no figure between. */
function spellsOut(context: RefineContext, refs: readonly TimeReference[], start: number): boolean {
  return referencesJustBefore(context, refs, start).some((r) => !/[0-9]/.test(context.view.slice(r.end, start)));
}

/**
 * Whether a period opens a bracket right after a reference (at most SPELLS_OUT characters) whose
 * year is another: it spells that reference out in the calendar's terms.
 */
function spelledOutInBracket(context: RefineContext, refs: readonly TimeReference[], period: TimeReference): boolean {
  return referencesJustBefore(context, refs, period.start)
    .some((r) => r.year !== undefined && !r.present && r.year !== period.year && /^[ \t]*\([ \t]*$/.test(context.view.slice(r.end, period.start)));
}

/** How far a bracket an aside stands in may open before it, and close after it, in characters. */
const ASIDE_REACH = 40;

/**
 * Where the bracket a reference opens closes, when the bracket holds a figure after the reference
 * (an aside, after a figure or a phrase), or opens right after a record's span (`recordSpanAt` the
 * offset the span ends at, spaces between): the reference governs only inside it. Undefined otherwise.
 */
function asideClose(view: string, ref: TimeReference, recordSpanAt: (end: number) => boolean): number | undefined {
  // Most references stand in no bracket: a native search for one first.
  const open = view.lastIndexOf("(", ref.start - 1);
  if (open < 0 || ref.start - open > ASIDE_REACH || /[()\n]/.test(view.slice(open + 1, ref.start))) return undefined;
  const rest = view.slice(ref.end, ref.end + ASIDE_REACH);
  const close = rest.search(/[()\n]/);
  if (close < 0 || rest.charAt(close) !== ")") return undefined;
  // With a figure of its own after the reference (หนี้ในระบบ 65% (ปี 67 ที่ 69.9%); after a phrase too:
  // … เมื่อเทียบกับตลาด (สิ้นปี 2563 ธอส.มี NPL อยู่ที่ 3.75%) โดยมีการตั้งสำรอง… 108,201 ล้านบาท, a comparison in
  // passing), or after a record's span. A bracket that only spells out a period or a date
  // (ผู้ป่วยสะสม 307,616 ราย (ตั้งแต่ 1 มกราคม 2565)) dates what follows too.
  if (/[0-9]/.test(rest.slice(0, close))) return ref.end + close + 1;
  let before = open;
  while (before > 0 && isWhitespace(view.charCodeAt(before - 1))) before--;
  return recordSpanAt(before) ? ref.end + close + 1 : undefined;
}

/** Whether a `period_record` word and a `period_span` word stand right before `start` (สูงสุดในรอบ 4 ปี). */
export function afterRecordSpan(context: RefineContext, start: number): boolean {
  const { view, boundaries } = context;
  const { periodSpan, periodRecord, yearLink } = context.rules.context;
  const span = cueBefore(view, start, periodSpan, "duration", boundaries);
  if (!span) return false;
  // ใน may stand between (สูงสุด|ใน|รอบ), a `year_link` word.
  const link = cueBefore(view, span.start, yearLink, "duration", boundaries);
  return cueBefore(view, link?.start ?? span.start, periodRecord, "duration", boundaries) !== undefined;
}

/**
 * The chain's step that finds every time reference: year mentions, the period dates among the
 * drafts (a year mention inside one is the same reference), and deictic words.
 */
export const timeReferences: Refiner = {
  name: "time",
  refine(context, drafts) {
    const refs: TimeReference[] = [];
    const periods = drafts.filter((d) => d.fact.kind === "date");
    for (const d of periods) {
      // A year filled in from the document's date for a range (1-6 สิงหาคม) is not one the text says; for a
      // single day it dates the day's clause (below).
      // A range of days (ระหว่างวันที่ 20-22 มกราคม 2566) is an event's dates: it dates its clause as a
      // day does (read on unseen releases: readers gave an event's figures its year). Spelling out
      // the reference before it, it dates nothing, and that one still governs what follows
      // (ปีงบประมาณ 2564 (ระหว่างวันที่ 4 - 8 ธันวาคม 2563) … 2.54 ล้านบาท is 2021's).
      const value = String(d.fact.value);
      // A range longer than a month is a period figures are counted over (ตั้งแต่วันที่ 1 มกราคม -
      // 20 ตุลาคม 2567 มีนักท่องเที่ยว 28,215,032 คน), not an event's days: its last year governs.
      // Right after another reference it spells that one out (ปีงบประมาณ พ.ศ. 2564 ตั้งแต่วันที่
      // 1 ตุลาคม 2563 – 8 ธันวาคม 2563: fiscal 2564's figures), and is an event's days as below.
      if (!d.candidate.yearImplied && isLongDayRange(value) && !spellsOut(context, refs, d.candidate.start)) {
        // Across years it names none (acrossYears).
        refs.push(acrossYears(context, { start: d.candidate.start, end: d.candidate.end, year: Number(value.slice(-10, -6)), text: d.fact.text, governs: true }, value));
        continue;
      }
      if (!d.candidate.yearImplied && isDayRange(value)) {
        // In a bracket right after another reference it spells that one out, and dates nothing (days);
        // after words of its own (… 2566 ล่าสุดพบว่าระหว่างที่ 1-21 ธันวาคม 2565 มี…) it is an event's.
        // A longer one here spells out the reference right before it (see above).
        if (isLongDayRange(value) || referencesJustBefore(context, refs, d.candidate.start).some((r) => /^[ \t]*\([^()0-9\n]*$/.test(context.view.slice(r.end, d.candidate.start)))) {
          refs.push({ start: d.candidate.start, end: d.candidate.end, year: undefined, text: d.fact.text, governs: false, days: true });
          continue;
        }
        // An event's days date what its clause reports, as a day does (ระหว่างวันที่ 20-22 มกราคม 2566
        // มีผู้เข้าชมงาน 500 คน), and its paragraph past the clause when nothing else governs there.
        refs.push({ start: d.candidate.start, end: d.candidate.end, year: Number(value.slice(-10, -6)), text: d.fact.text, governs: true, until: clauseEnd(context, d.candidate.end) });
        continue;
      }
      if (d.candidate.yearImplied && !dayOf(value)) continue;
      const ref: TimeReference = { start: d.candidate.start, end: d.candidate.end, year: periodYear(value), text: d.fact.text, governs: true };
      // A span of months in brackets right after a reference of another year spells that one out
      // (ประจำปีงบประมาณ 2565 (ตุลาคม 2564 – ธันวาคม 2564): fiscal 2565's figures): the reference
      // before still governs, and the bracket is cut from subjects only.
      if (value.includes("/") && spelledOutInBracket(context, refs, ref)) {
        refs.push({ ...ref, spelled: true });
        continue;
      }
      if (ref.year !== undefined && MONTHS.test(value)) ref.firstMonth = monthCount(Number(value.slice(0, 4)), Number(value.slice(5, 7)));
      // A month after the text's said to be when a term ends (ขยายระยะเวลาความช่วยเหลือไปถึงเดือน
      // มิถุนายน 2566 จำนวน 22,967 ราย in a text of 2565), as a day is (below): it dates none of the figures.
      // Not a word valued `no_month` (ภายใน): before a month it says when a plan is done (แล้วเสร็จภายใน มิ.ย. 67), a
      // period its figures may be of, not the end of a term.
      const firstMonth = ref.firstMonth;
      const until = firstMonth !== undefined && SINGLE_MONTH.test(value) ? dateCueAt(context, ref.start, context.rules.context.yearUntil, true) : undefined;
      if (firstMonth !== undefined && until !== undefined && until.entry.canonical !== NO_MONTH) {
        const news = dateAt(context, ref.start);
        if (news !== undefined && firstMonth > monthCount(news.year, news.month)) {
          refs.push({ ...ref, ends: true });
          continue;
        }
      }
      const day = ref.year === undefined ? dayOf(value) : undefined;
      if (day) {
        // A day figures are counted as of (ข้อมูล ณ วันที่ 30 เม.ย. 64: a `year_as_of` word before it)
        // dates its paragraph as a month would; another day only the figures of its clause, and a
        // dateline (วันนี้'s own day, on a line of its own) none.
        if (isDateline(context.view, ref.start, ref.end)) continue;
        const news = dateAt(context, ref.start);
        // A day written with no year (ที่ปิดฉากลงไปเมื่อ 3 เมษายนที่ผ่านมา มียอดจองรถยนต์… 33,936 คัน) takes
        // the year its date was read with, the nearest such day to the text's; said to be past (a
        // `month_past` word after it), the last such day up to the text's date.
        if (d.candidate.yearImplied && news !== undefined && cueAfter(context.view, ref.end, context.rules.context.monthPast, "date", context.boundaries) !== undefined) {
          const year = news.year - (day.month * 32 + day.day > news.month * 32 + news.day ? 1 : 0);
          Object.assign(day, { year });
          // The day's own fact says the same day.
          if (/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(value)) d.fact.value = `${year}${value.slice(4)}`;
        }
        ref.year = day.year;
        ref.date = day;
        // Not a day after the text's: nothing is counted as of it yet, it ends a term (เป็นระยะเวลา 2 ปี
        // ถึงวันที่ 27 กุมภาพันธ์ 2568 in a text of 2566).
        const ahead = news !== undefined && monthCount(day.year, day.month) > monthCount(news.year, news.month);
        // Said to be the day it ends (`year_until`: ระยะเวลา 2 ปี ถึงวันที่ 27 กุมภาพันธ์ 2568 วงเงิน 50,000
        // ล้านบาท), it dates none of the scheme's figures, and the reference before it goes on governing. A
        // past day after ถึง ends a span figures are counted over (ตั้งแต่วันที่ 1 … ถึงวันที่ 31 มีนาคม 2564
        // ได้รับแจ้ง… 44 เรื่อง): it still dates them.
        if (ahead && dateCue(context, ref.start, context.rules.context.yearUntil)) {
          refs.push({ ...ref, ends: true });
          continue;
        }
        // A day without its year dates its clause only, even as of it.
        const asOf = dateCue(context, ref.start, context.rules.context.yearAsOf);
        if (ahead || d.candidate.yearImplied || !asOf) ref.until = clauseEnd(context, ref.end);
        // A resolution's day (การประชุมคณะรัฐมนตรี (ครม.) เมื่อวันที่ 8 มีนาคม 2565 ว่า ครม.อนุมัติ…, ตามมติ
        // คณะรัฐมนตรีเมื่อวันที่ 5 พฤษภาคม 2564, เมื่อวันที่ 27 ธ.ค.2565 ครม.มีมติเห็นชอบ…) is when a decision was
        // taken: the terms and amounts decided are of no period it names (readers of unseen releases gave
        // them none, 38 to 15). It governs its clause, as a day does, with no year; past its clause it
        // dates nothing, and what nothing else dates after it in its paragraph has no year (see year.ts).
        if (!asOf && meetingDay(context, ref)) {
          ref.year = undefined;
          ref.meeting = true;
        }
      }
      // Across years it names none (acrossYears), unless it spells out the reference right before it
      // (ปีงบประมาณ พ.ศ. 2563 ตั้งแต่เดือนตุลาคม 2562 – กันยายน 2563): of its last year, as that one is.
      if (ref.meeting) refs.push(ref);
      else if (ref.year !== undefined) refs.push(spellsOut(context, refs, ref.start) ? ref : acrossYears(context, ref, value));
    }
    // Drafts are in document order: a mention inside a period date is found by binary search.
    for (const mention of context.yearMentions) {
      const period = periods[upperBound(periods, mention.start, (d) => d.candidate.start) - 1];
      if (!period || mention.end > period.candidate.end) {
        // A span of years with a dash (ในระหว่างปี 2562-2564, ปีงบประมาณ 2567 - 2570) names no one year:
        // what it governs is of all of them (read on unseen releases, readers gave such figures none).
        // Its reach ends with its clause, as a day's: the reference before it governs again after.
        // A crop or fiscal year across two, with a slash (มาตรการรักษาเสถียรภาพราคาข้าวเปลือก ปีการผลิต
        // 2567/68 … กรอบวงเงินรวม 50,000 ล้านบาท), names no one year either, and governs as a year does:
        // its paragraph's figures are the season's (every key's readers gave them none).
        // In brackets (โครงการ… ระยะ 3 ปี (2568-2570) วงเงิน …), an aside on what stands before it: it governs nothing.
        const aside = /\([ \t]*$/.test(context.view.slice(Math.max(0, mention.start - 2), mention.start));
        // So does a year a span starts at and runs on from to now (`year_since`: จากที่มีจดทะเบียนตั้งแต่ปี 2513 รวม
        // 10,959 กลุ่ม, in a text of 2565): figures counted since then are of no one year.
        const since = mention.year !== undefined && !YEAR_SPAN.test(mention.text) && sinceBefore(context, mention.start, mention.year);
        const span = (YEAR_SPAN.test(mention.text) || since) && mention.year !== undefined
          ? { first: mention.year, last: since ? undefined : lastYearOf(mention.text, context) } : undefined;
        refs.push(!span ? { ...mention, mention: true }
          : aside ? { ...mention, year: undefined, span, days: true }
          : SEASON.test(mention.text) && !since ? { ...mention, year: undefined, span, mention: true }
          : { ...mention, year: undefined, span, until: clauseEnd(context, mention.end) });
      }
    }
    const deictic = context.rules.context.timeDeictic;
    // The references written out so far (dates and year mentions), before the deictic words are added.
    const written = refs.slice().sort((a, b) => a.start - b.start);
    // `back`: months before the period reported on (ไตรมาสก่อนหน้า: 3, เดือนก่อนหน้า: 1).
    const relative: Array<{ start: number; end: number; text: string; offset: number; reported: boolean; back?: number }> = [];
    const deicticStarts: number[] = [];
    // The lengths of time among the figures (10 ปี): a word of a year before or after starting inside
    // one is its unit's tail (เมื่อ 10 ปีที่แล้ว, ten years ago; 5 ปีก่อนเกิดวิกฤต), no year before the
    // text's; this one's still is (ใน 7 เดือนนี้: these seven months, of the text's year).
    const lengths = drafts.filter((d) => d.fact.kind === "duration").map((d) => d.candidate);
    if (deictic) {
      const { view } = context;
      // One pass over the text for all the words (an indexOf per word read it once per word).
      const pattern = lexiconPattern(deictic);
      pattern.lastIndex = 0;
      for (let m = pattern.exec(view); m; m = pattern.exec(view)) {
        const surface = m[0];
        const entry = deictic.entries.get(surface)!;
        const at = m.index;
        const end = at + surface.length;
        if (!startsWord(context, at) || !context.boundaries.isBoundary(end)) continue;
        const length = lengths[upperBound(lengths, at, (c) => c.start) - 1];
        if (length !== undefined && length.end > at && (entry.canonical === NEXT || Number(entry.canonical) < 0)) continue;
        deicticStarts.push(at);
        // Inside a short quoted name (a campaign's: สินเชื่อบ้าน “กู้ปีนี้ ผ่อนปีหน้า” อัตราดอกเบี้ย…), it names
        // the campaign, not the figures' time.
        if (inQuotedName(view, at, end)) continue;
        // A day written right after it says the same (จนถึงปัจจุบัน 5 พ.ย.63): that day is the reference,
        // dating its clause only; a period after it spells it out (ปีนี้ (มกราคม-มิถุนายน 2565)) and it stays.
        const next = written[upperBound(written, end - 1, (r) => r.start)];
        if (next?.until !== undefined && next.start - end <= SAME_DATE_GAP && /^[\s(]*$/.test(view.slice(end, next.start))) continue;
        // Inside a date or a year mention (ครึ่งปีแรก 2568, ไตรมาสแรกของปี 2566), or right before a year
        // that says its year (ครึ่งปีแรกของปี 2567), the written reference is the one.
        const around = written[upperBound(written, at, (r) => r.start) - 1];
        if ((around !== undefined && around.end > at) || (next !== undefined && next.start - end <= OF_YEAR_GAP && context.rules.context.calendar.ofYear.test(view.slice(end, next.start)))) continue;
        // `present`: the present (ปัจจุบันมี 8 แห่ง) ends what came before, and says no year: the
        // text's own is not written for the figures it governs.
        // A span from a day or a period of the text's own year to the present (ตั้งแต่วันที่ 28 กุมภาพันธ์ 2564
        // จนถึงปัจจุบัน … 7,807,213 ราย in a text of August 2564) is of that year: the present is in it too.
        // From an earlier year it spans years and names none.
        if (entry.canonical === PRESENT) {
          const since = around !== undefined && around.year !== undefined && around.end <= at ? around : undefined;
          const link = since === undefined ? undefined : view.slice(since.end, at).trim();
          const sameYear = since !== undefined && (link === "" || (context.rules.context.yearAsOf?.entries.has(link!) ?? false))
            && since.year === dateAt(context, at)?.year;
          refs.push({ start: at, end, year: sameYear ? since!.year : undefined, text: surface, governs: true, present: true });
          continue;
        }
        // `reported`: the period a report is about (ไตรมาสนี้, เดือนนี้ after ไตรมาสที่ 4 ปี 2567),
        // counted as a year before or after is, from the year written before it.
        const reported = entry.canonical === REPORTED;
        // The quarter or month before the one reported on (ร้อยละ 1.8 ในไตรมาสก่อนหน้า): a comparison's.
        // The same period a year before counts, as ปีก่อน, from any year written before it.
        const back = PREVIOUS[entry.canonical];
        if (back !== undefined) {
          relative.push({ start: at, end, text: surface, offset: 0, reported: back !== MONTHS_A_YEAR, back });
          continue;
        }
        if (entry.canonical === NEXT) {
          const date = dateAt(context, at);
          if (date) {
            refs.push({ start: at, end, year: date.year + 1, text: surface, governs: true });
            continue;
          }
        }
        // `part`: a part of a year with none after it (ครึ่งปีแรก, ไตรมาสแรก), of the year written before it.
        const part = entry.canonical === PART;
        const offset = reported || part ? 0 : entry.canonical === NEXT ? 1 : Number(entry.canonical);
        if (!Number.isFinite(offset)) continue;
        if (offset !== 0 || reported || part) {
          relative.push({ start: at, end, text: surface, offset, reported });
          continue;
        }
        // This year (ปีนี้) is the document's. With no date to read it from, it is still a year
        // the text does not give: it ends what the year before it governed (ตั้งเป้ารายได้ปี 2568 …
        // จากปีนี้ที่คาดว่าจะมีรายได้ 12,000 ล้านบาท is not 2025's).
        refs.push({ start: at, end, year: dateAt(context, at)?.year, text: surface, governs: true });
      }
    }
    refs.push(...monthsAlone(context, written, deicticStarts, periods));
    refs.push(...recentSpans(context, drafts));
    refs.sort((a, b) => a.start - b.start || b.end - a.end);
    for (const ref of refs) ref.governs = !ref.days && !ref.spelled && !ref.ends && baseBefore(context, ref.start) === undefined;
    // A year before or after (ปีก่อน, ปีที่แล้ว, ปีหน้า), and the period reported on (ไตรมาสนี้), count
    // from the year written before it in its paragraph (การส่งออกปี 2564 … จากปีก่อน is 2020), else from the title's period, else from the
    // document's date.
    // Not from a comparison's base (จากปี 2563), nor from a relative year with no date to count from.
    const window = context.rules.context.yearWindow;
    const counted: TimeReference[] = [];
    for (const r of relative) {
      const from = context.scopes.paragraphStart(r.start, window);
      let written: number | undefined;
      let firstMonth: number | undefined;
      for (let i = upperBound(refs, r.start - 1, (y) => y.start) - 1; i >= 0 && refs[i]!.end >= from; i--) {
        const ref = refs[i]!;
        // The period reported on is one of months (ไตรมาสที่ 4 ปี 2567), not a year named in passing
        // (สูงสุดตั้งแต่ปี 2554 … ในไตรมาสนี้).
        if (ref.end > r.start || !ref.governs || (r.reported && ref.firstMonth === undefined) || baseFigureBefore(context, drafts, ref.start)) continue;
        written = ref.year;
        firstMonth = ref.firstMonth;
        break;
      }
      // The period reported on, named in none of the paragraph before it, is the last period of months
      // its article named (a quarterly report's ไตรมาสนี้, paragraphs after ไตรมาสที่สี่ของปี 2565).
      if (written === undefined && (r.reported || r.back !== undefined)) ({ year: written, firstMonth } = reportedBefore(context, refs, r.start) ?? {});
      const own = written ?? (r.start >= context.titleEnd ? context.titleYear() : undefined) ?? dateAt(context, r.start)?.year;
      if (r.back !== undefined) {
        // A period before the one reported on is of the year its first month falls in (firstMonth is
        // a monthCount: ไตรมาสก่อนหน้า of the first quarter of 2565 is the last of 2564). With no period
        // of months to count from, the quarter or month before is no reference (those around it date
        // the figure), and the same period a year before is a year before the year written, as ปีก่อน.
        if (firstMonth !== undefined) counted.push({ start: r.start, end: r.end, year: Math.floor((firstMonth - r.back - 1) / MONTHS_A_YEAR), text: r.text, governs: false });
        else if (r.back === MONTHS_A_YEAR) counted.push({ start: r.start, end: r.end, year: own === undefined ? undefined : own - 1, text: r.text, governs: baseBefore(context, r.start) === undefined });
        continue;
      }
      // With no year to count from, it still names a year the text does not give: what it
      // governs has none, and it is cut from subjects (ราคาสูงกว่าปีที่แล้วราว 1.50 บาท).
      counted.push({ start: r.start, end: r.end, year: own === undefined ? undefined : own + r.offset, text: r.text, governs: baseBefore(context, r.start) === undefined });
    }
    refs.push(...counted);
    // A year far past the document's own is a typing slip (ระลอกเมษายน 2664 in a text of 2564).
    const plausible = refs.filter((r) => {
      const own = dateAt(context, r.start)?.year;
      return own === undefined || r.year === undefined || r.year - own <= FUTURE_REACH;
    });
    refs.length = 0;
    refs.push(...plausible);
    refs.sort((a, b) => a.start - b.start || b.end - a.end);
    const effective = context.rules.context.yearEffective;
    if (effective) for (const ref of refs) if (ref.year !== undefined && dateCue(context, ref.start, effective)) ref.effective = true;
    for (const ref of refs) if (ref.year !== undefined && dateCue(context, ref.start, context.rules.context.yearAsOf) && inNote(context.view, ref.start)) ref.noted = true;
    // A day figures are counted as of right after a year (ภ.ง.ด.90/91 ปีภาษี 2565 ณ วันที่ 30 มี.ค. มีผู้ยื่นแบบ…
    // 8,808,276 แบบ): the year's figures, counted as of that day; the year governs, the day is its note. Not
    // after a month (ตั้งแต่เดือนตุลาคม 2564 จนถึง 30 เมษายน 2565): the two are a range's ends.
    for (let i = 1; i < refs.length; i++) {
      const ref = refs[i]!;
      const before = refs[i - 1]!;
      if (ref.date === undefined || before.date !== undefined || before.year === undefined || before.present || !before.governs
        || before.firstMonth !== undefined || before.span) continue;
      const cue = dateCueStart(context, ref.start, context.rules.context.yearAsOf);
      if (cue !== undefined && /^[\s(]*$/.test(context.view.slice(before.end, cue))) ref.governs = false;
    }
    // A reference opening a bracket with a figure of its own is an aside (หนี้ในระบบ 65% (ปี 67 ที่ 69.9%)):
    // its reach ends with the bracket. So is one after a record's span (สูงสุดในรอบ 4 ปี (ตั้งแต่ปี 65)):
    // it says when the span began.
    const recordSpanAt = (end: number): boolean => lengths.some((c) => c.end === end && afterRecordSpan(context, c.start));
    for (const ref of refs) {
      // Not a day figures are counted as of ((ข้อมูล ณ วันที่ 16 มี.ค.64 เวลา 08.00 น.)): it dates what follows.
      if (dateCue(context, ref.start, context.rules.context.yearAsOf)) continue;
      const close = asideClose(context.view, ref, recordSpanAt);
      if (close === undefined) continue;
      ref.aside = true;
      if (ref.until === undefined || ref.until > close) ref.until = close;
    }
    for (const ref of refs) if (ref.governs && ref.year !== undefined && joinedToOtherYear(context, refs, ref)) ref.joined = true;
    context.timeReferences = refs;
    return drafts;
  },
};

/**
 * The last governing period of months (ไตรมาสที่ 4 ปี 2567, มีนาคม 2567) that opens a line
 * (within its first REPORTED_LEAD characters: a heading's, a paragraph's lead) before `at` in its article:
 * after the title and the last dateline before it. Not one named in passing further in (ฐานดัชนีราคา
 * ผู้บริโภคของเดือนกรกฎาคม 2564, a history of quarters): the report's period opens what it reports.
 */
function reportedBefore(context: RefineContext, refs: readonly TimeReference[], at: number): TimeReference | undefined {
  const datelines = context.datelines ?? [];
  const dateline = datelines[upperBound(datelines, at - 1, (d) => d.start) - 1];
  const from = Math.max(context.titleEnd, dateline?.start ?? 0);
  for (let i = upperBound(refs, at - 1, (y) => y.start) - 1; i >= 0 && refs[i]!.start >= from; i--) {
    const ref = refs[i]!;
    if (!ref.governs || ref.firstMonth === undefined || ref.year === undefined || ref.end > at) continue;
    if (ref.start - context.scopes.lineStart(ref.start, REPORTED_LEAD + 1) <= REPORTED_LEAD) return ref;
  }
  return undefined;
}

/** How far into its line a period may stand and still open it (1. ภาวะเศรษฐกิจไทยในไตรมาสที่สี่ของปี 2565). */
const REPORTED_LEAD = 60;

/**
 * A rate's time unit right after `end` (ต่อวัน: a `duration_measured` word valued `after`, then a
 * `time_unit` word): the unit's entry and where it ends; undefined when none stands there.
 */
export function rateUnitAfter(context: RefineContext, end: number): { unit: LexiconEntry; end: number } | undefined {
  const { view, boundaries, rules } = context;
  const per = cueAfter(view, end, rules.context.durationMeasured, "duration", boundaries);
  if (per?.canonical !== "after") return undefined;
  const at = skipSpacesForward(view, end) + per.surface.length;
  const unit = cueAfter(view, at, rules.lexicons.get("time_unit"), "duration", boundaries);
  return unit ? { unit, end: skipSpacesForward(view, at) + unit.surface.length } : undefined;
}

/** The end of a rate's time unit right after `end` (rateUnitAfter), or `end` when none stands there. */
export function rateUnitEnd(context: RefineContext, end: number): number {
  return rateUnitAfter(context, end)?.end ?? end;
}
