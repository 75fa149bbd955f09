/**
 * A lexicon's words as a list, for the loops that test each against a text: built once per
 * lexicon. Apart from the compiler, so that what reads a compiled rule set does not load it.
 */
import type { Lexicon } from "./compile.js";

const WORD_LISTS = new WeakMap<Lexicon, readonly string[]>();

/** The words of `lexicon` (none for no lexicon), in its order. */
export function lexiconWords(lexicon: Lexicon | undefined): readonly string[] {
  if (!lexicon) return [];
  let words = WORD_LISTS.get(lexicon);
  if (!words) {
    words = [...lexicon.entries.keys()];
    WORD_LISTS.set(lexicon, words);
  }
  return words;
}

/** Whether any of a lexicon's words is written in `text`, read as written. */
export function mentionsAny(text: string, lexicon: Lexicon | undefined): boolean {
  for (const word of lexiconWords(lexicon)) if (text.includes(word)) return true;
  return false;
}

/** The first of a lexicon's words (in its order) that `text` starts with; undefined when none. */
export function entryStarting(text: string, lexicon: Lexicon | undefined): string | undefined {
  return lexiconWords(lexicon).find((word) => text.startsWith(word));
}
