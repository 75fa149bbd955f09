/** Reading an input's chunks with patience, for pipes that pause. */

/**
 * An input's chunks, read with patience: `next(true)` gives "idle" when nothing has come for
 * `idleMs` (a pipe that pauses: `tail -f log | extract -`), keeping the read in flight for the
 * next call, so that what has come can be handed on instead of waiting for more or for the end.
 */
export class ChunkSource {
  private pending: Promise<IteratorResult<Uint8Array | string>> | undefined;
  private readonly iterator: AsyncIterator<Uint8Array | string>;

  constructor(chunks: AsyncIterable<Uint8Array | string>, private readonly idleMs?: number) {
    this.iterator = chunks[Symbol.asyncIterator]();
  }

  /** The next chunk; with `patient` (and an idleMs), "idle" once nothing has come for idleMs. */
  async next(patient = false): Promise<IteratorResult<Uint8Array | string> | "idle"> {
    if (!this.pending) {
      this.pending = this.iterator.next();
      // A read that fails while nobody waits on it (the source paused, its lines were handed on)
      // must not be an unhandled rejection: it is reported when the next chunk is asked for.
      this.pending.catch(() => {});
    }
    if (patient && this.idleMs !== undefined) {
      let timer: NodeJS.Timeout | undefined;
      const idle = new Promise<"idle">((done) => {
        timer = setTimeout(() => done("idle"), this.idleMs);
      });
      const first = await Promise.race([this.pending, idle]);
      clearTimeout(timer);
      if (first === "idle") return first;
    }
    const step = await this.pending;
    this.pending = undefined;
    return step;
  }

  /** Stops the source (a stream is destroyed). */
  async return(): Promise<void> {
    await this.iterator.return?.();
  }
}
