/**
 * `npm run bench -- PATH [--jobs N] [--split] [--no-baseline]`: throughput and memory on a
 * corpus, measured side by side in one run on the same input, each run its own process:
 *
 *   - wordcut alone, segmenting the text line by line (the baseline);
 *   - extract -j1 end to end (read, decode, rules, JSON Lines out to a file);
 *   - extract -jN (N: --jobs, default the number of cores), whose output must be byte-identical;
 *   - with --split, both again on a directory of one file per article (articles are separated
 *     by a blank line, as in the benchmark corpus), written to a temporary directory.
 *
 * MB/s is input bytes (10^6) over wall-clock seconds, process start-up included; peak RSS is
 * the measured process's maximum resident set, worker threads included. Prints a Markdown table.
 *
 * The corpus is not in the repository: `gunzip -k ../shared/corpus/thaigov-bench.txt.gz` or
 * `zcat ../shared/corpus/thaigov-bench.txt.gz | head -c 20000000 > /tmp/bench-20mb.txt`.
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { createReadStream, createWriteStream, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { availableParallelism, cpus, platform, release, tmpdir, totalmem } from "node:os";
import { dirname, join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const BIN = join(ROOT, "bin", "extract.js");
const PROBE = pathToFileURL(join(ROOT, "dist", "scripts", "rss-probe.js")).href;
const BASELINE = join(ROOT, "dist", "scripts", "bench-wordcut.js");

interface Options {
  path: string;
  jobs: number;
  split: boolean;
  baseline: boolean;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { path: "", jobs: availableParallelism(), split: false, baseline: true };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--jobs" || arg === "-j") options.jobs = Number(argv[++i]);
    else if (arg.startsWith("--jobs=")) options.jobs = Number(arg.slice(7));
    else if (arg === "--split") options.split = true;
    else if (arg === "--no-baseline") options.baseline = false;
    else if (!arg.startsWith("-") && options.path === "") options.path = arg;
    else throw new Error(`unknown argument ${arg}`);
  }
  if (options.path === "") throw new Error("usage: npm run bench -- PATH [--jobs N] [--split] [--no-baseline]");
  if (!Number.isInteger(options.jobs) || options.jobs < 1) throw new Error(`--jobs: expected a whole number ≥ 1, got ${options.jobs}`);
  return options;
}

interface Measured {
  seconds: number;
  rssMB: number;
  stdout: string;
  stderr: string;
  code: number | null;
}

/** Runs `node ARGS` with the RSS probe preloaded; wall time from spawn to exit. */
async function measure(args: string[], work: string): Promise<Measured> {
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
  const rssMB = Number(readFileSync(rssFile, "utf8")) / 1024;
  return { seconds, rssMB, stdout, stderr, code };
}

async function sha256(path: string): Promise<{ hash: string; lines: number }> {
  const hash = createHash("sha256");
  let lines = 0;
  for await (const chunk of createReadStream(path)) {
    hash.update(chunk as Buffer);
    for (const byte of chunk as Buffer) if (byte === 0x0a) lines++;
  }
  return { hash: hash.digest("hex"), lines };
}

/** Writes each blank-line-separated article of `file` to its own file under `dir`, in order. */
async function splitArticles(file: string, dir: string): Promise<number> {
  mkdirSync(dir, { recursive: true });
  let count = 0;
  let lines: string[] = [];
  const flush = async (): Promise<void> => {
    if (lines.length === 0) return;
    count++;
    const out = createWriteStream(join(dir, `${String(count).padStart(6, "0")}.txt`));
    await new Promise<void>((done, fail) => out.end(`${lines.join("\n")}\n`, () => done()).on("error", fail));
    lines = [];
  };
  for await (const line of createInterface({ input: createReadStream(file, { encoding: "utf8" }), crlfDelay: Infinity })) {
    if (line.trim() === "") await flush();
    else lines.push(line);
  }
  await flush();
  return count;
}

interface Row {
  run: string;
  input: string;
  bytes: number;
  seconds: number;
  rssMB: number;
  facts?: number;
}

const fmt = (n: number, digits = 1): string => n.toFixed(digits);

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const bytes = statSync(options.path).size;
  const work = mkdtempSync(join(tmpdir(), "extract-bench-"));
  const rows: Row[] = [];
  const log = (line: string): void => {
    process.stderr.write(`${line}\n`);
  };
  const name = options.path;
  const N = options.jobs;
  try {
    if (options.baseline) {
      log(`wordcut alone on ${name} …`);
      const m = await measure([BASELINE, options.path], work);
      if (m.code !== 0) throw new Error(`baseline failed: ${m.stderr}`);
      const inner = JSON.parse(m.stdout) as { seconds: number };
      log(`  ${fmt(m.seconds)} s (${fmt(inner.seconds)} s of it segmenting)`);
      rows.push({ run: "wordcut alone, line by line", input: "one file", bytes, seconds: m.seconds, rssMB: m.rssMB });
    }
    const runExtract = async (input: string, label: string, jobs: number): Promise<{ row: Row; hash: string }> => {
      const out = join(work, `out-${label.replace(/\W+/g, "-")}-j${jobs}.jsonl`);
      log(`extract -j${jobs} on ${label} …`);
      const m = await measure([BIN, input, "-f", "jsonl", "-q", "-j", String(jobs), "-o", out], work);
      if (m.code !== 0) log(`  exit status ${m.code}: ${m.stderr.trim().split("\n").slice(0, 5).join(" | ")}`);
      const { hash, lines } = await sha256(out);
      rmSync(out);
      log(`  ${fmt(m.seconds)} s, ${lines} facts, peak RSS ${fmt(m.rssMB, 0)} MB`);
      return { row: { run: `extract -j${jobs}`, input: label, bytes, seconds: m.seconds, rssMB: m.rssMB, facts: lines }, hash };
    };
    const pair = async (input: string, label: string): Promise<void> => {
      const one = await runExtract(input, label, 1);
      rows.push(one.row);
      if (N !== 1) {
        const many = await runExtract(input, label, N);
        rows.push(many.row);
        if (many.hash !== one.hash) throw new Error(`-j1 and -j${N} outputs differ on ${label}`);
        log(`  -j1 and -j${N} outputs are byte-identical (sha256 ${one.hash.slice(0, 12)}…)`);
      }
    };
    await pair(options.path, "one file");
    if (options.split) {
      const dir = join(work, "articles");
      log(`splitting ${name} into one file per article …`);
      const count = await splitArticles(options.path, dir);
      log(`  ${count} files`);
      await pair(dir, `${count} files`);
      rmSync(dir, { recursive: true, force: true });
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }

  const baseline = rows.find((r) => r.run.startsWith("wordcut"));
  const j1 = (input: string): Row | undefined => rows.find((r) => r.run === "extract -j1" && r.input === input);
  const cpu = cpus()[0]?.model.trim() ?? "unknown CPU";
  const lines = [
    `input: ${name}, ${fmt(bytes / 1e6)} MB; machine: ${cpu}, ${availableParallelism()} cores, ${fmt(totalmem() / 2 ** 30, 0)} GiB, ${platform()} ${release()}, Node ${process.version}`,
    `command: npm run bench -- ${process.argv.slice(2).join(" ")}`,
    "",
    "| run | input | time (s) | MB/s | vs wordcut | vs -j1 | peak RSS (MB) | facts |",
    "|---|---|---:|---:|---:|---:|---:|---:|",
  ];
  for (const r of rows) {
    const speed = r.bytes / 1e6 / r.seconds;
    const vsWordcut = baseline ? `${fmt(baseline.seconds / r.seconds, 2)}×` : "";
    const base = j1(r.input);
    const vsJ1 = base && r.run.startsWith("extract") ? `${fmt(base.seconds / r.seconds, 2)}×` : "";
    lines.push(`| ${r.run} | ${r.input} | ${fmt(r.seconds)} | ${fmt(speed, 2)} | ${vsWordcut} | ${vsJ1} | ${fmt(r.rssMB, 0)} | ${r.facts ?? ""} |`);
  }
  process.stdout.write(`${lines.join("\n")}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
