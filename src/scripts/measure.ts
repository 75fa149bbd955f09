/**
 * Measuring a run of node for the benchmarks (bench.ts, review-measure.ts): wall time, CPU time
 * and peak RSS through the RSS probe preloaded (rss-probe.ts), and the median of several runs.
 */
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const PROBE = pathToFileURL(join(dirname(fileURLToPath(import.meta.url)), "rss-probe.js")).href;

export interface Measured {
  seconds: number;
  rssMB: number;
  /** User and system CPU time, all threads. */
  cpuSeconds: number;
  stdout: string;
  stderr: string;
  code: number | null;
}

/** Runs `node ARGS` with the RSS probe preloaded; wall time from spawn to exit. */
export async function measure(args: string[], work: string): Promise<Measured> {
  const rssFile = join(work, `rss-${Math.random().toString(36).slice(2)}`);
  const started = performance.now();
  const child = spawn(process.execPath, ["--import", PROBE, ...args], {
    env: { ...process.env, BENCH_RSS_FILE: rssFile, NO_COLOR: "1" }, stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
  child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d.length < 4000 ? d : ""));
  const code = await new Promise<number | null>((done) => child.on("close", done));
  const seconds = (performance.now() - started) / 1000;
  const [rssKB, cpuMicros] = readFileSync(rssFile, "utf8").split(" ").map(Number);
  return { seconds, rssMB: rssKB! / 1024, cpuSeconds: cpuMicros! / 1e6, stdout, stderr, code };
}


/** The median of `values` (the mean of the two middle ones for an even count). */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
