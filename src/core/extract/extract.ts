/**
 * The kernel: text in, facts out. No file system, no process, no output formatting.
 *
 *   match view → candidates (every rule) → vetoes → overlap resolution → context attributes
 *
 * Refiners run after the parsers, as in chrono: vetoes drop numbers that are names
 * (`หมู่ที่ 4`), overlap resolution keeps one reading of each stretch of text, and the
 * context pass reads qualifier, target, year and subject from the words around each figure.
 */
import { DATE_SOURCE, parseDate, type DateContext } from "../dates/date.js";
import type { Ymd } from "../dates/calendar.js";
import { weekdayMismatch } from "../dates/weekday.js";
import type { Lexicon, RuleSet } from "../rules/compile.js";
import { parseYear } from "../rules/recognizers.js";
import type { Segmenter } from "../segmenter.js";
import { LineIndex } from "../text/line-index.js";
import { buildMatchView } from "../text/match-view.js";
import { upperBound } from "../text/sorted.js";
import type { ExtractResult, Fact, Qualifier, Warning } from "../types.js";
import { findCandidates, type Candidate, type Rejection } from "./candidates.js";
import { clauseStart, cueAfter, cueBefore, lastCueEnd } from "./cues.js";
import { resolveOverlaps, type Loss } from "./overlap.js";
import { onlyTrimmedWords, rateUnitStart, shareOfAfter, subjectAfter, subjectBefore } from "./subject.js";
import { WordBoundaries } from "./word-boundaries.js";

export interface ExtractOptions {
  /** Record every rejected match and lost candidate (for `extract explain`). */
  explain?: boolean;
  /**
   * The document's own date, for dates written without a year, when `text` is one piece of a
   * larger document (null: the document has none). Default: found in `text` itself.
   */
  documentDate?: Ymd | null;
}

/** What `explain` shows: every candidate and why the losers lost. */
export interface Trace {
  view: string;
  /** Candidates carry view offsets; this maps them to the original text's. */
  toOriginal(offset: number): number;
  winners: Candidate[];
  rejections: Rejection[];
  losses: Loss[];
  /** Candidates dropped as names or years, each with why (`after or before "หมู่ที่"`). */
  vetoed: Array<{ candidate: Candidate; reason: string }>;
  /** Words around a span, as the segmenter cut them. */
  wordsAround(start: number, end: number): string[];
}

const DATE_SCAN = new RegExp(DATE_SOURCE, "g");

/**
 * The document's own date: its first full date with a written year (usually the dateline).
 * Callers that cut a large document into pieces find it once, on the first piece.
 */
export function findDocumentDate(text: string): Ymd | undefined {
  return documentDateIn(buildMatchView(text).view);
}

/**
 * The first full date with a written year; failing that, the first day of the first month written
 * with its year (a monthly report's `มีนาคม 2567`), so that `12 ก.พ.` further down still gets one.
 */
function documentDateIn(view: string): Ymd | undefined {
  DATE_SCAN.lastIndex = 0;
  let month: Ymd | undefined;
  for (let m = DATE_SCAN.exec(view); m; m = DATE_SCAN.exec(view)) {
    const parsed = parseDate(m[0]);
    if (parsed?.first && !parsed.yearImplied) return parsed.first;
    const ym = parsed && !parsed.yearImplied ? /^([0-9]{4})-([0-9]{2})$/.exec(parsed.value) : null;
    if (ym && !month) month = { year: Number(ym[1]), month: Number(ym[2]), day: 1 };
  }
  return month;
}

/** Extracts the facts of one document. */
export function extractFacts(text: string, rules: RuleSet, segmenter: Segmenter, options: ExtractOptions = {}): ExtractResult & { trace?: Trace } {
  // The engine works in view offsets; facts and subjects are cut from the original text.
  const source = buildMatchView(text);
  const { view } = source;
  const lines = new LineIndex(text);
  const boundaries = new WordBoundaries(view, segmenter);
  let documentDate: Ymd | undefined | null = options.documentDate === undefined ? null : options.documentDate ?? undefined;
  const dates: DateContext = {
    documentDate: () => {
      if (documentDate === null) documentDate = documentDateIn(view);
      return documentDate;
    },
  };
  const rejections: Rejection[] | undefined = options.explain ? [] : undefined;
  const masks = maskSpans(view, rules);
  const candidates = findCandidates({ view, rules, boundaries, dates, masks, ...(rejections ? { rejections } : {}) });

  const { context } = rules;
  const years = yearMentions(view, rules);
  const yearNumbers = new Map(years.filter((y) => y.numberStart !== undefined).map((y) => [y.numberStart!, y.text]));
  const vetoed: Trace["vetoed"] = [];
  const allowed = candidates.filter((c) => {
    // A number that is the year of a year mention (ปี 2563 …) is that year, not a figure.
    const year = c.rule.kind === "date" ? undefined : yearNumbers.get(c.captures.get("value")?.start ?? c.start);
    if (year !== undefined) {
      vetoed.push({ candidate: c, reason: `the year of "${year}"` });
      return false;
    }
    const before = cueBefore(view, c.start, context.vetoBefore, c.rule.kind, boundaries);
    const after = before ? undefined : cueAfter(view, c.end, context.vetoAfter, c.rule.kind, boundaries);
    const cue = before?.entry ?? after;
    if (cue) vetoed.push({ candidate: c, reason: `after or before "${cue.surface}"` });
    return !cue;
  });
  const { winners, losses } = resolveOverlaps(allowed);

  const facts: Fact[] = [];
  const warnings: Warning[] = [];
  let previous: { end: number; subject?: string } | undefined;
  const subjects = { source, view, boundaries, context, yearMentions: years };
  for (const c of winners) {
    const kind = c.rule.kind;
    const start = source.toOriginal(c.start);
    const end = source.toOriginal(c.end);
    const fact: Fact = {
      line: lines.lineOf(start), start, end, kind, value: c.value,
      target: false, text: text.slice(start, end), rule: c.rule.id,
    };
    if (kind === "date") {
      if (c.yearImplied) fact.year_implied = true;
      const mismatch = c.firstDay && weekdayMismatch(view.slice(Math.max(0, c.start - 30), c.start), c.firstDay);
      if (mismatch) {
        // With no year written, the year is the one implied from the document's date: say so,
        // since a wrong guess of the year is as likely as a wrong weekday.
        const implied = c.yearImplied ? ` in ${c.firstDay!.year} (the year implied from the document's date)` : "";
        warnings.push({ code: "WEEKDAY_MISMATCH", line: fact.line, start,
          message: `"${fact.text}" is a วัน${mismatch.actual}${implied}, but the text says วัน${mismatch.written}` });
      }
      facts.push(fact);
      previous = { end: c.end }; // a subject never reaches back across a date
      continue;
    }
    if (c.unit !== undefined) fact.unit = c.unit;
    fact.qualifier = qualifierOf(c, view, rules, boundaries);
    if (c.valueMax !== undefined) fact.value_max = c.valueMax;
    fact.target = c.rule.target ?? isTarget(view, c.start, rules, boundaries);
    const year = yearJustAfter(years, view, c.end, rules) ?? nearestYear(years, clauseStart(view, c.start, context.yearWindow), c.start);
    if (year !== undefined) fact.year = year;
    const inherits = inheritsSubject(view, previous, c.start, rules, boundaries);
    // With nothing before it, a count's subject may be glued after its classifier, and a
    // percentage's is what it is a share of (ร้อยละ 21 ของเนื้อที่ทั้งจังหวัด); across cue words
    // only, that comes before the previous figure's (30 ราย ใน 5 ประเภทเทคโนโลยี).
    const unitStart = inherits === "joined" ? undefined : c.captures.get("unit")?.start;
    const after = inherits === "joined" ? undefined
      : unitStart !== undefined ? subjectAfter(subjects, unitStart, c.end)
      : kind === "percent" ? shareOfAfter(subjects, c.end) : undefined;
    const subject = inherits === "joined" || (inherits === "cues only" && after === undefined)
      ? previous?.subject
      : subjectBefore(subjects, c.start, previous?.end ?? 0, after);
    if (subject !== undefined) fact.subject = subject;
    previous = { end: c.end, ...(subject !== undefined ? { subject } : {}) };
    facts.push(fact);
  }

  const result: ExtractResult & { trace?: Trace } = { facts, warnings };
  if (options.explain) {
    result.trace = {
      view, toOriginal: (offset) => source.toOriginal(offset), winners, rejections: rejections ?? [], losses, vetoed,
      wordsAround: (start, end) => boundaries.words(Math.max(0, start - 15), Math.min(view.length, end + 15))
        .map(([s, e]) => source.original(s, e)),
    };
  }
  return result;
}

function qualifierOf(c: Candidate, view: string, rules: RuleSet, boundaries: WordBoundaries): Qualifier {
  if (c.qualifier !== undefined) return c.qualifier;
  const before = cueBefore(view, c.start, rules.context.qualifierBefore, c.rule.kind, boundaries);
  if (before) return before.entry.canonical as Qualifier;
  const after = cueAfter(view, c.end, rules.context.qualifierAfter, c.rule.kind, boundaries);
  return (after?.canonical as Qualifier | undefined) ?? "exact";
}

/**
 * A figure is a target when a target cue (จะ, คาดว่า, เป้าหมาย …) stands earlier in its
 * sentence and no reset cue (แล้ว, ปัจจุบัน …: what already is) stands between the two.
 */
function isTarget(view: string, start: number, rules: RuleSet, boundaries: WordBoundaries): boolean {
  const { targetCues, targetReset, targetWindow } = rules.context;
  const cue = lastCueEnd(view, clauseStart(view, start, targetWindow), start, targetCues, boundaries);
  return cue >= 0 && lastCueEnd(view, cue, start, targetReset, boundaries) < 0;
}

/**
 * A figure in a list right after another (`18 อำเภอ 77 ตำบล`) counts the same subject: nothing
 * but spaces, punctuation and one joining word stands between them, or a rate's unit
 * (`20 รางวัล รางวัลละ 5,000 บาท`: the prize of each of those 20), or only cue words
 * (`ผ่อนดาวน์ 0% นานสูงสุด 1 ปี`).
 */
function inheritsSubject(
  view: string, previous: { end: number; subject?: string } | undefined, start: number, rules: RuleSet, boundaries: WordBoundaries,
): "joined" | "cues only" | undefined {
  if (!previous?.subject || start - previous.end > 40) return undefined;
  const between = view.slice(previous.end, start);
  if (/\n/.test(between)) return undefined;
  // Punctuation, spaces and at most one joining word: no segmentation needed to tell.
  const word = between.replace(/[\s,/()-]+/g, "");
  if (word === "" || isEntryRun(word, rules.context.subjectJoin)) return "joined";
  const words = boundaries.words(previous.end, start);
  if (rateUnitStart(words, view, rules.context) === 0) return "joined";
  // Only cue words between (0% นานสูงสุด 1 ปี): nothing before names another subject.
  return onlyTrimmedWords(words, view, rules.context) ? "cues only" : undefined;
}

/** Spans of the text matched by `kind: mask` rules, sorted by start. */
function maskSpans(view: string, rules: RuleSet): Array<{ start: number; end: number; id: string }> {
  const spans: Array<{ start: number; end: number; id: string }> = [];
  for (const mask of rules.masks) {
    for (const regex of mask.regexes) {
      regex.lastIndex = 0;
      for (let m = regex.exec(view); m; m = regex.exec(view)) spans.push({ start: m.index, end: m.index + m[0].length, id: mask.id });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

/**
 * Whether `word` is an entry of `lexicon`, or two run together (หรือเพิ่มขึ้น: หรือ + เพิ่มขึ้น):
 * phrases are matched this way rather than listed, since a listed phrase would join the
 * segmenter's dictionary and change how the text around it is cut.
 */
function isEntryRun(word: string, lexicon: Lexicon | undefined): boolean {
  const entries = lexicon?.entries;
  if (!entries) return false;
  if (entries.has(word)) return true;
  for (const first of entries.keys()) if (word.startsWith(first) && entries.has(word.slice(first.length))) return true;
  return false;
}

interface YearMention {
  start: number;
  end: number;
  year: number;
  /** The mention as written: explain shows it, and a bare ปี starting it is no link to a figure before. */
  text: string;
  /**
   * Where the year's digits start, when they are four and name a year of the last few centuries
   * (`ปี 2563`, not `ปี 10` or `ปี 1200`): such a number is the year, never a figure.
   */
  numberStart?: number;
}

/** Gregorian years a four-digit year mention may name: outside them, it is likely an amount. */
const PLAUSIBLE_YEARS = { from: 1800, to: 2200 };

function yearMentions(view: string, rules: RuleSet): YearMention[] {
  const pattern = rules.context.yearPattern;
  if (!pattern) return [];
  const out: YearMention[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(view); m; m = pattern.exec(view)) {
    const text = m.groups?.["year"];
    const year = text === undefined ? undefined : parseYear(text);
    if (year === undefined) continue;
    const mention: YearMention = { start: m.index, end: m.index + m[0].length, year, text: m[0] };
    const digits = /[0-9]{4}$/.exec(text!);
    if (digits && year >= PLAUSIBLE_YEARS.from && year <= PLAUSIBLE_YEARS.to) {
      mention.numberStart = m.index + m[0].lastIndexOf(text!) + digits.index;
    }
    out.push(mention);
  }
  return out;
}

/**
 * The year of a mention starting right after `end` (a few spaces, or `year_link` words such as
 * ใน / แรก + ของ, between): ลดลงร้อยละ 0.9 ในปี 2563. A mention may carry its own link (ในปี, ภายในปี,
 * สิ้นปี); a bare ปี right after a figure starts the next item of a list (ปี 2562 จำนวน 288 คดี
 * ปี 2561 …) and is not taken.
 */
function yearJustAfter(years: readonly YearMention[], view: string, end: number, rules: RuleSet): number | undefined {
  const next = years[upperBound(years, end - 1, (y) => y.start)];
  if (!next || next.start - end > 12) return undefined;
  const between = view.slice(end, next.start);
  if (/^[ \t]{0,2}$/.test(between)) return next.text.startsWith("ปี") ? undefined : next.year;
  const link = /^[ \t]{0,2}(\S+)[ \t]{0,2}$/.exec(between)?.[1];
  return link !== undefined && isEntryRun(link, rules.context.yearLink) ? next.year : undefined;
}

/** The last year mention ending in [from, to] (mentions are sorted by end). */
function nearestYear(years: readonly YearMention[], from: number, to: number): number | undefined {
  const i = upperBound(years, to, (y) => y.end) - 1;
  const y = years[i];
  return y !== undefined && y.end >= from ? y.year : undefined;
}
