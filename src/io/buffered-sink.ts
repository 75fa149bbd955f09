/**
 * Output in fewer, larger writes: many small documents would otherwise mean one write (one
 * system call, one trip through the thread pool) per document. Text is held until there is
 * `maxChars` of it, or for at most `maxDelayMs`, so that a slow trickle of input still shows
 * its facts promptly (`tail -f … | extract`).
 */
import type { Sink } from "./sink.js";

export interface BufferedSink {
  /** Queues `text`; writes when enough has gathered (and then waits for the sink). */
  write(text: string): Promise<void>;
  /** Writes whatever is held. */
  flush(): Promise<void>;
  /** Stops the timer without writing (the run failed). */
  discard(): void;
  /** True once the reader has gone away. */
  readonly closed: boolean;
}

export function bufferedSink(sink: Sink, { maxChars = 64 * 1024, maxDelayMs = 100 } = {}): BufferedSink {
  let parts: string[] = [];
  let size = 0;
  let timer: NodeJS.Timeout | undefined;
  /** A failed write from the timer, reported by the next call. */
  let failure: unknown;
  const flush = async (): Promise<void> => {
    clearTimeout(timer);
    timer = undefined;
    if (failure !== undefined) throw failure;
    if (size === 0) return;
    const text = parts.length === 1 ? parts[0]! : parts.join("");
    parts = [];
    size = 0;
    await sink.write(text);
  };
  return {
    get closed() {
      return sink.closed;
    },
    async write(text) {
      if (text === "") return;
      parts.push(text);
      size += text.length;
      if (size >= maxChars) {
        await flush();
      } else if (!timer) {
        timer = setTimeout(() => {
          timer = undefined;
          flush().catch((error: unknown) => {
            failure = error;
          });
        }, maxDelayMs);
        timer.unref();
      }
    },
    flush,
    discard() {
      clearTimeout(timer);
      timer = undefined;
      parts = [];
      size = 0;
    },
  };
}
