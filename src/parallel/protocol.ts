/**
 * The messages between the pool (main thread) and its extraction workers. Everything here
 * crosses a thread by structured clone: plain data only. Compiled rules hold RegExps and
 * functions, so a worker gets the rule *sources* and compiles them itself.
 */
import type { Fact, RuleSource, Warning, Ymd } from "../core/index.js";

/** `workerData` of every worker. */
export interface WorkerSetup {
  /** The rule files, already checked by the main thread (they compile without diagnostics). */
  sources: RuleSource[];
}

/** One piece of text to extract facts from. */
export interface ExtractRequest {
  /** Set by the pool; echoed in the reply. */
  id: number;
  text: string;
  /**
   * The document's date, when `text` is a piece of a larger document (null: it has none).
   * Absent: found in `text` itself, as for a whole document.
   */
  documentDate?: Ymd | null;
}

/** What a worker says. */
export type WorkerReply =
  /** Rules compiled and wordcut loaded: the worker can take a request (its clock starts now). */
  | { kind: "ready" }
  /** Facts and warnings of request `id`, offsets relative to its text. */
  | { kind: "done"; id: number; facts: Fact[]; warnings: Warning[] }
  /** Request `id` threw: a bug, reported against that document only. */
  | { kind: "failed"; id: number; message: string };
