/**
 * Cutting a document into pieces that can be extracted independently, and putting their facts
 * back together. The core's context never crosses a line, so a piece is a run of whole lines;
 * the only things a piece needs from the rest of its document are the document's date (for dates
 * written without a year), which is the first full date in the document, and the year of the
 * period its title names (for figures no reference of their own dates), from its first line.
 *
 * Offsets stay exact: a piece knows the UTF-16 offset and the number of lines that precede it,
 * and its facts and warnings are shifted by them (extract-piece.ts).
 */
import { findDocumentDates, findTitleYear, longLineCut, type RuleSet, type Ymd } from "../core/runtime.js";

/** A run of whole lines of a document. */
export interface Piece {
  text: string;
  /** UTF-16 offset of `text` in its document. */
  offset: number;
  /** Lines of the document before `text`. */
  lines: number;
}

/**
 * Most UTF-16 code units in a piece (~180 KB of Thai as UTF-8): small enough that several
 * workers share even one file evenly, and that a piece's text and most of what the core builds
 * for it die young in V8's heap (memory stays flat); large enough that the cost of a message
 * is nothing next to the work. A single longer line is cut at a space.
 */
export const PIECE_CHARS = 64 * 1024;

/** Cuts `text` (starting at `offset`, after `lines` lines of its document) into pieces of whole lines. */
export function* splitIntoPieces(text: string, offset = 0, lines = 0, maxChars = PIECE_CHARS): Generator<Piece> {
  let start = 0;
  while (text.length - start > maxChars) {
    // Cut after the last line end within the limit, or after the first one past it.
    let cut = text.lastIndexOf("\n", start + maxChars - 1);
    // A line longer than a piece (a 100 MB file without a newline) is cut after a space
    // instead (longLineCut): what reads context across the cut is only the subject and cue
    // words of the figures right at it; without a space at all, it is cut at the limit.
    if (cut < start) cut = longLineCut(text, start, maxChars) - 1;
    const piece = text.slice(start, cut + 1);
    yield { text: piece, offset: offset + start, lines };
    lines += countLines(piece);
    start = cut + 1;
  }
  if (start < text.length || start === 0) yield { text: start === 0 ? text : text.slice(start), offset: offset + start, lines };
}

/** Line ends (`\n`) in `text`. */
export function countLines(text: string): number {
  let n = 0;
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) n++;
  return n;
}

/**
 * Most text held back while looking for a document's date. Pieces before the first full date
 * wait for it so that their yearless dates get the same year as in a whole-document run;
 * past this much (a huge file with no dated line), they go on without one.
 */
export const DATE_HOLD_CHARS = 32 * 1024 * 1024;

/**
 * Gives each piece of one document (work items carrying a Piece) the document's date, in
 * order. `push` a piece and get back
 * the pieces that can go now, each with its date (null: the document has none, as far as
 * can be told); `end` releases what is still waiting when the document is over. A piece
 * whose document is all in that one piece needs no help: the core finds the date itself.
 */
export class DocumentDates<T extends { piece: Piece }> {
  private date: Ymd | undefined;
  /** The first month written with its year: the date when no piece has a full one. */
  private month: Ymd | undefined;
  private searching = true;
  private held: T[] = [];
  private heldChars = 0;
  /** The title's year, from the first piece (null: none); undefined until that piece is seen. */
  private titleYear: number | null | undefined;

  constructor(private readonly rules: RuleSet) {}

  push(piece: T): Array<Dated<T>> {
    if (this.titleYear === undefined) this.titleYear = findTitleYear(piece.piece.text, this.rules) ?? null;
    if (this.searching) {
      const found = findDocumentDates(piece.piece.text);
      this.month ??= found.month;
      if (found.date) {
        this.date = found.date;
        this.searching = false;
      } else if (this.heldChars + piece.piece.text.length <= DATE_HOLD_CHARS) {
        this.held.push(piece);
        this.heldChars += piece.piece.text.length;
        return [];
      }
    }
    return [...this.release(), this.dated(piece)];
  }

  end(): Array<Dated<T>> {
    return this.release();
  }

  /** A piece with what it needs from its document; the first piece finds its own title. */
  private dated(piece: T): Dated<T> {
    return { ...piece, documentDate: this.date ?? this.month ?? null, ...(piece.piece.offset > 0 ? { titleYear: this.titleYear ?? null } : {}) };
  }

  private release(): Array<Dated<T>> {
    const out = this.held.map((p) => this.dated(p));
    this.held = [];
    this.heldChars = 0;
    return out;
  }
}

/** A work item with its document's date and title year. */
export type Dated<T> = T & { documentDate: Ymd | null; titleYear?: number | null };
