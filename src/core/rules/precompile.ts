/**
 * A rule set's patterns that are first run on short texts, compiled ahead of that run
 * (text/regex.ts, compileNow: compiled on a short text, a large pattern costs about four times
 * as much). Extraction runs the date parser on each date's own text; the thread that reads a
 * document for its pieces (engine/document-context.ts) runs the date scan and the year mentions
 * on its title and its short lines, before the first piece can go.
 */
import { compileNow } from "../text/regex.js";
import type { RuleSet } from "./compile.js";

const compiled = new WeakSet<RuleSet>();
const compiledForDocuments = new WeakSet<RuleSet>();

/**
 * The patterns extraction runs on whole texts, in the order it first runs them: the masks, each
 * rule's (its sticky twin for a number-led one, which is what runs), the year mentions. Those it
 * runs on short texts (the date parser, the era year) compileForExtraction compiles at once.
 */
export function extractionPatterns(rules: RuleSet): RegExp[] {
  const { yearPattern } = rules.context;
  return [
    ...rules.masks.flatMap((mask) => mask.regexes),
    ...rules.rules.flatMap((rule) => rule.regexes.map((regex, i) => rule.numberLed[i] ?? regex)),
    ...(yearPattern ? [yearPattern] : []),
  ];
}

/** Compiles the patterns extraction runs on short texts (once per rule set). */
export function compileForExtraction(rules: RuleSet): void {
  if (compiled.has(rules)) return;
  compiled.add(rules);
  compileNow(rules.context.calendar.dateParser);
  compileNow(rules.context.calendar.eraYear);
}

/** Compiles the patterns a document's title and datelines are read with (findTitleYear, lastDatelineIn), and the date parser. */
export function compileForDocuments(rules: RuleSet): void {
  compileForExtraction(rules);
  if (compiledForDocuments.has(rules)) return;
  compiledForDocuments.add(rules);
  compileNow(rules.context.calendar.dateScan);
  if (rules.context.yearPattern) compileNow(rules.context.yearPattern);
}
