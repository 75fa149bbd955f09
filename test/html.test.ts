/**
 * The review page's writer without a browser: escaping, marks, sections and messages in their
 * place, the page's policy and assets. What the page does in a browser is review-page.test.ts.
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { KINDS } from "../src/core/types.js";
import { escapeHtml, scriptJson } from "../src/output/html/escape.js";
import { markUp } from "../src/output/html/marks.js";
import { pageAssets } from "../src/output/html/page.js";
import { createHtmlWriter, estimateHeightEm } from "../src/output/html/writer.js";
import type { OutputFact, TextPiece } from "../src/output/record.js";
import { ROOT, factsOf } from "./helpers.js";
import { BIN, runCli, writeIn } from "./run-cli.js";

const piece = (file: string, text: string, more: Partial<TextPiece> = {}): TextPiece =>
  ({ file, text, offset: 0, lines: 0, last: true, warnings: [], ...more });
const named = (file: string, text: string): OutputFact[] => factsOf(text).map((f) => ({ ...f, file }));
/** The JSON blocks of a page, parsed. */
const dataOf = (html: string): unknown[][] =>
  [...html.matchAll(/<script type="application\/json" class="facts">(.*?)<\/script>/g)].map((m) => JSON.parse(m[1]!) as unknown[]);

describe("escaping", () => {
  test.each([
    ["<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"],
    ["</textarea>", "&lt;/textarea&gt;"],
    [`"quoted" 'single'`, "&quot;quoted&quot; &#39;single&#39;"],
    ["a & b &amp;", "a &amp; b &amp;amp;"],
    ["javascript:alert(1)", "javascript:alert(1)"],
    ["nul\0here", "nul\uFFFDhere"],
    ["ไทย ๑๒๓", "ไทย ๑๒๓"],
  ])("escapeHtml(%j)", (input, expected) => {
    expect(escapeHtml(input)).toBe(expected);
  });

  test("JSON in a script block cannot end the block or open a comment, and reads back the same", () => {
    const value = { text: "</script><script>alert(1)</script><!-- \u2028\u2029", n: 1e21 };
    const json = scriptJson(value);
    expect(json).not.toMatch(/<|\u2028|\u2029/);
    expect(JSON.parse(json)).toEqual(value);
  });
});

describe("marks", () => {
  test("each fact's mark holds exactly its text; the rest is the document, escaped", () => {
    const text = "<b>งบ</b> 500 ล้านบาท & พื้นที่ 1,451 ไร่ \"ครับ\"\n";
    const facts = factsOf(text);
    expect(facts.length).toBe(2);
    const html = markUp(text, 0, facts, 7);
    const marks = [...html.matchAll(/<mark id="f(\d+)" data-kind="(\w+)" tabindex="0">(.*?)<\/mark>/g)];
    expect(marks.map((m) => [Number(m[1]), m[2], m[3]])).toEqual(facts.map((f, k) => [7 + k, f.kind, escapeHtml(f.text)]));
    expect(html.replace(/<\/?mark[^>]*>/g, "")).toBe(escapeHtml(text));
  });

  test("a piece's facts at document offsets; a warning's marker goes before the fact it falls in", () => {
    const head = "บรรทัดแรก\n";
    const text = "วันจันทร์ที่ 19 พฤศจิกายน 2564\n";
    const facts = factsOf(head + text).filter((f) => f.start >= head.length);
    const html = markUp(text, head.length, facts, 0, [{ start: facts[0]!.start + 2, id: "w0", code: "WEEKDAY_MISMATCH" }]);
    expect(html).toMatch(/<span class="wpos" id="w0" role="img" aria-label="warning WEEKDAY_MISMATCH"><\/span><mark id="f0"/);
    expect(html.replace(/<[^>]*>/g, "")).toBe(text);
  });

  test("overlapping facts are a bug, reported", () => {
    const facts = [{ kind: "count" as const, start: 0, end: 4 }, { kind: "count" as const, start: 2, end: 6 }];
    expect(() => markUp("123456", 0, facts, 0)).toThrow(RangeError);
  });
});

describe("the writer", () => {
  test("one section per document, facts numbered across documents and pieces, data in order", () => {
    const writer = createHtmlWriter({ title: "news/" });
    const a = "พื้นที่ 5 ไร่\n";
    const b1 = "งบ 9 ล้านบาท\n";
    const b2 = "อีก 3 แห่ง\n";
    let html = writer.begin();
    html += writer.write(named("a.txt", a), piece("a.txt", a));
    const b = named("b.txt", b1 + b2);
    html += writer.write(b.filter((f) => f.start < b1.length), piece("b.txt", b1, { last: false }));
    html += writer.write(b.filter((f) => f.start >= b1.length), piece("b.txt", b2, { offset: b1.length, lines: 1 }));
    html += writer.end();
    expect([...html.matchAll(/<section class="doc" id="(d\d+)" data-file="([^"]*)"/g)].map((m) => [m[1], m[2]])).toEqual([["d0", "a.txt"], ["d1", "b.txt"]]);
    expect([...html.matchAll(/<mark id="(f\d+)"/g)].map((m) => m[1])).toEqual(["f0", "f1", "f2"]);
    expect([...html.matchAll(/data-first="(\d+)"/g)].map((m) => m[1])).toEqual(["0", "1", "2"]);
    const data = dataOf(html).flat() as Array<Record<string, unknown>>;
    expect(data.map((f) => f.text)).toEqual(["5 ไร่", "9 ล้านบาท", "3 แห่ง"]);
    expect(data.every((f) => !("file" in f))).toBe(true);
    expect(html.match(/<section/g)?.length).toBe(html.match(/<\/section>/g)?.length);
    expect(html).toMatch(/<title>Facts review: news\/<\/title>/);
    expect(html.endsWith("</html>\n")).toBe(true);
  });

  test("every field of a fact is carried in the page's data, change and fields to come alike", () => {
    const writer = createHtmlWriter();
    const text = "เพิ่มขึ้น 5 ไร่\n";
    const facts = named("a.txt", text).map((f) => ({ ...f, change: "increase" as const, confidence: 0.5 }));
    const [data] = dataOf(writer.write(facts, piece("a.txt", text)));
    expect(data).toEqual([expect.objectContaining({ text: "5 ไร่", change: "increase", confidence: 0.5 })]);
  });

  test("messages go with their document: before it, inside it, or in a section of their own", () => {
    const writer = createHtmlWriter();
    const out = [
      writer.note!({ level: "warning", file: "bad.txt", line: 3, code: "INVALID_BYTES", message: "4 bytes replaced" }),
      writer.write([], piece("bad.txt", "ข้อความ\n")),
      writer.note!({ level: "error", file: "gone.txt", code: "NOT_FOUND", message: "no such file" }),
      writer.note!({ level: "warning", file: "scan.pdf", code: "BINARY_SKIPPED", message: "<skipped>" }),
      writer.write([], piece("c.txt", "ค\n", { last: false })),
      writer.note!({ level: "warning", file: "c.txt", line: 2, code: "INVALID_BYTES", message: "later part" }),
      writer.note!({ level: "error", file: "c.txt", code: "TIMEOUT", message: "too slow", line: 2, piece: piece("c.txt", "ง <i>\n", { offset: 2, lines: 1 }) }),
      writer.end(),
    ].join("");
    const sections = [...out.matchAll(/<section class="([^"]+)"[^>]*data-file="([^"]*)"[^>]*>([\s\S]*?)<\/section>/g)]
      .map((m) => ({ cls: m[1], file: m[2], codes: [...m[3]!.matchAll(/<code>(\w+)<\/code>/g)].map((c) => c[1]), failed: m[3]!.includes("chunk text failed") }));
    expect(sections).toEqual([
      { cls: "doc", file: "bad.txt", codes: ["INVALID_BYTES"], failed: false },
      { cls: "doc unread", file: "gone.txt", codes: ["NOT_FOUND"], failed: false },
      { cls: "doc unread", file: "scan.pdf", codes: ["BINARY_SKIPPED"], failed: false },
      { cls: "doc", file: "c.txt", codes: ["INVALID_BYTES", "TIMEOUT"], failed: true },
    ]);
    expect(out).toContain("&lt;skipped&gt;");
    expect(out).toContain("ง &lt;i&gt;");
  });

  test("extraction warnings are listed with a link to where they were found", () => {
    const writer = createHtmlWriter();
    const text = "วันจันทร์ที่ 19 พฤศจิกายน 2564\n";
    const html = writer.write(named("a.txt", text), piece("a.txt", text, { warnings: [{ code: "WEEKDAY_MISMATCH", line: 1, start: 0, message: "a Friday" }] }));
    expect(html).toMatch(/<li class="note warning">.*<code>WEEKDAY_MISMATCH<\/code> <a href="#w0">line 1<\/a>: a Friday<\/li>/);
    expect(html).toContain(`<span class="wpos" id="w0"`);
  });

  test("a chunk's estimated height follows its lines, long lines wrapped", () => {
    expect(estimateHeightEm("")).toBeGreaterThan(0);
    expect(estimateHeightEm("ก\n".repeat(100))).toBeGreaterThan(estimateHeightEm("ก\n".repeat(10)) * 8);
    expect(estimateHeightEm("ก".repeat(1100))).toBe(estimateHeightEm("ก\n".repeat(9) + "ก"));
  });
});

describe("the page", () => {
  const { css, js, policy } = pageAssets();

  test("its policy allows its own script by hash and nothing from anywhere", () => {
    const hash = createHash("sha256").update(js, "utf8").digest("base64");
    expect(policy).toContain(`script-src 'sha256-${hash}'`);
    expect(policy).toMatch(/^default-src 'none';/);
    const page = createHtmlWriter().begin();
    expect(page).toContain(`<script>${js}</script>`);
    expect(page).toContain(`content="${policy}"`);
  });

  test("its style and script cannot end their own elements", () => {
    expect(js).not.toMatch(/<\/script/i);
    expect(css).not.toMatch(/<\/style/i);
  });

  test("the script never writes markup: text reaches the page through textContent", () => {
    expect(js).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(|new Function/);
  });

  test.each(KINDS)("kind %s has a colour and a legend entry", (kind) => {
    expect(css).toMatch(new RegExp(`\\[data-kind="${kind}"\\] \\{ --bg: #[0-9a-f]{6}; --bd: #[0-9a-f]{6}; \\}`));
    expect(createHtmlWriter().begin()).toContain(`<button type="button" data-kind="${kind}"`);
  });

  test("Thai is set in a font stack of Thai system fonts", () => {
    for (const font of ["Noto Sans Thai", "Leelawadee UI", "Thonburi", "Tahoma"]) expect(css).toContain(`"${font}"`);
  });
});

describe("extract -f html", { timeout: 60_000 }, () => {
  test("the same page for every number of workers", async () => {
    const [one, two] = await Promise.all([
      runCli(["fixtures/corpus-sample.txt", "-f", "html", "-j1", "-q"], ROOT),
      runCli(["fixtures/corpus-sample.txt", "-f", "html", "-j2", "-q"], ROOT),
    ]);
    expect(one.code).toBe(0);
    expect(one.stdout.length).toBeGreaterThan(500_000);
    expect(createHash("sha256").update(two.stdout).digest("hex")).toBe(createHash("sha256").update(one.stdout).digest("hex"));
  });

  test("one mark per fact, and the document's text whole", async () => {
    const html = (await runCli(["seeds/", "-f", "html"], ROOT)).stdout;
    const facts = (await runCli(["seeds/", "-f", "jsonl"], ROOT)).stdout.trim().split("\n");
    expect(html.match(/<mark id="f\d+"/g)?.length).toBe(facts.length);
    const seed = readFileSync(join(ROOT, "seeds/000_d1245c5d79ae461e.txt"), "utf8");
    const chunk = /data-file="seeds\/000_d1245c5d79ae461e.txt"[\s\S]*?<div class="chunk text"[^>]*>([\s\S]*?)<\/div>/.exec(html)?.[1] ?? "";
    expect(chunk.replace(/<[^>]*>/g, "")).toBe(escapeHtml(seed.replace(/^\uFEFF/, "")));
  });

  test("written as documents finish: a page's first facts come out while its input is still being read", async () => {
    const sample = readFileSync(join(ROOT, "fixtures/corpus-sample.txt"), "utf8");
    const child = spawn(process.execPath, [BIN, "-", "-f", "html", "-q"], { cwd: ROOT });
    let out = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (out += d));
    // More than 1 MB, so that standard input is read in parts; the input stays open meanwhile.
    child.stdin.write(sample + sample);
    await new Promise<void>((done) => {
      const wait = setInterval(() => {
        if (out.includes('<mark id="f0"')) {
          clearInterval(wait);
          done();
        }
      }, 20);
    });
    expect(out).not.toContain("</html>");
    child.stdin.end("พื้นที่ 5 ไร่\n");
    expect(await new Promise((done) => child.on("close", done))).toBe(0);
    expect(out.endsWith("</html>\n")).toBe(true);
    expect(out.match(/<section /g)?.length).toBe(1);
  });

  test("a document over --timeout: its text shown without facts, with the error, between the others", async () => {
    const dir = mkdtempSync(join(tmpdir(), "extract-html-"));
    try {
      // `(?:ก|ก)*` backtracks exponentially on a long run of ก (as in scale.test.ts).
      writeIn(dir, "slow.yaml", 'rules:\n  - id: user.slow\n    kind: quantity\n    pattern: "{number:value} (?:ก|ก)*ข"\n    unit: x\n');
      writeIn(dir, "in/1.txt", "พื้นที่ 5 ไร่\n");
      writeIn(dir, "in/2.txt", `ดี 5 ${"ก".repeat(40)}\n`);
      writeIn(dir, "in/3.txt", "งบ 9 ล้านบาท\n");
      const r = await runCli(["in", "-r", "slow.yaml", "--timeout", "1", "-j1", "-f", "html"], dir);
      expect(r.code).toBe(2);
      const sections = [...r.stdout.matchAll(/<section class="doc" [^>]*data-file="([^"]*)"[^>]*>([\s\S]*?)<\/section>/g)];
      expect(sections.map((m) => m[1])).toEqual(["in/1.txt", "in/2.txt", "in/3.txt"]);
      expect(sections[1]![2]).toMatch(/<li class="note error"><span class="level">error<\/span><code>TIMEOUT<\/code>: took longer than 1 s/);
      expect(sections[1]![2]).toContain(`<div class="chunk text failed"`);
      expect(sections[1]![2]).toContain(`ดี 5 ${"ก".repeat(40)}`);
      expect(r.stdout.match(/<mark id="f\d+"/g)?.length).toBe(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("--bom is for CSV", async () => {
    const r = await runCli(["seeds/", "-f", "html", "--bom"], ROOT);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--bom is for CSV output, not --format html");
  });
});
