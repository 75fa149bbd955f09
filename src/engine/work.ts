/**
 * The run's units of work, in input order: each document cut into pieces of whole lines (a cut
 * document's pieces given its date and title year: document-context.ts), and every message of
 * the readers kept in its place between them.
 */
import type { LeadCandidate, RuleSet, Ymd } from "../core/runtime.js";
import { DocumentContext } from "./document-context.js";
import type { SourceEntry } from "./events.js";
import { splitIntoPieces, type Piece } from "./pieces.js";
import type { ExtractRequest } from "./workers/protocol.js";

/** A reader's message that only needs to keep its place in the order. */
export interface MessageWork {
  kind: "message";
  entry: Exclude<SourceEntry, { kind: "document" } | { kind: "part" }>;
}

/** A piece of a document to extract. */
export interface PieceWork {
  kind: "piece";
  file: string;
  piece: Piece;
  /** Input bytes the piece stands for (its share of its document's). */
  bytes: number;
  /** The document's date (null: none). Absent: the piece is its whole document and finds it itself. */
  documentDate?: Ymd | null;
  /** The year its document's title names (null: none). Absent: as for `documentDate`. */
  titleYear?: number | null;
  /** The date of the last dateline before the piece in its document (null: none). Absent: as for `documentDate`. */
  datelineBefore?: Ymd | null;
  /** The candidates for the period the article the piece continues opens with. Absent: as for `documentDate`. */
  leadBefore?: readonly LeadCandidate[];
  /** Whether the piece is its document's last. */
  ends: boolean;
  /** Whether the document is cut into several pieces (failures then say where). */
  cut: boolean;
}

export type Work = MessageWork | PieceWork;

/**
 * Turns entries into work: documents (whole, or in parts) are cut into pieces of at most
 * `maxChars`; the pieces of a document cut in several get what it gives them.
 */
export async function* toWork(entries: AsyncIterable<SourceEntry>, maxChars: number, rules: RuleSet): AsyncGenerator<Work> {
  /** The document being read in several pieces, if any. */
  let context: DocumentContext<PieceWork> | undefined;
  /** Its last piece so far, held back until it is known whether more follow. */
  let held: PieceWork | undefined;
  /** What is still held of that document, its last piece marked as such. */
  const finish = function* (): Generator<Work> {
    const rest = context?.end() ?? [];
    context = undefined;
    for (const work of rest) {
      if (held) yield held;
      held = work;
    }
    if (held) yield { ...held, ends: true };
    held = undefined;
  };
  for await (const entry of entries) {
    if (entry.kind !== "document" && entry.kind !== "part") {
      yield { kind: "message", entry };
      continue;
    }
    const whole = entry.kind === "document";
    // A new document: whatever the last one left (its parts cut short by a read error) goes now.
    if (whole || entry.index === 0) yield* finish();
    const offset = whole ? 0 : entry.offset;
    const lines = whole ? 0 : entry.lines;
    const pieces = [...splitIntoPieces(entry.text, offset, lines, maxChars)];
    const bytes = whole ? (entry.bytes ?? entry.text.length) : entry.bytes;
    const share = (p: Piece): number => (entry.text.length === 0 ? bytes : Math.round((bytes * p.text.length) / entry.text.length));
    if (whole && pieces.length === 1) {
      yield { kind: "piece", file: entry.file, piece: pieces[0]!, bytes, ends: true, cut: false };
      continue;
    }
    context ??= new DocumentContext(rules);
    for (const piece of pieces) {
      // More of the document follows: the piece held back is not its last, and goes before
      // this one is read for what the pieces after it need.
      if (held) yield held;
      held = undefined;
      for (const work of context.push({ kind: "piece", file: entry.file, piece, bytes: share(piece), ends: false, cut: true })) {
        if (held) yield held;
        held = work;
      }
    }
    if (whole || entry.last) yield* finish();
  }
  yield* finish();
}

/** What a worker needs to extract a piece: its text and place, and what its document gives it. */
export function requestOf({ piece, file, documentDate, titleYear, datelineBefore, leadBefore }: PieceWork): Omit<ExtractRequest, "id"> {
  return {
    text: piece.text, offset: piece.offset, lines: piece.lines, file,
    ...(documentDate !== undefined ? { documentDate } : {}), ...(titleYear !== undefined ? { titleYear } : {}),
    ...(datelineBefore !== undefined ? { datelineBefore } : {}),
    ...(leadBefore !== undefined && leadBefore.length > 0 ? { leadBefore } : {}),
  };
}
