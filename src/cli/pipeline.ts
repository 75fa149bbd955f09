/**
 * The run over the inputs: entries in, facts out, in input order.
 *
 *   entries (io/) → pieces of whole lines, each with its document's date (parallel/pieces.ts)
 *     → extraction on worker threads, a bounded number in flight (parallel/pool.ts)
 *     → results back in input order (parallel/ordered.ts) → writer → sink
 *
 * Memory is bounded by the window of pieces in flight, not by the number or size of the
 * inputs; output bytes do not depend on the number of workers. Messages go through `say` in
 * input order too, so standard error is as deterministic as standard output.
 */
import type { RuleSet, Ymd } from "../core/index.js";
import type { InputEntry } from "../io/inputs.js";
import { bufferedSink } from "../io/buffered-sink.js";
import type { RecordEntry } from "../io/jsonl-input.js";
import type { Sink } from "../io/sink.js";
import type { DocumentSummary, FactWriter, Format, WriterOptions } from "../output/formats.js";
import { orderedMap } from "../parallel/ordered.js";
import { DocumentDates, PIECE_CHARS, splitIntoPieces, type Piece } from "../parallel/pieces.js";
import { WorkerPool, type ExtractOutcome } from "../parallel/pool.js";
import type { ExtractRequest } from "../parallel/protocol.js";
import { escapeControls, type StderrStyle } from "./style.js";

/** Anything the readers produce. */
export type SourceEntry = InputEntry | RecordEntry;

export interface PipelineOptions {
  /** Worker threads (≥ 1). */
  jobs: number;
  /** Time budget per piece, in milliseconds (0: none). */
  timeoutMs: number;
  /** Trace every document on stderr (workers format the trace, under the same time budget). */
  explain: boolean;
  /** Only errors on stderr. */
  quiet: boolean;
  /**
   * When set, workers format the facts of each piece themselves (a format whose batches format
   * apart; see formatsBatchesApart): this thread then only writes text, in order.
   */
  formatInWorkers?: { format: Exclude<Format, "json" | "xlsx">; options: WriterOptions };
}

export interface PipelineContext {
  entries: AsyncIterable<SourceEntry>;
  ruleSet: RuleSet;
  sink: Sink;
  writer: FactWriter;
  style: StderrStyle;
  /** Writes one message line to stderr (above the progress line, if any). */
  say(line: string): void;
  /** Told about every finished document or input, for the progress line. */
  advance?(files: number, bytes: number): void;
}

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

/** One unit of work, or a message that only needs to keep its place in the order. */
type Work =
  | { kind: "message"; entry: Exclude<SourceEntry, { kind: "document" } | { kind: "part" }> }
  | {
    kind: "piece"; file: string; piece: Piece; bytes: number;
    /** Absent: the piece is its whole document and finds its date itself. */
    documentDate?: Ymd | null;
    /** Absent: the piece starts its document and finds its title's year itself. */
    titleYear?: number | null;
    /** Whether the piece is its document's last. */
    ends: boolean;
    /** Whether the document is cut into several pieces (failures then say where). */
    cut: boolean;
  };

type Done =
  | Extract<Work, { kind: "message" }>
  | { kind: "piece"; work: Extract<Work, { kind: "piece" }>; outcome: ExtractOutcome };

/**
 * What may be in flight per worker: about four pieces' worth of text (enough to keep it busy
 * while results are written, and for the pool to batch small documents), in at most 64 items.
 */
const WINDOW_CHARS_PER_JOB = 4 * PIECE_CHARS;
const WINDOW_ITEMS_PER_JOB = 64;

/**
 * Turns entries into work: documents (whole, or in parts) are cut into pieces; the pieces of a
 * document cut in several get its date. `maxChars` is the piece size.
 */
async function* toWork(entries: AsyncIterable<SourceEntry>, maxChars: number, rules: RuleSet): AsyncGenerator<Work> {
  type PieceWork = Extract<Work, { kind: "piece" }>;
  /** The dates of the document being read in several pieces, if any. */
  let dates: DocumentDates<PieceWork> | undefined;
  /** Its last piece so far, held back until it is known whether more follow. */
  let held: PieceWork | undefined;
  /** What is still held of that document, its last piece marked as such. */
  const finish = function* (): Generator<Work> {
    const rest = dates?.end() ?? [];
    dates = undefined;
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
    dates ??= new DocumentDates(rules);
    for (const piece of pieces) {
      for (const work of dates.push({ kind: "piece", file: entry.file, piece, bytes: share(piece), ends: false, cut: true })) {
        if (held) yield held;
        held = work;
      }
    }
    if (whole || entry.last) yield* finish();
  }
  yield* finish();
}

/** Runs the extraction over `context.entries`, writing facts and messages in input order. */
export async function runPipeline(options: PipelineOptions, context: PipelineContext): Promise<Tally> {
  const { writer, style, say } = context;
  const sink = bufferedSink(context.sink);
  const tally: Tally = { documents: 0, facts: 0, warnings: 0, errors: 0, bytes: 0 };
  const warn = (file: string, line: number | undefined, code: string, message: string): void => {
    tally.warnings++;
    if (!options.quiet) say(style.warning(file, line, code, message));
  };

  const pool = new WorkerPool({
    size: options.jobs, ruleSet: context.ruleSet, timeoutMs: options.timeoutMs,
    ...(options.formatInWorkers ? { output: options.formatInWorkers } : {}),
  });
  pool.prestart();
  const run = async (work: Work): Promise<Done> => {
    if (work.kind === "message") return work;
    return { kind: "piece", work, outcome: await pool.run({ ...requestOf(work), ...(options.explain ? { explain: true } : {}) }) };
  };

  // Per-document counts for a writer that lists the documents (xlsx): the document being read.
  let current: DocumentSummary | undefined;
  const summary = (file: string): DocumentSummary => {
    if (current?.file !== file) {
      if (current) context.writer.document?.(current);
      current = { file, facts: 0, warnings: 0, status: "read" };
    }
    return current;
  };
  const documentDone = (): void => {
    if (current) context.writer.document?.(current);
    current = undefined;
  };

  try {
    // Explain keeps documents whole, so that its offsets are the document's.
    const work = toWork(context.entries, options.explain ? Number.POSITIVE_INFINITY : PIECE_CHARS, context.ruleSet);
    const window = {
      limit: options.jobs * WINDOW_ITEMS_PER_JOB,
      weight: (w: Work) => (w.kind === "piece" ? w.piece.text.length : 0),
      maxWeight: options.jobs * WINDOW_CHARS_PER_JOB,
    };
    for await (const done of orderedMap(work, run, window)) {
      if (sink.closed) break; // the reader went away (e.g. `| head`): nothing left to do
      if (done.kind === "message") {
        const { entry } = done;
        const line = "line" in entry ? entry.line : undefined;
        const s = writer.document ? summary(entry.file) : undefined;
        if (entry.kind === "error") {
          tally.errors++;
          say(style.error(entry.file, entry.message, entry.code));
          context.advance?.(1, 0);
          if (s) Object.assign(s, { status: "error", message: `${entry.code}: ${entry.message}` });
        } else {
          warn(entry.file, line, entry.code, entry.message);
          if (isSkip(entry.code)) context.advance?.(1, 0);
          if (s) s.warnings++;
          if (s && isSkip(entry.code)) Object.assign(s, { status: "skipped", message: `${entry.code}: ${entry.message}` });
        }
        const note = writer.note?.({ level: entry.kind, file: entry.file, code: entry.code, message: entry.message, ...(line !== undefined ? { line } : {}) });
        if (note) await sink.write(note);
        // An error or a skip ends its input; a record's error (FILE:LINE) is its own row too.
        if (s && (entry.kind === "error" || isSkip(entry.code))) documentDone();
        continue;
      }
      const { work: w, outcome } = done;
      tally.bytes += w.bytes;
      if (w.ends) tally.documents++;
      context.advance?.(w.ends ? 1 : 0, w.bytes);
      const piece = { file: w.file, text: w.piece.text, offset: w.piece.offset, lines: w.piece.lines, last: w.ends };
      const s = writer.document ? summary(w.file) : undefined;
      if (outcome.kind === "failed") {
        tally.errors++;
        const where = w.cut ? `${w.file}:${w.piece.lines + 1}` : w.file;
        const lines = w.cut ? ` (lines ${w.piece.lines + 1}–${w.piece.lines + Math.max(1, countLineEnds(w.piece.text))} skipped)` : "";
        say(style.error(where, `${outcome.message}${lines}`, outcome.code));
        const note = writer.note?.({
          level: "error", file: w.file, code: outcome.code, message: `${outcome.message}${lines}`,
          ...(w.cut ? { line: w.piece.lines + 1 } : {}), piece: { ...piece, warnings: [] },
        });
        if (note) await sink.write(note);
        if (s) Object.assign(s, { status: "error", message: `${outcome.code}: ${outcome.message}${lines}` });
        if (s && w.ends) documentDone();
        continue;
      }
      if (s) {
        s.facts += outcome.count;
        s.warnings += outcome.warnings.length;
      }
      for (const x of outcome.warnings) warn(w.file, x.line, x.code, x.message);
      tally.facts += outcome.count;
      if (outcome.explain) {
        say(style.dim(`explain ${escapeControls(w.file)}${w.cut ? ` from line ${w.piece.lines + 1}` : ""}:`));
        for (const line of outcome.explain) say(`  ${line}`);
      }
      await sink.write(outcome.text ?? writer.write(outcome.facts, { ...piece, warnings: outcome.warnings }));
      if (s && w.ends) documentDone();
      await writer.drain?.();
    }
    documentDone();
    await sink.flush();
  } finally {
    sink.discard();
    await pool.close();
  }
  return tally;
}

function countLineEnds(text: string): number {
  let n = 0;
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) n++;
  return text.endsWith("\n") ? n : n + 1;
}

/** What a worker needs to extract a piece: its text and place, and what its document gives it. */
function requestOf({ piece, file, documentDate, titleYear }: Extract<Work, { kind: "piece" }>): Omit<ExtractRequest, "id"> {
  return {
    text: piece.text, offset: piece.offset, lines: piece.lines, file,
    ...(documentDate !== undefined ? { documentDate } : {}), ...(titleYear !== undefined ? { titleYear } : {}),
  };
}

/** Whether a warning says an input was skipped whole (a binary file, this tool's own review page). */
function isSkip(code: string): boolean {
  return code === "BINARY_SKIPPED" || code === "OUTPUT_SKIPPED";
}
