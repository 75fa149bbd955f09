/** The kinds of figure the extractor reports (FACTS.md, "Kinds and units"). */
export type Kind = "area" | "money" | "count" | "percent" | "duration" | "quantity" | "date";

export const KINDS: readonly Kind[] = ["area", "money", "count", "percent", "duration", "quantity", "date"];

/** The direction of a change a figure is the size of. */
export type Change = "increase" | "decrease";

/** How a figure is hedged in the text (FACTS.md, "Qualifiers"). */
export type Qualifier = "exact" | "approx" | "more_than" | "at_least" | "less_than" | "at_most" | "range";

export const QUALIFIERS: readonly Qualifier[] = [
  "exact", "approx", "more_than", "at_least", "less_than", "at_most", "range",
];

/**
 * One mention of a figure in one document, before the I/O layer adds `file`.
 * Offsets are UTF-16 code units into the decoded document, half-open:
 * `text === document.slice(start, end)` always holds.
 */
export interface Fact {
  /** 1-based line of `start`. */
  line: number;
  start: number;
  end: number;
  kind: Kind;
  /** A number at full magnitude, or an ISO 8601 string for dates. */
  value: number | string;
  /** Normalized unit code; absent for dates. */
  unit?: string;
  /** Absent for dates. */
  qualifier?: Qualifier;
  /** Upper end, only when `qualifier` is `range`. */
  value_max?: number;
  target: boolean;
  /** Gregorian year the figure refers to, when the text says it. */
  year?: number;
  subject?: string;
  /** Whether the figure is the size of a rise or a fall (FACTS.md, "Signs and changes"). */
  change?: Change;
  /** The figure as written (original digits kept). */
  text: string;
  /** Id of the rule that produced the fact. */
  rule: string;
  /** True when a date's year was filled in from the document's own date. */
  year_implied?: boolean;
}

/**
 * WEEKDAY_MISMATCH: a weekday written beside a date that falls on another day; SPLIT_NUMBER: a
 * number with a space inside its decimal point (`5. 01`), not read.
 */
export type WarningCode = "WEEKDAY_MISMATCH" | "SPLIT_NUMBER";

/** A problem found in a document that did not stop extraction (e.g. a weekday that contradicts its date). */
export interface Warning {
  code: WarningCode;
  line: number;
  start: number;
  message: string;
}

/** What the core returns for one document. */
export interface ExtractResult {
  facts: Fact[];
  warnings: Warning[];
}
