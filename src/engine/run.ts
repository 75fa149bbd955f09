/**
 * The engine: a run over the inputs, entries in, output and events out, in input order.
 *
 *   entries (io/) → work: pieces of whole lines, a cut document's given its date (work.ts)
 *     → extraction on worker threads, a bounded number in flight (workers/pool.ts)
 *     → results back in input order (ordered.ts) → text (format-side.ts) → sink
 *
 * Memory is bounded by the window of pieces in flight, not by the number or size of the
 * inputs; output bytes do not depend on the number of workers. Messages are events (events.ts)
 * in input order too, so what the caller prints of them is as deterministic as the output. No
 * option parsing, no styling, no stream of its own: that is the command line's (cli/).
 */
import type { RuleSet } from "../core/runtime.js";
import { bufferedSink } from "../io/buffered-sink.js";
import { isSkip } from "../io/codes.js";
import type { Sink } from "../io/sink.js";
import { openFactWriter, type Format, type OutputNote, type TextPiece, type WriterOptions } from "../output/formats.js";
import { DocumentSummaries } from "./document-summaries.js";
import type { RunEvent, SourceEntry, Tally } from "./events.js";
import { pieceFormatting } from "./format-side.js";
import { orderedMap } from "./ordered.js";
import { PIECE_CHARS, countLines } from "./pieces.js";
import { requestOf, toWork, type MessageWork, type PieceWork, type Work } from "./work.js";
import { WorkerPool, type ExtractOutcome } from "./workers/pool.js";
import type { SpareWorker } from "./workers/spare-worker.js";

export type { RunEvent, SourceEntry, Tally } from "./events.js";

export interface RunOptions {
  /** Worker threads (≥ 1). */
  jobs: number;
  /** Time budget per piece, in milliseconds (0: none). */
  timeoutMs: number;
  /** Explain how every document was read (workers format the trace, under the same time budget). */
  explain: boolean;
  format: Format;
  writerOptions: WriterOptions;
}

export interface RunContext {
  entries: AsyncIterable<SourceEntry>;
  ruleSet: RuleSet;
  /** Where the output goes; the caller opens and closes it. */
  sink: Sink;
  /** Told every event, in input order. */
  report(event: RunEvent): void;
  /** A worker thread started before the rules were read, to take as the first (the caller releases it). */
  spare?: SpareWorker;
}

type Done = MessageWork | { kind: "piece"; work: PieceWork; outcome: ExtractOutcome };

/**
 * What may be in flight per worker: about four pieces' worth of text (enough to keep it busy
 * while results are written, and for the pool to batch small documents), in at most 64 items.
 */
const WINDOW_CHARS_PER_JOB = 4 * PIECE_CHARS;
const WINDOW_ITEMS_PER_JOB = 64;

/**
 * Runs the extraction over `context.entries`, writing the whole output (from `begin` to the
 * writer's `finish`) to `context.sink` and reporting messages as events, in input order.
 */
export async function runExtraction(options: RunOptions, context: RunContext): Promise<Tally> {
  const { report } = context;
  const writer = await openFactWriter(options.format, options.writerOptions, context.sink);
  const formatting = pieceFormatting(options.format, options.writerOptions, writer);
  const tally: Tally = { documents: 0, facts: 0, warnings: 0, errors: 0, bytes: 0 };
  const summaries = new DocumentSummaries(writer);
  const sink = bufferedSink(context.sink);
  const note = async (n: OutputNote): Promise<void> => {
    const text = writer.note?.(n);
    if (text) await sink.write(text);
  };

  const pool = new WorkerPool({
    size: options.jobs, ruleSet: context.ruleSet, timeoutMs: options.timeoutMs,
    ...(formatting.workers ? { output: formatting.workers } : {}),
    ...(context.spare ? { spare: context.spare } : {}),
  });
  pool.prestart();
  const run = async (work: Work): Promise<Done> => {
    if (work.kind === "message") return work;
    return { kind: "piece", work, outcome: await pool.run({ ...requestOf(work), ...(options.explain ? { explain: true } : {}) }) };
  };

  /** A reader's warning or error, in its place. */
  const message = async ({ entry }: MessageWork): Promise<void> => {
    const line = "line" in entry ? entry.line : undefined;
    const s = summaries.of(entry.file);
    const skip = isSkip(entry.code);
    if (entry.kind === "error") {
      tally.errors++;
      report({ kind: "error", file: entry.file, code: entry.code, message: entry.message });
      report({ kind: "progress", files: 1, bytes: 0 });
      if (s) Object.assign(s, { status: "error", message: `${entry.code}: ${entry.message}` });
    } else {
      tally.warnings++;
      report({ kind: "warning", file: entry.file, ...(line !== undefined ? { line } : {}), code: entry.code, message: entry.message });
      if (skip) report({ kind: "progress", files: 1, bytes: 0 });
      if (s) s.warnings++;
      if (s && skip) Object.assign(s, { status: "skipped", message: `${entry.code}: ${entry.message}` });
    }
    await note({ level: entry.kind, file: entry.file, code: entry.code, message: entry.message, ...(line !== undefined ? { line } : {}) });
    // An error or a skip ends its input; a record's error (FILE:LINE) is its own row too.
    if (s && (entry.kind === "error" || skip)) summaries.done();
  };

  /** A piece's facts, or why it has none, in its place. */
  const piece = async (w: PieceWork, outcome: ExtractOutcome): Promise<void> => {
    tally.bytes += w.bytes;
    if (w.ends) tally.documents++;
    report({ kind: "progress", files: w.ends ? 1 : 0, bytes: w.bytes });
    const at = { file: w.file, text: w.piece.text, offset: w.piece.offset, lines: w.piece.lines, last: w.ends };
    const s = summaries.of(w.file);
    const from = w.cut ? { line: w.piece.lines + 1 } : {};
    if (outcome.kind === "failed") {
      tally.errors++;
      const lines = w.cut ? ` (lines ${w.piece.lines + 1}–${w.piece.lines + Math.max(1, linesIn(w.piece.text))} skipped)` : "";
      report({ kind: "error", file: w.file, ...from, code: outcome.code, message: `${outcome.message}${lines}` });
      await note({ level: "error", file: w.file, code: outcome.code, message: `${outcome.message}${lines}`, ...from, piece: { ...at, warnings: [] } });
      if (s) Object.assign(s, { status: "error", message: `${outcome.code}: ${outcome.message}${lines}` });
      if (s && w.ends) summaries.done();
      return;
    }
    if (s) {
      s.facts += outcome.count;
      s.warnings += outcome.warnings.length;
    }
    for (const x of outcome.warnings) {
      tally.warnings++;
      report({ kind: "warning", file: w.file, line: x.line, code: x.code, message: x.message });
    }
    tally.facts += outcome.count;
    if (outcome.explain) report({ kind: "explain", file: w.file, ...from, lines: outcome.explain });
    const textPiece: TextPiece = { ...at, warnings: outcome.warnings };
    await sink.write(formatting.text(outcome, textPiece));
    if (s && w.ends) summaries.done();
    await writer.drain?.();
  };

  try {
    // Inside the try: a sink that fails even this must not leave the pool's threads running.
    await context.sink.write(writer.begin());
    // Explain keeps documents whole, so that its offsets are the document's.
    const work = toWork(context.entries, options.explain ? Number.POSITIVE_INFINITY : PIECE_CHARS, context.ruleSet);
    const window = {
      limit: options.jobs * WINDOW_ITEMS_PER_JOB,
      weight: (w: Work) => (w.kind === "piece" ? w.piece.text.length : 0),
      maxWeight: options.jobs * WINDOW_CHARS_PER_JOB,
    };
    for await (const done of orderedMap(work, run, window)) {
      if (sink.closed) break; // the reader went away (e.g. `| head`): nothing left to do
      if (done.kind === "message") await message(done);
      else await piece(done.work, done.outcome);
    }
    summaries.done();
    await sink.flush();
  } finally {
    sink.discard();
    await pool.close();
  }
  await context.sink.write(writer.end());
  await writer.finish?.();
  return tally;
}

/** Lines in `text`, a last line without a line end counted. */
function linesIn(text: string): number {
  const ends = countLines(text);
  return text.endsWith("\n") ? ends : ends + 1;
}
