/**
 * A rule set's date and year recognizers, built once from its words (DateWords) when the rules
 * are compiled: patterns embed their sources, and every date or year they match is parsed with
 * the same calendar, so a word added to a rule file is both matched and read.
 */
import { eraKey } from "./buddhist-era.js";
import { buildDateSource } from "./date.js";
import { wordKey, wordsSource, type Calendar, type DateWords } from "./date-words.js";

/** Builds a rule set's calendar from its words. */
export function buildCalendar(words: DateWords): Calendar {
  const dateSource = buildDateSource(words, false);
  const era = wordsSource(words.eras.map(([w]) => w), true);
  const yearSource = `${era ? `(?:${era}[ \\t]?)?` : ""}(?<![0-9])(?:[12][0-9]{3}|[0-9]{2})(?![0-9]|[.,][0-9])`;
  return {
    words,
    dateSource,
    yearSource,
    dateParser: new RegExp(`^${buildDateSource(words, true)}$`),
    dateScan: new RegExp(dateSource, "g"),
    eraYear: new RegExp(`^(?=\\D)${yearSource}$`),
    eras: new Map(words.eras.map(([w, e]) => [eraKey(w), e])),
    quarterOrdinals: new Map(words.quarterOrdinals.map(([w, n]) => [wordKey(w), n])),
    halfOrdinals: new Map(words.halfOrdinals.map(([w, n]) => [wordKey(w), n])),
  };
}
