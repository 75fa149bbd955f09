/** The pool's queue: how waiting requests are grouped into batches. */
import { expect, test } from "vitest";
import { BATCH_CHARS, BatchQueue, type Queued } from "../src/engine/workers/batch-queue.js";

const request = (id: number, chars: number): Queued => ({ request: { id, text: "ก".repeat(chars), file: `f${id}`, offset: 0, lines: 0 }, alone: false });
const ids = (batch: Queued[]): number[] => batch.map((q) => q.request.id);

test("small requests go together up to BATCH_CHARS of text; a bigger one goes alone", () => {
  const queue = new BatchQueue<Queued>();
  const third = Math.floor(BATCH_CHARS / 3);
  for (let id = 0; id < 4; id++) queue.push(request(id, third));
  queue.push(request(4, BATCH_CHARS * 2));
  queue.push(request(5, 10));
  expect(queue.waitingBatches()).toBeGreaterThanOrEqual(3);
  expect(ids(queue.nextBatch())).toEqual([0, 1, 2]);
  expect(ids(queue.nextBatch())).toEqual([3]);
  expect(ids(queue.nextBatch())).toEqual([4]);
  expect(ids(queue.nextBatch())).toEqual([5]);
  expect(queue.nextBatch()).toEqual([]);
});

test("at most 64 requests in a batch, however small", () => {
  const queue = new BatchQueue<Queued>();
  for (let id = 0; id < 100; id++) queue.push(request(id, 1));
  expect(queue.waitingBatches()).toBe(2);
  expect(queue.nextBatch()).toHaveLength(64);
  expect(queue.nextBatch()).toHaveLength(36);
});

test("a failed batch comes back in front, each request alone", () => {
  const queue = new BatchQueue<Queued>();
  for (let id = 0; id < 3; id++) queue.push(request(id, 1));
  const batch = queue.nextBatch();
  queue.push(request(3, 1));
  queue.returnAlone(batch);
  expect(queue.waitingBatches()).toBe(4);
  expect(ids(queue.nextBatch())).toEqual([0]);
  expect(ids(queue.nextBatch())).toEqual([1]);
  expect(ids(queue.nextBatch())).toEqual([2]);
  expect(ids(queue.nextBatch())).toEqual([3]);
  expect(queue.drain()).toEqual([]);
});
