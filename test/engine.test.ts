/**
 * The engine on its own (the built one: its workers run dist/engine/workers/worker.js): a run
 * over entries writes the output and tells its messages as events, plain data in input order
 * that the command line renders; which formats the workers turn into text is one rule.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, test } from "vitest";
import { pieceFormatting } from "../src/engine/format-side.js";
import type { RunEvent, SourceEntry } from "../src/engine/run.js";
import { isSkip } from "../src/io/codes.js";
import type { Sink } from "../src/io/sink.js";
import { createFactWriter, FORMATS, type Format } from "../src/output/formats.js";
import { ROOT, builtinRules } from "./helpers.js";

type Engine = typeof import("../src/engine/run.js");
const loadEngine = async (): Promise<Engine> => (await import(join(ROOT, "dist", "engine", "run.js"))) as Engine;

function memorySink(): Sink & { text(): string } {
  const chunks: string[] = [];
  return {
    write: async (chunk) => void chunks.push(typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8")),
    close: async () => {},
    abort: async () => {},
    closed: false,
    text: () => chunks.join(""),
  };
}

async function* entries(): AsyncGenerator<SourceEntry> {
  yield { kind: "error", file: "missing.txt", code: "NOT_FOUND", message: "no such file" };
  yield { kind: "document", file: "a.txt", text: "วันศุกร์ที่ 5 กันยายน 2563\nงบประมาณ 9 ล้านบาท\n" };
  yield { kind: "warning", file: "b.bin", code: "BINARY_SKIPPED", message: "a binary file" };
}

describe("a run", () => {
  test("tells its messages as events (data, in input order) and writes the output, begin to end", async () => {
    const { runExtraction } = await loadEngine();
    const sink = memorySink();
    const events: RunEvent[] = [];
    const tally = await runExtraction(
      { jobs: 1, timeoutMs: 0, explain: false, format: "jsonl", writerOptions: {} },
      { entries: entries(), ruleSet: builtinRules(), sink, report: (e) => events.push(e) },
    );
    expect(events.filter((e) => e.kind !== "progress")).toEqual([
      { kind: "error", file: "missing.txt", code: "NOT_FOUND", message: "no such file" },
      { kind: "warning", file: "a.txt", line: 1, code: "WEEKDAY_MISMATCH", message: expect.any(String) },
      { kind: "warning", file: "b.bin", code: "BINARY_SKIPPED", message: "a binary file" },
    ]);
    expect(events.filter((e) => e.kind === "progress").reduce((n, e) => n + e.files, 0)).toBe(3);
    expect(tally).toMatchObject({ documents: 1, errors: 1, warnings: 2 });
    const facts = sink.text().trim().split("\n").map((line) => JSON.parse(line) as { file: string; text: string });
    expect(facts.map((f) => [f.file, f.text])).toEqual([["a.txt", "5 กันยายน 2563"], ["a.txt", "9 ล้านบาท"]]);
    expect(tally.facts).toBe(2);
  });

  test("with --explain, the trace is an event of its own", async () => {
    const { runExtraction } = await loadEngine();
    const events: RunEvent[] = [];
    async function* one(): AsyncGenerator<SourceEntry> {
      yield { kind: "document", file: "a.txt", text: "งบประมาณ 9 ล้านบาท\n" };
    }
    await runExtraction(
      { jobs: 1, timeoutMs: 0, explain: true, format: "json", writerOptions: {} },
      { entries: one(), ruleSet: builtinRules(), sink: memorySink(), report: (e) => events.push(e) },
    );
    const explain = events.find((e) => e.kind === "explain");
    expect(explain).toMatchObject({ kind: "explain", file: "a.txt" });
    expect(explain?.kind === "explain" && explain.lines.length).toBeGreaterThan(0);
  });
});

test("a sink that fails at once fails the run, and its worker threads still stop (the process ends)", () => {
  // In a process of its own: a worker left running would keep it alive until the timeout.
  const script = `
    const { runExtraction } = await import(${JSON.stringify(pathToFileURL(join(ROOT, "dist", "engine", "run.js")).href)});
    const { loadRules } = await import(${JSON.stringify(pathToFileURL(join(ROOT, "dist", "index.js")).href)});
    const sink = { write: async () => { throw new Error("disk full"); }, close: async () => {}, abort: async () => {}, closed: false };
    async function* none() {}
    const rules = await loadRules();
    await runExtraction({ jobs: 1, timeoutMs: 0, explain: false, format: "csv", writerOptions: {} }, { entries: none(), ruleSet: rules.ruleSet ?? rules, sink, report() {} })
      .then(() => console.log("resolved"), (e) => console.log("rejected:", e.message));`;
  // From a file: `node -e` ends the process once the script is done, threads or not.
  const file = join(mkdtempSync(join(tmpdir(), "engine-")), "run.mjs");
  writeFileSync(file, script);
  const run = spawnSync(process.execPath, [file], { encoding: "utf8", timeout: 30_000 });
  rmSync(dirname(file), { recursive: true, force: true });
  expect(run.stdout.trim()).toBe("rejected: disk full");
  expect(run.status).toBe(0);
});

describe("which side of the thread boundary formats", () => {
  const writerOf = (format: Format) => (format === "xlsx" ? createFactWriter("json") : createFactWriter(format));

  test.each(FORMATS.map((f) => [f, f === "csv" || f === "jsonl" ? "workers" : "main"] as const))("%s: %s", (format, side) => {
    expect(pieceFormatting(format, {}, writerOf(format)).workers ? "workers" : "main").toBe(side);
  });

  test("a format the workers format is never formatted again here", () => {
    const formatting = pieceFormatting("csv", {}, createFactWriter("csv"));
    const piece = { file: "a", text: "", offset: 0, lines: 0, last: true, warnings: [] };
    expect(formatting.text({ facts: [], count: 0, warnings: [], text: "row\n" }, piece)).toBe("row\n");
    expect(() => formatting.text({ facts: [], count: 0, warnings: [] }, piece)).toThrow(/csv text/);
  });
});

test("a warning ends its input when io/codes.ts says it skips one, and only then", () => {
  expect(["BINARY_SKIPPED", "OUTPUT_SKIPPED", "INVALID_BYTES", "DIRECTORY_REPEATED", "NO_ID", "toString"].filter(isSkip))
    .toEqual(["BINARY_SKIPPED", "OUTPUT_SKIPPED"]);
});
