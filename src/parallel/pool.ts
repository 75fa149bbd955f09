/**
 * A pool of extraction worker threads with a time budget and a memory budget per worker.
 *
 * Requests wait in a queue and go to the first idle worker; workers are started on demand, up
 * to `size`, so a run over one small file starts one.
 *
 * - Time: a worker that takes longer than the budget on a request (a user pattern that
 *   backtracks catastrophically, say) is terminated, which interrupts even a running regular
 *   expression; its request is answered with a TIMEOUT outcome and the next request starts a
 *   fresh worker.
 * - Memory: V8 lets an isolate's heap grow to several times what it holds live before it
 *   collects, and a worker's live set is small (~30 MB, most of it wordcut's dictionary), so
 *   each worker's old generation is capped: the heap stays near what it needs and a run's
 *   resident memory stays flat. A request that does need more (one enormous line) kills its
 *   worker with ERR_WORKER_OUT_OF_MEMORY; it is then retried once on a worker of its own
 *   without the cap, which ends when the request is done.
 *
 * Outcomes are values, never rejections: one bad document must not stop the others.
 */
import { Worker } from "node:worker_threads";
import type { Fact, RuleSource, Warning, Ymd } from "../core/index.js";
import type { ExtractRequest, WorkerReply, WorkerSetup } from "./protocol.js";

/** What became of one request. */
export type ExtractOutcome =
  | { kind: "done"; facts: Fact[]; warnings: Warning[] }
  /** TIMEOUT: over the time budget; WORKER_FAILED: the worker died or the core threw. */
  | { kind: "failed"; code: "TIMEOUT" | "WORKER_FAILED"; message: string };

export interface PoolOptions {
  /** Most workers running at once (≥ 1). */
  size: number;
  /** The rule files, already checked: each worker compiles them. */
  sources: RuleSource[];
  /** Time budget of one request in milliseconds; 0 or Infinity for none. */
  timeoutMs: number;
  /** Old-generation cap of a worker's heap in MB (default HEAP_LIMIT_MB; 0 for none). */
  heapLimitMb?: number;
  /** The worker script (tests); defaults to worker.js beside this file. */
  workerUrl?: URL;
}

/**
 * The default cap on a worker's old generation: about four times a worker's live set while it
 * works on ordinary pieces, so collections stay rare; a bare worker needs ~55 MB to start.
 */
export const HEAP_LIMIT_MB = 128;

/** Young generation of a worker, in MB: pieces are small and their garbage dies young. */
const YOUNG_GENERATION_MB = 8;

interface Pending {
  request: ExtractRequest;
  resolve(outcome: ExtractOutcome): void;
  /** Already retried on an uncapped worker after running out of memory. */
  retried: boolean;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  /** Whether the worker's heap is capped. */
  capped: boolean;
  /** For a worker started for one request (an out-of-memory retry): that request; it ends after. */
  dedicated: Pending | undefined;
  /** The request being worked on. */
  current: Pending | undefined;
  timer: NodeJS.Timeout | undefined;
  /** Set once the slot is given up (terminated, crashed): its late events are ignored. */
  gone: boolean;
}

/** This file is dist/parallel/pool.js once built; the worker is compiled beside it. */
const WORKER_URL = new URL("./worker.js", import.meta.url);

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 0;
  private closed = false;
  /** Set when a worker cannot even start: every request fails with it from then on. */
  private broken: Error | undefined;

  constructor(private readonly options: PoolOptions) {
    if (!(options.size >= 1)) throw new RangeError(`pool size must be at least 1, got ${options.size}`);
  }

  /** Extracts the facts of `text`; resolves when done, failed or over time. Never rejects. */
  run(text: string, documentDate?: Ymd | null): Promise<ExtractOutcome> {
    return new Promise((resolve) => {
      const request: ExtractRequest = { id: this.nextId++, text, ...(documentDate !== undefined ? { documentDate } : {}) };
      this.queue.push({ request, resolve, retried: false });
      this.pump();
    });
  }

  /** Stops every worker; requests still queued fail. */
  async close(): Promise<void> {
    this.closed = true;
    for (const pending of this.queue.splice(0)) pending.resolve({ kind: "failed", code: "WORKER_FAILED", message: "the pool was closed" });
    await Promise.all(this.slots.splice(0).map((slot) => this.retire(slot)));
  }

  /** Hands queued requests to idle workers, starting workers while there are fewer than `size`. */
  private pump(): void {
    if (this.broken) {
      for (const pending of this.queue.splice(0)) pending.resolve({ kind: "failed", code: "WORKER_FAILED", message: this.broken.message });
      return;
    }
    const shared = this.slots.filter((s) => !s.dedicated);
    for (const slot of shared) {
      if (this.queue.length === 0) return;
      if (slot.ready && !slot.current) this.assign(slot, this.queue.shift()!);
    }
    let starting = shared.filter((s) => !s.ready).length;
    for (let running = shared.length; !this.closed && this.queue.length > starting && running < this.options.size; running++, starting++) {
      this.spawn(true, undefined);
    }
  }

  private assign(slot: Slot, pending: Pending): void {
    slot.current = pending;
    const { timeoutMs } = this.options;
    if (timeoutMs > 0 && Number.isFinite(timeoutMs)) {
      slot.timer = setTimeout(() => {
        this.finish(slot, { kind: "failed", code: "TIMEOUT", message: `took longer than ${formatSeconds(timeoutMs)} (--timeout): its worker was stopped and no facts are written for it` });
        this.drop(slot);
      }, timeoutMs);
    }
    slot.worker.postMessage(pending.request);
  }

  private spawn(capped: boolean, dedicated: Pending | undefined): void {
    const setup: WorkerSetup = { sources: this.options.sources };
    const limit = this.options.heapLimitMb ?? HEAP_LIMIT_MB;
    const worker = new Worker(this.options.workerUrl ?? WORKER_URL, {
      workerData: setup,
      resourceLimits: capped && limit > 0 ? { maxOldGenerationSizeMb: limit, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } : { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    });
    const slot: Slot = { worker, ready: false, capped: capped && limit > 0, dedicated, current: undefined, timer: undefined, gone: false };
    this.slots.push(slot);
    worker.on("message", (reply: WorkerReply) => {
      if (slot.gone) return;
      if (reply.kind === "ready") {
        slot.ready = true;
        if (slot.dedicated) this.assign(slot, slot.dedicated);
      } else if (slot.current?.request.id === reply.id) {
        this.finish(slot, reply.kind === "done"
          ? { kind: "done", facts: reply.facts, warnings: reply.warnings }
          : { kind: "failed", code: "WORKER_FAILED", message: reply.message });
        if (slot.dedicated) this.drop(slot);
      }
      this.pump();
    });
    const died = (reason: string, error?: Error): void => {
      if (slot.gone) return;
      const pending = slot.current;
      if ((error as NodeJS.ErrnoException | undefined)?.code === "ERR_WORKER_OUT_OF_MEMORY" && slot.capped && pending && !pending.retried) {
        // Not a broken document, a big one: once more, on a worker of its own without the cap.
        pending.retried = true;
        clearTimeout(slot.timer);
        slot.current = undefined;
        this.drop(slot);
        this.spawn(false, pending);
        return;
      }
      if (!slot.ready && !pending && !slot.dedicated) {
        // It never got as far as compiling the rules: a broken installation, not a bad document.
        this.broken = new Error(`a worker thread could not start: ${reason}`);
      }
      if (slot.dedicated && !pending) slot.current = slot.dedicated;
      this.finish(slot, { kind: "failed", code: "WORKER_FAILED", message: `the worker thread stopped: ${reason}` });
      this.drop(slot);
    };
    worker.on("error", (error: Error) => died(error.message, error));
    worker.on("exit", (code) => died(`exit code ${code}`));
  }

  /** Answers the slot's current request, if any. */
  private finish(slot: Slot, outcome: ExtractOutcome): void {
    clearTimeout(slot.timer);
    slot.timer = undefined;
    const pending = slot.current;
    slot.current = undefined;
    pending?.resolve(outcome);
  }

  /** Removes a slot (its worker terminated) and lets the queue move on, starting a replacement. */
  private drop(slot: Slot): void {
    const index = this.slots.indexOf(slot);
    if (index >= 0) this.slots.splice(index, 1);
    void this.retire(slot);
    this.pump();
  }

  private async retire(slot: Slot): Promise<void> {
    slot.gone = true;
    clearTimeout(slot.timer);
    // Resolving twice is a no-op: the dedicated request may or may not be the current one.
    for (const pending of [slot.current, slot.dedicated]) pending?.resolve({ kind: "failed", code: "WORKER_FAILED", message: "the pool was closed" });
    slot.current = undefined;
    await slot.worker.terminate();
  }
}

function formatSeconds(ms: number): string {
  const s = ms / 1000;
  return `${Number.isInteger(s) ? s : s.toFixed(1)} s`;
}
