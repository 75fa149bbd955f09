/**
 * `-f xlsx`: an Excel workbook, written as facts arrive. The one place exceljs is imported, and
 * only ever loaded by a run that asks for xlsx (main.ts imports this module on demand; workers
 * never do).
 *
 * exceljs's streaming WorkbookWriter writes each row into the zip as it is committed, so memory
 * does not grow with the number of facts. Two settings keep it so: no shared-strings table
 * (every string cell is written in place; a table would hold every distinct subject and text of
 * the run until the end), and rows committed one by one. What is held until the end is one
 * small summary per document for the second sheet (~100 bytes each: ~2 MB for 16,000 files).
 *
 * Sheet `facts`: the CSV's columns (record.ts's FIELDS, the same list the CSV and JSON writers
 * follow), numbers as numbers, booleans as booleans, ISO dates and everything else as text,
 * absent fields as empty cells; the header row frozen, with an autofilter; column widths from
 * the header and the first rows. No cell styles (no bold header): exceljs looks every cell's
 * style up by its XML, a tenth of the run's time on the whole corpus. A string cell can never be a formula here (xlsx keeps
 * values and formulas apart), so nothing needs neutralizing as in `--excel` CSV.
 *
 * Sheet `documents`: each input with its fact and warning counts, and whether it was read,
 * skipped or failed.
 */
import { Writable } from "node:stream";
import ExcelJS from "exceljs";
import type { Sink } from "../io/sink.js";
import { FIELDS, type DocumentSummary, type FactWriter, type OutputFact } from "./record.js";

/** Rows held back to size the columns before the first is written. */
const SIZING_ROWS = 200;
const MIN_WIDTH = 6;
const MAX_WIDTH = 60;

/** Characters XML 1.0 cannot hold (C0 controls but tab and line ends, lone surrogates, U+FFFE/F). */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** Excel's limit on the characters of one cell. */
const CELL_LIMIT = 32767;

type CellValue = string | number | boolean | null;

/** A text cell Excel can open: no XML-invalid characters (U+FFFD instead), within the cell limit. */
function textCell(text: string): string {
  const clean = text.replace(NOT_XML, "\uFFFD");
  return clean.length > CELL_LIMIT ? clean.slice(0, CELL_LIMIT) : clean;
}

function cell(value: OutputFact[keyof OutputFact] | undefined): CellValue {
  if (value === undefined) return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "boolean") return value;
  return textCell(value);
}

/** The row of one fact, in FIELDS order. */
function xlsxRow(fact: OutputFact): CellValue[] {
  return FIELDS.map((field) => cell(fact[field]));
}

/** Columns a text takes on screen: combining marks (Thai vowels above and below, tone marks) take none. */
function displayWidth(value: CellValue): number {
  if (value === null) return 0;
  if (typeof value !== "string") return String(value).length;
  return value.replace(/\p{M}/gu, "").length;
}

/** The spreadsheet name of column `n` (1-based): A … Z, AA …. */
export function columnName(n: number): string {
  let name = "";
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) name = String.fromCharCode(65 + ((k - 1) % 26)) + name;
  return name;
}

/** A Writable that hands each chunk to the sink and calls back once the sink took it (back-pressure). */
function sinkStream(sink: Sink): Writable & { buffered(): number; progress(): Promise<void> } {
  let pending = 0;
  let waiters: Array<() => void> = [];
  const wake = (): void => {
    const woken = waiters;
    waiters = [];
    for (const done of woken) done();
  };
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      pending += chunk.length;
      sink.write(chunk).then(() => {
        pending -= chunk.length;
        callback();
        wake();
      }, (error: unknown) => {
        callback(error as Error);
        wake();
      });
    },
  });
  return Object.assign(stream, {
    /** Bytes handed to this stream and not yet taken by the sink. */
    buffered: () => pending + stream.writableLength,
    /** Resolves when the sink has taken another chunk. */
    progress: () => new Promise<void>((done) => waiters.push(done)),
  });
}

const SUMMARY_COLUMNS = [
  { header: "file", width: 40 },
  { header: "facts", width: 8 },
  { header: "warnings", width: 10 },
  { header: "status", width: 9 },
  { header: "message", width: 60 },
] as const;

/**
 * An xlsx writer onto `sink`. Its FactWriter methods return no text: it writes the workbook's
 * bytes to the sink itself; `finish` completes the workbook (call it after `end`, before
 * closing the sink).
 */
export function createXlsxWriter(sink: Sink): FactWriter & Required<Pick<FactWriter, "document" | "drain" | "finish">> {
  const out = sinkStream(sink);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false, useStyles: false });
  workbook.creator = "thai-facts";
  const lastColumn = columnName(FIELDS.length);
  const facts = workbook.addWorksheet("facts", { views: [{ state: "frozen", ySplit: 1 }] });
  facts.autoFilter = `A1:${lastColumn}1`;
  const documents: DocumentSummary[] = [];
  /** Rows held until the columns are sized; undefined once they are. */
  let held: CellValue[][] | undefined = [];
  let failure: unknown;
  out.on("error", (error: unknown) => (failure ??= error));

  const commit = (values: CellValue[]): void => facts.addRow(values).commit();
  const sizeColumns = (): void => {
    if (!held) return;
    const widths = FIELDS.map((field, i) => Math.max(field.length + 3, ...held!.map((row) => displayWidth(row[i] ?? null) + 1)));
    facts.columns = FIELDS.map((field, i) => ({ key: field, width: Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widths[i]!)) }));
    facts.addRow([...FIELDS]).commit();
    for (const row of held) commit(row);
    held = undefined;
  };

  return {
    begin: () => "",
    write(rows) {
      for (const fact of rows) {
        const row = xlsxRow(fact);
        if (held) {
          held.push(row);
          if (held.length >= SIZING_ROWS) sizeColumns();
        } else {
          commit(row);
        }
      }
      return "";
    },
    end: () => "",
    document(summary) {
      documents.push(summary);
    },
    async drain() {
      if (failure !== undefined) throw failure;
      // exceljs commits rows synchronously into its zip stream; wait while more than a few
      // hundred KB wait to be written (the sink waits on the disk or the pipe in turn).
      while (out.buffered() > 256 * 1024 && failure === undefined) await out.progress();
    },
    async finish() {
      sizeColumns();
      facts.commit();
      const sheet = workbook.addWorksheet("documents", { views: [{ state: "frozen", ySplit: 1 }] });
      sheet.autoFilter = `A1:${columnName(SUMMARY_COLUMNS.length)}1`;
      sheet.columns = SUMMARY_COLUMNS.map((c) => ({ key: c.header, width: c.width }));
      sheet.addRow(SUMMARY_COLUMNS.map((c) => c.header)).commit();
      for (const d of documents) sheet.addRow([textCell(d.file), d.facts, d.warnings, d.status, d.message === undefined ? null : textCell(d.message)]).commit();
      sheet.commit();
      await workbook.commit();
      if (!out.writableFinished) await new Promise<void>((done, fail) => out.once("finish", done).once("error", fail));
      if (failure !== undefined) throw failure;
    },
  };
}
