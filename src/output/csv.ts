/**
 * CSV output: a header row, then one row per fact. The one place csv-stringify is imported.
 *
 * Every cell is turned into a string here, before csv-stringify sees it, so that the output
 * does not depend on the library's casting defaults: numbers as plain decimals (a spreadsheet
 * must never read `1e+21`), booleans as `true`/`false`, absent fields as an empty cell.
 *
 * A cell holding any line break (CR, LF, NEL, LS, PS) is quoted in every mode, whatever the
 * record delimiter: csv-stringify quotes only the configured one, and a lone CR or LF left bare
 * ends the row for a reader that accepts all three.
 *
 * For Excel (`--excel`) the file starts with a UTF-8 byte-order mark (without one Excel reads
 * UTF-8 as the ANSI code page and Thai turns to mojibake), records end with CRLF, and text
 * cells that a spreadsheet would run as a formula are neutralized (CSV injection, OWASP), at
 * the cell's start and after every line break inside it.
 */
import { stringify } from "csv-stringify/sync";
import { formatPlain } from "../core/reading.js";
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

/** Line breaks a reader may end a row or a line on: CR, LF, NEL, LINE and PARAGRAPH SEPARATOR. */
const LINE_BREAK = /[\r\n\u0085\u2028\u2029]/;

/**
 * Characters that make a spreadsheet read a cell (or a line of one, once an importer splits it)
 * as a formula when they come first: `=`, `+`, `-`, `@`, and tab and CR, which some strip before
 * looking, plus the full-width forms Apple Numbers folds; matched at the cell's start and right
 * after a line break inside it.
 */
const FORMULA_AFTER_BREAK = /(?<=^|[\r\n\u0085\u2028\u2029])(?=[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20])/g;

/**
 * A text cell made inert for a spreadsheet: where it, or a line inside it, would start a
 * formula, a leading apostrophe is put in, which spreadsheets read as "this is text". Only ever
 * applied to text: numbers (a negative value) stay numbers. A lone `-` (the file name of
 * standard input) carries no formula and is left alone.
 */
export function neutralizeFormula(text: string): string {
  if (text === "-") return text;
  return text.replace(FORMULA_AFTER_BREAK, "'");
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
 * quote or any line break (LINE_BREAK) are quoted.
 */
export function createCsvWriter(options: CsvOptions = {}): FactWriter {
  const excel = options.excel === true;
  const bom = excel || options.bom === true ? "\uFEFF" : "";
  const format = { record_delimiter: excel ? "windows" : "unix", quoted_match: LINE_BREAK } as const;
  return {
    // Without a header the output is rows to append to a file that has one: no mark either.
    begin: () => (options.header === false ? "" : bom + stringify([[...FIELDS]], format)),
    write: (facts) => (facts.length === 0 ? "" : stringify(facts.map((fact) => csvRow(fact, excel)), format)),
    end: () => "",
  };
}
