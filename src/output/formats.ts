/** The output formats the CLI offers, and the one place a format name becomes a writer. */
import { createCsvWriter, type CsvOptions } from "./csv.js";
import { createHtmlWriter, type HtmlOptions } from "./html/writer.js";
import { createJsonlWriter, createJsonWriter } from "./json.js";
import type { Sink } from "../io/sink.js";
import type { FactWriter } from "./record.js";

export type { DocumentSummary, FactWriter, OutputFact, OutputNote, TextPiece } from "./record.js";

/**
 * `csv` (default, for spreadsheets), `json` (one array), `jsonl` (one fact per line), `html`
 * (a review page: every document's text with its facts marked, and a table of them), `xlsx` (an
 * Excel workbook: xlsx.ts, loaded only when asked for, as it writes bytes to the sink itself).
 */
export type Format = "csv" | "json" | "jsonl" | "html" | "xlsx";

/** The formats written as text, by a writer that needs nothing but its options. */
export type TextFormat = Exclude<Format, "xlsx">;

export const FORMATS: readonly Format[] = ["csv", "json", "jsonl", "html", "xlsx"];

export function isFormat(name: string): name is Format {
  return (FORMATS as readonly string[]).includes(name);
}

/** Options for the writers; `bom`, `excel` and `header` are CSV-only (the command line rejects them otherwise). */
export type WriterOptions = CsvOptions & HtmlOptions;

/**
 * Whether `write` gives the same text for a batch of facts wherever the batch falls in the
 * output, so that batches may be formatted apart (on worker threads, each with its own writer)
 * and joined in order: CSV rows and JSON Lines do; JSON's separators depend on what came before,
 * and the review page numbers its facts and needs the text around them.
 */
export function formatsBatchesApart(format: Format): format is "csv" | "jsonl" {
  return format === "csv" || format === "jsonl";
}

/** A fresh writer for `format`; writers keep state (e.g. JSON's separators), so one per run. */
export function createFactWriter(format: TextFormat, options: WriterOptions = {}): FactWriter {
  switch (format) {
    case "csv": return createCsvWriter(options);
    case "json": return createJsonWriter();
    case "jsonl": return createJsonlWriter();
    case "html": return createHtmlWriter(options);
  }
}

/**
 * A fresh writer for any format. An xlsx writer writes its bytes to `sink` itself; its module
 * (and exceljs) is loaded only now, as most runs never need it.
 */
export async function openFactWriter(format: Format, options: WriterOptions, sink: Sink): Promise<FactWriter> {
  return format === "xlsx" ? (await import("./xlsx.js")).createXlsxWriter(sink) : createFactWriter(format, options);
}
