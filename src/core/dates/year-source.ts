/**
 * The regex sources of a written year, shared by the date recognizer (date.ts), periods
 * (periods.ts) and the `{year}` recognizer (recognizer.ts): four digits (1xxx or 2xxx, CE or
 * BE) or two (which year they are is buddhist-era.ts's), and the era word that may come first.
 */
import { wordsSource, type DateWords } from "./date-words.js";

/** Four digits of a year. */
export const YEAR4_DIGITS = "[12][0-9]{3}";

/** Two digits of a year (`64`, `20`). */
export const YEAR2_DIGITS = "[0-9]{2}";

/** After a year: no more digits, and no decimal part (`2,563.5` is an amount, not a year). */
export const YEAR_END = "(?![0-9]|[.,][0-9])";

/** A two-digit year, standing alone. */
export const YEAR2 = `${YEAR2_DIGITS}${YEAR_END}`;

/** The rule set's era words (`date_era`: พ.ศ., ค.ศ. …), optional before a year with `space` after; "" when it has none. */
export function eraPrefix(words: DateWords, space: string): string {
  const era = wordsSource(words.eras.map(([w]) => w), true);
  return era ? `(?:${era}${space})?` : "";
}
