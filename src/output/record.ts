/**
 * The output record shared by every format: a core Fact plus the document it came from, and
 * the one field order all formats follow (FACTS.md). Kept apart from the format modules so
 * that csv.ts and json.ts share it without importing each other or the format factory.
 */
import type { Fact, Warning } from "../core/runtime.js";

/** One fact as written out: the core's Fact plus `file` (a path as shown to the user, or `-`). */
export type OutputFact = Fact & { file: string };

/** Every output field, in output order: CSV columns and JSON key order alike. */
export const FIELDS = [
  "file", "line", "start", "end", "kind", "value", "unit", "qualifier", "value_max",
  "target", "year", "subject", "text", "rule", "year_implied", "change",
] as const satisfies ReadonlyArray<keyof OutputFact>;

export type Field = (typeof FIELDS)[number];

/** The text a batch of facts was found in: a run of whole lines of one document. */
export interface TextPiece {
  /** The document's name, as in `OutputFact.file`. */
  file: string;
  text: string;
  /** UTF-16 offset of `text` in its document (0: its first piece), and the lines before it. */
  offset: number;
  lines: number;
  /** Whether it is its document's last piece. */
  last: boolean;
  /** What extraction found wrong in it (a weekday that contradicts its date), at document offsets. */
  warnings: readonly Warning[];
}

/**
 * A message that keeps its place among the documents: an input's warning or error (a file not
 * found, bytes replaced, a binary file skipped), or a piece whose extraction failed.
 */
export interface OutputNote {
  level: "warning" | "error";
  file: string;
  /** 1-based line, when the message has one. */
  line?: number;
  code: string;
  message: string;
  /** A piece that could not be extracted (over time, a failed worker): its text, without facts. */
  piece?: TextPiece;
}

/**
 * Turns facts into output text, document by document, so that output can be written while
 * later documents are still being read. Each method returns the text to append (maybe "");
 * the caller owns the destination. Call `begin` once, `write` once per piece of a document
 * (in order, the piece given), `note` for each message in its place, `end` once.
 * Formats of facts alone (CSV, JSON) ignore the piece and have no `note`.
 */
export interface FactWriter {
  begin(): string;
  write(facts: readonly OutputFact[], piece?: TextPiece): string;
  note?(note: OutputNote): string;
  end(): string;
  /**
   * Told of every input once it is done with (read, skipped or failed), in input order: for
   * formats that list the documents (xlsx's second sheet). Text formats leave it out.
   */
  document?(summary: DocumentSummary): void;
  /**
   * Resolves once the writer's own output (a writer that writes its bytes itself, as xlsx
   * does) has caught up: the run waits on it between documents, so memory stays flat.
   */
  drain?(): Promise<void>;
  /** Finishes such a writer's output after `end`; the run closes the sink only then. */
  finish?(): Promise<void>;
}

/** One input as the documents list shows it. */
export interface DocumentSummary {
  /** As in the facts' `file` column. */
  file: string;
  facts: number;
  warnings: number;
  /** `read`; `skipped` (binary or another office format, met in a directory); `error` (unreadable, or extraction failed). */
  status: "read" | "skipped" | "error";
  /** The error's or the skip's message. */
  message?: string;
}
