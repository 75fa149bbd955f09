/**
 * The one place wordcut is imported. Extraction cuts with word-cutter.ts, which cuts as
 * wordcut does, over wordcut's own dictionary files (read here) as a word-trie.ts trie, so
 * wordcut's code itself is only ever loaded for the benchmark's baseline and as the reference the
 * tests hold the cutter to ({@link plainWordcut}). wordcut is a CommonJS singleton whose `init`
 * reads its dictionary (~300 ms) and sets module-level state: it is loaded lazily, then.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Segmenter } from "../core/segmenter.js";
import { packArrays, unpackArrays } from "./packed-arrays.js";
import { TrieSteps, type StepArrays } from "./trie-steps.js";
import { WordTrie, type TrieArrays } from "./word-trie.js";
import { WordCutter } from "./word-cutter.js";

/** The module's singleton: its dictionary loader and its cutter. */
interface Wordcut {
  init(dictPath?: string | string[], withDefault?: boolean, additionalWords?: string[]): void;
  cutIntoRanges(text: string, noText?: boolean): Array<{ s: number; e: number }>;
}

const require = createRequire(import.meta.url);
let singleton: Wordcut | undefined;
const wordcut = (): Wordcut => (singleton ??= require("wordcut") as Wordcut);

/** The word list the singleton was last initialised with (by plainWordcut). */
let plainKey: string | undefined;
let dictionary: string[] | undefined;
let dictionaryDigest: ReturnType<typeof createHash> | undefined;

/** Extra words as every part of this file keys them: unique, sorted, and joined by line breaks. */
function wordList(extraWords: readonly string[]): { words: string[]; key: string } {
  const words = [...new Set(extraWords)].sort();
  return { words, key: words.join("\n") };
}

/** wordcut's dictionary files (`data/tdict-*.txt`), sorted by name. */
function dictionaryFiles(): string[] {
  const data = join(dirname(require.resolve("wordcut/package.json")), "data");
  return readdirSync(data).filter((name) => /^tdict-.*\.txt$/.test(name)).sort().map((name) => join(data, name));
}

/**
 * The words of wordcut's dictionary files, read as its `init` reads them (split at line
 * breaks, words of two letters or more).
 */
function dictionaryWords(): string[] {
  dictionary ??= dictionaryFiles().flatMap((file) => readFileSync(file, "utf8").split(/[\r\n]+/).filter((w) => w.length > 1));
  return dictionary;
}

/**
 * dist/dictionary.cache (this file is dist/adapters/wordcut.js once built): the trie of the
 * dictionary plus the built-in rules' words, and the cutter's automaton of it (trie-steps.ts),
 * written by `npm run build`, so that a worker loads them (~3 ms) instead of reading the
 * dictionary and building them (~70 ms).
 */
export const DICTIONARY_CACHE_FILE = fileURLToPath(new URL("../dictionary.cache", import.meta.url));

/** What a trie is built from: the dictionary files' bytes (hashed once) and the extra words' key. */
function dictionaryKey(wordsKey: string): string {
  if (!dictionaryDigest) {
    dictionaryDigest = createHash("sha256");
    for (const file of dictionaryFiles()) dictionaryDigest.update(readFileSync(file)).update("\0");
  }
  return dictionaryDigest.copy().update(wordsKey).digest("hex");
}

/** The arrays the cache file holds (packed-arrays.ts), by name: the trie's, then the automaton's. */
const TRIE_ARRAYS = ["firstChild", "childCount", "final", "letters", "childNode"] as const satisfies ReadonlyArray<keyof TrieArrays>;
const STEP_ARRAYS = ["pairs", "nodes", "rootSteps"] as const satisfies ReadonlyArray<keyof StepArrays>;

/** The cached trie (and automaton) for these extra words, if the cache holds them (same dictionary, same words). */
function cachedDictionary(wordsKey: string, file: string): { trie: WordTrie; steps: TrieSteps | undefined } | undefined {
  let packed: ReturnType<typeof unpackArrays>;
  try {
    packed = unpackArrays(readFileSync(file));
  } catch {
    return undefined;
  }
  if (!packed || packed.fields.key !== dictionaryKey(wordsKey)) return undefined;
  const { arrays } = packed;
  const trie = WordTrie.fromArrays(Object.fromEntries(TRIE_ARRAYS.map((name) => [name, arrays.get(name)])) as unknown as TrieArrays);
  const steps = trie && STEP_ARRAYS.every((name) => arrays.has(name))
    ? TrieSteps.fromArrays(trie, Object.fromEntries(STEP_ARRAYS.map((name) => [name, arrays.get(name)])) as unknown as StepArrays)
    : undefined;
  return trie && { trie, steps };
}

/**
 * The trie of the dictionary plus `extraWords`: from `cacheFile` when it holds that one, else
 * built; with the cutter's automaton of it when the cache holds that too. `fromCache` says which
 * (for tests).
 */
export function dictionaryTrie(extraWords: readonly string[], cacheFile = DICTIONARY_CACHE_FILE): { trie: WordTrie; steps?: TrieSteps; fromCache: boolean } {
  const { words, key } = wordList(extraWords);
  const cached = cachedDictionary(key, cacheFile);
  if (!cached) return { trie: WordTrie.of([...dictionaryWords(), ...words]), fromCache: false };
  return cached.steps ? { trie: cached.trie, steps: cached.steps, fromCache: true } : { trie: cached.trie, fromCache: true };
}

/** Writes the trie of the dictionary plus `extraWords`, and its automaton, to `file` (the build's last step). */
export function writeDictionaryCache(extraWords: readonly string[], file = DICTIONARY_CACHE_FILE): void {
  const { words, key } = wordList(extraWords);
  const trie = WordTrie.of([...dictionaryWords(), ...words]);
  writeFileSync(file, packArrays({ key: dictionaryKey(key) }, { ...trie.toArrays(), ...TrieSteps.of(trie).toArrays() }));
}

/** The cutter for one word list (its `key`), kept: tests and commands make many segmenters. */
const cutters = new Map<string, WordCutter>();

export interface WordcutOptions {
  /** Where a prebuilt dictionary trie may be (default DICTIONARY_CACHE_FILE; tests). */
  dictionaryCache?: string;
}

/**
 * A segmenter backed by wordcut's dictionary plus `extraWords` (the rules' units and
 * classifiers, so that `ครัวเรือน` or `ตารางวา` come out as one word), cutting as wordcut does
 * (word-cutter.ts). The dictionary is loaded on the first run cut (or by
 * {@link WordcutSegmenter.load}).
 */
export interface WordcutSegmenter extends Segmenter {
  /** Loads the dictionary now rather than on the first run. */
  load(): void;
}

export function wordcutSegmenter(extraWords: readonly string[] = [], options: WordcutOptions = {}): WordcutSegmenter {
  const { words, key } = wordList(extraWords);
  let cutter: WordCutter | undefined;
  const load = (): WordCutter => {
    if (cutter) return cutter;
    cutter = cutters.get(key);
    if (!cutter) {
      const { trie, steps } = dictionaryTrie(words, options.dictionaryCache ?? DICTIONARY_CACHE_FILE);
      cutter = new WordCutter(steps ?? TrieSteps.of(trie));
      cutters.set(key, cutter);
    }
    return cutter;
  };
  return {
    load,
    wordEnds: (run) => load().wordEnds(run),
  };
}

/**
 * wordcut exactly as it comes, for the benchmark's baseline and as the reference the tests
 * hold the segmenter to: a function giving the end offset of each word of any text (spaces,
 * digits and Latin included), with no cache. It (re)initialises the singleton when the word
 * list changes.
 */
export function plainWordcut(extraWords: readonly string[] = []): (text: string) => number[] {
  const { words, key } = wordList(extraWords);
  return (text) => {
    if (text.length === 0) return [];
    const module = wordcut();
    if (plainKey !== key) {
      module.init(undefined, false, [...words]);
      plainKey = key;
    }
    return module.cutIntoRanges(text, true).map((r) => r.e);
  };
}
