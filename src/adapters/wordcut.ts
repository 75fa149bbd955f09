/**
 * The one place wordcut is imported. wordcut is a CommonJS singleton whose `init` reads its
 * dictionary (~300 ms) and sets module-level state, so it is loaded lazily, on the first
 * segmentation.
 *
 * Extraction cuts with wordcut's own engine (its `buildPath` loop and `pathToRanges`) and its
 * dictionary files, on an instance of its own (`Object.create`, so the singleton is never
 * touched) fitted with the garbage-free parts of wordcut-parts.ts and the dictionary as a
 * word-trie.ts trie. Together with a cache of the runs already cut, this changes no word
 * boundary (tested against wordcut as it comes) and costs a fraction of the time, memory and
 * start-up. The benchmark's baseline, {@link plainWordcut}, is wordcut exactly as it comes.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { deserialize, serialize } from "node:v8";
import type { Segmenter } from "../core/segmenter.js";
import { WordTrie, type TrieArrays } from "./word-trie.js";
import { AcceptorSet, PathBuilder } from "./wordcut-parts.js";

/** What is used of wordcut's engine. */
interface WordcutCore {
  cutIntoRanges(text: string, noText?: boolean): Array<{ s: number; e: number }>;
}

/** The module's singleton, with its dictionary loader. */
interface Wordcut extends WordcutCore {
  init(dictPath?: string | string[], withDefault?: boolean, additionalWords?: string[]): void;
}

/** The fields `buildPath` reads on its `this`: what an instance of our own sets. */
interface WordcutInstance extends WordcutCore {
  acceptors: AcceptorSet;
  pathInfoBuilder: PathBuilder;
  pathSelector: PathBuilder;
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
 * dictionary plus the built-in rules' words, written by `npm run build`, so that a worker loads
 * it (~2 ms) instead of reading the dictionary and building it (~50 ms).
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

/** The cached trie for these extra words, if the cache holds it (same dictionary, same words). */
function cachedTrie(wordsKey: string, file: string): WordTrie | undefined {
  try {
    const cache = deserialize(readFileSync(file)) as { key?: string; trie?: TrieArrays };
    return cache.key === dictionaryKey(wordsKey) && cache.trie ? WordTrie.fromArrays(cache.trie) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The trie of the dictionary plus `extraWords`: from `cacheFile` when it holds that one, else
 * built. `fromCache` says which (for tests).
 */
export function dictionaryTrie(extraWords: readonly string[], cacheFile = DICTIONARY_CACHE_FILE): { trie: WordTrie; fromCache: boolean } {
  const { words, key } = wordList(extraWords);
  const cached = cachedTrie(key, cacheFile);
  return cached ? { trie: cached, fromCache: true } : { trie: WordTrie.of([...dictionaryWords(), ...words]), fromCache: false };
}

/** Writes the trie of the dictionary plus `extraWords` to `file` (the build's last step). */
export function writeDictionaryCache(extraWords: readonly string[], file = DICTIONARY_CACHE_FILE): void {
  const { words, key } = wordList(extraWords);
  const trie = WordTrie.of([...dictionaryWords(), ...words]);
  writeFileSync(file, serialize({ key: dictionaryKey(key), trie: trie.toArrays() }));
}

/** The instance for one word list (its `key`), kept: tests and commands make many segmenters. */
const instances = new Map<string, WordcutInstance>();

/**
 * A wordcut instance cutting with its dictionary plus `words` (added whatever their length, as
 * `init` does), its trie loaded from `cacheFile` when that holds it.
 */
function instanceFor(words: readonly string[], key: string, cacheFile: string): WordcutInstance {
  let instance = instances.get(key);
  if (!instance) {
    const { trie } = dictionaryTrie(words, cacheFile);
    const builder = new PathBuilder();
    instance = Object.assign(Object.create(wordcut()) as WordcutInstance, {
      acceptors: new AcceptorSet(trie), pathInfoBuilder: builder, pathSelector: builder,
    });
    instances.set(key, instance);
  }
  return instance;
}

export interface WordcutOptions {
  /**
   * How many distinct runs to remember, least recently used dropped first (0: no cache).
   * News text repeats its Thai runs (names, units, stock phrases): on the benchmark corpus
   * about half of the runs the core asks about were seen before, a fifth of the letters.
   * 10,000 runs hold nearly every repeat and take ~2 MB.
   */
  cacheSize?: number;
  /** Where a prebuilt dictionary trie may be (default DICTIONARY_CACHE_FILE; tests). */
  dictionaryCache?: string;
}

/** The default for {@link WordcutOptions.cacheSize}. */
export const DEFAULT_CACHE_SIZE = 10_000;

/**
 * A segmenter backed by wordcut's dictionary plus `extraWords` (the rules' units and
 * classifiers, so that `ครัวเรือน` or `ตารางวา` come out as one word). Each segmenter has its
 * own cache of runs already cut, shared by every document it is used on. wordcut is loaded on
 * the first run cut (or by {@link WordcutSegmenter.load}).
 */
export interface WordcutSegmenter extends Segmenter {
  /** Loads wordcut and the dictionary now rather than on the first run. */
  load(): void;
}

export function wordcutSegmenter(extraWords: readonly string[] = [], options: WordcutOptions = {}): WordcutSegmenter {
  const { words, key } = wordList(extraWords);
  const cacheSize = options.cacheSize ?? DEFAULT_CACHE_SIZE;
  // A Map iterates in insertion order: re-inserting on a hit makes its first key the least recently used.
  const cache = new Map<string, readonly number[]>();
  let instance: WordcutInstance | undefined;
  const load = (): WordcutInstance => (instance ??= instanceFor(words, key, options.dictionaryCache ?? DICTIONARY_CACHE_FILE));
  const cut = (run: string): number[] => load().cutIntoRanges(run, true).map((r) => r.e);
  return {
    load,
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
