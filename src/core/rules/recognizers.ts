/**
 * The built-in recognizers a pattern can refer to by name: `{number:n}`, `{date:d}`, `{year:y}`.
 * Each is a regex fragment (no capturing groups) and a parser for the text it matched.
 */
import { DATE_SOURCE } from "../dates/date.js";
import { readWrittenYear } from "../dates/buddhist-era.js";
import { NUMBER_SOURCE } from "../numbers/number.js";

export type RecognizerName = "number" | "date" | "year";

export const YEAR_SOURCE = "(?:(?:พ\\.ศ\\.?|ค\\.ศ\\.?)[ \\t]?)?(?<![0-9])(?:[12][0-9]{3}|[0-9]{2})(?![0-9]|[.,][0-9])";

/** Parses a year as written after ปี / พ.ศ. (`2567`, `๒๕๖๓`, `67`) to Gregorian. */
export const parseYear = readWrittenYear;

export const RECOGNIZERS: Readonly<Record<RecognizerName, string>> = {
  number: NUMBER_SOURCE,
  date: DATE_SOURCE,
  year: YEAR_SOURCE,
};

export function isRecognizer(name: string): name is RecognizerName {
  // Own keys only: a lexicon named __proto__ or toString is no recognizer.
  return Object.hasOwn(RECOGNIZERS, name);
}

