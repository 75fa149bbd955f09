/**
 * The built-in recognizers a pattern can refer to by name: `{number:n}`, `{date:d}`, `{year:y}`.
 * Each is a regex fragment (no capturing groups) and a parser for the text it matched. The
 * number recognizer is the same in every rule set; the date and year ones are built from the
 * rule set's date words (its Calendar).
 */
import { readWrittenYear } from "../dates/buddhist-era.js";
import type { Calendar } from "../dates/date-words.js";
import { NUMBER_SOURCE } from "../numbers/number.js";

export type RecognizerName = "number" | "date" | "year";

/** The recognizers that no rule set changes. */
export const RECOGNIZERS = { number: NUMBER_SOURCE } as const;

/** Every recognizer's source in a rule set with this calendar. */
export function recognizerSources(calendar: Calendar): Readonly<Record<RecognizerName, string>> {
  return { ...RECOGNIZERS, date: calendar.dateSource, year: calendar.yearSource };
}

/** Parses a year as written after ปี or an era marker (`2567`, `๒๕๖๓`, `67`, `พ.ศ. 2563`) to Gregorian. */
export function parseYear(text: string, calendar: Calendar): number | undefined {
  return readWrittenYear(text, calendar.eras);
}

const NAMES: ReadonlySet<string> = new Set<RecognizerName>(["number", "date", "year"]);

export function isRecognizer(name: string): name is RecognizerName {
  return NAMES.has(name);
}
