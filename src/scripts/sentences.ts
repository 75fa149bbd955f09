/**
 * Sentences as the attribute scripts cut them (`facts:check`, `facts:key-years`): a sentence ends at
 * a line end, or at a space before a `clause_start` word.
 */

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
