/**
 * The period an article opens with. News names its period once (ในช่วงครึ่งแรกของปี 2568 …,
 * วันนี้ (30 กรกฎาคม 2566) …) and writes more paragraphs of it with none: a figure that nothing in
 * its paragraph dates takes the year of its article's first reference of the news's own time.
 *
 * Read from the text alone, a line at a time (linePeriods, datelineOf), so that the pieces of a
 * document cut in several get the same lead as a whole-document run: whoever reads the document
 * in order carries the candidates of the article in progress into the next piece.
 */
import type { Ymd } from "../dates/calendar.js";
import type { RuleSet } from "../rules/compile.js";
import { upperBound } from "../text/sorted.js";
import { startsArticle } from "../dates/date-values.js";
import { DATELINE_CHARS, datelineOf, isAhead, linePeriods } from "./document.js";

/** A reference that may lead its article: its year, whether it is a day, where it ends (-1: in a piece before). */
export interface LeadCandidate {
  year: number;
  day: boolean;
  end: number;
  /** A fiscal year's (LineReference.fiscal). */
  fiscal?: true;
}

/**
 * The most references of an article read for its lead: the first of the news's own time among
 * them leads. A bound, so that the candidates carried from piece to piece stay few.
 */
export const LEAD_CANDIDATES = 32;

/** Whether a candidate is of the news's own time: a period within a year of it, a day of its very year. */
export function ofNewsYear(candidate: LeadCandidate, newsYear: number | undefined): boolean {
  if (candidate.day) return candidate.year === newsYear;
  return newsYear === undefined || Math.abs(candidate.year - newsYear) <= 1;
}

/** The candidates one line adds after `from` (its offset in its text), day ranges left out: an event's dates. */
function lineCandidates(line: string, from: number, rules: RuleSet): LeadCandidate[] {
  // Only a line with a digit can name a year.
  if (!/[0-9๐-๙]/.test(line)) return [];
  return linePeriods(line, rules).filter((r) => r.what !== "days")
    .map((r) => ({ year: r.year, day: r.what === "day", end: from + r.end, ...(r.fiscal ? { fiscal: r.fiscal } : {}) }));
}

/** What a document read in order so far gives what follows: its last dateline, and the lead candidates of the article in progress. */
export interface ArticleState {
  dateline: Ymd | null;
  candidates: readonly LeadCandidate[];
}

/**
 * The state after `text` (whole lines), given the state before it: a dateline starts a new
 * article with no candidates. With `title`, the first line is the document's title, which leads
 * nothing (a dateline there is still one). With the dateline's year known, an article is read only
 * until a candidate of it leads. The candidates' ends are made -1: all are before what follows.
 */
export function readArticles(text: string, rules: RuleSet, before: ArticleState, title: boolean): ArticleState {
  let { dateline } = before;
  let candidates = before.candidates.slice();
  let settled = dateline !== null && candidates.some((c) => ofNewsYear(c, dateline!.year));
  const titleEnd = title ? text.indexOf("\n") + 1 || text.length : 0;
  for (let start = 0; start < text.length;) {
    const stop = text.indexOf("\n", start);
    const end = stop < 0 ? text.length : stop;
    const line = text.slice(start, end);
    const day = end - start <= DATELINE_CHARS ? datelineOf(line, rules.context.calendar) : undefined;
    if (day && startsArticle(line, day, dateline)) {
      dateline = day;
      if (start >= titleEnd) candidates = [];
      settled = false;
    } else if (start >= titleEnd && !settled && candidates.length < LEAD_CANDIDATES) {
      candidates.push(...lineCandidates(text.slice(start, end), start, rules).slice(0, LEAD_CANDIDATES - candidates.length));
      settled = dateline !== null && candidates.some((c) => ofNewsYear(c, dateline!.year));
    }
    start = end + 1;
  }
  return { dateline, candidates: candidates.map((c) => ({ ...c, end: -1 })) };
}

/** One article of a text: where its first line starts, and its candidates read so far. */
interface Article {
  from: number;
  candidates: LeadCandidate[];
  /** Where the next line to read starts; the article's end when all is read. */
  next: number;
  end: number;
}

/**
 * The leads of one text's articles, read only as far as figures ask. `titleEnd`: where the
 * text's first article starts when the text starts its document (after the title), else 0;
 * `datelines`: where the text's datelines start, asked for when a figure first needs a lead (the
 * refine chain has found them by then); `carried`: the candidates of the article the text
 * continues (a later piece of a document).
 */
export class ArticleLeads {
  private articles: Article[] | undefined;

  constructor(private readonly text: string, private readonly rules: RuleSet, private readonly titleEnd: number,
    private readonly datelines: () => readonly number[], private readonly carried: readonly LeadCandidate[] = []) {}

  /** The candidate leading the figure at `offset` (of the text), given the news's year there. */
  leadAt(offset: number, newsYear: number | undefined): LeadCandidate | undefined {
    const article = this.articleAt(offset);
    if (!article) return undefined;
    for (let i = 0; ; i++) {
      while (i >= article.candidates.length && article.candidates.length < LEAD_CANDIDATES && article.next < article.end) this.readLine(article);
      const candidate = article.candidates[i];
      if (!candidate || candidate.end > offset) return undefined;
      // One after the news's year (isAhead) is a forecast's or a plan's: an article that opens
      // with it (ภัยแล้ง ปี 2564 in a text of November 2563) names no period for the figures below.
      if (ofNewsYear(candidate, newsYear)) return isAhead(candidate, newsYear) ? undefined : candidate;
    }
  }

  private readLine(article: Article): void {
    const stop = this.text.indexOf("\n", article.next);
    const end = stop < 0 || stop > article.end ? article.end : stop;
    const found = lineCandidates(this.text.slice(article.next, end), article.next, this.rules);
    article.candidates.push(...found.slice(0, LEAD_CANDIDATES - article.candidates.length));
    article.next = end + 1;
  }

  /** The article holding `offset`: the last one starting at or before it, if it has not ended (a headline between articles is in none). */
  private articleAt(offset: number): Article | undefined {
    const articles = (this.articles ??= this.findArticles());
    const article = articles[upperBound(articles, offset, (a) => a.from) - 1];
    return article && offset < article.end ? article : undefined;
  }

  /** The text's articles: the first from `titleEnd` with the carried candidates, then one after each dateline. */
  private findArticles(): Article[] {
    const { text } = this;
    const starts: number[] = [this.titleEnd];
    const ends: number[] = [];
    for (const at of this.datelines()) {
      if (at < this.titleEnd) continue;
      const lineStart = text.lastIndexOf("\n", at - 1) + 1;
      const stop = text.indexOf("\n", at);
      // The line right before a dateline is its article's headline (a dump of many articles):
      // no part of the article before, which its figures are not of.
      ends.push(lineStart > 0 ? text.lastIndexOf("\n", lineStart - 2) + 1 : lineStart);
      starts.push(stop < 0 ? text.length : stop + 1);
    }
    ends.push(text.length);
    return starts.map((from, i) => ({ from, next: from, end: ends[i]!, candidates: i === 0 ? this.carried.slice(0, LEAD_CANDIDATES) : [] }));
  }
}
