/**
 * Order-preserving concurrency: start work on items as they come, a bounded amount at a time,
 * and hand back the results in the order of the items, whatever order they finish in.
 */

/** How much may be in flight. */
export interface Window<I> {
  /** Most items started and not yet consumed (≥ 1). */
  limit: number;
  /** An item's size (text length, say); with `maxWeight`, bounds what is in flight by size too. */
  weight?: (item: I) => number;
  /** Most total weight in flight; one item is always let in, however heavy. */
  maxWeight?: number;
}

/**
 * Maps `source` through `fn` with a bounded window of items started and not yet consumed,
 * yielding the results in source order. Memory is bounded by the window (the reorder buffer
 * cannot grow past it), and output flows as soon as the oldest item is done, even while the
 * source is waiting for more input.
 *
 * `fn` should not reject (return failures as values): a rejection surfaces when its turn comes.
 */
export async function* orderedMap<I, O>(source: AsyncIterable<I>, fn: (item: I) => Promise<O>, bounds: number | Window<I>): AsyncGenerator<O> {
  const { limit, weight = () => 0, maxWeight = Number.POSITIVE_INFINITY } = typeof bounds === "number" ? { limit: bounds } : bounds;
  if (!(limit >= 1)) throw new RangeError(`limit must be at least 1, got ${limit}`);
  const iterator = source[Symbol.asyncIterator]();
  const window: Array<{ result: Promise<O>; weight: number }> = [];
  let load = 0;
  let next: Promise<IteratorResult<I>> | undefined;
  let exhausted = false;
  try {
    for (;;) {
      while (!exhausted && window.length < limit && (window.length === 0 || load < maxWeight)) {
        if (!next) {
          next = iterator.next();
          next.catch(() => {}); // handled when awaited below; avoid an "unhandled rejection" meanwhile
        }
        const head = window[0]?.result;
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
        const w = weight(step.value);
        window.push({ result, weight: w });
        load += w;
      }
      const head = window.shift();
      if (!head) return;
      load -= head.weight;
      yield await head.result;
    }
  } finally {
    // The consumer stopped early (or something threw): let the source close its files.
    if (!exhausted) await iterator.return?.();
  }
}
