/**
 * The progress line on standard error: documents and bytes done, speed and time left, redrawn
 * in place. Shown only on a terminal, only when not --quiet, and only once a run has lasted a
 * second (a quick run shows nothing). Messages written while it is shown go above it.
 */
import type { Writable } from "node:stream";
import type { FsPath } from "../io/file-names.js";
import type { WalkSettings } from "../io/inputs.js";
import { measureInputs } from "../io/sizes.js";

export interface ProgressOptions {
  stream: Writable & { isTTY?: boolean; columns?: number };
  /** False: never draw (not a terminal, or --quiet). Messages still pass through `say`. */
  enabled: boolean;
  /** Milliseconds since some fixed point (tests pass a fake clock). */
  now?: () => number;
  /** How long a run goes before the line appears, in milliseconds. */
  delayMs?: number;
  /** Redraw period in milliseconds. */
  intervalMs?: number;
}

/** What is known of the whole run, when it is (a walk of the inputs finds it out). */
export interface ProgressTotals {
  /** Files to read; undefined when documents are not files (JSON Lines records). */
  files: number | undefined;
  /** Bytes on disk; undefined when some input has no known size (standard input). */
  bytes: number | undefined;
}

/** `1234567` → `1,234,567`. */
const grouped = (n: number): string => Math.round(n).toLocaleString("en-US");
const mb = (bytes: number): string => (bytes / 1e6).toFixed(1);

/** Seconds as `m:ss` or `h:mm:ss`. */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${ss}` : `${m}:${ss}`;
}

export class Progress {
  private readonly now: () => number;
  private readonly started: number;
  private files = 0;
  private bytes = 0;
  private totals: ProgressTotals | undefined;
  /** Whether the line is on the screen now. */
  private shown = false;
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(private readonly options: ProgressOptions) {
    this.now = options.now ?? (() => performance.now());
    this.started = this.now();
  }

  /** Starts the clock that draws the line (after `delayMs`). Timers never keep the process alive. */
  start(): void {
    if (!this.options.enabled || this.timer) return;
    this.timer = setTimeout(() => {
      this.tick();
      this.timer = setInterval(() => this.tick(), this.options.intervalMs ?? 200);
      this.timer.unref();
    }, this.options.delayMs ?? 1000);
    this.timer.unref();
  }

  setTotals(totals: ProgressTotals): void {
    this.totals = totals;
  }

  /** Counts a document (or an input that could not be read) as done, with its bytes. */
  advance(files: number, bytes: number): void {
    this.files += files;
    this.bytes += bytes;
  }

  /** Seconds since the run started. */
  elapsed(): number {
    return (this.now() - this.started) / 1000;
  }

  /** Bytes counted so far. */
  get bytesDone(): number {
    return this.bytes;
  }

  /** Writes a message line, above the progress line if it is shown. */
  say(line: string): void {
    const wasShown = this.shown;
    this.clear();
    this.options.stream.write(`${line}\n`);
    if (wasShown) this.draw();
  }

  /** Redraws the line if the run has lasted long enough. */
  tick(): void {
    if (!this.options.enabled || this.stopped) return;
    if (this.now() - this.started < (this.options.delayMs ?? 1000)) return;
    this.draw();
  }

  /** Removes the line for good. */
  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.clear();
  }

  /** The progress line's text (without terminal control codes). */
  render(): string {
    const seconds = this.elapsed();
    const rate = seconds > 0 ? this.bytes / seconds : 0;
    const total = this.totals;
    const parts = [
      total?.files !== undefined ? `${grouped(this.files)}/${grouped(total.files)} files` : `${grouped(this.files)} documents`,
      total?.bytes !== undefined ? `${mb(this.bytes)}/${mb(total.bytes)} MB` : `${mb(this.bytes)} MB`,
      `${(rate / 1e6).toFixed(1)} MB/s`,
    ];
    if (total?.bytes !== undefined && rate > 0) parts.push(`ETA ${formatDuration(Math.max(0, total.bytes - this.bytes) / rate)}`);
    const text = `extract: ${parts.join("  ")}`;
    // Some pseudo-terminals report 0 columns: take the usual 80 then.
    const columns = this.options.stream.columns ?? 0;
    const width = (columns > 0 ? columns : 80) - 1;
    if (total?.bytes === undefined || total.bytes <= 0) return text.slice(0, width);
    // A bar in whatever room is left.
    const room = width - text.length - 4;
    if (room < 10) return text.slice(0, width);
    const size = Math.min(room, 40);
    const filled = Math.min(size, Math.round((size * this.bytes) / total.bytes));
    return `${text}  [${"#".repeat(filled)}${"-".repeat(size - filled)}]`;
  }

  private draw(): void {
    // \r to the line start, the text, then erase whatever an older, longer line left.
    this.options.stream.write(`\r${this.render()}\u001b[K`);
    this.shown = true;
  }

  private clear(): void {
    if (!this.shown) return;
    this.options.stream.write("\r\u001b[K");
    this.shown = false;
  }
}

function plural(n: number, word: string): string {
  return `${grouped(n)} ${word}${n === 1 ? "" : "s"}`;
}

/** Seconds for the summary: `0.4 s`, `52.3 s`, `12:05`. */
function formatSeconds(seconds: number): string {
  return seconds < 100 ? `${seconds.toFixed(1)} s` : formatDuration(seconds);
}

/** The closing line: what was done, what went wrong, how long it took. */
export function formatSummary(t: { documents: number; facts: number; warnings: number; errors: number; bytes: number }, seconds: number): string {
  const speed = seconds >= 1 ? ` (${(t.bytes / 1e6 / seconds).toFixed(1)} MB/s)` : "";
  return `extract: ${plural(t.facts, "fact")} from ${plural(t.documents, "document")}`
    + `, ${plural(t.warnings, "warning")}, ${plural(t.errors, "error")} in ${formatSeconds(seconds)}${speed}`;
}

/**
 * A progress line for a run over `paths`, started: when it is enabled, the inputs are measured
 * beside the run (a stat per file, walking as the run reads: `walk`) to give it a total and a time left.
 */
export function startProgress(options: ProgressOptions & { paths: readonly FsPath[]; walk: WalkSettings; records?: boolean }): Progress {
  const progress = new Progress(options);
  if (options.enabled) {
    progress.start();
    // With JSON Lines, documents are records, not files: only the bytes have a total.
    measureInputs(options.paths, options.walk).then((t) => progress.setTotals(options.records === true ? { files: undefined, bytes: t.bytes } : t), () => {});
  }
  return progress;
}
