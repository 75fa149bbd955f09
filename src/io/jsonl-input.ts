/**
 * `--input jsonl`: one document per line of JSON Lines, so that `extract` can be the map step of
 * GNU parallel, Hadoop Streaming or Spark's `rdd.pipe`. Each line is a JSON object; its
 * `textField` (a string) is the document, and its `idField`, when asked for, names it in the
 * output's `file` column; otherwise a record is named `FILE:LINE`.
 *
 * It works on what readInputs reads (whole files or, for large ones, runs of whole lines), so
 * directories, encodings and standard input behave as for plain text, and memory stays flat.
 * Naming records by their id makes the output independent of how the input was split: the
 * concatenated outputs of two halves are the output of the whole.
 */
import type { InputEntry } from "./inputs.js";

export interface JsonlOptions {
  /** The field holding the document's text. */
  textField: string;
  /** The field naming the document (string or number), used as `file`. */
  idField?: string;
}

/** A line that is not a usable record: INVALID_JSON, NOT_AN_OBJECT, or NO_TEXT (no string text field). */
export type RecordErrorCode = "INVALID_JSON" | "NOT_AN_OBJECT" | "NO_TEXT";

/** What a JSON Lines input produces: documents (one per record) and messages about the inputs. */
export type RecordEntry =
  | Exclude<InputEntry, { kind: "part" }>
  | { kind: "error"; file: string; code: RecordErrorCode; message: string }
  | { kind: "warning"; file: string; code: "NO_ID"; message: string };

/** A field's value as a short description for a message. */
function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}

/**
 * The text of top-level field `key`'s number in a JSON line (valid JSON), as written: a number id
 * such as 12345678901234567890 is more than a double holds (JSON.parse gives …7000), and an id
 * must be kept exactly. The last occurrence wins, as in JSON.parse. Undefined if not found.
 */
function numberAsWritten(line: string, key: string): string | undefined {
  let depth = 0;
  let found: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === "{" || ch === "[") depth++;
    else if (ch === "}" || ch === "]") depth--;
    else if (ch === "\"") {
      let end = i + 1;
      while (end < line.length && line[end] !== "\"") end += line[end] === "\\" ? 2 : 1;
      const token = line.slice(i, end + 1);
      i = end;
      if (depth !== 1) continue;
      const after = /^\s*:\s*(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(line.slice(end + 1, end + 400));
      if (after && (JSON.parse(token) as string) === key) found = after[1];
    }
  }
  return found;
}

/** The entries of the records on `text`'s lines; `lines` is how many lines of the file precede it. */
function* records(file: string, text: string, lines: number, options: JsonlOptions): Generator<RecordEntry> {
  let start = 0;
  let lineNumber = lines;
  while (start < text.length) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    start = end + 1;
    lineNumber++;
    if (line.trim() === "") continue;
    const where = `${file}:${lineNumber}`;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch (error) {
      yield { kind: "error", file: where, code: "INVALID_JSON", message: `not a JSON line: ${error instanceof Error ? error.message : String(error)}` };
      continue;
    }
    if (typeof record !== "object" || record === null || Array.isArray(record)) {
      yield { kind: "error", file: where, code: "NOT_AN_OBJECT", message: `expected a JSON object, got ${describe(record)}` };
      continue;
    }
    const fields = record as Record<string, unknown>;
    const body = fields[options.textField];
    if (typeof body !== "string") {
      const keys = Object.keys(fields).slice(0, 8).map((k) => JSON.stringify(k)).join(", ");
      yield {
        kind: "error", file: where, code: "NO_TEXT",
        message: body === undefined
          ? `no field "${options.textField}" (the text field; --text-field): it has ${keys || "no fields"}`
          : `field "${options.textField}" is ${describe(body)}, expected a string`,
      };
      continue;
    }
    let name = where;
    if (options.idField !== undefined) {
      const id = fields[options.idField];
      if (typeof id === "string") name = id;
      else if (typeof id === "number") name = numberAsWritten(line, options.idField) ?? String(id);
      else yield { kind: "warning", file: where, code: "NO_ID", message: `no string or number field "${options.idField}" (--id-field); named ${where}` };
    }
    yield { kind: "document", file: name, text: body, bytes: Buffer.byteLength(line) + 1 };
  }
}

/** Turns the inputs' text into one document per JSON Lines record, in order. */
export async function* jsonlDocuments(entries: AsyncIterable<InputEntry>, options: JsonlOptions): AsyncGenerator<RecordEntry> {
  for await (const entry of entries) {
    if (entry.kind === "document") yield* records(entry.file, entry.text, 0, options);
    else if (entry.kind === "part") yield* records(entry.file, entry.text, entry.lines, options);
    else yield entry;
  }
}
