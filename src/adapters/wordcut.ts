/**
 * The one place wordcut is imported. wordcut is a CommonJS singleton whose `init` reads its
 * dictionary (~200 ms) and sets module-level state, so it is initialised lazily, once per
 * word list, on the first segmentation.
 *
 * Two things make it cheaper here without changing a single word boundary: a cache of the runs
 * already cut (per segmenter), and a faster index over wordcut's own dictionary table (see
 * {@link fastLookup}); the benchmark's baseline uses neither.
 */
import { createRequire } from "node:module";
import type { Segmenter } from "../core/segmenter.js";

interface Wordcut {
  init(dictPath?: string | string[], withDefault?: boolean, additionalWords?: string[]): void;
  cutIntoRanges(text: string, noText?: boolean): Array<{ s: number; e: number }>;
}

/** The part of wordcut's internals the fast lookup replaces: its dictionary's prefix tree. */
interface PrefixTree {
  /** `String([row, offset, ch])` → the child node, `[row, isFinal, payload]`. */
  tab: Record<string, unknown>;
  lookup(nodeId: number, offset: number, ch: string): unknown;
}

interface WordcutInternals {
  acceptors?: { creators?: Array<{ tree?: PrefixTree }> };
}

const require = createRequire(import.meta.url);
let wordcut: Wordcut | undefined;
let loadedWords: string | undefined;
/** The dictionary's tree after the last init, with wordcut's own lookup and the fast one. */
let lookups: { tree: PrefixTree; own: PrefixTree["lookup"]; fast: PrefixTree["lookup"] | undefined } | undefined;

/**
 * wordcut initialised with `words`; `key` is `words.join("\n")`, computed once by the caller.
 * `fast`: answer dictionary lookups with {@link fastLookup} (same answers) rather than
 * wordcut's own; switched per call, as the singleton is shared.
 */
function ready(words: readonly string[], key: string, fast: boolean): Wordcut {
  if (!wordcut) wordcut = require("wordcut") as Wordcut;
  if (loadedWords !== key) {
    wordcut.init(undefined, false, [...words]);
    loadedWords = key;
    const tree = (wordcut as WordcutInternals).acceptors?.creators?.find((c) => typeof c.tree?.lookup === "function")?.tree;
    lookups = tree ? { tree, own: tree.lookup, fast: fastLookup(tree) } : undefined;
  }
  if (lookups) lookups.tree.lookup = (fast && lookups.fast) || lookups.own;
  return wordcut;
}

/**
 * wordcut looks a letter up in its dictionary as `tab[[node, offset, ch]]`: an array turned into
 * a string key for every letter of every candidate word, a third of its time and much of its
 * garbage. This is the same table indexed by numbers: entries sorted by (node, offset) and
 * letter, a Map from (node, offset) to the first. Built from wordcut's own table after each
 * init (~40 ms), so the two cannot disagree; undefined (wordcut's lookup stays) if the table is
 * not the shape this expects.
 */
export function fastLookup(tree: PrefixTree): PrefixTree["lookup"] | undefined {
  const entries: Array<{ node: number; code: number; child: unknown }> = [];
  for (const key in tree.tab) {
    const a = key.indexOf(",");
    const b = key.indexOf(",", a + 1);
    const row = Number(key.slice(0, a));
    const offset = Number(key.slice(a + 1, b));
    // One UTF-16 unit after the second comma (it may itself be a comma), small whole numbers before.
    if (a < 1 || b < 0 || key.length !== b + 2 || !Number.isInteger(row) || row < 0 || row >= 1 << 22 || !Number.isInteger(offset) || offset < 0 || offset >= 256) return undefined;
    entries.push({ node: row * 256 + offset, code: key.charCodeAt(b + 1), child: tree.tab[key] });
  }
  entries.sort((x, y) => x.node - y.node || x.code - y.code);
  const nodes = Int32Array.from(entries, (e) => e.node);
  const codes = Uint16Array.from(entries, (e) => e.code);
  const children = entries.map((e) => e.child);
  const first = new Map<number, number>();
  for (let i = entries.length - 1; i >= 0; i--) first.set(nodes[i]!, i);
  return (nodeId, offset, ch) => {
    const node = nodeId * 256 + offset;
    const code = ch.charCodeAt(0);
    for (let i = first.get(node) ?? nodes.length; i < nodes.length && nodes[i] === node; i++) {
      const c = codes[i]!;
      if (c === code) return children[i];
      if (c > code) break;
    }
    return null;
  };
}

export interface WordcutOptions {
  /**
   * How many distinct runs to remember, least recently used dropped first (0: no cache).
   * News text repeats its Thai runs (names, units, stock phrases): on the benchmark corpus
   * about half of the runs the core asks about were seen before, a quarter of the letters,
   * and wordcut costs ~5 µs a letter. 10,000 runs hold nearly every repeat and take ~2 MB.
   */
  cacheSize?: number;
  /** Use {@link fastLookup} (default true; false runs wordcut exactly as it comes, for comparison). */
  fastLookup?: boolean;
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
  const fast = options.fastLookup ?? true;
  const cut = (run: string): number[] => ready(words, key, fast).cutIntoRanges(run, true).map((r) => r.e);
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
  return (text) => (text.length === 0 ? [] : ready(words, key, false).cutIntoRanges(text, true).map((r) => r.e));
}
