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
