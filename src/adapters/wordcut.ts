/**
 * The one place wordcut is imported. wordcut is a CommonJS singleton whose `init` reads its
 * dictionary (~200 ms) and sets module-level state, so it is initialised lazily, once per
 * word list, on the first segmentation.
 */
import { createRequire } from "node:module";
import type { Segmenter } from "../core/segmenter.js";

interface Wordcut {
  init(dictPath?: string | string[], withDefault?: boolean, additionalWords?: string[]): void;
  cutIntoRanges(text: string, noText?: boolean): Array<{ s: number; e: number }>;
}

const require = createRequire(import.meta.url);
let wordcut: Wordcut | undefined;
let loadedWords: string | undefined;

/** wordcut initialised with `words`; `key` is `words.join("\n")`, computed once by the caller. */
function ready(words: readonly string[], key: string): Wordcut {
  if (!wordcut) wordcut = require("wordcut") as Wordcut;
  if (loadedWords !== key) {
    wordcut.init(undefined, false, [...words]);
    loadedWords = key;
  }
  return wordcut;
}

export interface WordcutOptions {
  /**
   * How many distinct runs to remember, least recently used dropped first (0: no cache).
   * News text repeats its Thai runs (names, units, stock phrases): on the benchmark corpus
   * about half of the runs the core asks about were seen before, a quarter of the letters,
   * and wordcut costs ~5 µs a letter. 10,000 runs hold nearly every repeat and take ~2 MB.
   */
  cacheSize?: number;
}

/** The default for {@link WordcutOptions.cacheSize}. */
export const DEFAULT_CACHE_SIZE = 10_000;

/**
 * A segmenter backed by wordcut's dictionary plus `extraWords` (the rules' units and
 * classifiers, so that `ครัวเรือน` or `ตารางวา` come out as one word). Each segmenter has its
 * own cache of runs already cut, shared by every document it is used on.
 */
export function wordcutSegmenter(extraWords: readonly string[] = [], options: WordcutOptions = {}): Segmenter {
  const words = [...new Set(extraWords)].sort();
  const key = words.join("\n");
  const cacheSize = options.cacheSize ?? DEFAULT_CACHE_SIZE;
  // A Map iterates in insertion order: re-inserting on a hit makes its first key the least recently used.
  const cache = new Map<string, readonly number[]>();
  const cut = (run: string): number[] => ready(words, key).cutIntoRanges(run, true).map((r) => r.e);
  return {
    wordEnds(run: string): number[] {
      if (run.length === 0) return [];
      if (cacheSize <= 0) return cut(run);
      const hit = cache.get(run);
      if (hit) {
        cache.delete(run);
        cache.set(run, hit);
        return [...hit];
      }
      const ends = cut(run);
      cache.set(run, ends);
      if (cache.size > cacheSize) cache.delete(cache.keys().next().value as string);
      return [...ends];
    },
  };
}

/**
 * wordcut as it comes, for the benchmark's baseline: a function giving the end offset of each
 * word of any text (spaces, digits and Latin included), with no cache. Extraction goes through
 * {@link wordcutSegmenter}.
 */
export function plainWordcut(extraWords: readonly string[] = []): (text: string) => number[] {
  const words = [...new Set(extraWords)].sort();
  const key = words.join("\n");
  return (text) => (text.length === 0 ? [] : ready(words, key).cutIntoRanges(text, true).map((r) => r.e));
}
