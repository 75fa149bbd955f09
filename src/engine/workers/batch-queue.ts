/**
 * The pool's queue of waiting requests (pool.ts), handed out in batches: a request and the
 * small ones after it, up to BATCH_CHARS of text and BATCH_REQUESTS requests, so that tens of
 * thousands of small documents cost a fraction of the messages. A request marked `alone` (its
 * batch failed as a whole) always goes in a batch of its own.
 */
import type { ExtractRequest } from "./protocol.js";

/**
 * Most text, in UTF-16 code units, sent to a worker in one batch (a bigger request goes alone):
 * two pieces of a large document (engine/pieces.ts), so that its answers are half as many
 * messages, each of which wakes the main thread, on a busy machine at the worker's expense.
 */
export const BATCH_CHARS = 128 * 1024;

/** Most requests in one batch. */
const BATCH_REQUESTS = 64;

/** What the queue needs of a waiting request. */
export interface Queued {
  request: ExtractRequest;
  /** Must run in a batch of its own. */
  alone: boolean;
}

export class BatchQueue<T extends Queued> {
  private readonly items: T[] = [];

  get length(): number {
    return this.items.length;
  }

  push(item: T): void {
    this.items.push(item);
  }

  /** Puts the requests of a batch that was sent but never started back in front, as they were. */
  returnUnstarted(batch: readonly T[]): void {
    this.items.unshift(...batch);
  }

  /** Puts the requests of a batch that failed as a whole back in front, each to run alone. */
  returnAlone(batch: readonly T[]): void {
    for (const item of batch) item.alone = true;
    this.items.unshift(...batch);
  }

  /** Empties the queue, returning what was in it. */
  drain(): T[] {
    return this.items.splice(0);
  }

  /** About how many batches the queue makes (nextBatch's limits: text, number, requests alone). */
  waitingBatches(): number {
    let chars = 0;
    let alone = 0;
    for (const item of this.items) {
      if (item.alone) alone++;
      else chars += item.request.text.length;
    }
    const together = this.items.length - alone;
    return alone + Math.max(Math.ceil(chars / BATCH_CHARS), Math.ceil(together / BATCH_REQUESTS));
  }

  /** The next request and the small ones after it, up to BATCH_CHARS of text; empty when none wait. */
  nextBatch(): T[] {
    const first = this.items.shift();
    if (!first) return [];
    const batch = [first];
    if (first.alone) return batch;
    let chars = first.request.text.length;
    for (let next = this.items[0]; next && !next.alone && batch.length < BATCH_REQUESTS && chars + next.request.text.length <= BATCH_CHARS; next = this.items[0]) {
      batch.push(this.items.shift()!);
      chars += next.request.text.length;
    }
    return batch;
  }
}
