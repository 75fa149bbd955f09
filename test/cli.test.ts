/**
 * End-to-end tests of the `extract` command, run against the BUILT program (`npm test` builds
 * first): each case spawns `node bin/extract.js` on small Thai texts written to a temp dir.
 * A few cases call the built main() in-process with fake streams, for what a child process
 * cannot fake (a terminal on stdin or stderr).
 */
import { spawn } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { PassThrough } from "node:stream";
import { fileURLToPath } from "node:url";
import { parseJsonl, runCli, writeIn } from "./run-cli.js";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const BIN = join(ROOT, "bin", "extract.js");

const HEADER = "file,line,start,end,kind,value,unit,qualifier,value_max,target,year,subject,text,rule,year_implied,change";
const AREA_AND_DATE = "พื้นที่ ๔๐.๘ ตารางกิโลเมตร เมื่อวันที่ 19 พฤศจิกายน 2564\n";
const MONEY = "โครงการมีมูลค่า 9 ล้านบาท\n";
const NOTHING = "ไม่มีตัวเลขในข้อความนี้\n";

/** Each run starts Node and loads wordcut's dictionary (~0.4 s); slow CI machines need room. */
const SPAWN_TIMEOUT = 30_000;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

let dir: string;

/**
 * Runs the built CLI in the temp dir (so paths in output are the relative ones given).
 */
async function run(args: string[], input?: string): Promise<Run> {
  return runCli(args, dir, input);
}

const write = (rel: string, content: string | Uint8Array): void => writeIn(dir, rel, content);

const jsonl = parseJsonl;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "extract-cli-"));
  write("one.txt", AREA_AND_DATE);
  // A directory whose code-point order differs from a case-insensitive or UTF-16 one.
  write("docs/b.txt", MONEY);
  write("docs/a.txt", AREA_AND_DATE);
  write("docs/B.txt", NOTHING);
  write("docs/sub/c.txt", "พื้นที่ 5 ไร่\n");
  write("docs/.hidden.txt", "พื้นที่ 7 ไร่\n");
  write("docs/.git/x.txt", "พื้นที่ 8 ไร่\n");
  write("bin/photo.dat", Buffer.concat([Buffer.from("GIF89a\0\0"), Buffer.from("พื้นที่ 9 ไร่")]));
  write("bin/text.txt", MONEY);
  // BOM, CRLF and a character outside the BMP before the figures: offsets are UTF-16 units after the BOM.
  write("tricky.txt", `\uFEFF🙂 หัวข้อ\r\nพื้นที่ 5 ไร่ 2 งาน 30 ตารางวา และ ร้อยละ 19.77\r\nงบ 10,000,000,000 ล้านล้านบาท`);
  write("empty.txt", "");
  write("bad-rules.yaml", "rules:\n  - id: x\n    kind: area\n    paterns: [\"a\"]\n");
  write("user-rules/widget.yaml", [
    "rules:",
    "  - id: user.widget",
    "    kind: quantity",
    "    pattern: \"{number:value} ?วิดเจ็ต\"",
    "    unit: widget",
  ].join("\n"));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("inputs", { timeout: SPAWN_TIMEOUT }, () => {
  test("a single file: CSV header and one row per fact", async () => {
    const r = await run(["one.txt"]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines[0]).toBe(HEADER);
    expect(lines).toContain("one.txt,1,8,26,area,40.8,km2,exact,,false,,พื้นที่,๔๐.๘ ตารางกิโลเมตร,area.unit,,");
    expect(lines.some((l) => l.startsWith("one.txt,1,") && l.includes(",date,2021-11-19,"))).toBe(true);
  });

  test.each([["docs"], ["docs/"]])("a directory (%s): code-point order, recursive, hidden entries skipped", async (arg) => {
    const r = await run([arg, "-f", "jsonl"]);
    expect(r.code).toBe(0);
    const files = [...new Set(jsonl(r.stdout).map((f) => f["file"]))];
    // B.txt (no facts) sorts before a.txt; sub/ is walked; .hidden.txt and .git/ are not read.
    expect(files).toEqual(["docs/a.txt", "docs/b.txt", "docs/sub/c.txt"]);
    expect(r.stdout).not.toContain("hidden");
    expect(jsonl(r.stdout).map((f) => f["value"])).not.toContain(7);
    expect(jsonl(r.stdout).map((f) => f["value"])).not.toContain(8);
  });

  test("standard input with `-`, and implied when nothing is given and stdin is piped", async () => {
    for (const args of [["-", "-f", "jsonl"], ["-f", "jsonl"]]) {
      const r = await run(args, AREA_AND_DATE);
      expect(r.code).toBe(0);
      const facts = jsonl(r.stdout);
      expect(facts.map((f) => [f["file"], f["kind"], f["value"], f["unit"]])).toEqual([
        ["-", "area", 40.8, "km2"],
        ["-", "date", "2021-11-19", undefined],
      ]);
    }
  });

  test("a binary file in a directory is skipped with a warning naming it", async () => {
    const r = await run(["bin", "-f", "jsonl"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/bin\/photo\.dat: warning BINARY_SKIPPED/);
    expect(jsonl(r.stdout).map((f) => f["file"])).toEqual(["bin/text.txt"]);
  });

  test("a missing path among good ones: exit 2, the path named, the good facts still written", async () => {
    const r = await run(["one.txt", "missing.txt", "docs/b.txt", "-f", "jsonl"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("missing.txt");
    expect(r.stderr).toMatch(/no such file or directory/);
    const files = jsonl(r.stdout).map((f) => f["file"]);
    expect(files).toContain("one.txt");
    expect(files).toContain("docs/b.txt");
  });

  test.skipIf(process.getuid?.() === 0)("an unreadable directory is reported and the rest is processed", async () => {
    write("locked/x.txt", MONEY);
    chmodSync(join(dir, "locked"), 0o000);
    try {
      const r = await run(["locked", "one.txt", "-f", "jsonl"]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/locked: error PERMISSION_DENIED: .*permission denied/);
      expect(jsonl(r.stdout).map((f) => f["file"])).toContain("one.txt");
    } finally {
      chmodSync(join(dir, "locked"), 0o755);
    }
  });
});

describe("formats", { timeout: SPAWN_TIMEOUT }, () => {
  test("json is one array, keys in contract order, absent fields omitted", async () => {
    const r = await run(["one.txt", "docs/b.txt", "-f", "json"]);
    expect(r.code).toBe(0);
    const facts = JSON.parse(r.stdout) as Array<Record<string, unknown>>;
    expect(facts).toHaveLength(3);
    expect(Object.keys(facts[0] ?? {})).toEqual(["file", "line", "start", "end", "kind", "value", "unit", "qualifier", "target", "subject", "text", "rule"]);
    expect(facts[2]).toMatchObject({ file: "docs/b.txt", kind: "money", value: 9000000, unit: "THB" });
  });

  test("json with no facts is an empty array; csv with no facts is the header alone", async () => {
    expect(JSON.parse((await run(["empty.txt", "-f", "json"])).stdout)).toEqual([]);
    expect((await run(["empty.txt"])).stdout).toBe(`${HEADER}\n`);
    expect((await run(["empty.txt", "-f", "jsonl"])).stdout).toBe("");
  });

  test("jsonl: every line parses", async () => {
    const r = await run(["docs", "-f", "jsonl"]);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
  });

  test("numbers are plain decimals, never exponent notation", async () => {
    const csv = (await run(["tricky.txt"])).stdout;
    expect(csv).toContain(",money,10000000000000000000000,THB,");
    expect(csv).not.toMatch(/\de[+-]?\d/);
    expect((await run(["tricky.txt", "-f", "jsonl"])).stdout).toContain('"value":10000000000000000000000,');
  });

  test("-o FILE writes the file and nothing to stdout", async () => {
    const r = await run(["one.txt", "-f", "jsonl", "-o", "out.jsonl"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    expect(jsonl(readFileSync(join(dir, "out.jsonl"), "utf8")).map((f) => f["kind"])).toEqual(["area", "date"]);
  });

  test("--format xml: exit 2 with a message naming the allowed formats", async () => {
    const r = await run(["one.txt", "--format", "xml"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/'xml' is invalid.*csv, json, jsonl/);
  });
});

describe("facts", { timeout: SPAWN_TIMEOUT }, () => {
  test("text === document.slice(start, end), offsets in UTF-16 units after the BOM", async () => {
    const names = ["one.txt", "tricky.txt", "docs/a.txt", "docs/b.txt"];
    const facts = jsonl((await run([...names, "-f", "jsonl"])).stdout);
    for (const name of names) {
      const document = readFileSync(join(dir, name), "utf8").replace(/^\uFEFF/, "");
      const own = facts.filter((f) => f["file"] === name);
      expect(own.length).toBeGreaterThan(0);
      for (const f of own) {
        expect(f["text"]).toBe(document.slice(f["start"] as number, f["end"] as number));
        expect(f["line"]).toBe(document.slice(0, f["start"] as number).split("\n").length);
      }
    }
  });

  test("user rules (-r DIR) layer on the built-in ones; --no-default-rules drops the built-in ones", async () => {
    const text = "ผลิต 12 วิดเจ็ต ในพื้นที่ 5 ไร่\n";
    const both = jsonl((await run(["-", "-r", "user-rules", "-f", "jsonl"], text)).stdout);
    expect(both.map((f) => f["rule"])).toEqual(["user.widget", "area.unit"]);
    const only = jsonl((await run(["-", "--no-default-rules", "-r", "user-rules/widget.yaml", "-f", "jsonl"], text)).stdout);
    expect(only.map((f) => f["rule"])).toEqual(["user.widget"]);
  });

  test("invalid rules: each diagnostic with its code and position, before any input is read", async () => {
    const r = await run(["missing.txt", "-r", "bad-rules.yaml"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^bad-rules\.yaml:4:5: RULE_INVALID: /m);
    expect(r.stderr).not.toContain("missing.txt"); // inputs were never touched
  });
});

describe("exit codes", { timeout: SPAWN_TIMEOUT }, () => {
  test.each<[string, number, string[]]>([
    ["facts found", 0, ["one.txt"]],
    ["nothing found", 0, ["empty.txt"]],
    ["help", 0, ["--help"]],
    ["missing input", 2, ["missing.txt"]],
    ["unknown format", 2, ["one.txt", "-f", "xml"]],
    ["unknown option", 2, ["one.txt", "--bogus"]],
    ["invalid rules", 2, ["one.txt", "-r", "bad-rules.yaml"]],
    ["missing rule path", 2, ["one.txt", "-r", "no-such-rules"]],
    ["no rules at all", 2, ["one.txt", "--no-default-rules"]],
    ["unwritable output", 2, ["one.txt", "-o", "no-such-dir/out.csv"]],
  ])("%s → exit %i", async (_name, code, args) => {
    expect((await run(args)).code).toBe(code);
  });

  test("--version prints the package's version", async () => {
    const r = await run(["--version"]);
    const { version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${version}\n`);
  });

  test("--help shows examples", async () => {
    const help = (await run(["--help"])).stdout;
    for (const example of ["extract seeds/", "extract seeds/ -f jsonl -o facts.jsonl", "cat article.txt | extract - -f json", "> facts.csv"]) {
      expect(help).toContain(example);
    }
  });

  test("a reader that stops early (| head) ends the run quietly", async () => {
    for (let i = 0; i < 200; i++) write(`many/${String(i).padStart(3, "0")}.txt`, AREA_AND_DATE.repeat(20));
    const child = spawn(process.execPath, [BIN, "many"], { cwd: dir, stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.stdout.once("data", () => child.stdout.destroy());
    const code = await new Promise<number | null>((done) => child.on("close", done));
    expect(stderr).toBe("");
    expect(code).toBe(0);
  });

  test("help to a reader already gone (--help | head): no EPIPE, exit 0", async () => {
    for (const args of [["--help"], ["explain", "--help"], ["rules", "--help"]]) {
      const child = spawn(process.execPath, [BIN, ...args], { cwd: dir, stdio: ["ignore", "pipe", "pipe"] });
      child.stdout.destroy();
      let stderr = "";
      child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
      const code = await new Promise<number | null>((done) => child.on("close", done));
      expect(stderr).toBe("");
      expect(code).toBe(0);
    }
  });

  test("extract text, its reader stopping early (| head): no EPIPE, exit 0", async () => {
    write("long.txt", AREA_AND_DATE.repeat(60_000));
    const child = spawn(process.execPath, [BIN, "text", "long.txt", "long.txt"], { cwd: dir, stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.stdout.once("data", () => child.stdout.destroy());
    const code = await new Promise<number | null>((done) => child.on("close", done));
    expect(stderr).toBe("");
    expect(code).toBe(0);
  });
});

describe("main() in-process (terminal behaviour)", { timeout: SPAWN_TIMEOUT }, () => {
  type Fake = PassThrough & { isTTY?: boolean };
  const fake = (isTTY: boolean): { stream: Fake; text: () => string } => {
    const stream: Fake = new PassThrough();
    stream.isTTY = isTTY;
    let text = "";
    stream.on("data", (d: Buffer) => (text += d.toString()));
    return { stream, text: () => text };
  };
  const loadMain = async (): Promise<(argv: string[], io: object) => Promise<number>> =>
    ((await import(join(ROOT, "dist", "cli", "main.js"))) as { main: (argv: string[], io: object) => Promise<number> }).main;

  test("no paths and a terminal on stdin: help on stderr, exit 2", async () => {
    const main = await loadMain();
    const [stdout, stderr, stdin] = [fake(false), fake(false), fake(true)];
    const code = await main([], { stdout: stdout.stream, stderr: stderr.stream, stdin: stdin.stream, env: {} });
    expect(code).toBe(2);
    expect(stdout.text()).toBe("");
    expect(stderr.text()).toContain("Usage: extract");
  });

  test("summary on a terminal stderr, coloured unless NO_COLOR; none with --quiet", async () => {
    const main = await loadMain();
    const go = async (args: string[], env: Record<string, string>): Promise<string> => {
      const [stdout, stderr, stdin] = [fake(false), fake(true), fake(false)];
      expect(await main([join(dir, "one.txt"), ...args], { stdout: stdout.stream, stderr: stderr.stream, stdin: stdin.stream, env })).toBe(0);
      return stderr.text();
    };
    expect(await go([], { NO_COLOR: "1" })).toMatch(/^extract: 2 facts from 1 document, 0 warnings, 0 errors in \d+\.\d s\n$/);
    expect(await go([], {})).toContain("\u001b[");
    expect(await go(["-q"], {})).toBe("");
  });
});
