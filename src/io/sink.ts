/**
 * Where output text goes: standard output or the `-o` file, with back-pressure respected
 * (memory stays flat however much is written) and a closed pipe told apart from real errors.
 *
 * A reader that stops early (`extract … | head -1`) closes the pipe; the next write fails with
 * EPIPE. That is not an error worth a stack trace: the sink records it as `closed`, further
 * writes are dropped, and the caller stops reading input.
 */
import { open } from "node:fs/promises";
import type { Writable } from "node:stream";

export interface Sink {
  /** Resolves once the chunk is accepted; rejects on a write error other than a closed pipe. */
  write(chunk: string): Promise<void>;
  /** Flushes and, for a file, closes it. */
  close(): Promise<void>;
  /** True once the reader has gone away (EPIPE): stop producing output. */
  readonly closed: boolean;
}

const isClosedPipe = (error: unknown): boolean =>
  (error as NodeJS.ErrnoException | undefined)?.code === "EPIPE" || (error as NodeJS.ErrnoException | undefined)?.code === "ERR_STREAM_DESTROYED";

/**
 * A sink over a stream. `owned` streams (an `-o` file) are ended by `close`; standard output
 * is left open, as the process may still need it and Node flushes it at exit.
 */
export function streamSink(stream: Writable, owned: boolean): Sink {
  let closed = false;
  let failure: Error | undefined;
  // A permanent listener: without one, an EPIPE emitted after the last write would crash the
  // process with an unhandled 'error' event and a stack trace.
  stream.on("error", (error: Error) => {
    if (isClosedPipe(error)) closed = true;
    else failure ??= error;
  });
  const check = (): void => {
    if (failure) throw failure;
  };
  return {
    get closed() {
      return closed;
    },
    async write(chunk) {
      check();
      if (closed || chunk === "") return;
      if (!stream.write(chunk)) {
        await new Promise<void>((done) => {
          const finish = (): void => {
            stream.off("drain", finish);
            stream.off("error", finish);
            stream.off("close", finish);
            done();
          };
          stream.once("drain", finish);
          stream.once("error", finish);
          stream.once("close", finish);
        });
      }
      check();
    },
    async close() {
      check();
      if (owned && !closed) {
        await new Promise<void>((done) => {
          stream.once("error", () => done());
          stream.end(() => done());
        });
      }
      check();
    },
  };
}

/**
 * Opens (creates or truncates) `path` for output. Opening up front, rather than letting a
 * write stream fail later, reports a bad `-o` path before any input is read.
 * Throws the file-system error.
 */
export async function openFileSink(path: string): Promise<Sink> {
  const handle = await open(path, "w");
  return streamSink(handle.createWriteStream({ encoding: "utf8" }), true);
}
