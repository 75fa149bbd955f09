/**
 * Sentences as the attribute scripts cut them (`facts:check`, `facts:key-years`): a sentence ends at
 * a line end, or at a space before a `clause_start` word; and a stretch of a text extracted alone,
 * given what its document gives it.
 */
import { extractFacts, type Fact, type RuleSet, type Segmenter, type Ymd } from "../core/index.js";
import { lastDatelineIn } from "../core/runtime.js";

/** Where the sentence holding `offset` starts and ends: line ends, or a space before a clause-start word. */
export function sentenceOf(text: string, offset: number, starts: readonly string[]): [number, number] {
  const breaks = (i: number): boolean => text.charCodeAt(i) === 10
    || (/\s/.test(text.charAt(i)) && starts.some((w) => text.startsWith(w, i + 1)));
  let from = offset;
  while (from > 0 && !breaks(from - 1)) from--;
  let to = offset;
  while (to < text.length && !breaks(to)) to++;
  return [from, to];
}

/** How far back a stretch's dateline is looked for, in characters (an article's length, and more). */
const DATELINE_REACH = 100_000;

/**
 * The facts of each stretch [from, to) of `text` extracted alone, once however many facts it
 * holds, given what its document gives it: its date, and the last dateline before it.
 */
export function stretchExtractor(text: string, ruleSet: RuleSet, segmenter: Segmenter, documentDate: Ymd | null): (from: number, to: number) => Fact[] {
  const extracted = new Map<string, Fact[]>();
  return (from, to) => {
    const key = `${from}:${to}`;
    let facts = extracted.get(key);
    if (!facts) {
      const datelineBefore = lastDatelineIn(text.slice(Math.max(0, from - DATELINE_REACH), from), ruleSet) ?? null;
      facts = extractFacts(text.slice(from, to), ruleSet, segmenter, { documentDate, titleYear: null, datelineBefore }).facts;
      extracted.set(key, facts);
    }
    return facts;
  };
}
