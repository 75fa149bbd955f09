/**
 * Real-world files, bad input and failures: nothing is lost and nothing hangs. Runs the BUILT
 * command (`npm test` builds first) as a subprocess, on the committed fixtures (the nasty-files
 * directory, seeds re-encoded with iconv) and on files made in a temp dir.
 */
import { spawn, spawnSync, type SpawnOptions } from "node:child_process";
import { chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { NASTY_DIR, NASTY_GOLDEN, runNasty } from "../src/scripts/golden.js";
import { ROOT } from "./helpers.js";

const BIN = join(ROOT, "bin", "extract.js");
const SPAWN_TIMEOUT = 30_000;
const PARAGRAPH = "ข่าววันที่ 19 พฤศจิกายน 2564\nพื้นที่ ๔๐.๘ ตารางกิโลเมตร โครงการมีมูลค่า 9 ล้านบาท\n";

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  /** stdout as bytes, for byte-order marks and line ends. */
  raw: Buffer;
  stderr: string;
}

let dir: string;

/** Runs the built CLI (in the temp dir unless `cwd` is given), colour off unless `env` says otherwise. */
async function run(args: string[], options: { cwd?: string; input?: string; env?: NodeJS.ProcessEnv; spawn?: SpawnOptions } = {}): Promise<Run> {
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? dir, env: options.env ?? { ...process.env, NO_COLOR: "1" }, ...options.spawn,
  });
  const out: Buffer[] = [];
  let stderr = "";
  child.stdout?.on("data", (d: Buffer) => out.push(d));
  child.stderr?.setEncoding("utf8").on("data", (d: string) => (stderr += d));
  child.stdin?.end(options.input ?? "");
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((done) => child.on("close", (c, s) => done([c, s])));
  const raw = Buffer.concat(out);
  return { code, signal, stdout: raw.toString("utf8"), raw, stderr };
}

function write(rel: string, content: string | Uint8Array): string {
  const path = join(dir, rel);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
  return path;
}

type Row = Record<string, unknown>;
const jsonl = (text: string): Row[] => text.split("\n").filter((l) => l !== "").map((l) => JSON.parse(l) as Row);
const withoutFile = ({ file: _file, ...rest }: Row): Row => rest;
const stderrLines = (r: Run): string[] => r.stderr.split("\n").filter((l) => l !== "");
/** Hidden temporary files that an -o run must never leave behind. */
const leftovers = (path: string): string[] => readdirSync(path).filter((n) => n.endsWith(".tmp"));

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "extract-robust-"));
  write("good.txt", PARAGRAPH);
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("the nasty-files fixture", { timeout: SPAWN_TIMEOUT }, () => {
  let nasty: ReturnType<typeof runNasty>;
  beforeAll(() => {
    nasty = runNasty(ROOT);
  });
  const names = readdirSync(join(ROOT, NASTY_DIR)).filter((n) => !n.startsWith("."));
  const problems: Record<string, RegExp> = {
    "binary.dat": /: warning BINARY_SKIPPED: looks binary \(a NUL byte at byte \d+\); skipped$/,
    "scan.pdf": /: warning BINARY_SKIPPED: cannot read it as PDF: .*; skipped$/,
    "invalid-utf-8.txt": /:3: warning INVALID_BYTES: not valid UTF-8 from byte \d+/,
    "dangling-link.txt": /: error NOT_FOUND: /,
    "loop": /: error SYMLINK_LOOP: /,
  };

  test("matches its expected output (npm run golden:update to refresh), exit 2", () => {
    expect(nasty.stdout).toBe(readFileSync(join(ROOT, NASTY_GOLDEN.stdout), "utf8"));
    expect(nasty.stderr).toBe(readFileSync(join(ROOT, NASTY_GOLDEN.stderr), "utf8"));
    expect(nasty.status).toBe(2);
  });

  test("one line per problem file, with its code", () => {
    const lines = nasty.stderr.split("\n").filter((l) => l !== "");
    expect(lines).toHaveLength(Object.keys(problems).length);
    for (const [name, pattern] of Object.entries(problems)) {
      const own = lines.filter((l) => l.startsWith(`${NASTY_DIR}/${name}:`));
      expect(own, name).toHaveLength(1);
      expect(own[0]).toMatch(pattern);
    }
  });

  test("the facts of every good file, spans exact in the decoded text", () => {
    const facts = jsonl(nasty.stdout);
    const good = names.filter((n) => !(n in problems) && n !== "empty.txt");
    expect(good).toEqual(expect.arrayContaining(["tis-620.txt", "windows-874.txt", "utf-16le.txt", "utf-16be.txt", "bom-utf-8.txt",
      "crlf.txt", "decomposed-sara-am.txt", "zero-width-and-nbsp.txt", "no-final-newline.txt", "ข้อมูล ปี 2567.txt"]));
    for (const name of good) {
      const own = facts.filter((f) => f["file"] === `${NASTY_DIR}/${name}`);
      expect(own.length, name).toBeGreaterThan(0);
    }
    expect(facts.filter((f) => String(f["file"]).endsWith("empty.txt"))).toEqual([]);
    // The file's text as decoded: UTF-8 files checked here, the other encodings below.
    for (const name of ["crlf.txt", "decomposed-sara-am.txt", "zero-width-and-nbsp.txt", "ข้อมูล ปี 2567.txt"]) {
      const text = readFileSync(join(ROOT, NASTY_DIR, name), "utf8");
      for (const f of facts.filter((x) => x["file"] === `${NASTY_DIR}/${name}`)) {
        expect(text.slice(f["start"] as number, f["end"] as number)).toBe(f["text"]);
      }
    }
  });

  test("the same text in UTF-8 with BOM, UTF-16 LE/BE and Windows-874 gives the same facts", () => {
    const facts = jsonl(nasty.stdout);
    const of = (name: string): Row[] => facts.filter((f) => f["file"] === `${NASTY_DIR}/${name}`).map(withoutFile);
    const reference = of("bom-utf-8.txt");
    expect(reference.length).toBeGreaterThanOrEqual(6);
    for (const name of ["utf-16le.txt", "utf-16be.txt", "windows-874.txt"]) expect(of(name), name).toEqual(reference);
    // TIS-620 has no curly quotes or en dash: the same figures, the later spans shifted.
    expect(of("tis-620.txt").map((f) => [f["kind"], f["value"], f["text"]])).toEqual(reference.map((f) => [f["kind"], f["value"], f["text"]]));
  });
});

describe("encodings", { timeout: SPAWN_TIMEOUT }, () => {
  test("seeds encoded by iconv (Windows-874, TIS-620, UTF-16) yield the facts of their UTF-8 originals; --encoding forces one", async () => {
    const forcedFile = "fixtures/encodings/004_46c72ad91eba6698.windows-874.txt";
    const [r, forced] = await Promise.all([
      run(["seeds", "fixtures/encodings", "-f", "jsonl"], { cwd: ROOT }),
      // Read as TIS-620 on request, and UTF-8 forced on it is reported, not guessed around.
      run([forcedFile, "--encoding", "TIS-620", "-f", "jsonl"], { cwd: ROOT }),
    ]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const facts = jsonl(r.stdout);
    const seedFacts = (name: string): Row[] => facts.filter((f) => f["file"] === `seeds/${name.replace(/\.[^.]+\.txt$/, ".txt")}`).map(withoutFile);
    const encoded = readdirSync(join(ROOT, "fixtures", "encodings")).filter((n) => !n.startsWith("."));
    expect(encoded.length).toBeGreaterThanOrEqual(7);
    for (const name of encoded) {
      expect(seedFacts(name).length, name).toBeGreaterThan(0);
      expect(facts.filter((f) => f["file"] === `fixtures/encodings/${name}`).map(withoutFile), name).toEqual(seedFacts(name));
    }
    expect(forced.stderr).toBe("");
    expect(jsonl(forced.stdout).map(withoutFile)).toEqual(seedFacts("004_46c72ad91eba6698.windows-874.txt"));
  });

  test("--encoding with an unknown label: exit 2, the labels listed, nothing read", async () => {
    const r = await run(["good.txt", "--encoding", "latin1"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/'latin1' is invalid.*utf-8.*windows-874.*tis-620/s);
  });
});

describe("problem inputs", { timeout: SPAWN_TIMEOUT }, () => {
  test("binary named or piped, symbolic-link loops, missing paths, dangling links: one line each, the rest processed, exit 2", async () => {
    write("links/a.txt", PARAGRAPH);
    write("links/sub/b.txt", PARAGRAPH);
    symlinkSync("..", join(dir, "links/sub/up"));
    symlinkSync("self", join(dir, "links/self"));
    symlinkSync("nowhere.txt", join(dir, "dangling.txt"));
    const binary = join(ROOT, NASTY_DIR, "binary.dat");
    const r = await run(["links", "links/self", binary, "-", "missing.txt", "dangling.txt", "no-dir/x.txt", "good.txt", "-f", "jsonl"], { input: "GIF89a\0\0\0" });
    expect(r.code).toBe(2);
    expect(stderrLines(r)).toEqual([
      "links/self: error SYMLINK_LOOP: too many symbolic links encountered (ELOOP)",
      "links/sub/up: error SYMLINK_LOOP: symbolic link loop: leads back to links; not followed",
      "links/self: error SYMLINK_LOOP: too many symbolic links encountered (ELOOP)",
      `${binary}: error BINARY_FILE: not a text file (a NUL byte at byte 7)`,
      "-: error BINARY_FILE: not a text file (a NUL byte at byte 6)",
      "missing.txt: error NOT_FOUND: no such file or directory (ENOENT)",
      "dangling.txt: error NOT_FOUND: no such file or directory (ENOENT)",
      "no-dir/x.txt: error NOT_FOUND: no such file or directory (ENOENT)",
    ]);
    expect([...new Set(jsonl(r.stdout).map((f) => f["file"]))]).toEqual(["links/a.txt", "links/sub/b.txt", "good.txt"]);
  });

  /**
   * chmod cannot lock root out, so as root (CI) the command runs as `nobody` instead, when the
   * system lets it (the checkout must be readable by nobody); otherwise as the current user.
   */
  const unprivileged = ((): SpawnOptions | undefined => {
    if (process.getuid?.() !== 0) return {};
    const probe = spawnSync(process.execPath, [BIN, "--help"], { uid: 65534, gid: 65534, cwd: tmpdir(), stdio: "ignore" });
    return probe.status === 0 ? { uid: 65534, gid: 65534 } : undefined;
  })();

  test.skipIf(unprivileged === undefined)("an unreadable file and a directory without permission: one line each, the rest processed", async () => {
    chmodSync(dir, 0o755);
    write("locked-dir/x.txt", PARAGRAPH);
    write("locked.txt", PARAGRAPH);
    chmodSync(join(dir, "locked.txt"), 0o000);
    chmodSync(join(dir, "locked-dir"), 0o000);
    try {
      const r = await run(["locked.txt", "locked-dir", "good.txt", "-f", "jsonl"], { spawn: unprivileged ?? {} });
      expect(r.code).toBe(2);
      expect(stderrLines(r)).toEqual([
        "locked.txt: error PERMISSION_DENIED: permission denied (EACCES)",
        "locked-dir: error PERMISSION_DENIED: permission denied (EACCES)",
      ]);
      expect([...new Set(jsonl(r.stdout).map((f) => f["file"]))]).toEqual(["good.txt"]);
    } finally {
      chmodSync(join(dir, "locked.txt"), 0o644);
      chmodSync(join(dir, "locked-dir"), 0o755);
    }
  });

  test("a large file with no newline (1 MB here; 100 MB checked by hand) is read whole", async () => {
    const seeds = readdirSync(join(ROOT, "seeds")).map((n) => readFileSync(join(ROOT, "seeds", n), "utf8")).join(" ").replace(/\s+/g, " ");
    const text = seeds.repeat(Math.ceil(1_000_000 / Buffer.byteLength(seeds))) + " ท้ายสุด 77 ตำบล";
    expect(Buffer.byteLength(text)).toBeGreaterThan(1_000_000);
    write("long-line.txt", text);
    const r = await run(["long-line.txt", "-f", "jsonl"]);
    expect(r.code).toBe(0);
    const facts = jsonl(r.stdout);
    expect(facts.length).toBeGreaterThan(500);
    expect(facts.every((f) => f["line"] === 1)).toBe(true);
    expect(facts.at(-1)).toMatchObject({ end: text.length, text: "77 ตำบล" });
  });
});

describe("-o FILE", { timeout: SPAWN_TIMEOUT }, () => {
  test("replaces the file only when the run is done (an input error too: the others' facts are written), no temporary file left", async () => {
    write("out/facts.csv", "old\n");
    chmodSync(join(dir, "out/facts.csv"), 0o640);
    const r = await run(["missing.txt", "good.txt", "-o", "out/facts.csv"]);
    expect(r.code).toBe(2);
    expect(readFileSync(join(dir, "out/facts.csv"), "utf8")).toMatch(/^file,line,.*\ngood\.txt,1,/s);
    expect(lstatSync(join(dir, "out/facts.csv")).mode & 0o777).toBe(0o640); // the old file's permissions kept
    expect(leftovers(join(dir, "out"))).toEqual([]);
  });

  test.each(["SIGINT", "SIGTERM"] as const)("interrupted by %s: the old file is left as it was, the temporary file removed", async (signal) => {
    write("out/kept.csv", "old,content\n");
    const child = spawn(process.execPath, [BIN, "-", "-o", "out/kept.csv"], { cwd: dir, env: { ...process.env, NO_COLOR: "1" } });
    child.stdin.write(PARAGRAPH); // standard input stays open: the run is mid-way
    const closed = new Promise<[number | null, NodeJS.Signals | null]>((done) => child.on("close", (c, s) => done([c, s])));
    const deadline = Date.now() + 20_000;
    while (leftovers(join(dir, "out")).length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
    expect(leftovers(join(dir, "out"))).toHaveLength(1);
    child.kill(signal);
    expect(await closed).toEqual([null, signal]);
    expect(readFileSync(join(dir, "out/kept.csv"), "utf8")).toBe("old,content\n");
    expect(leftovers(join(dir, "out"))).toEqual([]);
  });

  test("a missing output directory is a clear error before any work", async () => {
    const r = await run(["missing.txt", "-o", "no-such-dir/out.csv", "-r", "no-such-rules.yaml"]);
    expect(r.code).toBe(2);
    expect(stderrLines(r)).toEqual(["no-such-dir/out.csv: error OUTPUT_DIR_MISSING: output directory no-such-dir does not exist; create it first"]);
    expect(existsSync(join(dir, "no-such-dir"))).toBe(false);
  });

  test("a directory as output is refused; /dev/null is written, not replaced", async () => {
    expect(stderrLines(await run(["good.txt", "-o", "out"]))).toEqual(["out: error OUTPUT_IS_DIRECTORY: is a directory; give a file name"]);
    const r = await run(["good.txt", "-o", "/dev/null"]);
    expect(r.code).toBe(0);
    expect(lstatSync("/dev/null").isCharacterDevice()).toBe(true);
  });
});

describe("writing into a closed pipe", { timeout: SPAWN_TIMEOUT }, () => {
  test("extract … | head -1 ends quietly: no stack trace, exit 0", async () => {
    write("many-facts.txt", "พื้นที่ 5 ไร่\n".repeat(5000)); // ~400 KB of CSV, more than a pipe holds
    const r = spawnSync("bash", ["-c", `set -o pipefail; "${process.execPath}" "${BIN}" many-facts.txt | head -1`], { cwd: dir, encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout.split("\n").length).toBe(2);
  });
});

describe("spreadsheet safety", { timeout: SPAWN_TIMEOUT }, () => {
  const INJECTION = "+โครงการ 9 ล้านบาท\n";
  beforeAll(() => {
    write("=1+2.txt", INJECTION);
  });

  test("--excel: UTF-8 BOM, CRLF, formula-looking text cells neutralized, numbers untouched", async () => {
    const r = await run(["=1+2.txt", "--excel"]);
    expect(r.code).toBe(0);
    expect([...r.raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = r.stdout.slice(1);
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toContain("\n");
    const [, row] = text.split("\r\n");
    expect(row).toBe("'=1+2.txt,1,9,18,money,9000000,THB,exact,,false,,'+โครงการ,9 ล้านบาท,money.amount,,");
  });

  test("--bom adds just the BOM: LF line ends, the cells are the document's text", async () => {
    const r = await run(["=1+2.txt", "--bom"]);
    expect(r.stdout.startsWith("\uFEFFfile,line,")).toBe(true);
    expect(r.stdout).not.toContain("\r");
    expect(r.stdout.split("\n")[1]).toBe("=1+2.txt,1,9,18,money,9000000,THB,exact,,false,,+โครงการ,9 ล้านบาท,money.amount,,");
  });

  test.each([["--excel", "json"], ["--bom", "jsonl"]])("%s with -f %s is a usage error", async (flag, format) => {
    const r = await run(["good.txt", flag, "-f", format]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(`${flag} is for CSV output`);
  });
});

describe("colour", { timeout: SPAWN_TIMEOUT }, () => {
  test("none when stderr is not a terminal, even without NO_COLOR", async () => {
    const env = { ...process.env };
    delete env["NO_COLOR"];
    delete env["FORCE_COLOR"];
    const r = await run(["missing.txt"], { env });
    expect(r.stderr).toContain("missing.txt: error NOT_FOUND");
    expect(r.stderr).not.toContain("\u001b[");
  });
});

describe("colour on a terminal (main() in-process, stderr a fake terminal)", { timeout: SPAWN_TIMEOUT }, () => {
  type Main = (argv: string[], io: object) => Promise<number>;
  test.each<[string, string[], Record<string, string>, boolean]>([
    ["coloured by default", [], {}, true],
    ["--no-color", ["--no-color"], {}, false],
    ["NO_COLOR", [], { NO_COLOR: "1" }, false],
  ])("an error line: %s", async (_name, args, env, coloured) => {
    const { main } = (await import(join(ROOT, "dist", "cli", "main.js"))) as { main: Main };
    const { PassThrough } = await import("node:stream");
    const stderr = Object.assign(new PassThrough(), { isTTY: true });
    let text = "";
    stderr.on("data", (d: Buffer) => (text += d.toString()));
    const code = await main([join(dir, "missing.txt"), "-q", ...args], { stdout: new PassThrough(), stderr, stdin: new PassThrough(), env });
    expect(code).toBe(2);
    expect(text).toContain("NOT_FOUND");
    expect(text.includes("\u001b[")).toBe(coloured);
  });
});

describe("the exit-status table in the README", { timeout: SPAWN_TIMEOUT }, () => {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const section = readme.slice(readme.indexOf("### Exit status"), readme.indexOf("\n## ", readme.indexOf("### Exit status")));
  const rows = [...section.matchAll(/^\| (\d+) \| (.*?) \| (?:`(extract [^`]*)`)? *\|$/gm)].map((m) => ({ status: Number(m[1]), when: m[2] ?? "", example: m[3] }));

  test("lists 0, 1, 2 and 130, as --help does", async () => {
    expect([...new Set(rows.map((r) => r.status))]).toEqual([0, 1, 2, 130]);
    const help = (await run(["--help"])).stdout;
    const block = help.slice(help.indexOf("Exit status:"));
    expect([...new Set([...block.matchAll(/^ {2}(\d+) {2}/gm)].map((m) => Number(m[1])))]).toEqual([0, 1, 2, 130]);
  });

  test.each(rows.filter((r) => r.example !== undefined).map((r) => [r.example ?? "", r.status, r.when] as const))(
    "%s → %i (%s)", async (example, status) => {
      const r = await run(example.split(" ").slice(1), { cwd: ROOT });
      expect(r.code).toBe(status);
      if (status !== 0) expect(r.stderr).not.toBe("");
    });
});
