/**
 * Corpus scale, end to end on the built command: worker threads give the same bytes for every
 * -j, large inputs are streamed in parts with exact offsets, JSON Lines input splits and
 * concatenates cleanly, a document over its time budget is reported and the run goes on, and
 * the progress line stays off a stderr that is not a terminal.
 */
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { PassThrough } from "node:stream";
import { parseJsonl, runCli, writeIn } from "./run-cli.js";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { Progress, formatSummary } from "../src/cli/progress.js";
import { ROOT, factsOf } from "./helpers.js";

const BIN = join(ROOT, "bin", "extract.js");
const TIMEOUT = 60_000;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

let dir: string;

async function run(args: string[], input?: string | Buffer): Promise<Run> {
  return runCli(args, dir, input);
}

const write = (rel: string, content: string | Uint8Array): void => writeIn(dir, rel, content);

const parse = parseJsonl;

const SAMPLE = readFileSync(join(ROOT, "fixtures/corpus-sample.txt"), "utf8");
const ARTICLES = SAMPLE.split("\n\n").filter((a) => a.trim() !== "");

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "extract-scale-"));
  ARTICLES.forEach((article, i) => write(`articles/${String(i).padStart(3, "0")}.txt`, `${article}\n`));
  ARTICLES.slice(0, 12).forEach((article, i) => write(`few/${String(i).padStart(3, "0")}.txt`, `${article}\n`));
  write("records.jsonl", ARTICLES.map((text, i) => JSON.stringify({ id: `a${i}`, n: i, text })).join("\n") + "\n");
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("worker threads", { timeout: TIMEOUT }, () => {
  test("-j1 and -j2 write the same bytes (seeds, one file per article, the sample as one file in pieces)", async () => {
    const args = [join(ROOT, "seeds"), "articles", join(ROOT, "fixtures/corpus-sample.txt"), "-f", "jsonl"];
    const [one, two] = await Promise.all([run([...args, "-j1"]), run([...args, "-j2"])]);
    expect(one.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toBe(one.stderr);
    const facts = parse(one.stdout);
    // The sample as one file (cut in pieces, in parallel) has the facts of one whole-document run.
    const sample = facts.filter((f) => String(f["file"]).endsWith("corpus-sample.txt")).map(({ file: _, ...f }) => f);
    expect(sample).toEqual(factsOf(SAMPLE).map((f) => ({ ...f })));
    // One file per article: each article's facts, in order.
    const perArticle = facts.filter((f) => String(f["file"]).startsWith("articles/"));
    expect(perArticle.length).toBe(ARTICLES.reduce((n, a) => n + factsOf(`${a}\n`).length, 0));
  });

  test("CSV (for Excel) and JSON too are the same for every -j", async () => {
    const formats = [["-f", "csv", "--excel"], ["-f", "json"]];
    const runs = await Promise.all(formats.flatMap((format) => [run(["few", ...format, "-j1"]), run(["few", ...format, "-j3"])]));
    expect(runs[1]?.stdout).toBe(runs[0]?.stdout);
    expect(runs[3]?.stdout).toBe(runs[2]?.stdout);
    expect(runs[0]?.stdout.split("\n").length).toBeGreaterThan(50);
  });

  test("-j must be a whole number ≥ 1; --timeout a number of seconds", async () => {
    for (const bad of [["-j", "0"], ["-j", "two"], ["--timeout", "-1"]]) {
      const r = await run(["few", ...bad]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
    }
  });

  test("a document over --timeout: TIMEOUT on stderr, its worker replaced, the others' facts written, exit 2", async () => {
    // Passes the static check (no nested quantifier), but `(?:ก|ก)*` backtracks exponentially on a long run of ก.
    write("slow-rules/slow.yaml", 'rules:\n  - id: user.slow\n    kind: quantity\n    pattern: "{number:value} (?:ก|ก)*ข"\n    unit: x\n');
    write("slow/1.txt", "พื้นที่ 5 ไร่\n");
    write("slow/2.txt", `ดี 5 ${"ก".repeat(40)}\n`);
    write("slow/3.txt", "งบ 9 ล้านบาท\n");
    const started = Date.now();
    const r = await run(["slow", "-r", "slow-rules", "--timeout", "2", "-j1", "-f", "jsonl"]);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^slow\/2\.txt: error TIMEOUT: took longer than 2 s/m);
    expect(parse(r.stdout).map((f) => [f["file"], f["text"]])).toEqual([["slow/1.txt", "5 ไร่"], ["slow/3.txt", "9 ล้านบาท"]]);
  });
});

describe("large inputs", { timeout: TIMEOUT }, () => {
  test("standard input over 1 MB is read in parts: offsets and lines exact, the document's date reaches every part", async () => {
    const head = "ประชุมวันที่ 5 มีนาคม\nวันที่ 1 มกราคม 2564 งบ 9 ล้านบาท\n";
    const filler = "The quick brown fox jumps over the lazy dog near the river bank\n".repeat(3_000);
    const body = Array.from({ length: 14 }, (_, i) => `${filler}พื้นที่ ${i + 1} ไร่\n`).join("");
    const text = `${head}${body}ร้อยละ 19.77\n`;
    expect(Buffer.byteLength(text)).toBeGreaterThan(2 * 1024 * 1024);
    const r = await run(["-", "-f", "jsonl", "-j2"], text);
    expect(r.code).toBe(0);
    const facts = parse(r.stdout);
    for (const f of facts) {
      expect(text.slice(Number(f["start"]), Number(f["end"]))).toBe(f["text"]);
      expect(text.slice(0, Number(f["start"])).split("\n").length).toBe(f["line"]);
    }
    expect(facts.find((f) => f["text"] === "5 มีนาคม")).toMatchObject({ value: "2021-03-05", year_implied: true });
    expect(facts.filter((f) => f["unit"] === "rai").map((f) => f["value"])).toEqual(Array.from({ length: 14 }, (_, i) => i + 1));
    expect(facts.at(-1)).toMatchObject({ text: "ร้อยละ 19.77", value: 19.77 });
  });

  test("--explain on an input read in parts shows spans in the document's offsets", async () => {
    const filler = "The quick brown fox jumps over the lazy dog near the river bank\n".repeat(3_000);
    const text = Array.from({ length: 8 }, (_, i) => `${filler}พื้นที่ ${i + 1} ไร่\n`).join("");
    expect(Buffer.byteLength(text)).toBeGreaterThan(1024 * 1024);
    const r = await run(["-", "-f", "jsonl", "--explain"], text);
    expect(r.code).toBe(0);
    const facts = parse(r.stdout).map((f) => `[${String(f["start"])},${String(f["end"])}) "${String(f["text"])}"`);
    const explained = [...r.stderr.matchAll(/✓ (\[\d+,\d+\) "[^"]*")/g)].map((m) => m[1]);
    expect(facts).toHaveLength(8);
    expect(explained).toEqual(facts);
    expect(r.stderr).toMatch(/explain - from line \d+:/);
  });
});

describe("--input jsonl", { timeout: TIMEOUT }, () => {
  test("one document per record, named by --id-field, with the facts of the text on its own", async () => {
    const r = await run(["records.jsonl", "--input", "jsonl", "--id-field", "id", "-f", "jsonl"]);
    expect(r.code).toBe(0);
    const facts = parse(r.stdout);
    const expected = ARTICLES.flatMap((text, i) => factsOf(text).map((f) => ({ file: `a${i}`, ...f })));
    expect(facts).toEqual(expected);
  });

  test("--text-field and numeric ids; without --id-field a record is FILE:LINE", async () => {
    write("other.jsonl", `${JSON.stringify({ body: "งบ 9 ล้านบาท", n: 7 })}\n\n${JSON.stringify({ body: "พื้นที่ 5 ไร่", n: 8 })}\n`);
    const named = await run(["other.jsonl", "--input", "jsonl", "--text-field", "body", "--id-field", "n", "-f", "jsonl"]);
    expect(parse(named.stdout).map((f) => [f["file"], f["start"], f["text"]])).toEqual([["7", 3, "9 ล้านบาท"], ["8", 8, "5 ไร่"]]);
    const plain = await run(["other.jsonl", "--input", "jsonl", "--text-field", "body", "-f", "jsonl"]);
    expect(parse(plain.stdout).map((f) => f["file"])).toEqual(["other.jsonl:1", "other.jsonl:3"]);
  });

  test("a bad record is an error on its line; the other records are processed; exit 2", async () => {
    write("bad.jsonl", [JSON.stringify({ id: "x", text: "งบ 9 ล้านบาท" }), "{not json", "[1]", JSON.stringify({ id: "y" }), JSON.stringify({ id: "z", text: "พื้นที่ 5 ไร่" })].join("\n"));
    const r = await run(["bad.jsonl", "--input", "jsonl", "--id-field", "id", "-f", "jsonl"]);
    expect(r.code).toBe(2);
    expect(parse(r.stdout).map((f) => f["file"])).toEqual(["x", "z"]);
    expect(r.stderr.split("\n").filter(Boolean).map((l) => /^(\S+): error (\w+):/.exec(l)?.slice(1))).toEqual([
      ["bad.jsonl:2", "INVALID_JSON"], ["bad.jsonl:3", "NOT_AN_OBJECT"], ["bad.jsonl:4", "NO_TEXT"],
    ]);
  });

  test("--id-field without --input jsonl is a usage error", async () => {
    const r = await run(["few", "--id-field", "id"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--id-field is for --input jsonl");
  });

  test("split in two, the two outputs concatenated are the output of one run (a map step)", async () => {
    const lines = readFileSync(join(dir, "records.jsonl"), "utf8").split("\n").filter(Boolean);
    const half = Math.floor(lines.length / 2);
    const args = ["-", "--input", "jsonl", "--id-field", "id", "-f", "jsonl"];
    const [all, first, second] = await Promise.all([
      run([...args, "-j2"], `${lines.join("\n")}\n`),
      run([...args, "-j1"], `${lines.slice(0, half).join("\n")}\n`),
      run([...args, "-j1"], `${lines.slice(half).join("\n")}\n`),
    ]);
    expect(all.code).toBe(0);
    expect(parse(all.stdout).length).toBeGreaterThan(1000);
    expect(first.stdout + second.stdout).toBe(all.stdout);
  });

  test("CSV too, when the parts after the first are written with --no-header", async () => {
    const lines = readFileSync(join(dir, "records.jsonl"), "utf8").split("\n").filter(Boolean);
    const half = Math.floor(lines.length / 2);
    for (const extra of [[], ["--excel"]]) {
      const args = ["-", "--input", "jsonl", "--id-field", "id", ...extra];
      const [all, first, second] = await Promise.all([
        run([...args, "-j2"], `${lines.join("\n")}\n`),
        run([...args, "-j1"], `${lines.slice(0, half).join("\n")}\n`),
        run([...args, "-j1", "--no-header"], `${lines.slice(half).join("\n")}\n`),
      ]);
      expect(all.code).toBe(0);
      expect(all.stdout.split("\n").filter((l) => l.includes("file,line,start")).length).toBe(1);
      expect(/^(\uFEFF|file,)/.test(second.stdout)).toBe(false); // rows only: no mark, no header
      expect(first.stdout + second.stdout).toBe(all.stdout);
    }
  });

  test("--no-header is for CSV, and not with --bom", async () => {
    const r = await run(["few", "-f", "jsonl", "--no-header"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--no-header is for CSV output");
    const both = await run(["few", "--bom", "--no-header"]);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain("--bom and --no-header do not go together");
    expect(both.stdout).toBe("");
  });
});

describe("progress", { timeout: TIMEOUT }, () => {
  test("nothing on a stderr that is not a terminal, even for a run over a second", async () => {
    const started = Date.now();
    const sample = join(ROOT, "fixtures/corpus-sample.txt");
    // ~36 MB: well over a second even on a machine several times faster than ours.
    const r = await run(["articles", ...Array<string>(40).fill(sample), "-j1", "-f", "jsonl"]);
    expect(Date.now() - started).toBeGreaterThan(1000);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toMatch(/\r|MB\/s|\u001b/);
    expect(r.stderr.split("\n").filter(Boolean).every((l) => l.includes("warning"))).toBe(true);
  });

  const terminal = (): { stream: PassThrough & { isTTY: boolean; columns: number }; text: () => string } => {
    const stream = Object.assign(new PassThrough(), { isTTY: true, columns: 100 });
    let text = "";
    stream.on("data", (d: Buffer) => (text += d.toString()));
    return { stream, text: () => text };
  };

  test("on a terminal: nothing for the first second, then files, MB, MB/s and time left; messages go above it", () => {
    let now = 0;
    const { stream, text } = terminal();
    const progress = new Progress({ stream, enabled: true, now: () => now, delayMs: 1000 });
    progress.setTotals({ files: 10, bytes: 20e6 });
    progress.advance(2, 4e6);
    now = 500;
    progress.tick();
    expect(text()).toBe("");
    now = 2000;
    progress.tick();
    expect(text()).toBe("\rextract: 2/10 files  4.0/20.0 MB  2.0 MB/s  ETA 0:08  [########--------------------------------]\u001b[K");
    progress.say("a.txt: warning X: y");
    expect(text().endsWith("\r\u001b[Ka.txt: warning X: y\n\rextract: 2/10 files  4.0/20.0 MB  2.0 MB/s  ETA 0:08  [########--------------------------------]\u001b[K")).toBe(true);
    progress.stop();
    expect(text().endsWith("\r\u001b[K")).toBe(true);
  });

  test("JSON Lines: records are counted as documents, against a total of bytes only", () => {
    let now = 0;
    const { stream } = terminal();
    const progress = new Progress({ stream, enabled: true, now: () => now });
    progress.setTotals({ files: undefined, bytes: 10e6 });
    progress.advance(3, 1e6);
    now = 2000;
    expect(progress.render()).toMatch(/^extract: 3 documents {2}1\.0\/10\.0 MB {2}0\.5 MB\/s {2}ETA 0:18 {2}\[/);
  });

  test("disabled (--quiet or not a terminal): messages only", () => {
    let now = 0;
    const { stream, text } = terminal();
    const progress = new Progress({ stream, enabled: false, now: () => now });
    progress.advance(1, 1e6);
    now = 5000;
    progress.tick();
    progress.say("m");
    progress.stop();
    expect(text()).toBe("m\n");
  });

  test("the summary: files, facts, warnings, errors, time", () => {
    expect(formatSummary({ documents: 16307, facts: 1, warnings: 0, errors: 2, bytes: 153e6 }, 51)).toBe(
      "extract: 1 fact from 16,307 documents, 0 warnings, 2 errors in 51.0 s (3.0 MB/s)");
  });
});
