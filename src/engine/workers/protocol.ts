/**
 * The messages between the pool (main thread) and its extraction workers. Everything here
 * crosses a thread by structured clone, which copies plain data, Maps and RegExps (source and
 * flags): compiled rules are only that, so workers are given the main thread's compiled rules
 * and never parse YAML or compile a pattern themselves.
 */
import type { LeadCandidate, RuleSet, Warning, Ymd } from "../../core/runtime.js";
import type { OutputFact, TextFormat, WriterOptions } from "../../output/formats.js";

/** `workerData` of every worker. */
export interface WorkerSetup {
  /** The rules, compiled (and checked) by the main thread. */
  ruleSet: RuleSet;
  /**
   * When set, workers format their facts as output text, which is cheaper to send than the
   * facts themselves: the run decides which formats (engine/format-side.ts).
   */
  output?: { format: TextFormat; options: WriterOptions };
}

/** One piece of a document to extract facts from. */
export interface ExtractRequest {
  /** Set by the pool; echoed in the reply. */
  id: number;
  text: string;
  /** The document's name in the output. */
  file: string;
  /** UTF-16 offset of `text` in its document, and the lines before it: facts are shifted by them. */
  offset: number;
  lines: number;
  /**
   * The document's date, when `text` is a piece of a larger document (null: it has none), found
   * once by the run for all its pieces. Absent: found in `text` itself, as for a whole document.
   */
  documentDate?: Ymd | null;
  /**
   * The year of the period the document's title names, likewise (null: none); a piece at
   * `offset` 0 holds the title line itself. Absent: found in `text`.
   */
  titleYear?: number | null;
  /** The date of the last dateline before `text` in its document, likewise (null: none). Absent: none. */
  datelineBefore?: Ymd | null;
  /** The candidates for the period the article `text` continues opens with, read before it. Absent: none. */
  leadBefore?: readonly LeadCandidate[];
  /** Also trace how the text was read (`--explain`), as lines of text. */
  explain?: boolean;
  /**
   * The text is this rule's (by id) example or counterexample (`rules test`, `rules validate`):
   * the answer is exampleOutcome's, its facts, the masks that match and why the rule gave none.
   */
  example?: { rule: string; kind: "example" | "counterexample" };
}

/** The facts of one request, at document offsets. */
export interface ExtractResult {
  /** The facts, unless they were formatted into `text`. */
  facts: OutputFact[];
  /** The facts formatted as output, when the workers format. */
  text?: string;
  /** How many facts. */
  count: number;
  warnings: Warning[];
  /** The trace, formatted, when the request asked for it (a trace holds functions: it cannot cross threads). */
  explain?: string[];
  /** For an `example` request: the ids of the masks matching the text (a mask's case only). */
  masks?: string[];
  /** For an `example` request: why its rule gave no fact, when it gave none on an example. */
  why?: string;
}

/** One request's answer in a batch. */
export type BatchItem =
  | ({ kind: "done"; id: number } & ExtractResult)
  /** Request `id` threw: a bug, reported against that document only. */
  | { kind: "failed"; id: number; message: string };

/**
 * What a worker says. A worker is sent requests in batches (an array: small documents go
 * several to a message) and answers each batch with one message.
 */
export type WorkerReply =
  /** Rules compiled and wordcut loaded: the worker can take a batch (its clock starts now). */
  | { kind: "ready" }
  | { kind: "batch"; results: BatchItem[] };
