/**
 * What a document gives every figure in it, wherever the figure is: the document's own date
 * (for dates written without a year) and the year of the period its title names. A document cut
 * into pieces has them found once, by whoever reads it from the start, and handed to each piece
 * (ExtractOptions), so that no piece looks for them again.
 */
import type { Ymd } from "../dates/calendar.js";
import { parseDate } from "../dates/date.js";
import { dayOf, isDateline, isDayRange, isLongDayRange, periodYear, startsArticle } from "../dates/date-values.js";
import { comparedWith, FUTURE_REACH, gluedRunStart, namesFiscalYear, yearMentions } from "../refine/time-references.js";
import type { RuleSet } from "../rules/compile.js";
import { entryStarting, lexiconWords } from "../rules/lexicon-words.js";
import { buildMatchView } from "../text/match-view.js";
import { upperBound } from "../text/sorted.js";
import { lookupMonth, MONTH_SOURCE } from "../dates/months.js";
import { escapeRegex } from "../text/regex.js";

/** A document's first full date with a written year that is not history, and the first month written with its year that is not (see DocumentDateScan). */
export interface DocumentDates {
  date?: Ymd;
  month?: Ymd;
}

/** The dates of a match view (see DocumentDates), read as DocumentDateScan reads a text. */
export function documentDatesIn(view: string, rules: RuleSet): DocumentDates {
  const scan = new DocumentDateScan(rules);
  scan.readView(view);
  return scan.dates;
}

/** The last day of a range of days (2023-01-01/2023-10-15 → 15 October 2023); undefined for anything else. */
function lastDay(value: string): Ymd | undefined {
  return isDayRange(value) ? dayOf(value.slice(value.indexOf("/") + 1)) : undefined;
}

/**
 * Lines read at once by DocumentDateScan, in UTF-16 code units (then up to the next line end):
 * a dateline is nearly always among a document's first lines, so the match view of a short
 * block usually settles it.
 */
const SCAN_BLOCK_CHARS = 4096;

/**
 * How many years after a date a date or month the text writes later must be for the text to have
 * passed it (ธนาคารก่อตั้งเมื่อวันที่ 14 มีนาคม 2509 … ยอดขายเดือนมกราคม 2567: the founding is history).
 * A deadline or an event ahead written as a day or a month is nearer (ถึงวันที่ 31 มีนาคม 2565 in a
 * text of August 2563): read on the slice's articles with their datelines cut off.
 */
const PASSED_YEARS = 5;

/** How many lines after a date that is no dateline are read for a later date or year that passes it. */
const PASSED_LINES = 30;

/** A date that may be the document's own, until the lines after it say otherwise. */
interface Candidate {
  date: Ymd;
  /** A month (ม.ค. 2567), which stands in only when no full date is the document's. */
  month: boolean;
  /** The last line read for a date or year that passes it. */
  lastLine: number;
  passed: boolean;
}

/**
 * Looks for a document's dates (DocumentDates) in its text read in order, a block of whole lines
 * at a time, building the match view of each block only until the first full date is found. The
 * text's own date is its first full date with a year written, unless that date is history: not
 * a dateline, and passed in the PASSED_LINES lines after it by a date or month written
 * PASSED_YEARS or more after it, or a year written more than FUTURE_REACH after it (a text with
 * no dateline that opens on a bank's founding, บริษัทก่อตั้งเมื่อวันที่ 8 ธันวาคม 2456, and reports
 * ในปี 2566: its figures would all read as plans). Then the next date is tried; months, the same.
 * How the text is cut into reads changes nothing: dates and years never span a line.
 */
export class DocumentDateScan {
  private found: DocumentDates = {};
  private candidates: Candidate[] = [];
  /** Lines read so far: the line index of the next text read. */
  private line = 0;

  constructor(private readonly rules: RuleSet) {}

  /** Whether the full date has been found (nothing more needs reading). */
  get done(): boolean {
    return this.found.date !== undefined;
  }

  /** The dates found so far; a date still being read past, as the text has ended, is the text's own. */
  get dates(): DocumentDates {
    if (this.found.date) return this.found;
    const date = this.candidates.find((c) => !c.month && !c.passed)?.date;
    const month = this.candidates.find((c) => c.month && !c.passed)?.date;
    return { ...(date ? { date } : {}), ...(month ? { month } : {}) };
  }

  /** Reads the next text of the document: whole lines (its last line may be cut where a piece was). */
  read(text: string): void {
    for (let start = 0; start < text.length && !this.done;) {
      const stop = text.indexOf("\n", start + SCAN_BLOCK_CHARS);
      const end = stop < 0 ? text.length : stop + 1;
      this.readView(buildMatchView(text.slice(start, end)).view);
      start = end;
    }
  }

  /** Reads the match view of the next whole lines of the document. */
  readView(view: string): void {
    const { calendar } = this.rules.context;
    const scan = calendar.dateScan;
    scan.lastIndex = 0;
    const lines = lineStarts(view);
    const lineAt = (offset: number): number => this.line + upperBound(lines, offset, (l) => l) - 1;
    // The years written in the view, each a date (or month) or a year mention, in order.
    const events: Array<{ start: number; end: number; year: number; date?: Ymd; month?: boolean; dateline?: boolean }> = [];
    for (let m = scan.exec(view); m; m = scan.exec(view)) {
      const parsed = parseDate(m[0], calendar);
      if (!parsed || parsed.yearImplied) continue;
      const end = m.index + m[0].length;
      // A range of days stands for its last day: a period the text reports on ends by the text's own
      // date (ตั้งแต่ 1 ม.ค. - 15 ต.ค. 66 มีนักท่องเที่ยว… is news of October at the earliest), and a week's
      // report (19 - 25 ต.ค. 2558) dates the days it names without a year all the same.
      if (parsed.first) {
        const date = lastDay(parsed.value) ?? parsed.first;
        events.push({ start: m.index, end, year: date.year, date, dateline: isDateline(view, m.index, end) });
        continue;
      }
      // A month, or a span of months (a quarter, a half: ไตรมาส 3/2567) for its last month: a text that
      // reports on a period is written once it is over, so its ปีนี้ is that period's year.
      const ym = /^(?:[0-9]{4}-[0-9]{2}\/)?([0-9]{4})-([0-9]{2})$/.exec(parsed.value);
      events.push({ start: m.index, end, year: Number(parsed.value.slice(0, 4)), ...(ym ? { date: { year: Number(ym[1]), month: Number(ym[2]), day: 1 }, month: true } : {}) });
    }
    // Year mentions are read only when a date here, or one still open from before, may be passed.
    if (events.some((e) => e.date && !e.dateline) || this.candidates.some((c) => !c.passed && c.lastLine >= this.line)) {
      for (const mention of yearMentions(view, this.rules)) if (mention.year !== undefined) events.push({ start: mention.start, end: mention.end, year: mention.year });
      events.sort((a, b) => a.start - b.start);
    }
    for (const event of events) {
      const line = lineAt(event.start);
      // A year written later passes the candidates before it whose lines it is among.
      for (const c of this.candidates) {
        if (c.passed || line > c.lastLine) continue;
        if (event.date ? event.year - c.date.year >= PASSED_YEARS : event.year - c.date.year > FUTURE_REACH) c.passed = true;
      }
      if (this.settle(line)) return;
      if (!event.date) continue;
      this.candidates.push({ date: event.date, month: event.month === true, lastLine: event.dateline ? -1 : line + PASSED_LINES, passed: false });
      if (this.settle(line)) return;
    }
    // A last line cut where the read ended goes on in the next read: only whole lines are counted.
    this.line += lines.length - 1;
    this.settle(this.line);
  }

  /**
   * Takes the first full date no later year has passed as the document's own, once the lines read
   * after it (now up to `line`) are all it is read against; the months before it stand with it.
   */
  private settle(line: number): boolean {
    for (const c of this.candidates) {
      if (c.month || c.passed) continue;
      if (c.lastLine >= line) return false;
      const month = this.candidates.find((m) => m.month && !m.passed)?.date;
      this.found = { date: c.date, ...(month ? { month } : {}) };
      return true;
    }
    return false;
  }
}

/** The offsets where a view's lines start: 0 and each one after a line break. */
function lineStarts(view: string): number[] {
  const starts = [0];
  for (let i = view.indexOf("\n"); i >= 0; i = view.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

/**
 * What a text says of its document's date: its first full date with a written year (usually the
 * dateline), and the first day of the first month written with its year (a monthly report's
 * `มีนาคม 2567`), which stands in when the document has no full date, so that `12 ก.พ.` further
 * down still gets a year.
 */
export function findDocumentDates(text: string, rules: RuleSet): DocumentDates {
  const scan = new DocumentDateScan(rules);
  scan.read(text);
  return scan.dates;
}

/** The document's own date: its first full date with a written year, else its first month's first day. */
export function findDocumentDate(text: string, rules: RuleSet): Ymd | undefined {
  const { date, month } = findDocumentDates(text, rules);
  return date ?? month;
}

/** A title is a document's first line, and short: a first line longer than this is a paragraph. */
export const TITLE_CHARS = 200;

/**
 * The year of the period a document's title names (ผลิตภัณฑ์มวลรวมในประเทศ ไตรมาสที่ 3/2545,
 * สถานการณ์การผลิตรายสัปดาห์ 19-25 ต.ค.58, ภาวะเศรษฐกิจประจำเดือนมีนาคม 2567): a report's figures
 * are that period's unless their own paragraph says otherwise. A day (a dateline) is no period,
 * nor a deadline (ภายในปี 2568: a goal's year), nor a comparison's base (ดัชนีอุตฯ เม.ย. 64
 * เพิ่มขึ้นร้อยละ 18.46 เมื่อเทียบกับ เม.ย. 63 is April 2564's), nor, given the news's year, a period
 * after it (isAhead).
 */
export function findTitleYear(text: string, rules: RuleSet, newsDay?: Ymd): number | undefined {
  return reportedYear(findTitlePeriod(text, rules), newsDay);
}

/**
 * The year of a title's period when it is one the news reports on (not after the news's year: isAhead).
 * A month named alone (ส่งออกเดือนกันยายน in a text of October 2566) is the last such month before the
 * news's: the news's own month or one it has not reached yet is an event's or a plan's, no month reported
 * on (ดันส่งออกสัตว์ปีกไทยผงาดตลาดจีนกลางเดือน ต.ค.นี้ in a text of 11 October 2566: undefined).
 */
export function reportedYear(period: TitlePeriod | undefined, newsDay: Ymd | undefined): number | undefined {
  if (period === undefined) return undefined;
  if (period.what === "month") {
    if (newsDay === undefined) return undefined;
    if (period.month < newsDay.month) return newsDay.year;
    return period.month - newsDay.month > HALF_YEAR ? newsDay.year - 1 : undefined;
  }
  return isAhead(period, newsDay?.year) ? undefined : period.year;
}

/** Half a year in months: a month after the news's by more is last year's. */
const HALF_YEAR = 6;

/**
 * Whether a period is after the news's own year (the year of its text's date), so no period the
 * news reports on: a forecast's or a plan's (ภาคใต้ปรับสมดุลเริ่มสู่ช่วงฟื้นตัวครึ่งหลังปี 2565 in a text of
 * September 2564). A fiscal year may be one ahead: ปีงบประมาณ 2565 runs from October 2564, and its
 * budget is the news of the months before. With no date known, none is.
 */
export function isAhead(period: { year: number; fiscal?: true }, newsYear: number | undefined): boolean {
  return newsYear !== undefined && period.year > newsYear + (period.fiscal ? 1 : 0);
}

/** The period a document's title names, whatever the news's year (findTitleYear). */
export function findTitlePeriod(text: string, rules: RuleSet): TitlePeriod | undefined {
  const stop = text.indexOf("\n");
  const line = stop < 0 ? text : text.slice(0, stop);
  if (line.length > TITLE_CHARS) return undefined;
  // The last period; a range of days names the period only when nothing else does: after a
  // year's label it is the label's gloss or the week reported on (ประจำปีงบประมาณ พ.ศ. 2564
  // ระหว่างวันที่ 4 - 10 ธันวาคม 2563 is fiscal 2564's, 2021). A day (สรุปข่าวการประชุม ครม. 8 ตุลาคม
  // 2567, an auction's or a meeting's) dates what is reported of it, not the document's figures.
  const references = linePeriods(line, rules);
  const last = (what: LineReference["what"]): LineReference | undefined => references.filter((r) => r.what === what).at(-1);
  // Periods of two years (ส่งออกมันสำปะหลังปี 67 ร่วง 24% … ชี้ปี 68 โต 5%: what was and a forecast) name
  // no one period for the figures below.
  if (new Set(references.filter((r) => r.what === "period").map((r) => r.year)).size > 1) return undefined;
  return last("period") ?? last("days") ?? (references.length === 0 ? titleMonth(line, rules) : undefined);
}

/**
 * A month a title names alone after a `month_alone` word, no year written (“คารม” เผยส่งออกเดือนกันยายน
 * เพิ่มขึ้น 2.1%): the month a monthly report is of. Undefined if none, or if more than one is named.
 */
function titleMonth(line: string, rules: RuleSet): TitleMonth | undefined {
  const found: TitleMonth[] = [];
  for (const word of lexiconWords(rules.context.monthAlone)) {
    const pattern = new RegExp(`${escapeRegex(word)}[ \\t]*(${MONTH_SOURCE})`, "g");
    for (let m = pattern.exec(line); m; m = pattern.exec(line)) {
      const month = lookupMonth(m[1]!)?.month;
      if (month !== undefined) found.push({ start: m.index, end: m.index + m[0].length, what: "month", month });
    }
  }
  return found.length === 1 ? found[0] : undefined;
}

/** How far before a year mention a target cue is looked for: its longest entries, and a space. */
const GOAL_REACH = 24;

/** A time reference of one line (linePeriods): a period (a month, a quarter, a year mention), a day, or a range of days. */
/** A month a title names alone (ส่งออกเดือนกันยายน): its year is the news's (reportedYear). */
export interface TitleMonth {
  start: number;
  end: number;
  what: "month";
  month: number;
}

/** The period a title names: a time reference with a written year, or a month named alone. */
export type TitlePeriod = LineReference | TitleMonth;

export interface LineReference {
  start: number;
  end: number;
  year: number;
  what: "period" | "day" | "days";
  /** A fiscal year's (a `year_fiscal` word in it: ปีงบประมาณ 2565), which runs from the October before. */
  fiscal?: true;
}

/**
 * The time references of one line with a written year, by start: its dates and its year
 * mentions, not a comparison's base (เมื่อเทียบกับ เม.ย. 63), nor a deadline (ภายในปี 2568: a
 * goal's year), nor a year right after a target cue (ตั้งเป้าปี 67: a goal's), nor a year mention
 * inside a day's date. Offsets are the line's own.
 */
export function linePeriods(line: string, rules: RuleSet): LineReference[] {
  const source = buildMatchView(line);
  const { view } = source;
  const out: LineReference[] = [];
  const { calendar } = rules.context;
  const bases = lexiconWords(rules.context.yearBase);
  const scan = calendar.dateScan;
  scan.lastIndex = 0;
  for (let m = scan.exec(view); m; m = scan.exec(view)) {
    if (afterBase(view, m.index, bases) || comparedBefore(view, m.index, rules)) continue;
    const parsed = parseDate(m[0], calendar);
    if (!parsed || parsed.yearImplied) continue;
    const day = dayOf(parsed.value);
    const year = day?.year ?? periodYear(parsed.value);
    if (year === undefined) continue;
    // A range of days longer than a month is a period figures are counted over (ตั้งแต่วันที่ 1 มกราคม -
    // 29 ธันวาคม 2567 มีนักท่องเที่ยว…), as in the time references; a shorter one an event's days.
    const days = isDayRange(parsed.value) && !isLongDayRange(parsed.value);
    out.push({ start: m.index, end: m.index + m[0].length, year, what: day ? "day" : days ? "days" : "period" });
  }
  const days = out.filter((r) => r.what === "day");
  // Nor a goal's or a forecast's year (ตั้งเป้าปี 67 โตเพิ่มอีก 5%): not the period the news reports on.
  const goals = lexiconWords(rules.context.targetCues);
  for (const mention of yearMentions(view, rules)) {
    if (mention.year === undefined || entryStarting(mention.text, rules.context.targetAfter) !== undefined || afterBase(view, mention.start, bases)
      || comparedBefore(view, mention.start, rules)) continue;
    if (goals.some((cue) => view.slice(Math.max(0, mention.start - GOAL_REACH), mention.start).trimEnd().endsWith(cue))) continue;
    if (days.some((d) => mention.start >= d.start && mention.end <= d.end)) continue;
    out.push({ start: mention.start, end: mention.end, year: mention.year, what: "period", ...(namesFiscalYear(view, mention, rules) ? { fiscal: true as const } : {}) });
  }
  for (const r of out) [r.start, r.end] = [source.toOriginal(r.start), source.toOriginalEnd(r.end)];
  return out.sort((a, b) => a.start - b.start);
}

/** Base words of three letters or fewer (จาก) may end another word: they count only after a space. */
const SHORT_BASE = 3;

/**
 * Whether a `year_base` word ends right before `at` (spaces between): the reference there is a
 * comparison's base. Without the title's word boundaries, a short one must follow a space.
 */
function afterBase(view: string, at: number, bases: readonly string[]): boolean {
  const before = view.slice(Math.max(0, at - 40), at).trimEnd();
  return bases.some((base) => before.endsWith(base)
    && (base.length > SHORT_BASE || /(^|\s)$/.test(before.slice(0, before.length - base.length))));
}

/**
 * Whether the glued phrase right before `at` is a comparison's (comparedWith: สูงกว่าสถิติเดิม|ของปี
 * 2566): the period is what is compared with.
 */
function comparedBefore(view: string, at: number, rules: RuleSet): boolean {
  return comparedWith(view.slice(gluedRunStart(view, at), at), rules) !== undefined;
}

/** Most characters of a dateline: a weekday, a day, a month's name, a year. */
export const DATELINE_CHARS = 60;

/** The shape of a dateline line (see datelineOf), checked before its date is read. */
const DATELINE_SHAPE = /^[\s\u00a0]*[0-9๐-๙วA-Z][^\n]*[0-9๐-๙][\s\u00a0]*$/;

/**
 * The day of the last dateline in `text` (see isDateline), with its year written; undefined if
 * none. Only short lines with a digit are read: the pieces of a document cut in several learn so
 * the date of the article they continue (document-context.ts), as a whole-document run would.
 */
export function lastDatelineIn(text: string, rules: RuleSet): Ymd | undefined {
  return datelinesIn(text, rules).at(-1)?.date;
}

/**
 * The datelines of a match view (lines that are a date alone, its year written: datelineOf), by
 * start; `before`, the last dateline of the text before it (a document cut in pieces): a date alone
 * older than the dateline before it is none (startsArticle).
 */
export function datelinesIn(view: string, rules: RuleSet, before?: Ymd | null): Array<{ start: number; date: Ymd }> {
  const out: Array<{ start: number; date: Ymd }> = [];
  let last = before;
  for (let start = 0; start < view.length;) {
    const stop = view.indexOf("\n", start);
    const end = stop < 0 ? view.length : stop;
    const line = view.slice(start, end);
    const date = end - start <= DATELINE_CHARS ? datelineOf(line, rules.context.calendar) : undefined;
    if (date && startsArticle(line, date, last)) {
      out.push({ start, date });
      last = date;
    }
    start = end + 1;
  }
  return out;
}

/** The day a line is the dateline of (see isDateline), its year written; undefined for any other line. */
export function datelineOf(line: string, calendar: RuleSet["context"]["calendar"]): Ymd | undefined {
  // A dateline starts with its weekday (วัน…ที่), its day or an English month, and ends with its year.
  if (line.length > DATELINE_CHARS || !DATELINE_SHAPE.test(line)) return undefined;
  const { view } = buildMatchView(line);
  const scan = calendar.dateScan;
  scan.lastIndex = 0;
  for (let m = scan.exec(view); m; m = scan.exec(view)) {
    const parsed = parseDate(m[0], calendar);
    const day = parsed && !parsed.yearImplied ? dayOf(parsed.value) : undefined;
    if (day && isDateline(view, m.index, m.index + m[0].length)) return day;
  }
  return undefined;
}
