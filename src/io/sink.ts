/**
 * Where output text goes: standard output or the `-o` file, with back-pressure respected
 * (memory stays flat however much is written) and a closed pipe told apart from real errors.
 *
 * A reader that stops early (`extract … | head -1`) closes the pipe; the next write fails with
 * EPIPE. That is not an error worth a stack trace: the sink records it as `closed`, further
 * writes are dropped, and the caller stops reading input.
 *
 * `-o FILE` is written to a hidden temporary file beside FILE and renamed over it only by
 * `close()`, when the run has finished: a run that fails, crashes or is interrupted (Ctrl-C,
 * SIGTERM) leaves FILE as it was, never a truncated CSV, and removes its temporary file.
 */
import { randomBytes } from "node:crypto";
import { readFileSync, readlinkSync, unlinkSync } from "node:fs";
import type { Stats } from "node:fs";
import { access, chmod, chown, constants, lstat, open, readdir, readlink, realpath, rename, rm, stat } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import type { Writable } from "node:stream";

export interface Sink {
  /** Resolves once the chunk is accepted; rejects on a write error other than a closed pipe. Bytes for xlsx. */
  write(chunk: string | Uint8Array): Promise<void>;
  /** Flushes and, for a file, closes it and puts it in place: the run succeeded. */
  close(): Promise<void>;
  /** Gives up: for a file, its temporary file is removed and the target left untouched. */
  abort(): Promise<void>;
  /** True once the reader has gone away (EPIPE): stop producing output. */
  readonly closed: boolean;
}

/** Why `-o FILE` cannot be written, found before any work is done. */
export interface OutputProblem {
  code: "OUTPUT_DIR_MISSING" | "OUTPUT_IS_DIRECTORY" | "OUTPUT_NOT_WRITABLE";
  message: string;
}

const errnoOf = (error: unknown): string | undefined => (error as NodeJS.ErrnoException | undefined)?.code;

/**
 * What `-o PATH` writes to: a special file (`/dev/null`, a FIFO) directly, or a regular file,
 * `target`, replaced by renaming a temporary file over it. A symbolic link is written through,
 * a dangling one too (its target is created); `existing` is the file replaced, if any.
 */
type OutputTarget = { kind: "special"; stats: Stats } | { kind: "file"; target: string; existing?: Stats };

async function outputTarget(path: string): Promise<OutputTarget> {
  const existing = await stat(path).catch(() => undefined);
  if (existing && !existing.isFile()) return { kind: "special", stats: existing };
  if (existing) return { kind: "file", target: await realpath(path), existing };
  const link = await lstat(path).catch(() => undefined);
  if (link?.isSymbolicLink()) return { kind: "file", target: resolve(dirname(path), await readlink(path)) };
  return { kind: "file", target: path };
}

/**
 * Checks that `path` can be an output file, before any work: its directory exists and accepts
 * new files (for the temporary file); it is not a directory; an existing file is not read-only
 * (0444: replacing it would be a surprise, even for root) and can be replaced (in a sticky
 * directory such as /tmp, only its owner may). Special files (`/dev/null`, a FIFO) only need to
 * be writable. Resolves to the problem, or undefined when the path is fine.
 */
export async function checkOutputPath(path: string): Promise<OutputProblem | undefined> {
  let output: OutputTarget;
  try {
    output = await outputTarget(path);
  } catch {
    return { code: "OUTPUT_NOT_WRITABLE", message: "cannot be resolved (a symbolic link that cannot be read)" };
  }
  if (output.kind === "special") {
    if (output.stats.isDirectory()) return { code: "OUTPUT_IS_DIRECTORY", message: "is a directory; give a file name" };
    return access(path, constants.W_OK).then(() => undefined,
      () => ({ code: "OUTPUT_NOT_WRITABLE", message: "cannot be written (permission denied)" }));
  }
  const { target, existing } = output;
  const dir = dirname(target);
  const parent = await stat(dir).catch((error: unknown) => error);
  if (parent instanceof Error || !(parent as { isDirectory(): boolean }).isDirectory()) {
    const why = errnoOf(parent) === "ENOENT" ? "does not exist" : "is not a directory";
    return { code: "OUTPUT_DIR_MISSING", message: `output directory ${dir} ${why}; create it first` };
  }
  const writable = await access(dir, constants.W_OK).then(() => true, () => false);
  if (!writable) return { code: "OUTPUT_NOT_WRITABLE", message: `cannot create files in directory ${dir} (permission denied)` };
  if (existing) {
    if ((existing.mode & 0o222) === 0) {
      return { code: "OUTPUT_NOT_WRITABLE", message: `is read-only (mode ${(existing.mode & 0o777).toString(8).padStart(4, "0")}); make it writable or remove it first` };
    }
    const uid = process.getuid?.();
    const sticky = ((parent as Stats).mode & 0o1000) !== 0;
    if (sticky && uid !== undefined && uid !== 0 && existing.uid !== uid && (parent as Stats).uid !== uid) {
      return { code: "OUTPUT_NOT_WRITABLE", message: `belongs to another user in ${dir}, a sticky directory where only its owner may replace it` };
    }
  }
  return undefined;
}

/** `.NAME.PID-XXXXXXXX.tmp`: this tool's temporary file for NAME. */
const temporaryName = (name: string, pid: number, tag: string): string => `.${name}.${pid}-${tag}.tmp`;

/**
 * Removes temporary files that a run killed outright (SIGKILL, a crash of the machine) left
 * beside `target`: this tool's names for it, of processes no longer running.
 */
async function removeStaleTemporaries(target: string): Promise<void> {
  const name = basename(target);
  const prefix = `.${name}.`;
  let entries: string[];
  try {
    entries = (await readdir(dirname(target))).filter((n) => n.startsWith(prefix) && n.endsWith(".tmp"));
  } catch {
    return;
  }
  for (const entry of entries) {
    const m = /^(\d+)-([0-9a-f]{8})\.tmp$/.exec(entry.slice(prefix.length));
    if (!m || temporaryName(name, Number(m[1]), m[2]!) !== entry || isRunning(Number(m[1]))) continue;
    await rm(join(dirname(target), entry), { force: true }).catch(() => {});
  }
}

/** Whether process `pid` exists (EPERM: it does, as another user's). */
function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errnoOf(error) === "EPERM";
  }
}

/**
 * Whether the process was started with standard output closed (`extract … >&-`). Node then
 * opens /dev/null in its place, read-write, and everything written would be lost without a
 * word; a shell's `> /dev/null` opens it write-only, and is left alone. Linux only (/proc);
 * elsewhere, false.
 */
export function standardOutputWasClosed(fdinfo = "/proc/self/fdinfo/1", link = "/proc/self/fd/1"): boolean {
  try {
    if (readlinkSync(link) !== "/dev/null") return false;
    const flags = /^flags:\s*([0-7]+)/m.exec(readFileSync(fdinfo, "utf8"))?.[1];
    return flags !== undefined && (parseInt(flags, 8) & 0o3) === 0o2;
  } catch {
    return false;
  }
}

export const isClosedPipe = (error: unknown): boolean =>
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
      if (closed || chunk.length === 0) return;
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
    async abort() {
      if (owned) stream.destroy();
    },
  };
}

/** Signals after which a temporary output file is removed (then the signal does its usual work). */
const CLEANUP_SIGNALS: readonly NodeJS.Signals[] = ["SIGINT", "SIGTERM", "SIGHUP"];

/**
 * Removes `file` if the process ends (normally, by an uncaught error, or by one of
 * CLEANUP_SIGNALS) before `release` is called. A signal is re-raised after cleaning up, so the
 * process still dies of it (exit status 128 + n in a shell) as it would have without us.
 */
function removeOnExit(file: string): () => void {
  const removeNow = (): void => {
    try {
      unlinkSync(file);
    } catch {
      // already gone
    }
  };
  const onSignal = (signal: NodeJS.Signals): void => {
    release();
    removeNow();
    process.kill(process.pid, signal);
  };
  const release = (): void => {
    process.off("exit", removeNow);
    for (const signal of CLEANUP_SIGNALS) process.off(signal, onSignal);
  };
  process.on("exit", removeNow);
  for (const signal of CLEANUP_SIGNALS) process.on(signal, onSignal);
  return release;
}

/**
 * Opens `path` for output. Opening up front, rather than letting a write stream fail later,
 * reports a bad `-o` path before any input is read. Throws the file-system error.
 *
 * A regular file (or a new one) is written as a temporary file in the same directory, renamed
 * over `path` by `close()`; the file it replaces keeps its permissions and, where the process
 * may give it (root, or the same user), its owner and group. A symbolic link is written through
 * (its target is replaced or, for a dangling link, created; the link stays). Special files
 * (`/dev/null`, `/dev/stdout`, a FIFO) are written directly, as they cannot be replaced.
 * Temporary files that killed runs left beside the target are removed first.
 */
export async function openFileSink(path: string): Promise<Sink> {
  const output = await outputTarget(path);
  if (output.kind === "special") {
    const handle = await open(path, "w");
    return streamSink(handle.createWriteStream({ encoding: "utf8" }), true);
  }
  const { target, existing } = output;
  await removeStaleTemporaries(target);
  const temporary = join(dirname(target), temporaryName(basename(target), process.pid, randomBytes(4).toString("hex")));
  // Clean-up is armed before the file exists: a signal that lands while it is being created
  // must not leave it behind.
  const release = removeOnExit(temporary);
  let handle;
  try {
    handle = await open(temporary, "wx");
  } catch (error) {
    release();
    throw error;
  }
  if (existing) {
    // Keeping the old file's mode and owner is a courtesy, not a requirement.
    await chown(temporary, existing.uid, existing.gid).catch(() => {});
    await chmod(temporary, existing.mode & 0o7777).catch(() => {});
  }
  const stream = handle.createWriteStream({ encoding: "utf8" });
  const inner = streamSink(stream, true);
  let settled = false;
  const discard = async (): Promise<void> => {
    if (settled) return;
    settled = true;
    stream.destroy();
    await rm(temporary, { force: true });
    release();
  };
  return {
    get closed() {
      return inner.closed;
    },
    write: (chunk) => inner.write(chunk),
    async close() {
      try {
        await inner.close();
        await rename(temporary, target);
      } catch (error) {
        await discard();
        throw error;
      }
      settled = true;
      release();
    },
    abort: discard,
  };
}
