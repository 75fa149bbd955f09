/**
 * The Dask recipe (docs/recipes/dask_extract.py) on a real Dask cluster on 127.0.0.1: its
 * gathered facts against one local `extract - --input jsonl` run over the whole corpus (the
 * seeds and the corpus sample, one document per line), byte for byte, messages too; a bad
 * record, a crashing and a hanging partition named on stderr with the exit status they call for.
 *
 * Needs Debian's python3-distributed under /usr/bin/python3. Without it these tests are skipped,
 * except on CI (CI=true, as .ci/run sets), where .ci/run has installed it and its absence is a
 * failure.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { ROOT } from "./helpers.js";
import { BIN, runCli } from "./run-cli.js";

const PYTHON = "/usr/bin/python3";
const RECIPE = join(ROOT, "docs", "recipes", "dask_extract.py");
const DASK = "/usr/bin/dask";
/** Every run below takes a few seconds; a hung cluster is killed well before vitest's limit. */
const RUN_LIMIT_MS = 60_000;

const probe = spawnSync(PYTHON, ["-c", "import distributed"], { encoding: "utf8" });
const available = probe.status === 0;
const missing = `${PYTHON} cannot import distributed (${probe.stderr?.trim().split("\n").at(-1) ?? probe.error?.message}); apt-get install python3-distributed`;
if (!available && process.env.CI === "true") throw new Error(`CI needs Dask distributed (.ci/run installs it): ${missing}`);
if (!available) console.warn(`test/dask.test.ts skipped: ${missing}`);
const skipped = available ? "" : ` (skipped: ${missing})`;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

let dir: string;
/** One line per document: the seeds, then the sample's articles. */
let lines: string[];
let corpus: string;
const extractCommand = `${process.execPath} ${BIN}`;
const started: ChildProcess[] = [];

/**
 * Runs `command` in its own process group, killed whole (the cluster's processes included) if
 * it outlives RUN_LIMIT_MS, so that a stuck cluster fails the test instead of hanging CI.
 */
function runGroup(command: string, args: readonly string[], input = ""): Promise<Run> {
  const child = spawn(command, args, { cwd: dir, detached: true, env: { ...process.env, NO_COLOR: "1" } });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
  child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
  child.stdin.end(input);
  const limit = setTimeout(() => killGroup(child), RUN_LIMIT_MS);
  return new Promise((done) => child.on("close", (code) => {
    clearTimeout(limit);
    done({ code, stdout, stderr: stderr + (code === null ? `\n(killed after ${RUN_LIMIT_MS} ms)` : "") });
  }));
}

function killGroup(child: ChildProcess): void {
  try {
    if (child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
  } catch {
    // already gone
  }
}

const recipe = (args: readonly string[]): Promise<Run> => runGroup(PYTHON, [RECIPE, ...args]);

/**
 * Dask's own log lines (`2026-12-04 20:14:54,667 - distributed.core - WARNING - …`, e.g. an event
 * loop held up on a busy machine) are the engine talking, not a partition's messages.
 */
const daskLog = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} - distributed\./;
/** The partitions' messages: stderr without Dask's log lines and our own lines. */
const theirs = (stderr: string): string => stderr.split("\n").filter((l) => !daskLog.test(l) && !l.startsWith("dask_extract:")).join("\n");
/** Our own lines, one per failed partition. */
const ours = (stderr: string): string[] => stderr.split("\n").filter((l) => l.startsWith("dask_extract:"));

/** The corpus lines a `partition K (FILE lines A-B)` message names. */
function namedLines(message: string): [number, number] {
  const m = /lines (\d+)-(\d+)/.exec(message);
  if (!m) throw new Error(`no line range in ${message}`);
  return [Number(m[1]), Number(m[2])];
}

/** How many partitions the recipe makes of `records`: each ends at the first line end past `target` bytes. */
function partitionCount(records: readonly string[], target: number): number {
  let count = 0;
  let size = 0;
  for (const record of records) {
    size += Buffer.byteLength(record) + 1;
    if (size >= target) [count, size] = [count + 1, 0];
  }
  return count + (size > 0 ? 1 : 0);
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "extract-dask-"));
  const seeds = readdirSync(join(ROOT, "seeds")).sort().map((f) => readFileSync(join(ROOT, "seeds", f), "utf8"));
  const articles = readFileSync(join(ROOT, "fixtures/corpus-sample.txt"), "utf8").split("\n\n").filter((a) => a.trim() !== "");
  lines = [...seeds, ...articles].map((text, i) => JSON.stringify({ id: `doc${i}`, text }));
  corpus = join(dir, "corpus.jsonl");
  writeFileSync(corpus, `${lines.join("\n")}\n`);
  // Stands in for extract on the workers: records the worker process that ran it (its parent),
  // crashes on a record with id "crash", hangs on one with id "hang", else runs extract.
  writeFileSync(join(dir, "wrapper.mjs"), `
    import { spawnSync } from "node:child_process";
    import { appendFileSync, readFileSync } from "node:fs";
    const [log, bin, ...args] = process.argv.slice(2);
    const input = readFileSync(0);
    appendFileSync(log, process.ppid + "\\n");
    const text = input.toString("utf8");
    if (text.includes('"id":"crash"')) {
      process.stdout.write('{"partial":true}\\n');
      process.stderr.write("wrapper: crashing as asked\\n");
      process.exitCode = 70;
    } else if (text.includes('"id":"hang"')) {
      setTimeout(() => {}, 600_000);
    } else {
      const r = spawnSync(process.execPath, [bin, ...args], { input });
      process.stdout.write(r.stdout);
      process.stderr.write(r.stderr);
      process.exitCode = r.status ?? 1;
    }
  `);
});

afterAll(() => {
  for (const child of started) killGroup(child);
  rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(!available)(`Dask distributed${skipped}`, { timeout: 2 * RUN_LIMIT_MS }, () => {
  test("a scheduler and two worker processes on loopback: the gathered facts and messages are one local run's, byte for byte", async () => {
    expect(lines.length).toBeGreaterThan(100);
    const args = ["--id-field", "id"];
    const [local, dask] = await Promise.all([
      runCli(["-", "--input", "jsonl", "-f", "jsonl", ...args], dir, readFileSync(corpus)),
      // ~200 KB partitions: five, of several records each.
      recipe([corpus, "--extract", extractCommand, "--partition-bytes", "200000", "--", ...args]),
    ]);
    expect(local.code).toBe(0);
    expect(local.stdout.split("\n").length).toBeGreaterThan(1000);
    expect(theirs(dask.stderr)).toBe(local.stderr);
    expect(ours(dask.stderr)).toEqual([]);
    expect(dask.code).toBe(0);
    expect(dask.stdout).toBe(local.stdout);
  });

  test("bad records: extract's messages with the corpus's line numbers, the partition named, exit 2, the other facts kept", async () => {
    // Without --id-field, records are named by their line (-:LINE): the partitions must agree with one run.
    const bad = [...lines];
    bad.splice(40, 0, "{not json", "", "[1]");
    bad.splice(80, 0, JSON.stringify({ id: "no text" }));
    writeFileSync(join(dir, "bad.jsonl"), `${bad.join("\n")}\n`);
    const [local, dask] = await Promise.all([
      runCli(["-", "--input", "jsonl", "-f", "jsonl"], dir, readFileSync(join(dir, "bad.jsonl"))),
      recipe(["bad.jsonl", "--extract", extractCommand, "--partition-bytes", "200000"]),
    ]);
    expect(local.code).toBe(2);
    expect(local.stderr).toMatch(/^-:41: error INVALID_JSON/m);
    expect(local.stderr).toMatch(/^-:81: error NO_TEXT/m);
    expect(dask.code).toBe(2);
    expect(dask.stdout).toBe(local.stdout);
    expect(theirs(dask.stderr)).toBe(local.stderr);
    const named = ours(dask.stderr);
    expect(named).toHaveLength(2);
    for (const [message, line] of [[named[0]!, 41], [named[1]!, 81]] as const) {
      expect(message).toMatch(/^dask_extract: error: partition \d+ \(bad\.jsonl lines \d+-\d+\): extract exited 2$/);
      const [first, last] = namedLines(message);
      expect(line).toBeGreaterThanOrEqual(first);
      expect(line).toBeLessThanOrEqual(last);
    }
  });

  test("a partition that crashes and one that hangs past --timeout: named, their facts left out, the rest in order, exit 1 (a later bad record does not make it 2); both workers used", async () => {
    const records = [...lines];
    records.splice(10, 0, JSON.stringify({ id: "crash", text: "งบ 9 ล้านบาท" }));
    records.splice(40, 0, JSON.stringify({ id: "hang", text: "พื้นที่ 5 ไร่" }));
    records.splice(95, 0, "{not json");
    writeFileSync(join(dir, "faulty.jsonl"), `${records.join("\n")}\n`);
    const log = join(dir, "ran.log");
    const wrapper = `${process.execPath} ${join(dir, "wrapper.mjs")} ${log} ${BIN}`;
    const [local, dask] = await Promise.all([
      runCli(["-", "--input", "jsonl", "-f", "jsonl", "--id-field", "id"], dir, readFileSync(join(dir, "faulty.jsonl"))),
      recipe(["faulty.jsonl", "--extract", wrapper, "--partition-bytes", "200000", "--timeout", "3", "--", "--id-field", "id"]),
    ]);
    expect(dask.code).toBe(1);
    expect(dask.stderr).toContain("wrapper: crashing as asked\n");
    const named = ours(dask.stderr);
    expect(named).toHaveLength(3);
    expect(named[0]).toMatch(/^dask_extract: error: partition \d+ \(faulty\.jsonl lines \d+-\d+\): extract exited 70; its facts are missing$/);
    expect(named[1]).toMatch(/^dask_extract: error: partition \d+ \(faulty\.jsonl lines \d+-\d+\): took longer than 3 s \(--timeout\), killed; its facts are missing$/);
    expect(named[2]).toMatch(/^dask_extract: error: partition \d+ \(faulty\.jsonl lines \d+-\d+\): extract exited 2$/);
    expect(dask.stderr).toMatch(/^-:96: error INVALID_JSON/m);
    // The local run's facts less those of the records in the two partitions that failed, in order.
    const lost = new Set(named.slice(0, 2).flatMap((message) => {
      const [first, last] = namedLines(message);
      return records.slice(first - 1, last).map((r) => (JSON.parse(r) as { id: string }).id);
    }));
    expect(lost).toContain("crash");
    expect(lost).toContain("hang");
    const kept = local.stdout.split("\n").filter((l) => l !== "" && !lost.has((JSON.parse(l) as { file: string }).file));
    expect(kept.length).toBeGreaterThan(500);
    expect(dask.stdout).toBe(`${kept.join("\n")}\n`);
    // Each partition ran once, in one of two different worker processes.
    const workers = readFileSync(log, "utf8").trim().split("\n");
    expect(new Set(workers).size).toBe(2);
    expect(workers.length).toBe(partitionCount(records, 200_000));
  });

  test("a cluster of separate processes (dask scheduler, two dask worker), reached by its scheduler file: the same facts", async () => {
    const file = join(dir, "scheduler.json");
    // Ports from the system; each process gives up on its own if the test dies (idle/death timeouts).
    const scheduler = spawn(DASK, ["scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard", "--scheduler-file", file, "--idle-timeout", "120"], { detached: true, stdio: "ignore" });
    started.push(scheduler);
    for (let waited = 0; !existsSync(file); waited += 100) {
      expect(waited, "dask scheduler wrote no scheduler file").toBeLessThan(30_000);
      await new Promise((r) => setTimeout(r, 100));
    }
    for (let i = 0; i < 2; i++) {
      started.push(spawn(DASK, ["worker", "--scheduler-file", file, "--host", "127.0.0.1", "--nthreads", "1", "--no-dashboard", "--death-timeout", "30", "--local-directory", dir], { detached: true, stdio: "ignore" }));
    }
    const args = ["--id-field", "id", "-q"];
    const [local, dask] = await Promise.all([
      runCli(["-", "--input", "jsonl", "-f", "jsonl", ...args], dir, readFileSync(corpus)),
      recipe([corpus, "--scheduler-file", file, "--min-workers", "2", "--extract", extractCommand, "--partition-bytes", "200000", "--", ...args]),
    ]);
    expect(theirs(dask.stderr)).toBe("");
    expect(ours(dask.stderr)).toEqual([]);
    expect(dask.code).toBe(0);
    expect(dask.stdout).toBe(local.stdout);
  });
});
