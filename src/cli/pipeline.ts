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
import { wordcutSegmenter } from "../adapters/wordcut.js";
import { extractFacts, type RuleSet, type RuleSource, type Warning, type Ymd } from "../core/index.js";
import type { InputEntry } from "../io/inputs.js";
import type { RecordEntry } from "../io/jsonl-input.js";
import type { Sink } from "../io/sink.js";
import type { FactWriter, OutputFact } from "../output/formats.js";
import { orderedMap } from "../parallel/ordered.js";
import { DocumentDates, PIECE_CHARS, shiftFacts, shiftWarnings, splitIntoPieces, type Piece } from "../parallel/pieces.js";
import { WorkerPool, type ExtractOutcome } from "../parallel/pool.js";
import { formatTrace } from "./explain.js";
import type { StderrStyle } from "./style.js";

/** Anything the readers produce. */
export type SourceEntry = InputEntry | RecordEntry;

export interface PipelineOptions {
  /** Worker threads (≥ 1). */
  jobs: number;
  /** Time budget per piece, in milliseconds (0: none). */
  timeoutMs: number;
  /** Trace every document on stderr; runs in this thread (a trace does not cross threads). */
  explain: boolean;
  /** Only errors on stderr. */
  quiet: boolean;
}

export interface PipelineContext {
  entries: AsyncIterable<SourceEntry>;
  sources: RuleSource[];
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
    /** Whether the piece is its document's last. */
    ends: boolean;
    /** Whether the document is cut into several pieces (failures then say where). */
    cut: boolean;
  };

type Done =
  | Extract<Work, { kind: "message" }>
  | { kind: "piece"; work: Extract<Work, { kind: "piece" }>; outcome: ExtractOutcome; explain?: string[] };

/** How many pieces may be in flight per worker: enough to keep each busy while results are written. */
const WINDOW_PER_JOB = 4;

/**
 * Turns entries into work: documents (whole, or in parts) are cut into pieces; the pieces of a
 * document cut in several get its date. `maxChars` is the piece size.
 */
async function* toWork(entries: AsyncIterable<SourceEntry>, maxChars: number): AsyncGenerator<Work> {
  let dates: DocumentDates<Extract<Work, { kind: "piece" }>> | undefined;
  /** The last piece of the current document, held back until it is known whether more follow. */
  let held: Extract<Work, { kind: "piece" }> | undefined;
  for await (const entry of entries) {
    if (entry.kind !== "document" && entry.kind !== "part") {
      yield { kind: "message", entry };
      continue;
    }
    const whole = entry.kind === "document";
    const offset = whole ? 0 : entry.offset;
    const lines = whole ? 0 : entry.lines;
    const pieces = [...splitIntoPieces(entry.text, offset, lines, maxChars)];
    const bytes = whole ? (entry.bytes ?? entry.text.length) : entry.bytes;
    const share = (p: Piece): number => (entry.text.length === 0 ? bytes : Math.round((bytes * p.text.length) / entry.text.length));
    if (whole && pieces.length === 1) {
      yield { kind: "piece", file: entry.file, piece: pieces[0]!, bytes, ends: true, cut: false };
      continue;
    }
    if (whole || entry.index === 0) dates = new DocumentDates();
    const ready = pieces.flatMap((piece) => dates!.push({ kind: "piece", file: entry.file, piece, bytes: share(piece), ends: false, cut: true }));
    if (whole || entry.last) ready.push(...dates!.end());
    for (const work of ready) {
      if (held) yield held;
      held = work;
    }
    if ((whole || entry.last) && held) {
      yield { ...held, ends: true };
      held = undefined;
    }
  }
}

/** Runs the extraction over `context.entries`, writing facts and messages in input order. */
export async function runPipeline(options: PipelineOptions, context: PipelineContext): Promise<Tally> {
  const { sink, writer, style, say } = context;
  const tally: Tally = { documents: 0, facts: 0, warnings: 0, errors: 0, bytes: 0 };
  const warn = (file: string, line: number | undefined, code: string, message: string): void => {
    tally.warnings++;
    if (!options.quiet) say(style.warning(file, line, code, message));
  };

  const extract = options.explain ? inProcess(context.ruleSet) : undefined;
  const pool = extract ? undefined : new WorkerPool({ size: options.jobs, sources: context.sources, timeoutMs: options.timeoutMs });
  const run = async (work: Work): Promise<Done> => {
    if (work.kind === "message") return work;
    if (extract) return { kind: "piece", work, ...extract(work) };
    return { kind: "piece", work, outcome: await pool!.run(work.piece.text, work.documentDate) };
  };

  try {
    // Explain keeps documents whole, so that its offsets are the document's.
    const work = toWork(context.entries, options.explain ? Number.POSITIVE_INFINITY : PIECE_CHARS);
    for await (const done of orderedMap(work, run, options.jobs * WINDOW_PER_JOB)) {
      if (sink.closed) break; // the reader went away (e.g. `| head`): nothing left to do
      if (done.kind === "message") {
        const { entry } = done;
        if (entry.kind === "error") {
          tally.errors++;
          say(style.error(entry.file, entry.message, entry.code));
          context.advance?.(1, 0);
        } else {
          warn(entry.file, "line" in entry ? entry.line : undefined, entry.code, entry.message);
          if (entry.code === "BINARY_SKIPPED") context.advance?.(1, 0);
        }
        continue;
      }
      const { work: w, outcome } = done;
      tally.bytes += w.bytes;
      if (w.ends) tally.documents++;
      context.advance?.(w.ends ? 1 : 0, w.bytes);
      if (outcome.kind === "failed") {
        tally.errors++;
        const where = w.cut ? `${w.file}:${w.piece.lines + 1}` : w.file;
        const lines = w.cut ? ` (lines ${w.piece.lines + 1}–${w.piece.lines + Math.max(1, countLineEnds(w.piece.text))} skipped)` : "";
        say(style.error(where, `${outcome.message}${lines}`, outcome.code));
        continue;
      }
      for (const x of shiftWarnings(outcome.warnings, w.piece)) warn(w.file, x.line, x.code, x.message);
      const rows: OutputFact[] = shiftFacts(outcome.facts, w.piece).map((fact) => ({ ...fact, file: w.file }));
      tally.facts += rows.length;
      if (done.explain) {
        say(style.dim(`explain ${w.file}:`));
        for (const line of done.explain) say(`  ${line}`);
      }
      await sink.write(writer.write(rows));
    }
  } finally {
    await pool?.close();
  }
  return tally;
}

function countLineEnds(text: string): number {
  let n = 0;
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) n++;
  return text.endsWith("\n") ? n : n + 1;
}

/** Extraction in this thread, with the trace `--explain` prints. */
function inProcess(ruleSet: RuleSet): (work: Extract<Work, { kind: "piece" }>) => { outcome: ExtractOutcome; explain: string[] } {
  const segmenter = wordcutSegmenter(ruleSet.words);
  return (work) => {
    const { text } = work.piece;
    const result = extractFacts(text, ruleSet, segmenter, { explain: true, ...(work.documentDate !== undefined ? { documentDate: work.documentDate } : {}) });
    const warnings: Warning[] = result.warnings;
    return { outcome: { kind: "done", facts: result.facts, warnings }, explain: result.trace ? formatTrace(text, result.trace) : [] };
  };
}
