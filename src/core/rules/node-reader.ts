/**
 * Reading values out of a parsed YAML document with their positions, as rule files need:
 * every value read either comes back typed or leaves a diagnostic saying where it is, what was
 * found and what was expected.
 */
import { isMap, isScalar, isSeq, type LineCounter, type Scalar, type YAMLMap } from "yaml";
import type { Diagnostic, DiagnosticCode } from "../diagnostic.js";
import { suggest } from "./suggest.js";

/** Where a value was written. */
export interface Pos {
  file: string;
  line: number;
  col: number;
}

export class NodeReader {
  constructor(
    private readonly file: string,
    private readonly lines: LineCounter,
    private readonly diagnostics: Diagnostic[],
  ) {}

  posAt = (offset: number): Pos => {
    const { line, col } = this.lines.linePos(offset);
    return { file: this.file, line, col };
  };

  /** Where the values that posOf located end, for the diagnostics reported at them. */
  private readonly ends = new WeakMap<Pos, { line: number; col: number }>();

  posOf = (node: unknown): Pos => {
    const pos = this.posAt(rangeStart(node));
    const end = rangeEnd(node);
    if (end !== undefined) {
      const { line, col } = this.lines.linePos(end);
      this.ends.set(pos, { line, col });
    }
    return pos;
  };

  /** A position with an end (a YAML error's span). */
  spanAt = (start: number, end: number): Pos => {
    const pos = this.posAt(start);
    const { line, col } = this.lines.linePos(end);
    this.ends.set(pos, { line, col });
    return pos;
  };

  report = (at: Pos, code: DiagnosticCode, message: string): void => {
    const end = this.ends.get(at);
    this.diagnostics.push({ ...at, ...(end ? { endLine: end.line, endCol: end.col } : {}), code, message });
  };

  /** The pairs of a mapping whose keys are allowed; an unknown key is reported with a "did you mean". */
  entries = (map: YAMLMap, allowed: readonly string[], what: string): Map<string, { key: Scalar; value: unknown }> => {
    const out = new Map<string, { key: Scalar; value: unknown }>();
    for (const pair of map.items) {
      const key = pair.key;
      if (!isScalar(key) || typeof key.value !== "string") {
        this.report(this.posOf(key ?? map), "RULE_INVALID", `expected a text key in ${what}`);
        continue;
      }
      if (!allowed.includes(key.value)) {
        this.report(this.posOf(key), "RULE_INVALID",
          `unknown key "${key.value}" in ${what}${hintFor(key.value, allowed)}; expected one of ${allowed.join(", ")}`);
        continue;
      }
      out.set(key.value, { key, value: pair.value });
    }
    return out;
  };

  /** A text (a number is read as its text). */
  str = (node: unknown, what: string): string | undefined => {
    if (isScalar(node) && (typeof node.value === "string" || typeof node.value === "number")) return String(node.value);
    this.report(this.posOf(node), "RULE_INVALID", `${what}: expected text, found ${describe(node)}`);
    return undefined;
  };

  num = (node: unknown, what: string): number | undefined => {
    if (isScalar(node) && typeof node.value === "number" && Number.isFinite(node.value)) return node.value;
    this.report(this.posOf(node), "RULE_INVALID", `${what}: expected a number, found ${describe(node)}`);
    return undefined;
  };
}

/** The end of a node's value (exclusive), when it has a range. */
function rangeEnd(node: unknown): number | undefined {
  if (node && typeof node === "object" && "range" in node) {
    const range = (node as { range?: [number, number, number] | null }).range;
    if (range && range[1] > range[0]) return range[1];
  }
  return undefined;
}

function rangeStart(node: unknown): number {
  if (node && typeof node === "object" && "range" in node) {
    const range = (node as { range?: [number, number, number] | null }).range;
    if (range) return range[0];
  }
  return 0;
}

/** What a node is, for messages: "a mapping", "string \"x\"" … */
export function describe(node: unknown): string {
  if (node === undefined || node === null) return "nothing";
  if (isMap(node)) return "a mapping";
  if (isSeq(node)) return "a list";
  if (isScalar(node)) {
    if (node.value === null) return "an empty value";
    // JSON.stringify writes Infinity and NaN as null: a factor of 1e400 read as "number null".
    if (typeof node.value === "number" && !Number.isFinite(node.value)) return `number ${node.source ?? String(node.value)}, beyond what a number holds`;
    return `${typeof node.value} ${JSON.stringify(node.value)}`;
  }
  return "something else";
}

/** ` (did you mean "x"?)` when a close option exists, else "". */
export function hintFor(found: string, options: readonly string[]): string {
  const hint = suggest(found, options);
  return hint ? ` (did you mean "${hint}"?)` : "";
}
