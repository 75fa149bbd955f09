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

function ready(words: readonly string[]): Wordcut {
  const key = words.join("\n");
  if (!wordcut) wordcut = require("wordcut") as Wordcut;
  if (loadedWords !== key) {
    wordcut.init(undefined, false, [...words]);
    loadedWords = key;
  }
  return wordcut;
}

/**
 * A segmenter backed by wordcut's dictionary plus `extraWords` (the rules' units and
 * classifiers, so that `ครัวเรือน` or `ตารางวา` come out as one word).
 */
export function wordcutSegmenter(extraWords: readonly string[] = []): Segmenter {
  const words = [...new Set(extraWords)].sort();
  return {
    wordEnds(run: string): number[] {
      if (run.length === 0) return [];
      return ready(words).cutIntoRanges(run, true).map((r) => r.e);
    },
  };
}
