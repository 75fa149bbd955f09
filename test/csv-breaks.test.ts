/**
 * Line breaks inside CSV cells: every cell holding one is quoted in every CSV mode, so a strict
 * parser that ends rows on any of CRLF, LF, CR, NEL, LS and PS reads back the header's number of
 * columns on every row; with --excel no cell, nor any line inside one, starts a formula.
 */
import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createCsvWriter } from "../src/output/csv.js";
import { FIELDS, type OutputFact } from "../src/output/record.js";
import { runCli } from "./run-cli.js";

/** Every sequence a reader might end a row or a line on. */
const BREAKS = ["\r\n", "\n", "\r", "\u0085", "\u2028", "\u2029"];
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
const LINES = /\r\n|[\r\n\u0085\u2028\u2029]/;

/** Parses strictly: a bare break anywhere ends a row, a row of the wrong length throws. */
function parseStrict(csv: string): string[][] {
  const rows = parse(csv, { bom: true, record_delimiter: BREAKS, relax_quotes: false, relax_column_count: false }) as string[][];
  for (const row of rows) expect(row).toHaveLength(FIELDS.length);
  return rows;
}

/** The cells (and the lines inside cells) of an --excel output that a spreadsheet would run. */
function formulaCells(rows: string[][]): string[] {
  const numeric = new Set(["line", "start", "end", "value", "value_max", "year"]);
  const bad: string[] = [];
  for (const row of rows.slice(1)) {
    row.forEach((cell, i) => {
      if (numeric.has(FIELDS[i]!) || cell === "-") return;
      if (cell.split(LINES).some((line) => FORMULA_START.test(line))) bad.push(cell);
    });
  }
  return bad;
}

const piece = fc.constantFrom(
  "\r", "\n", "\r\n", "\u0085", "\u2028", "\u2029", "=", "+", "-", "@", "\t", "\uFF1D", "\uFF0B", "\uFF0D", "\uFF20",
  ",", "\"", "'", " ", "1+1", "cmd|' -C calc'!A0", "ระยะทาง 34", "กิโลเมตร", "a.txt",
);
const hostile = fc.array(piece, { minLength: 0, maxLength: 12 }).map((parts) => parts.join(""));

const fact = (file: string, subject: string, text: string): OutputFact => ({
  file, line: 1, start: 0, end: 5, kind: "quantity", value: -5, unit: "km", qualifier: "exact",
  target: false, subject, text, rule: "quantity.unit",
} as OutputFact);

describe("CSV with line breaks in cells, fuzzed", () => {
  test.each([
    ["plain", {}],
    ["--bom", { bom: true }],
    ["--excel", { excel: true }],
  ] as const)("%s: every row has the header's columns, and cells read back as written", (name, options) => {
    fc.assert(fc.property(fc.array(fc.tuple(hostile, hostile, hostile), { minLength: 1, maxLength: 5 }), (cells) => {
      const writer = createCsvWriter(options);
      const facts = cells.map(([file, subject, text]) => fact(file, subject, text));
      const rows = parseStrict(writer.begin() + writer.write(facts) + writer.end());
      expect(rows).toHaveLength(facts.length + 1);
      if (name === "--excel") {
        expect(formulaCells(rows)).toEqual([]);
      } else {
        rows.slice(1).forEach((row, i) => {
          expect(row[0]).toBe(facts[i]!.file);
          expect(row[11]).toBe(facts[i]!.subject);
          expect(row[12]).toBe(facts[i]!.text);
        });
      }
    }), { numRuns: 300 });
  });
});

describe("CSV with line breaks, end to end", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "extract-csv-breaks-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const modes = [["plain", []], ["--bom", ["--bom"]], ["--excel", ["--excel"]]] as const;

  test.each(modes)("%s: a lone CR inside a line of standard input", async (_name, flags) => {
    const run = await runCli(["-", ...flags], dir, "ระยะทาง 34\rกิโลเมตร\nพื้นที่ 5\u2028ไร่ และ 7\u0085ไร่\n");
    expect(run.code).toBe(0);
    const rows = parseStrict(run.stdout);
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.some((row) => row[12]!.includes("\r") || row[11]!.includes("\r"))).toBe(true);
  });

  test.each(modes)("%s: a file name with a line break and a formula after it", async (name, flags) => {
    const file = "x\n=2+5+cmd|' -C calc'!A0.txt";
    writeFileSync(join(dir, file), "ระยะทาง 34 กิโลเมตร\n");
    const run = await runCli([file, ...flags], dir);
    expect(run.code).toBe(0);
    const rows = parseStrict(run.stdout);
    expect(rows).toHaveLength(2);
    if (name === "--excel") {
      expect(formulaCells(rows)).toEqual([]);
      expect(rows[1]![0]).toBe("x\n'=2+5+cmd|' -C calc'!A0.txt");
    } else {
      expect(rows[1]![0]).toBe(file);
    }
  });

  test.each(modes)("%s: JSON Lines ids with breaks and formulas", async (name, flags) => {
    const ids = ["\n=1+1", "\r+1", "a\r\n-2", "\u2028@SUM(A1)", "\r\n\t=1"];
    const input = ids.map((id) => JSON.stringify({ id, text: "ระยะทาง 34 กิโลเมตร" })).join("\n");
    const run = await runCli(["--input", "jsonl", "--id-field", "id", "-", ...flags], dir, input);
    expect(run.code).toBe(0);
    const rows = parseStrict(run.stdout);
    expect(rows).toHaveLength(ids.length + 1);
    if (name === "--excel") expect(formulaCells(rows)).toEqual([]);
    else expect(rows.slice(1).map((row) => row[0])).toEqual(ids);
  });
});
