/**
 * Cutting a document into pieces that can be extracted independently, and putting their facts
 * back together. A piece is a run of whole lines: what the core reads across lines (a title's
 * period, the last dateline, the period an article opens with) is given to it from the rest of
 * its document (document-context.ts).
 *
 * Offsets stay exact: a piece knows the UTF-16 offset and the number of lines that precede it,
 * and its facts and warnings are shifted by them (workers/extract-piece.ts).
 */
import { longLineCut } from "../core/reading.js";

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
