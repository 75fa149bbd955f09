/**
 * A rule set's date and year recognizers, built once from its words (DateWords) when the rules
 * are compiled: patterns embed their sources, and every date or year they match is parsed with
 * the same calendar, so a word added to a rule file is both matched and read.
 */
import { eraKey } from "./buddhist-era.js";
import { buildDateSource } from "./date.js";
import { wordKey, wordsSource, type Calendar, type DateWords } from "./date-words.js";
import { YEAR2_DIGITS, YEAR4_DIGITS, YEAR_END, eraPrefix } from "./year-source.js";

/** Regex source of any of `words`, or of nothing (an empty group when there are none). */
function optional(words: readonly string[], optionalDot = false): string {
  const source = wordsSource(words, optionalDot);
  return source === undefined ? "" : `(?:${source})?`;
}

/** Builds a rule set's calendar from its words. */
export function buildCalendar(words: DateWords): Calendar {
  const dateSource = buildDateSource(words, false);
  const yearSource = `${eraPrefix(words, "[ \\t]{0,3}")}(?<![0-9])(?:${YEAR4_DIGITS}|${YEAR2_DIGITS})${YEAR_END}`;
  return {
    words,
    dateSource,
    yearSource,
    dateParser: new RegExp(`^${buildDateSource(words, true)}$`),
    dateScan: new RegExp(dateSource, "g"),
    eraYear: new RegExp(`^(?=\\D)${yearSource}$`),
    ofYear: new RegExp(`^[ \\t]*${optional(words.yearLink)}[ \\t]*${optional(words.yearWord)}[ \\t]*${optional(words.eras.map(([w]) => w), true)}[ \\t]*$`),
    rangeJointBefore: new RegExp(`(?:-|${wordsSource(words.through) ?? "-"})[ \\t]*[\\u0e01-\\u0e4e]*[ \\t]*$`),
    eras: new Map(words.eras.map(([w, e]) => [eraKey(w), e])),
    quarterOrdinals: new Map(words.quarterOrdinals.map(([w, n]) => [wordKey(w), n])),
    halfOrdinals: new Map(words.halfOrdinals.map(([w, n]) => [wordKey(w), n])),
  };
}
