/**
 * The kernel: text in, facts out. No file system, no process, no output formatting.
 *
 *   match view → candidates (every rule) → the refine chain (`refine/chain.ts`)
 *
 * As in chrono, parsers (the rules) propose and refiners decide: the chain drops names and
 * overlapping readings, then sets each attribute from the words around each figure.
 */
import { ArticleLeads, type LeadCandidate } from "./article-lead.js";
import type { Ymd } from "../dates/calendar.js";
import type { RuleSet } from "../rules/compile.js";
import { lexiconWords } from "../rules/lexicon-words.js";
import { refine } from "../refine/chain.js";
import type { Loss } from "../refine/overlap.js";
import { Scopes } from "../refine/scopes.js";
import { namesFiscalYear, yearMentions } from "../refine/time-references.js";
import type { Draft, RefineContext } from "../refine/types.js";
import type { Segmenter } from "../segmenter.js";
import { LineIndex } from "../text/line-index.js";
import { buildMatchView, type MatchView } from "../text/match-view.js";
import type { ExtractResult, Fact } from "../types.js";
import { findCandidates, type Candidate, type Rejection } from "./candidates.js";
import { TITLE_CHARS, datelinesIn, findDocumentDates, findTitleYear } from "./document.js";
import { upperBound } from "../text/sorted.js";
import { WordBoundaries } from "./word-boundaries.js";

export interface ExtractOptions {
  /** Record every rejected match and lost candidate (for `extract explain`). */
  explain?: boolean;
  /**
   * The document's own date, for dates written without a year, when `text` is one piece of a
   * larger document (null: the document has none). Default: found in `text` itself.
   */
  documentDate?: Ymd | null;
  /**
   * The year of the period the document's title names, when `text` is one piece of a larger
   * document (null: none). Default: found in `text`'s first line.
   */
  /**
   * The date of the last dateline before `text` in its document (a later piece of a document cut
   * in several), null when there is none; absent: `text` is taken for a whole document.
   */
  datelineBefore?: Ymd | null;
  titleYear?: number | null;
  /**
   * The candidates for the period the article `text` continues opens with, read in the pieces of its
   * document before it (readArticles); absent: `text` starts its document or an article.
   */
  leadBefore?: readonly LeadCandidate[];
  /**
   * Whether `text` starts its document, so that its first line is the title, whose own figures
   * the title's year does not date. Default: true without `titleYear` (the text is taken for a
   * whole document), false with it (a later piece).
   */
  startsDocument?: boolean;
}

/** What `explain` shows: every candidate and why the losers lost. */
export interface Trace {
  /** The match view the candidates' offsets are in, and the way back to the original text's. */
  source: MatchView;
  winners: Candidate[];
  /** The facts, each with why its attributes were set. */
  drafts: Draft[];
  rejections: Rejection[];
  losses: Loss[];
  /** Candidates dropped as names or years, each with why (`after or before "หมู่ที่"`). */
  vetoed: Array<{ candidate: Candidate; reason: string }>;
  /** Words around a span, as the segmenter cut them. */
  wordsAround(start: number, end: number): string[];
}

/** The qualifier cues (กว่า, ประมาณ) a run of letters before a number may end with. */
function cuesBeforeNumber(rules: RuleSet): readonly string[] {
  return lexiconWords(rules.context.qualifierBefore);
}

/** Extracts the facts of one document: every rule's candidates, then the refine chain. */
export function extractFacts(text: string, rules: RuleSet, segmenter: Segmenter, options: ExtractOptions = {}): ExtractResult & { trace?: Trace } {
  // The engine works in view offsets; facts and subjects are cut from the original text.
  const source = buildMatchView(text);
  const { view } = source;
  const lines = new LineIndex(text);
  const boundaries = new WordBoundaries(view, segmenter, cuesBeforeNumber(rules));
  let documentDate: Ymd | undefined | null = options.documentDate === undefined ? null : options.documentDate ?? undefined;
  // The day the text is dated (its first full date), not a month named in passing: the news's year.
  let newsDay: Ymd | undefined;
  const findDate = (): Ymd | undefined => {
    if (documentDate === null) {
      const found = findDocumentDates(text, rules);
      documentDate = found.date ?? found.month;
      newsDay = found.date;
    }
    return documentDate;
  };
  // A day written without its year is read against its article's dateline (the last before it, in
  // this text or the pieces before it), as the refine chain dates figures (dateAt), else the
  // document's date: in a text of many articles the first date is an earlier article's.
  // The text's datelines are found once: for these days, and for the refine chain (dateAt, the articles' leads).
  let datelines: Array<{ start: number; date: Ymd }> | undefined;
  const findDatelines = (): Array<{ start: number; date: Ymd }> => (datelines ??= datelinesIn(view, rules, options.datelineBefore));
  let mentions: ReturnType<typeof yearMentions> | undefined;
  const dayAt = (offset: number): Ymd | undefined => {
    // Months in a bracket right after a year written (ปี 2563 (ม.ค.-ธ.ค.)) spell that year out: they are
    // read against its middle. Not a fiscal year's (ปีงบประมาณ 2565 (ต.ค.-ธ.ค.): its months run from the
    // October before, which a month range read against one year cannot say).
    const open = /\([ \t]*$/.exec(view.slice(Math.max(0, offset - 4), offset));
    if (open) {
      mentions ??= yearMentions(view, rules);
      const at = offset - open[0].length;
      const spelled = mentions[upperBound(mentions, at, (m) => m.end) - 1];
      if (spelled?.year !== undefined && /^[ \t]*$/.test(view.slice(spelled.end, at)) && !namesFiscalYear(view, spelled, rules)) {
        return { year: spelled.year, month: 7, day: 1 };
      }
    }
    const lines = findDatelines();
    const before = lines[upperBound(lines, offset - 1, (line) => line.start) - 1];
    return before?.date ?? options.datelineBefore ?? findDate();
  };
  let titleYear: number | undefined | null = options.titleYear === undefined ? null : options.titleYear ?? undefined;
  const findTitle = (): number | undefined => {
    if (titleYear === null) {
      findDate();
      titleYear = findTitleYear(text, rules, newsDay);
    }
    return titleYear;
  };
  const explain = options.explain ?? false;
  const rejections: Rejection[] | undefined = explain ? [] : undefined;
  const masks = maskSpans(view, rules);
  const candidates = findCandidates({ view, rules, boundaries, dates: { documentDate: findDate, dateAt: dayAt }, masks, ...(rejections ? { rejections } : {}) });

  const startsDocument = options.startsDocument ?? options.titleYear === undefined;
  const context: RefineContext = {
    text, view, source, lines, boundaries, rules, scopes: new Scopes(view), documentDate: findDate, titleYear: findTitle,
    titleEnd: startsDocument ? (view.indexOf("\n") + 1 || view.length) : 0,
    // A first line longer than a title is the article's first paragraph (an excerpt cut from a page):
    // its period may lead what follows.
    leads: new ArticleLeads(text, rules, startsDocument ? leadFrom(text) : 0,
      () => (context.datelines ?? []).map((line) => source.toOriginal(line.start)), options.leadBefore),
    datelines: findDatelines(), yearMentions: mentions ?? yearMentions(view, rules), timeReferences: [], warnings: [], explain, vetoed: [], losses: [],
    ...(options.datelineBefore ? { datelineBefore: options.datelineBefore } : {}),
  };
  const drafts = refine(context, candidates.map((c) => toDraft(c, text, source, lines)));
  const result: ExtractResult & { trace?: Trace } = { facts: drafts.map((d) => d.fact), warnings: context.warnings };
  if (explain) {
    result.trace = {
      source, winners: drafts.map((d) => d.candidate),
      drafts, rejections: rejections ?? [], losses: context.losses, vetoed: context.vetoed,
      wordsAround: (start, end) => boundaries.words(Math.max(0, start - 15), Math.min(view.length, end + 15))
        .map(([s, e]) => source.original(s, e)),
    };
  }
  return result;
}

/** A candidate and the fact begun from it: span, kind, value, unit; the chain sets the rest. */
function toDraft(c: Candidate, text: string, source: MatchView, lines: LineIndex): Draft {
  const start = source.toOriginal(c.start);
  const end = source.toOriginalEnd(c.end);
  const fact: Fact = {
    line: lines.lineOf(start), start, end, kind: c.rule.kind, value: c.value,
    target: false, text: text.slice(start, end), rule: c.rule.id,
  };
  if (c.rule.kind !== "date") {
    if (c.unit !== undefined) fact.unit = c.unit;
    if (c.valueMax !== undefined) fact.value_max = c.valueMax;
  }
  return { candidate: c, fact };
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

/** Where a document's first article starts: after its title, the first line, unless that line is too long to be one. */
function leadFrom(text: string): number {
  const end = text.indexOf("\n") + 1 || text.length;
  return end - 1 > TITLE_CHARS ? 0 : end;
}
