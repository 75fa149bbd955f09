/**
 * The command's entry point. An extraction's first worker thread is started before anything
 * else (engine/workers/spare-worker.ts): its start-up then overlaps this thread's loading of the
 * command's code (command.ts), reading of the rules and opening of the output.
 *
 * main() never calls process.exit(): it returns the status for the caller to set as
 * process.exitCode, so that output already written to a pipe is not cut off.
 */
import type { Readable, Writable } from "node:stream";
import { SpareWorker } from "../engine/workers/spare-worker.js";
import { mayExtract } from "./dispatch.js";

/** The process's streams (or test doubles). */
export interface MainIO {
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable & { isTTY?: boolean };
  stdin: Readable & { isTTY?: boolean };
  /** Environment for NO_COLOR; defaults to process.env. */
  env?: Readonly<Record<string, string | undefined>>;
}

/**
 * Runs the `extract` command with `argv` (arguments after the program name) and returns the
 * exit status: 0 success (also when nothing is found), 2 usage error, invalid rules or an
 * unreadable input/output, 1 an unexpected internal error.
 */
export async function main(argv: string[], io: MainIO): Promise<number> {
  // Messages must never crash the run: a closed stderr is ignored like a closed stdout.
  io.stderr.on("error", () => {});
  const spare = mayExtract(argv) ? new SpareWorker() : undefined;
  try {
    return await (await import("./command.js")).runCommand(argv, io, spare);
  } finally {
    await spare?.release();
  }
}
