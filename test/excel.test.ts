/** CSV for spreadsheets: formula injection neutralized in text cells only; BOM and CRLF for --excel. */
import { describe, expect, test } from "vitest";
import { createCsvWriter, csvRow, neutralizeFormula } from "../src/output/csv.js";
import type { OutputFact } from "../src/output/formats.js";

describe("neutralizeFormula", () => {
  test.each([
    ["=SUM(A1:A9)", "'=SUM(A1:A9)"],
    ["+66 2 123 4567", "'+66 2 123 4567"],
    ["-2+3", "'-2+3"],
    ["@cmd", "'@cmd"],
    ["\t=1", "'\t=1"],
    ["\r=1", "'\r'=1"], // a CR starts the cell and ends its first line
    ["x\n=2+5", "x\n'=2+5"],
    ["x\r\n-2", "x\r\n'-2"],
    ["x\u2028@a\u2029\uFF0B1", "x\u2028'@a\u2029'\uFF0B1"],
    ["a\n-", "a\n'-"], // only a whole cell "-" is standard input's name
    ["＝1+1", "'＝1+1"],
    ["พื้นที่", "พื้นที่"],
    ["9 ล้านบาท", "9 ล้านบาท"],
    ["a=b", "a=b"],
    ["-", "-"], // standard input's file name: nothing to run
    ["", ""],
  ])("%j → %j", (input, output) => {
    expect(neutralizeFormula(input)).toBe(output);
  });
});

const fact = (overrides: Partial<OutputFact>): OutputFact => ({
  file: "a.txt", line: 1, start: 0, end: 5, kind: "quantity", value: -5, unit: "t", qualifier: "exact",
  target: false, subject: "=HYPERLINK(\"http://x\")", text: "-5 ตัน", rule: "quantity.unit", ...overrides,
} as OutputFact);

describe("csvRow", () => {
  test("--excel: text cells neutralized, numbers (a negative value too) untouched", () => {
    const row = csvRow(fact({}), true);
    expect(row.slice(0, 7)).toEqual(["a.txt", "1", "0", "5", "quantity", "-5", "t"]);
    expect(row[11]).toBe("'=HYPERLINK(\"http://x\")");
    expect(row[12]).toBe("'-5 ตัน");
  });

  test("plain CSV: the document's text as it is", () => {
    const row = csvRow(fact({}));
    expect(row[11]).toBe("=HYPERLINK(\"http://x\")");
    expect(row[12]).toBe("-5 ตัน");
  });
});

describe("createCsvWriter", () => {
  test.each<[string, { bom?: boolean; excel?: boolean }, string, string]>([
    ["plain", {}, "", "\n"],
    ["--bom", { bom: true }, "\uFEFF", "\n"],
    ["--excel", { excel: true }, "\uFEFF", "\r\n"],
  ])("%s", (_name, options, bom, eol) => {
    const writer = createCsvWriter(options);
    const out = writer.begin() + writer.write([fact({ subject: "ที่ดิน" })]) + writer.end();
    expect(out.startsWith(`${bom}file,line,`)).toBe(true);
    expect(out.slice(bom.length).split(eol)).toHaveLength(3);
    expect(out.endsWith(eol)).toBe(true);
    if (eol === "\n") expect(out).not.toContain("\r");
  });
});
