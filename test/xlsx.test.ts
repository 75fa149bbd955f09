/**
 * `-f xlsx`, read back by an independent reader: read-excel-file (its own unzip and XML parser,
 * nothing shared with exceljs, which writes the workbook) must find the same rows, cell by cell
 * and type by type, as the JSON Lines output of the same run.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import readXlsxFile from "read-excel-file/node";
import { afterAll, describe, expect, test } from "vitest";
import { FIELDS } from "../src/output/record.js";
import { columnName } from "../src/output/xlsx.js";
import { ROOT } from "./helpers.js";
import { parseJsonl, runCli, writeIn } from "./run-cli.js";

const dir = mkdtempSync(join(tmpdir(), "thai-facts-xlsx-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A JSON Lines fact as the row the workbook should hold: every column, absent ones null. */
const expectedRow = (fact: Record<string, unknown>): unknown[] => FIELDS.map((field) => fact[field] ?? null);

describe("-f xlsx", () => {
  test("the seeds: the facts sheet has the JSON Lines' rows, with numbers, booleans and Thai intact", async () => {
    const xlsx = join(dir, "seeds.xlsx");
    const written = await runCli(["seeds/", "-f", "xlsx", "-o", xlsx], ROOT);
    expect(written.code).toBe(0);
    const jsonl = await runCli(["seeds/", "-f", "jsonl"], ROOT);
    const facts = parseJsonl(jsonl.stdout);
    expect(facts.length).toBeGreaterThan(20);

    const sheets = await readXlsxFile(readFileSync(xlsx));
    expect(sheets.map((s) => s.sheet)).toEqual(["facts", "documents"]);
    const [header, ...rows] = sheets[0]!.data;
    expect(header).toEqual([...FIELDS]);
    // toEqual on arrays of primitives is strict about type: 40.8 is not "40.8", true is not "true".
    expect(rows).toEqual(facts.map(expectedRow));
    // Types, spelled out for the columns a spreadsheet computes with.
    for (const row of rows) {
      for (const i of [1, 2, 3]) expect(typeof row[i]).toBe("number"); // line, start, end
      expect(typeof row[9]).toBe("boolean"); // target
      expect(typeof row[5]).toBe(row[4] === "date" ? "string" : "number"); // value: ISO date text, else a number
    }
    expect(rows.some((row) => typeof row[12] === "string" && /[\u0E00-\u0E7F]/.test(row[12]))).toBe(true);

    const [docHeader, ...docs] = sheets[1]!.data;
    expect(docHeader).toEqual(["file", "facts", "warnings", "status", "message"]);
    const files = [...new Set(facts.map((f) => f.file))];
    expect(docs).toEqual(files.map((file) => [file, facts.filter((f) => f.file === file).length, 0, "read", null]));
  });

  test("header frozen, autofilter over the columns, widths set", async () => {
    const xlsx = join(dir, "seeds.xlsx");
    // The workbook is a zip; exceljs's own reader is enough to look at sheet settings (the
    // rows were checked above by an independent reader).
    const ExcelJS = (await import("exceljs")).default;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsx);
    const sheet = workbook.getWorksheet("facts")!;
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.autoFilter).toBe(`A1:${columnName(FIELDS.length)}1`);
    const widths = FIELDS.map((_, i) => sheet.getColumn(i + 1).width ?? 9);
    expect(Math.min(...widths)).toBeGreaterThanOrEqual(6);
    expect(widths[FIELDS.indexOf("subject")]).toBeGreaterThan(20);
  });

  test("the documents sheet: warnings counted, a skipped binary file and an unreadable one listed", async () => {
    writeIn(dir, "in/a.txt", "พื้นที่ 5 ไร่ เมื่อวันจันทร์ที่ 3 มกราคม 2567\n"); // 3 Jan 2024 was a Wednesday: a warning
    writeIn(dir, "in/b.bin", Buffer.from([0x41, 0, 0x42]));
    writeIn(dir, "in/c.txt", "ไม่มีตัวเลข\n");
    const xlsx = join(dir, "in.xlsx");
    const run = await runCli(["in/", "missing.txt", "-f", "xlsx", "-o", xlsx], dir);
    expect(run.code).toBe(2);
    const sheets = await readXlsxFile(readFileSync(xlsx));
    const docs = sheets[1]!.data.slice(1);
    expect(docs.map((d) => [d[0], d[3]])).toEqual([["in/a.txt", "read"], ["in/b.bin", "skipped"], ["in/c.txt", "read"], ["missing.txt", "error"]]);
    expect(docs[0]![2]).toBeGreaterThanOrEqual(1);
    expect(docs[0]![1]).toBe(sheets[0]!.data.slice(1).filter((r) => r[0] === "in/a.txt").length);
    expect(String(docs[1]![4])).toMatch(/^BINARY_SKIPPED: /);
    expect(String(docs[3]![4])).toMatch(/^NOT_FOUND: /);
  });

  test("an empty run is a workbook with the header; control characters in a file name do not break it", async () => {
    writeIn(dir, "odd/a\u0001b.txt", "ราคา 9 บาท\n");
    const xlsx = join(dir, "odd.xlsx");
    expect((await runCli(["odd/", "-f", "xlsx", "-o", xlsx], dir)).code).toBe(0);
    const sheets = await readXlsxFile(readFileSync(xlsx));
    expect(sheets[0]!.data[1]![0]).toBe("odd/a\uFFFDb.txt");
    const empty = join(dir, "empty.xlsx");
    expect((await runCli(["-", "-f", "xlsx", "-o", empty], dir, "")).code).toBe(0);
    expect((await readXlsxFile(readFileSync(empty)))[0]!.data).toEqual([[...FIELDS]]);
  });

  test("xlsx is refused with the CSV-only flags", async () => {
    const run = await runCli(["seeds/", "-f", "xlsx", "--excel", "-o", join(dir, "x.xlsx")], ROOT);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--excel is for CSV output");
  });
});
