/**
 * CSV output: a header row, then one row per fact. The one place csv-stringify is imported.
 *
 * Every cell is turned into a string here, before csv-stringify sees it, so that the output
 * does not depend on the library's casting defaults: numbers as plain decimals (a spreadsheet
 * must never read `1e+21`), booleans as `true`/`false`, absent fields as an empty cell.
 */
import { stringify } from "csv-stringify/sync";
import { formatPlain } from "../core/index.js";
import { FIELDS, type FactWriter, type OutputFact } from "./record.js";

/** One cell's text for a field value as the core produced it. */
function cell(value: OutputFact[keyof OutputFact] | undefined): string {
  if (value === undefined) return "";
  if (typeof value === "number") return formatPlain(value);
  if (typeof value === "boolean") return value ? "true" : "false";
  return value;
}

/** The cells of one fact, in column order. */
export function csvRow(fact: OutputFact): string[] {
  return FIELDS.map((field) => cell(fact[field]));
}

/**
 * A CSV writer. The header is written by `begin`, so an empty result is still a valid CSV
 * with its columns named. Records end with `\n`; fields holding a comma, quote or line break
 * are quoted by csv-stringify.
 */
export function createCsvWriter(): FactWriter {
  return {
    begin: () => stringify([[...FIELDS]]),
    write: (facts) => (facts.length === 0 ? "" : stringify(facts.map(csvRow))),
    end: () => "",
  };
}
