/**
 * The output record shared by every format: a core Fact plus the document it came from, and
 * the one field order all formats follow (FACTS.md). Kept apart from the format modules so
 * that csv.ts and json.ts share it without importing each other or the format factory.
 */
import type { Fact } from "../core/runtime.js";

/** One fact as written out: the core's Fact plus `file` (a path as shown to the user, or `-`). */
export type OutputFact = Fact & { file: string };

/** Every output field, in output order: CSV columns and JSON key order alike. */
export const FIELDS = [
  "file", "line", "start", "end", "kind", "value", "unit", "qualifier", "value_max",
  "target", "year", "subject", "text", "rule", "year_implied", "change",
] as const satisfies ReadonlyArray<keyof OutputFact>;

export type Field = (typeof FIELDS)[number];

/**
 * Turns facts into output text, document by document, so that output can be written while
 * later documents are still being read. Each method returns the text to append (maybe "");
 * the caller owns the destination. Call `begin` once, `write` once per document, `end` once.
 */
export interface FactWriter {
  begin(): string;
  write(facts: readonly OutputFact[]): string;
  end(): string;
}
