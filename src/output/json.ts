/**
 * JSON output, written by hand rather than with JSON.stringify on the whole fact, for two
 * reasons: the key order is the contract's (FACTS.md), not the order the core happened to
 * build the object in; and numbers are written as plain decimals, as in CSV
 * (`1000000000000000000000`, never `1e+21`; both are valid JSON and parse to the same number).
 */
import { formatPlain } from "../core/reading.js";
import type { FactWriter, OutputFact } from "./record.js";

function jsonNumber(value: number): string {
  return Number.isFinite(value) ? formatPlain(value) : "null";
}

function jsonValue(value: string | number): string {
  return typeof value === "number" ? jsonNumber(value) : jsonString(value);
}

/**
 * A string as JSON: quoted as it is when nothing in it needs escaping (a quote, a backslash, a
 * control character, a surrogate, which JSON.stringify writes as \u escapes when alone), which
 * is nearly every Thai subject and text and is cheaper than JSON.stringify on two-byte strings.
 */
export function jsonString(value: string): string {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 0x20 || c === 0x22 || c === 0x5c || (c >= 0xd800 && c <= 0xdfff)) return JSON.stringify(value);
  }
  return `"${value}"`;
}

/**
 * One fact as a single-line JSON object, keys in contract order (FIELDS), absent fields omitted.
 * Written out field by field rather than looped over FIELDS: each property is then read by name,
 * which is cheaper on facts of many shapes (~30% for the whole writer). The tests hold it to FIELDS.
 */
export function factToJson(fact: OutputFact): string {
  let out = `{"file":${jsonString(fact.file)},"line":${jsonNumber(fact.line)},"start":${jsonNumber(fact.start)},"end":${jsonNumber(fact.end)}`;
  out += `,"kind":${jsonString(fact.kind)},"value":${jsonValue(fact.value)}`;
  if (fact.unit !== undefined) out += `,"unit":${jsonString(fact.unit)}`;
  if (fact.qualifier !== undefined) out += `,"qualifier":${jsonString(fact.qualifier)}`;
  if (fact.value_max !== undefined) out += `,"value_max":${jsonNumber(fact.value_max)}`;
  out += `,"target":${fact.target ? "true" : "false"}`;
  if (fact.year !== undefined) out += `,"year":${jsonNumber(fact.year)}`;
  if (fact.subject !== undefined) out += `,"subject":${jsonString(fact.subject)}`;
  out += `,"text":${jsonString(fact.text)},"rule":${jsonString(fact.rule)}`;
  if (fact.year_implied !== undefined) out += `,"year_implied":${fact.year_implied ? "true" : "false"}`;
  if (fact.change !== undefined) out += `,"change":${jsonString(fact.change)}`;
  return `${out}}`;
}

/**
 * `json`: one array holding every fact of every document, still written incrementally:
 * `[`, then the facts one per line separated by `,\n`, then `]`. An empty result is `[]`.
 */
export function createJsonWriter(): FactWriter {
  let count = 0;
  return {
    begin: () => "[",
    write: (facts) => facts.map((fact) => (count++ === 0 ? "\n" : ",\n") + factToJson(fact)).join(""),
    end: () => (count === 0 ? "]\n" : "\n]\n"),
  };
}

/** `jsonl`: one fact per line (JSON Lines); an empty result is an empty output. */
export function createJsonlWriter(): FactWriter {
  return {
    begin: () => "",
    // join, not +=: a batch's text is posted from a worker thread, and a flat string is copied
    // there several times faster than a rope of thousands of pieces.
    write: (facts) => facts.map((fact) => `${factToJson(fact)}\n`).join(""),
    end: () => "",
  };
}
