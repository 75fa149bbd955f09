/**
 * A pool of extraction worker threads with a time budget and a memory budget per worker.
 *
 * Requests wait in a queue; an idle worker takes the next one, together with the small ones
 * after it (batch-queue.ts): tens of thousands of small documents then cost a
 * fraction of the messages. Workers are started on demand, up to `size`, one per batch's worth
 * of waiting work, so a run over a few small files starts one. A busy worker is also sent the
 * batch after its own when no other worker would take it: it starts on that one as soon as it
 * is done, without waiting for this thread to hear of it and answer.
 *
 * - Time: a worker that takes longer than the budget on a batch (a user pattern that
 *   backtracks catastrophically, say) is terminated, which interrupts even a running regular
 *   expression. A single request is then answered with a TIMEOUT outcome; the requests of a
 *   larger batch go back to the front of the queue to run one at a time, each with the whole
 *   budget, so that only the document at fault fails. Fresh workers take over.
 * - Memory: V8 lets an isolate's heap grow to several times what it holds live before it
 *   collects, and a worker's live set is small (~20 MB: code, rules, the dictionary trie and
 *   its buffers), so each worker's old generation is capped: the heap stays near what
 *   it needs and a run's resident memory stays flat. A request that does need more (one enormous line) kills its
 *   worker with ERR_WORKER_OUT_OF_MEMORY; it is then retried once on a worker of its own
 *   without the cap, which ends when the request is done.
 *
 * Outcomes are values, never rejections: one bad document must not stop the others.
 */
import { Worker } from "node:worker_threads";
import type { RuleSet } from "../../core/runtime.js";
import { BatchQueue, type Queued } from "./batch-queue.js";
import type { BatchItem, ExtractRequest, ExtractResult, WorkerReply, WorkerSetup } from "./protocol.js";
import type { SpareWorker } from "./spare-worker.js";

/** What became of one request. */
export type ExtractOutcome =
  | ({ kind: "done" } & ExtractResult)
  /** TIMEOUT: over the time budget; WORKER_FAILED: the worker died or the core threw. */
  | { kind: "failed"; code: "TIMEOUT" | "WORKER_FAILED"; message: string };

export interface PoolOptions {
  /** Most workers running at once (≥ 1). */
  size: number;
  /** The compiled rules, copied to each worker. */
  ruleSet: RuleSet;
  /** Have workers format their facts (WorkerSetup.output). */
  output?: WorkerSetup["output"];
  /** Time budget of one request in milliseconds; 0 or Infinity for none. */
  timeoutMs: number;
  /** Old-generation cap of a worker's heap in MB (default HEAP_LIMIT_MB; 0 for none). */
  heapLimitMb?: number;
  /** The worker script (tests); defaults to worker.js beside this file. */
  workerUrl?: URL;
  /** A worker started before the rules were read, taken as the first one (not with heapLimitMb or workerUrl set). */
  spare?: SpareWorker;
}

/**
 * The default cap on a worker's old generation: several times a worker's live set (~20 MB once
 * the dictionary is loaded, plus the piece at hand), so collections stay rare.
 */
export const HEAP_LIMIT_MB = 128;

/**
 * Young generation of a worker, in MB: pieces are small and their garbage dies young, but what
 * one piece keeps while it is worked on (its candidates, facts, word marks) is several MB, and
 * with less room it is copied over and over by the scavenger before it dies.
 */
const YOUNG_GENERATION_MB = 16;

interface Pending extends Queued {
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
  /** The batch being worked on (empty when idle). */
  batch: Pending[];
  /** The batch sent to follow it (empty: none); its time starts when `batch` is answered. */
  next: Pending[];
  timer: NodeJS.Timeout | undefined;
  /** Set once the slot is given up (terminated, crashed): its late events are ignored. */
  gone: boolean;
}

/** This file is dist/engine/workers/pool.js once built; the worker is compiled beside it. */
export const WORKER_URL = new URL("./worker.js", import.meta.url);

/** A worker's heap limits: the old generation capped (at `limitMb`, 0: not) or not. */
export function workerResources(capped: boolean, limitMb = HEAP_LIMIT_MB): { maxOldGenerationSizeMb?: number; maxYoungGenerationSizeMb: number } {
  return capped && limitMb > 0 ? { maxOldGenerationSizeMb: limitMb, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } : { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB };
}

/** What the pool did, for tests and the curious. */
export interface PoolStats {
  workersStarted: number;
  batches: number;
  timeouts: number;
  outOfMemoryRetries: number;
  /** Batches that failed as a whole and were run again one request at a time. */
  batchesSplit: number;
}

const closedOutcome: ExtractOutcome = { kind: "failed", code: "WORKER_FAILED", message: "the pool was closed" };

export class WorkerPool {
  readonly stats: PoolStats = { workersStarted: 0, batches: 0, timeouts: 0, outOfMemoryRetries: 0, batchesSplit: 0 };
  private readonly slots: Slot[] = [];
  private readonly queue = new BatchQueue<Pending>();
  private nextId = 0;
  private closed = false;
  /** Set when a worker cannot even start: every request fails with it from then on. */
  private broken: Error | undefined;

  constructor(private readonly options: PoolOptions) {
    if (!(options.size >= 1)) throw new RangeError(`pool size must be at least 1, got ${options.size}`);
  }

  /** Extracts the facts of a piece; resolves when done, failed or over time. Never rejects. */
  run(piece: Omit<ExtractRequest, "id">): Promise<ExtractOutcome> {
    return new Promise((resolve) => {
      this.queue.push({ request: { id: this.nextId++, ...piece }, resolve, retried: false, alone: false });
      this.pump();
    });
  }

  /**
   * Starts one worker now, before the first request: its start-up (~0.1 s: loading the code
   * and the dictionary) then overlaps the reading of the first input. Idempotent.
   */
  prestart(): void {
    if (this.slots.length === 0 && !this.closed && !this.broken) this.spawn(true, undefined);
  }

  /** Stops every worker; requests still queued fail. */
  async close(): Promise<void> {
    this.closed = true;
    for (const pending of this.queue.drain()) pending.resolve(closedOutcome);
    await Promise.all(this.slots.splice(0).map((slot) => this.retire(slot)));
  }

  /** Hands queued requests to idle workers, starting workers while there are fewer than `size`. */
  private pump(): void {
    if (this.broken) {
      for (const pending of this.queue.drain()) pending.resolve({ kind: "failed", code: "WORKER_FAILED", message: this.broken.message });
      return;
    }
    const shared = this.slots.filter((s) => !s.dedicated);
    for (const slot of shared) {
      if (this.queue.length === 0) return;
      if (slot.ready && slot.batch.length === 0) this.assign(slot, this.queue.nextBatch());
    }
    // Another worker only for work the starting ones will not take: a run over a few small
    // files then starts one, which is done before a second would have loaded.
    let starting = shared.filter((s) => !s.ready).length;
    if (!this.closed && shared.length < this.options.size) {
      const waiting = this.queue.waitingBatches();
      for (let running = shared.length; waiting > starting && running < this.options.size; running++, starting++) {
        this.spawn(true, undefined);
      }
    }
    // What the starting workers will not take follows a busy worker's batch.
    for (const slot of shared) {
      if (this.queue.waitingBatches() <= starting) return;
      if (slot.ready && slot.batch.length > 0 && slot.next.length === 0) this.send(slot, this.queue.nextBatch());
    }
  }

  private assign(slot: Slot, batch: Pending[]): void {
    slot.batch = batch;
    this.send(slot, batch);
    this.startTimer(slot);
  }

  /** Posts a batch to the slot's worker, which works on its batches in the order sent. */
  private send(slot: Slot, batch: Pending[]): void {
    if (slot.batch !== batch) slot.next = batch;
    this.stats.batches++;
    slot.worker.postMessage(batch.map((p) => p.request));
  }

  /** The time budget of the slot's current batch, from now. */
  private startTimer(slot: Slot): void {
    const { timeoutMs } = this.options;
    if (timeoutMs > 0 && Number.isFinite(timeoutMs)) {
      slot.timer = setTimeout(() => {
        slot.timer = undefined;
        if (!this.splitBatch(slot)) {
          this.stats.timeouts++;
          this.finish(slot, { kind: "failed", code: "TIMEOUT", message: `took longer than ${formatSeconds(timeoutMs)} (--timeout): its worker was stopped and no facts are written for it` });
        }
        this.drop(slot);
      }, timeoutMs);
    }
  }

  /**
   * A batch of several requests failed as a whole (over time, out of memory, a crash): puts them
   * back at the front of the queue, each to run alone, so that only the one at fault fails.
   * False for a batch of one.
   */
  private splitBatch(slot: Slot): boolean {
    if (slot.batch.length <= 1) return false;
    this.stats.batchesSplit++;
    clearTimeout(slot.timer);
    slot.timer = undefined;
    this.queue.returnUnstarted(slot.next);
    slot.next = [];
    this.queue.returnAlone(slot.batch);
    slot.batch = [];
    return true;
  }

  private spawn(capped: boolean, dedicated: Pending | undefined): void {
    const setup: WorkerSetup = { ruleSet: this.options.ruleSet, ...(this.options.output ? { output: this.options.output } : {}) };
    const limit = this.options.heapLimitMb ?? HEAP_LIMIT_MB;
    const { spare, heapLimitMb, workerUrl } = this.options;
    const taken = capped && !dedicated && heapLimitMb === undefined && workerUrl === undefined ? spare?.take() : undefined;
    taken?.postMessage(setup);
    const worker = taken ?? new Worker(workerUrl ?? WORKER_URL, { workerData: setup, resourceLimits: workerResources(capped, limit) });
    this.stats.workersStarted++;
    const slot: Slot = { worker, ready: false, capped: capped && limit > 0, dedicated, batch: [], next: [], timer: undefined, gone: false };
    this.slots.push(slot);
    worker.on("message", (reply: WorkerReply) => {
      if (slot.gone) return;
      if (reply.kind === "ready") {
        slot.ready = true;
        if (slot.dedicated) this.assign(slot, [slot.dedicated]);
      } else {
        this.answer(slot, reply.results);
        if (slot.dedicated) this.drop(slot);
      }
      this.pump();
    });
    const died = (reason: string, error?: Error): void => {
      if (slot.gone) return;
      const [only, ...others] = slot.batch;
      if (!only && !slot.ready && !slot.dedicated) {
        // It never got as far as compiling the rules: a broken installation, not a bad document.
        this.broken = new Error(`a worker thread could not start: ${reason}`);
      }
      if (this.splitBatch(slot)) {
        this.drop(slot);
        return;
      }
      if ((error as NodeJS.ErrnoException | undefined)?.code === "ERR_WORKER_OUT_OF_MEMORY" && slot.capped && only && others.length === 0 && !only.retried) {
        // Not a broken document, a big one: once more, on a worker of its own without the cap.
        only.retried = true;
        this.stats.outOfMemoryRetries++;
        clearTimeout(slot.timer);
        slot.batch = [];
        this.drop(slot);
        this.spawn(false, only);
        return;
      }
      if (slot.dedicated && slot.batch.length === 0) slot.batch = [slot.dedicated];
      this.finish(slot, { kind: "failed", code: "WORKER_FAILED", message: `the worker thread stopped: ${reason}` });
      this.drop(slot);
    };
    worker.on("error", (error: Error) => died(error.message, error));
    worker.on("exit", (code) => died(`exit code ${code}`));
  }

  /** Resolves the slot's batch with the worker's results. */
  private answer(slot: Slot, results: BatchItem[]): void {
    clearTimeout(slot.timer);
    slot.timer = undefined;
    const byId = new Map(results.map((r) => [r.id, r]));
    for (const pending of slot.batch) {
      const result = byId.get(pending.request.id);
      if (result?.kind === "done") {
        const { kind: _, id: __, ...rest } = result;
        pending.resolve({ kind: "done", ...rest });
      } else {
        pending.resolve({ kind: "failed", code: "WORKER_FAILED", message: result?.message ?? "no answer from the worker" });
      }
    }
    slot.batch = slot.next;
    slot.next = [];
    if (slot.batch.length > 0) this.startTimer(slot);
  }

  /** Answers every request of the slot's batch with `outcome`. */
  private finish(slot: Slot, outcome: ExtractOutcome): void {
    clearTimeout(slot.timer);
    slot.timer = undefined;
    for (const pending of slot.batch) pending.resolve(outcome);
    slot.batch = [];
  }

  /**
   * Removes a slot (its worker terminated) and lets the queue move on, starting a replacement.
   * The batch sent to follow goes back to the front of the queue as it was: it never started.
   */
  private drop(slot: Slot): void {
    const index = this.slots.indexOf(slot);
    if (index >= 0) this.slots.splice(index, 1);
    this.queue.returnUnstarted(slot.next);
    slot.next = [];
    void this.retire(slot);
    this.pump();
  }

  private async retire(slot: Slot): Promise<void> {
    slot.gone = true;
    clearTimeout(slot.timer);
    // Resolving twice is a no-op: the dedicated request may or may not be in the batch.
    for (const pending of [...slot.batch, ...slot.next, slot.dedicated]) pending?.resolve(closedOutcome);
    slot.batch = [];
    slot.next = [];
    await slot.worker.terminate();
  }
}

function formatSeconds(ms: number): string {
  const s = ms / 1000;
  return `${Number.isInteger(s) ? s : s.toFixed(1)} s`;
}
