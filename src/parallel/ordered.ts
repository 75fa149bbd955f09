/**
 * Order-preserving concurrency: start work on items as they come, at most `limit` at a time,
 * and hand back the results in the order of the items, whatever order they finish in.
 */

/**
 * Maps `source` through `fn` with up to `limit` items started and not yet consumed, yielding
 * the results in source order. Memory is bounded by `limit` items and results (the reorder
 * buffer cannot grow past the window), and output flows as soon as the oldest item is done,
 * even while the source is waiting for more input.
 *
 * `fn` should not reject (return failures as values): a rejection surfaces when its turn comes.
 */
export async function* orderedMap<I, O>(source: AsyncIterable<I>, fn: (item: I) => Promise<O>, limit: number): AsyncGenerator<O> {
  if (!(limit >= 1)) throw new RangeError(`limit must be at least 1, got ${limit}`);
  const iterator = source[Symbol.asyncIterator]();
  const window: Array<Promise<O>> = [];
  let next: Promise<IteratorResult<I>> | undefined;
  let exhausted = false;
  try {
    for (;;) {
      while (!exhausted && window.length < limit) {
        if (!next) {
          next = iterator.next();
          next.catch(() => {}); // handled when awaited below; avoid an "unhandled rejection" meanwhile
        }
        const head = window[0];
        if (head) {
          // Keep the workers fed, but do not hold back a finished result while input stalls.
          const first = await Promise.race([next.then(() => "input" as const, () => "input" as const), head.then(() => "head" as const, () => "head" as const)]);
          if (first === "head") break;
        }
        const step = await next;
        next = undefined;
        if (step.done) {
          exhausted = true;
          break;
        }
        const result = fn(step.value);
        result.catch(() => {});
        window.push(result);
      }
      const head = window.shift();
      if (!head) return;
      yield await head;
    }
  } finally {
    // The consumer stopped early (or something threw): let the source close its files.
    if (!exhausted) await iterator.return?.();
  }
}
