/**
 * What a run tells its caller, as data: the engine decides nothing about how a message looks or
 * whether it is shown (the command line renders them, and drops warnings under `--quiet`).
 */
import type { InputEntry } from "../io/inputs.js";
import type { RecordEntry } from "../io/jsonl-input.js";

/** Anything the readers produce: documents, parts of large ones, records, and their messages. */
export type SourceEntry = InputEntry | RecordEntry;

/** One thing the run has to say, in input order. */
export type RunEvent =
  /** A problem that did not stop the run (an input's or a document's); `line` 1-based. */
  | { kind: "warning"; file: string; line?: number; code: string; message: string }
  /**
   * An input that could not be read or used, or a piece whose extraction failed; `line`: where
   * that piece starts, when its document was cut into several.
   */
  | { kind: "error"; file: string; line?: number; code: string; message: string }
  /** How a document was read (`--explain`), as lines of text; `line`: where the piece starts, when cut. */
  | { kind: "explain"; file: string; line?: number; lines: readonly string[] }
  /** Inputs finished and bytes read since the last such event, for a progress line. */
  | { kind: "progress"; files: number; bytes: number };

/** Counts for the closing summary and the exit status. */
export interface Tally {
  documents: number;
  facts: number;
  warnings: number;
  /** Inputs that could not be read, records that could not be used, pieces that failed. */
  errors: number;
  /** Bytes of input read. */
  bytes: number;
}
