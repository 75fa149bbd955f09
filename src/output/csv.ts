/**
 * CSV output: a header row, then one row per fact. The one place csv-stringify is imported.
 *
 * Every cell is turned into a string here, before csv-stringify sees it, so that the output
 * does not depend on the library's casting defaults: numbers as plain decimals (a spreadsheet
 * must never read `1e+21`), booleans as `true`/`false`, absent fields as an empty cell.
 *
 * For Excel (`--excel`) the file starts with a UTF-8 byte-order mark (without one Excel reads
 * UTF-8 as the ANSI code page and Thai turns to mojibake), records end with CRLF, and text
 * cells that a spreadsheet would run as a formula are neutralized (CSV injection, OWASP).
 */
import { stringify } from "csv-stringify/sync";
import { formatPlain } from "../core/runtime.js";
import { FIELDS, type FactWriter, type OutputFact } from "./record.js";

/** CSV variants. */
export interface CsvOptions {
  /** Start with a UTF-8 byte-order mark (U+FEFF). */
  bom?: boolean;
  /** CSV for Excel: byte-order mark, CRLF record ends, formula-looking text cells neutralized. */
  excel?: boolean;
  /**
   * Start with the header row (and the byte-order mark, if any); false (`--no-header`) for rows
   * to append to an output that has them.
   */
  header?: boolean;
}

/**
 * First characters that make a spreadsheet read a cell as a formula (`=`, `+`, `-`, `@`, and
 * tab and CR, which some strip before looking), plus the full-width forms Apple Numbers folds.
 */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * A text cell made inert for a spreadsheet: one that would start a formula gets a leading
 * apostrophe, which spreadsheets read as "this is text". Only ever applied to text: numbers
 * (a negative value) stay numbers. A lone `-` (the file name of standard input) carries no
 * formula and is left alone.
 */
export function neutralizeFormula(text: string): string {
  return text.length > 1 && FORMULA_START.test(text) ? `'${text}` : text;
}

/** One cell's text for a field value as the core produced it. */
function cell(value: OutputFact[keyof OutputFact] | undefined, excel: boolean): string {
  if (value === undefined) return "";
  if (typeof value === "number") return formatPlain(value);
  if (typeof value === "boolean") return value ? "true" : "false";
  return excel ? neutralizeFormula(value) : value;
}

/** The cells of one fact, in column order; `excel` neutralizes text cells that look like formulas. */
export function csvRow(fact: OutputFact, excel = false): string[] {
  return FIELDS.map((field) => cell(fact[field], excel));
}

/**
 * A CSV writer. The header is written by `begin` (unless `header` is false), so an empty result
 * is still a valid CSV with its columns named. Records end with `\n` (`\r\n` for Excel); fields holding a comma,
 * quote or line break are quoted by csv-stringify.
 */
export function createCsvWriter(options: CsvOptions = {}): FactWriter {
  const excel = options.excel === true;
  const bom = excel || options.bom === true ? "\uFEFF" : "";
  const format = { record_delimiter: excel ? "windows" : "unix" } as const;
  return {
    // Without a header the output is rows to append to a file that has one: no mark either.
    begin: () => (options.header === false ? "" : bom + stringify([[...FIELDS]], format)),
    write: (facts) => (facts.length === 0 ? "" : stringify(facts.map((fact) => csvRow(fact, excel)), format)),
    end: () => "",
  };
}
