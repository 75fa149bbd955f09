/**
 * What the pieces of a document cut in several need from the rest of it: the document's date
 * (for dates written without a year: its first full date that is no history, else its first month), the year of
 * the period its title names (from its first line), and the last dateline before each piece (a
 * text of many articles: each dates its own, as in a whole-document run). Both are found here, once per document, on
 * the thread that reads the document in order, and handed to every piece, its first included;
 * so are the candidates for the period the article a piece continues opens with (article-lead.ts):
 * no worker looks for them again. A document that is one piece needs none of this: its worker
 * finds them in the match view it builds anyway, and only if a figure asks.
 */
import { DocumentDateScan, compileForDocuments, findTitlePeriod, readArticles, reportedYear, type ArticleState, type LeadCandidate, type TitlePeriod, type RuleSet, type Ymd } from "../core/reading.js";
import type { Piece } from "./pieces.js";

/**
 * Most text held back while looking for a document's date. Pieces before the first full date
 * wait for it so that their yearless dates get the same year as in a whole-document run;
 * past this much (a huge file with no dated line), they go on without one.
 */
const DATE_HOLD_CHARS = 32 * 1024 * 1024;

/** A work item with what its document gives it (null: the document has none). */
export type InContext<T> = T & { documentDate: Ymd | null; titleYear: number | null; datelineBefore: Ymd | null; leadBefore: readonly LeadCandidate[] };

/**
 * Gives each piece of one document (work items carrying a Piece), in order, its document's date
 * and title year. `push` a piece and get back the pieces that can go now; `end` releases what is
 * still waiting when the document is over.
 */
export class DocumentContext<T extends { piece: Piece }> {
  private readonly scan: DocumentDateScan;
  private held: T[] = [];
  private heldChars = 0;
  /** The title's period, from the first piece (null: none); undefined until that piece is seen. */
  private titlePeriod: TitlePeriod | null | undefined;
  /**
   * The day of the last dateline in the pieces read so far (a text of many articles has many),
   * and the candidates for the period the article in progress opens with (article-lead.ts).
   */
  private article: ArticleState = { dateline: null, candidates: [] };
  /**
   * The last piece pushed, whose datelines are not read yet: only the piece after it needs
   * them, so the first piece goes out without waiting for its own to be read.
   */
  private unread: string | undefined;
  /** Whether the unread piece is the document's first, whose first line is the title. */
  private unreadFirst = true;
  /** The article state before each held piece, as it was when the piece was pushed. */
  private heldArticles: ArticleState[] = [];

  constructor(private readonly rules: RuleSet) {
    this.scan = new DocumentDateScan(rules);
    // The first piece waits for its title and date to be read, with patterns not yet compiled.
    compileForDocuments(rules);
  }

  push(piece: T): Array<InContext<T>> {
    if (this.titlePeriod === undefined) this.titlePeriod = findTitlePeriod(piece.piece.text, this.rules) ?? null;
    if (this.unread !== undefined) {
      this.article = readArticles(this.unread, this.rules, this.article, this.unreadFirst);
      this.unreadFirst = false;
    }
    const before = this.article;
    this.unread = piece.piece.text;
    if (!this.scan.done) {
      this.scan.read(piece.piece.text);
      if (!this.scan.done && this.heldChars + piece.piece.text.length <= DATE_HOLD_CHARS) {
        this.held.push(piece);
        this.heldArticles.push(before);
        this.heldChars += piece.piece.text.length;
        return [];
      }
    }
    return [...this.release(), this.inContext(piece, before)];
  }

  end(): Array<InContext<T>> {
    return this.release();
  }

  private inContext(piece: T, before: ArticleState): InContext<T> {
    const { date, month } = this.scan.dates;
    const documentDate = date ?? month;
    // As a whole-document run reads it (findTitleYear): not a period after the news's year.
    const title = reportedYear(this.titlePeriod ?? undefined, date) ?? null;
    return { ...piece, documentDate: documentDate ?? null, titleYear: title, datelineBefore: before.dateline, leadBefore: before.candidates };
  }

  private release(): Array<InContext<T>> {
    const out = this.held.map((p, i) => this.inContext(p, this.heldArticles[i]!));
    this.held = [];
    this.heldArticles = [];
    this.heldChars = 0;
    return out;
  }
}
