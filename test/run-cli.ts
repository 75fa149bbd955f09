/** Runs the built `extract` (bin/extract.js) as a child process: what every CLI test needs. */
import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const BIN = join(dirname(fileURLToPath(import.meta.url)), "..", "bin", "extract.js");

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Wall-clock milliseconds. */
  ms: number;
}

/** `extract ARGS` in `cwd` with `input` on stdin; colour off unless `env` says otherwise. */
export async function runCli(args: readonly string[], cwd: string, input: string | Buffer = "", env: NodeJS.ProcessEnv = {}): Promise<Run> {
  const started = Date.now();
  const child = spawn(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, NO_COLOR: "1", ...env } });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
  child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
  child.stdin.on("error", () => {}); // a run that exits before reading stdin
  child.stdin.end(input);
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((done) => child.on("close", (c, s) => done([c, s])));
  // Killed by a signal (code null): say which, so that a failing assertion on stderr shows it.
  return { code, stdout, stderr: code === null ? `${stderr}\n(killed by ${signal ?? "a signal"})` : stderr, ms: Date.now() - started };
}

/** Writes `content` to `rel` under `dir`, creating folders. */
export function writeIn(dir: string, rel: string, content: string | Uint8Array): void {
  const path = join(dir, rel);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}

/** JSON Lines text as objects. */
export const parseJsonl = (text: string): Array<Record<string, unknown>> =>
  text.split("\n").filter((l) => l !== "").map((l) => JSON.parse(l) as Record<string, unknown>);
