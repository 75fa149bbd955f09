/** The output formats the CLI offers, and the one place a format name becomes a writer. */
import { createCsvWriter, type CsvOptions } from "./csv.js";
import { createJsonlWriter, createJsonWriter } from "./json.js";
import type { FactWriter } from "./record.js";

export type { FactWriter, OutputFact } from "./record.js";

/** `csv` (default, for spreadsheets), `json` (one array), `jsonl` (one fact per line). */
export type Format = "csv" | "json" | "jsonl";

export const FORMATS: readonly Format[] = ["csv", "json", "jsonl"];

export function isFormat(name: string): name is Format {
  return (FORMATS as readonly string[]).includes(name);
}

/** Options for the writers; `bom` and `excel` are CSV-only (the command line rejects them otherwise). */
export type WriterOptions = CsvOptions;

/** A fresh writer for `format`; writers keep state (e.g. JSON's separators), so one per run. */
export function createFactWriter(format: Format, options: WriterOptions = {}): FactWriter {
  switch (format) {
    case "csv": return createCsvWriter(options);
    case "json": return createJsonWriter();
    case "jsonl": return createJsonlWriter();
  }
}
