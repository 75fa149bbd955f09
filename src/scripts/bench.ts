/**
 * `npm run bench -- PATH [--jobs N] [--repeat R] [--split] [--no-baseline] [--against DIR]`: throughput and
 * memory on a corpus, measured side by side in one run on the same input, each run its own
 * process:
 *
 *   - wordcut alone, segmenting the text line by line (the baseline; once, it is slow);
 *   - ICU's word segmentation alone (`Intl.Segmenter("th")`), line by line (a second baseline: the
 *     segmenter a faster extractor would be measured against; it takes turns with the extract runs
 *     below, and its row is a median as theirs are);
 *   - extract -j1 end to end (read, decode, rules, JSON Lines out to a file);
 *   - extract -jN (N: --jobs, default the number of cores), whose output must be byte-identical;
 *   - the machine's ceiling for -jN: N processes of extract -j1 at once, each on 1/N of the
 *     input (cut at line ends). Nothing is shared between them, so -jN cannot be expected to
 *     beat it; it shows what the cores give when every process already keeps more than one
 *     busy (the main thread's I/O, V8's compiler and garbage collector threads);
 *   - with --split, -j1 and -jN again on a directory of one file per article (articles are
 *     separated by a blank line, as in the benchmark corpus), written to a temporary directory;
 *   - with --against DIR, -j1 and -jN of another build too (DIR/bin/extract.js: a built
 *     checkout of another commit, say `git worktree add ../old HEAD~1 && (cd ../old && npm ci)`),
 *     taking turns with this one's: a change's effect as a ratio measured side by side.
 *
 * The extract runs take turns R times (--repeat, default 3), so that a busy neighbour on a
 * shared machine slows all of them alike; the table shows each one's median time. MB/s is input
 * bytes (10^6) over wall-clock seconds, process start-up included; CPU is the median of the
 * process's user and system time, all threads; peak RSS is the largest maximum resident set
 * seen, worker threads included (for the ceiling: the N processes' sums).
 * Prints a Markdown table.
 *
 * The corpus is not in the repository: `gunzip -k ../shared/corpus/thaigov-bench.txt.gz` or
 * `zcat ../shared/corpus/thaigov-bench.txt.gz | head -c 20000000 > /tmp/bench-20mb.txt`.
 */
import { createHash } from "node:crypto";
import { createReadStream, createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, platform, release, tmpdir, totalmem } from "node:os";
import { dirname, join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { measure, median, type Measured } from "./measure.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const BIN = join(ROOT, "bin", "extract.js");
const BASELINE = join(ROOT, "dist", "scripts", "bench-wordcut.js");
const ICU_BASELINE = join(ROOT, "dist", "scripts", "bench-icu.js");

interface Options {
  path: string;
  jobs: number;
  repeat: number;
  split: boolean;
  baseline: boolean;
  /** Another build's directory, measured alongside (--against). */
  against?: string;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { path: "", jobs: availableParallelism(), repeat: 3, split: false, baseline: true };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--jobs" || arg === "-j") options.jobs = Number(argv[++i]);
    else if (arg.startsWith("--jobs=")) options.jobs = Number(arg.slice(7));
    else if (arg === "--repeat") options.repeat = Number(argv[++i]);
    else if (arg.startsWith("--repeat=")) options.repeat = Number(arg.slice(9));
    else if (arg === "--split") options.split = true;
    else if (arg === "--no-baseline") options.baseline = false;
    else if (arg === "--against") options.against = argv[++i] ?? "";
    else if (arg.startsWith("--against=")) options.against = arg.slice(10);
    else if (!arg.startsWith("-") && options.path === "") options.path = arg;
    else throw new Error(`unknown argument ${arg}`);
  }
  if (options.path === "") throw new Error("usage: npm run bench -- PATH [--jobs N] [--repeat R] [--split] [--no-baseline] [--against DIR]");
  if (options.against !== undefined && !existsSync(join(options.against, "bin", "extract.js"))) {
    throw new Error(`--against: ${join(options.against, "bin", "extract.js")} not found (a built checkout of another commit)`);
  }
  if (!Number.isInteger(options.jobs) || options.jobs < 1) throw new Error(`--jobs: expected a whole number ≥ 1, got ${options.jobs}`);
  if (!Number.isInteger(options.repeat) || options.repeat < 1) throw new Error(`--repeat: expected a whole number ≥ 1, got ${options.repeat}`);
  return options;
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
  cpuSeconds?: number;
  rssMB: number;
  facts?: number;
}

const fmt = (n: number, digits = 1): string => n.toFixed(digits);


/** Cuts `file` into `n` files of about equal size, each ending at a line end; returns their paths. */
async function cutAtLines(file: string, n: number, dir: string): Promise<string[]> {
  const data = readFileSync(file);
  const paths: string[] = [];
  let from = 0;
  for (let i = 1; i <= n; i++) {
    let to = i === n ? data.length : Math.max(from, Math.round((data.length * i) / n));
    if (i < n) {
      const newline = data.indexOf(0x0a, to);
      to = newline < 0 ? data.length : newline + 1;
    }
    const path = join(dir, `part-${i}-of-${n}.txt`);
    writeFileSync(path, data.subarray(from, to));
    paths.push(path);
    from = to;
  }
  return paths;
}

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
      rows.push({ run: "wordcut alone, line by line", input: "one file", bytes, seconds: m.seconds, cpuSeconds: m.cpuSeconds, rssMB: m.rssMB });
    }
    /** ICU's segmentation alone: fast enough to take turns with the extract runs, as they do. */
    const runIcu = async (): Promise<Measured> => {
      const icu = await measure([ICU_BASELINE, options.path], work);
      if (icu.code !== 0) throw new Error(`ICU baseline failed: ${icu.stderr}`);
      return icu;
    };
    /** One extract run, its output checked against the others of the same input. */
    const runExtract = async (input: string, jobs: number, out: string, bin = BIN): Promise<Measured & { hash: string; lines: number }> => {
      const m = await measure([bin, input, "-f", "jsonl", "-q", "-j", String(jobs), "-o", out], work);
      if (m.code !== 0) throw new Error(`extract -j${jobs} exited with ${m.code}: ${m.stderr.trim().split("\n").slice(0, 5).join(" | ")}`);
      const { hash, lines } = await sha256(out);
      rmSync(out);
      return { ...m, hash, lines };
    };
    /** N processes of extract -j1 at once, one per part; wall time until the last ends. */
    const runSideBySide = async (parts: string[]): Promise<{ seconds: number; cpuSeconds: number; rssMB: number; lines: number }> => {
      const started = performance.now();
      const runs = await Promise.all(parts.map((part, i) => runExtract(part, 1, join(work, `part-${i}.jsonl`))));
      const sum = (f: (r: (typeof runs)[number]) => number): number => runs.reduce((total, r) => total + f(r), 0);
      return { seconds: (performance.now() - started) / 1000, cpuSeconds: sum((r) => r.cpuSeconds), rssMB: sum((r) => r.rssMB), lines: sum((r) => r.lines) };
    };
    /** The runs on one input, taking turns; `withIcu`: ICU's baseline takes its turns too. */
    const pair = async (input: string, label: string, parts: string[] | undefined, withIcu: boolean): Promise<void> => {
      type Series = {
        run: string; times: number[]; cpu: number[]; rss: number; facts?: number;
        go: () => Promise<{ seconds: number; cpuSeconds: number; rssMB: number; lines?: number; hash?: string }>;
      };
      const make = (run: string, go: Series["go"]): Series => ({ run, times: [], cpu: [], rss: 0, go });
      const series: Series[] = [];
      if (withIcu) series.push(make("ICU segmentation alone, line by line", runIcu));
      series.push(make("extract -j1", () => runExtract(input, 1, join(work, "out.jsonl"))));
      if (N !== 1) series.push(make(`extract -j${N}`, () => runExtract(input, N, join(work, "out.jsonl"))));
      if (N !== 1 && parts) series.push(make(`${N} × extract -j1 at once, 1/${N} each (ceiling)`, () => runSideBySide(parts)));
      const other = options.against && join(options.against, "bin", "extract.js");
      if (other) {
        // Its output may differ (that may be the change measured): not compared with this build's.
        const go = (jobs: number) => async () => {
          const { hash: _, ...m } = await runExtract(input, jobs, join(work, "other.jsonl"), other);
          return m;
        };
        series.push(make(`extract -j1 (${options.against})`, go(1)));
        if (N !== 1) series.push(make(`extract -j${N} (${options.against})`, go(N)));
      }
      let hash: string | undefined;
      for (let round = 1; round <= options.repeat; round++) {
        for (const s of series) {
          log(`${s.run} on ${label} (${round}/${options.repeat}) …`);
          const m = await s.go();
          if (m.hash !== undefined) {
            if (hash !== undefined && m.hash !== hash) throw new Error(`extract outputs differ on ${label} (${s.run})`);
            hash = m.hash;
          }
          s.times.push(m.seconds);
          s.cpu.push(m.cpuSeconds);
          s.rss = Math.max(s.rss, m.rssMB);
          if (m.lines !== undefined) s.facts = m.lines;
          log(`  ${fmt(m.seconds, 2)} s, CPU ${fmt(m.cpuSeconds, 2)} s, ${m.lines === undefined ? "" : `${m.lines} facts, `}peak RSS ${fmt(m.rssMB, 0)} MB`);
        }
      }
      if (hash && N !== 1) log(`  -j1 and -j${N} outputs are byte-identical (sha256 ${hash.slice(0, 12)}…)`);
      for (const s of series) {
        rows.push({ run: s.run, input: label, bytes, seconds: median(s.times), cpuSeconds: median(s.cpu), rssMB: s.rss, ...(s.facts === undefined ? {} : { facts: s.facts }) });
      }
    };
    const parts = N !== 1 ? await cutAtLines(options.path, N, work) : undefined;
    await pair(options.path, "one file", parts, options.baseline);
    if (options.split) {
      const dir = join(work, "articles");
      log(`splitting ${name} into one file per article …`);
      const count = await splitArticles(options.path, dir);
      log(`  ${count} files`);
      await pair(dir, `${count} files`, undefined, false);
      rmSync(dir, { recursive: true, force: true });
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }

  const baseline = rows.find((r) => r.run.startsWith("wordcut"));
  const icu = rows.find((r) => r.run.startsWith("ICU"));
  const j1 = (input: string): Row | undefined => rows.find((r) => r.run === "extract -j1" && r.input === input);
  const cpu = cpus()[0]?.model.trim() ?? "unknown CPU";
  const lines = [
    `input: ${name}, ${fmt(bytes / 1e6)} MB; machine: ${cpu}, ${availableParallelism()} cores, ${fmt(totalmem() / 2 ** 30, 0)} GiB, ${platform()} ${release()}, Node ${process.version}`,
    `command: npm run bench -- ${process.argv.slice(2).join(" ")}; extract times are medians of ${options.repeat} runs taking turns`,
    "",
    "| run | input | time (s) | CPU (s) | MB/s | vs wordcut | vs ICU | vs -j1 | peak RSS (MB) | facts |",
    "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|",
  ];
  for (const r of rows) {
    const speed = r.bytes / 1e6 / r.seconds;
    const vsWordcut = baseline ? `${fmt(baseline.seconds / r.seconds, 2)}×` : "";
    const base = j1(r.input);
    const vsIcu = icu ? `${fmt(icu.seconds / r.seconds, 2)}×` : "";
    const vsJ1 = base && !r.run.startsWith("wordcut") && !r.run.startsWith("ICU") ? `${fmt(base.seconds / r.seconds, 2)}×` : "";
    const cpu = r.cpuSeconds === undefined ? "" : fmt(r.cpuSeconds);
    lines.push(`| ${r.run} | ${r.input} | ${fmt(r.seconds)} | ${cpu} | ${fmt(speed, 2)} | ${vsWordcut} | ${vsIcu} | ${vsJ1} | ${fmt(r.rssMB, 0)} | ${r.facts ?? ""} |`);
  }
  if (options.against) {
    // This build against the other, run by run: below 1× this one takes less time (or CPU).
    lines.push("");
    for (const r of rows) {
      const theirs = rows.find((o) => o.input === r.input && o.run === `${r.run} (${options.against})`);
      if (!theirs || r.cpuSeconds === undefined || theirs.cpuSeconds === undefined) continue;
      lines.push(`${r.run}, ${r.input}: time ${fmt(r.seconds / theirs.seconds, 2)}×, CPU ${fmt(r.cpuSeconds / theirs.cpuSeconds, 2)}× those of ${options.against}`);
    }
  }
  process.stdout.write(`${lines.join("\n")}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
