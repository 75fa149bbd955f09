/**
 * DOCX and PDF input. The fixtures (fixtures/documents/) were made from seeds with LibreOffice
 * 7.4 headless and the Noto Sans Thai font (`soffice --headless --infilter="Text (encoded):UTF8,LF,Noto Sans Thai,th"
 * --convert-to docx|pdf`): 000-seed.docx and 000-seed.pdf from seed 000; 003-lost-sara-am.pdf from seed 003 with
 * every ำ replaced by า first, as a PDF writer that maps ำ's glyph to า leaves the text layer.
 */
import { describe, expect, test } from "vitest";
import { repairSaraAm } from "../src/io/formats/thai-repair.js";
import { ROOT } from "./helpers.js";
import { parseJsonl, runCli, writeIn } from "./run-cli.js";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";

const dir = mkdtempSync(join(tmpdir(), "thai-facts-docs-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const essence = (fact: Record<string, unknown>, without: readonly string[] = []): Record<string, unknown> => {
  const { file: _f, line: _l, start: _s, end: _e, ...rest } = fact;
  for (const name of without) delete rest[name];
  return rest;
};

describe("documents made from seeds give the seeds' facts", () => {
  test.each([
    ["fixtures/documents/000-seed.docx", "seeds/000_d1245c5d79ae461e.txt", [], []],
    ["fixtures/documents/000-seed.pdf", "seeds/000_d1245c5d79ae461e.txt", ["TEXT_REPAIRED: the text layer wrote ำ as two glyphs (ำ า): joined in 18 places"], []],
    // The PDF's text layer runs two of the seed's paragraphs into one line (นายชัยวุฒิ … สำหรับงาน …):
    // the day the first names (19 พ.ย. 64) governs the figures of the second there, and the seed's
    // separate paragraph gives them none. Years are compared below.
    ["fixtures/documents/003-lost-sara-am.pdf", "seeds/003_eb6f2b5d06c88fb4.txt", ["TEXT_REPAIRED: the text layer had lost ำ (า in its place): restored in 13 places from the segmenter's dictionary, the text's length unchanged"], ["year"]],
  ])("%s", async (document, seed, warnings, without) => {
    const run = await runCli([document, "-f", "jsonl"], ROOT);
    expect(run.code).toBe(0);
    expect(run.stderr.split("\n").filter((l) => l !== "").map((l) => l.replace(/^.*?: warning /, ""))).toEqual(warnings);
    const facts = parseJsonl(run.stdout);
    const expected = parseJsonl((await runCli([seed, "-f", "jsonl"], ROOT)).stdout);
    expect(facts.length).toBe(8);
    expect(facts.map((f) => essence(f, without))).toEqual(expected.map((f) => essence(f, without)));
    // Where a year is left out of the comparison, the document's years are the seed's or its day's.
    if (without.includes("year")) facts.forEach((f, i) => expect([expected[i]!.year, 2021]).toContain(f.year));
    // Offsets refer to `extract text`.
    const text = (await runCli(["text", document], ROOT)).stdout;
    for (const fact of facts) expect(text.slice(Number(fact.start), Number(fact.end))).toBe(fact.text);
  });
});

/**
 * A minimal PDF: `pages` empty pages, no text (a scan's pages hold only images); `padding`
 * bytes of comment after the header make it as large as wanted.
 */
function emptyPdf(pages: number, padding = 0): Buffer {
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    `<< /Type /Pages /Kids [${Array.from({ length: pages }, (_, i) => `${3 + i} 0 R`).join(" ")}] /Count ${pages} >>`,
    ...Array.from({ length: pages }, () => "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"),
  ];
  let pdf = `%PDF-1.4\n${padding > 0 ? `%${"x".repeat(padding)}\n` : ""}`;
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, "latin1");
}

describe("PDF", () => {
  test("without a text layer: one clear warning, no facts, exit 0", async () => {
    writeIn(dir, "scan.pdf", emptyPdf(2));
    const run = await runCli(["scan.pdf"], dir);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("scan.pdf: warning NO_TEXT_LAYER: no text layer (all 2 pages are images, a scan?): nothing to extract; run OCR first (e.g. ocrmypdf)\n");
  });

  test("a PDF by its header whatever its name, small or larger than a file read at once", async () => {
    writeIn(dir, "header/small.dat", emptyPdf(2));
    writeIn(dir, "header/large.dat", emptyPdf(2, 1_200_000));
    const run = await runCli(["header/large.dat", "header/small.dat"], dir);
    expect(run.code).toBe(0);
    const warning = ": warning NO_TEXT_LAYER: no text layer (all 2 pages are images, a scan?): nothing to extract; run OCR first (e.g. ocrmypdf)\n";
    expect(run.stderr).toBe(`header/large.dat${warning}header/small.dat${warning}`);
  });

  test("a damaged PDF named on the command line is an error; one met in a directory is skipped", async () => {
    writeIn(dir, "bad/broken.pdf", "%PDF-1.4\nnot really\n");
    const named = await runCli(["bad/broken.pdf"], dir);
    expect(named.code).toBe(2);
    expect(named.stderr).toMatch(/^bad\/broken\.pdf: error UNREADABLE_DOCUMENT: cannot read it as PDF: /);
    const walked = await runCli(["bad/"], dir);
    expect(walked.code).toBe(0);
    expect(walked.stderr).toMatch(/^bad\/broken\.pdf: warning BINARY_SKIPPED: cannot read it as PDF: .*; skipped\n$/);
  });
});

describe("repairSaraAm", () => {
  const lost = (text: string): string => repairSaraAm(text, { minThai: 0 }).text;

  test("ำ restored from the dictionary, one letter for one", () => {
    expect(lost("ประจาเดือน")).toBe("ประจำเดือน");
    expect(lost("ผู้อานวยการสานักงาน")).toBe("ผู้อำนวยการสำนักงาน");
    expect(lost("จานวน ทาให้ กาลัง ดาเนินการ ความสาเร็จ น้าท่วม คาแนะนา")).toBe("จำนวน ทำให้ กำลัง ดำเนินการ ความสำเร็จ น้ำท่วม คำแนะนำ");
    for (const word of ["ประจาเดือน", "ผู้อานวยการสานักงาน", "คาแนะนา"]) expect(lost(word).length).toBe(word.length);
  });

  test("า that is า stays: words that read as well either way, and any text that still has ำ", () => {
    for (const word of ["การ", "ราคา", "ปรากฏ", "สามารถ", "จาก", "นาย", "มาก", "ทาง", "ชาวนา", "ตามา", "คาด", "กรุงเทพมหานคร"]) expect(lost(word)).toBe(word);
    expect(repairSaraAm("ทำงาน ประจาเดือน", { minThai: 0 }).restored).toBe(0);
    expect(repairSaraAm("ประจาเดือน").restored).toBe(0); // too little Thai to tell
  });

  test("ำ written as two glyphs is joined", () => {
    expect(repairSaraAm("ทำ าให้ น้ำา").text).toBe("ทำให้ น้ำ");
    expect(repairSaraAm("ทำ าให้ น้ำา").joined).toBe(2);
  });
});
