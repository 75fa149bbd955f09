/**
 * The segmenter changes no word boundary: its cutter (word-cutter.ts, over the dictionary as a
 * trie) gives what wordcut as it comes gives.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, test } from "vitest";
import { dictionaryTrie, plainWordcut, wordcutSegmenter, writeDictionaryCache } from "../src/adapters/wordcut.js";
import { packArrays, unpackArrays } from "../src/adapters/packed-arrays.js";
import { TrieSteps } from "../src/adapters/trie-steps.js";
import { WordTrie, NONE, ROOT } from "../src/adapters/word-trie.js";
import { ROOT as REPO, builtinRules } from "./helpers.js";

const LINES = readFileSync(join(REPO, "fixtures/corpus-sample.txt"), "utf8").split("\n").filter((_, i) => i % 4 === 0);

describe("the segmenter cuts exactly as wordcut as it comes", () => {
  const words = builtinRules().words;
  const ours = wordcutSegmenter(words);
  const plain = plainWordcut(words);

  test("on whole lines of the corpus sample (Thai, Latin, digits, spaces and symbols)", () => {
    for (const line of LINES) expect(ours.wordEnds(line)).toEqual(plain(line));
  });

  test("on random text made of the letters each of wordcut's rules reacts to", () => {
    // Thai consonants, vowels and every tone mark; the letters of its Thai rules (เหก็ม, แก, กืก…);
    // Latin in both cases and the letters whose lower case is Latin (İ, the Kelvin sign);
    // digits, its spaces and single symbols, and a few others.
    const letters = [..."กขคงมบนรลวสหอะาำิีึืุูเแโใไ็่้๊๋์ํ๎ๆฯabcXYZİK09 \t\u00a0\u2003@()/,-.\"`%#é"];
    const text = fc.array(fc.constantFrom(...letters), { maxLength: 40 }).map((a) => a.join(""));
    fc.assert(fc.property(text, (t) => { expect(ours.wordEnds(t)).toEqual(plain(t)); }), { seed: 4242, numRuns: 3000 });
  });

  test("on random sequences of dictionary words and their pieces", () => {
    const sample = ["ตาราง", "กิโลเมตร", "ประเทศ", "ไทย", "สามารถ", "การ", "ครัวเรือน", "เหก็ม", "แก", "กืก", "ก้", "ๆ", "นายก", "รัฐมนตรี"];
    const text = fc.array(fc.oneof(fc.constantFrom(...sample), fc.constantFrom(...sample).map((w) => w.slice(1))), { maxLength: 8 }).map((a) => a.join(""));
    fc.assert(fc.property(text, (t) => { expect(ours.wordEnds(t)).toEqual(plain(t)); }), { seed: 4243, numRuns: 1000 });
  });

  test("with words added that wordcut's files lack, one letter long included", () => {
    const extra = ["ซซซ", "ฌ", "กขค"];
    const mine = wordcutSegmenter(extra);
    const theirs = plainWordcut(extra);
    for (const t of ["ซซซกขคฌ", "ฌฌซซซ", "กขคซซ", "ตารางซซซเมตร"]) expect(mine.wordEnds(t)).toEqual(theirs(t));
  });

  test("on every run of Thai letters of the corpus sample, long and short in turn (its buffers are reused)", () => {
    const runs = LINES.flatMap((line) => line.match(/[\u0e01-\u0e2e\u0e30-\u0e45\u0e47-\u0e4e]+/g) ?? []);
    const whole = runs.join("");
    for (const [i, run] of runs.entries()) {
      expect(ours.wordEnds(run)).toEqual(plain(run));
      if (i % 500 === 0) expect(ours.wordEnds(whole.slice(0, 2000 + i))).toEqual(plain(whole.slice(0, 2000 + i)));
    }
  });

  test("the same text cut twice gives the same ends, and an answer changed outside changes nothing", () => {
    const first = ours.wordEnds("ตารางกิโลเมตร");
    first.push(99);
    expect(ours.wordEnds("ตารางกิโลเมตร")).toEqual(first.slice(0, -1));
  });
});

describe("WordTrie", () => {
  const trie = WordTrie.of(["ab", "abc", "b", "ab", "", "ba"]);
  const walk = (s: string): number => [...s].reduce((node, ch) => (node === NONE ? NONE : trie.child(node, ch.charCodeAt(0))), ROOT);

  test("knows every prefix of its words and which of them are words", () => {
    expect(["a", "ab", "abc", "b", "ba"].map((s) => trie.isWord(walk(s)))).toEqual([false, true, true, true, true]);
  });

  test("has no path for what no word starts with, and no word at the root", () => {
    expect(walk("c")).toBe(NONE);
    expect(walk("abcd")).toBe(NONE);
    expect(walk("bb")).toBe(NONE);
    expect(trie.isWord(ROOT)).toBe(false);
  });
});

describe("TrieSteps as an automaton", () => {
  test("gives, after each letter, every word ending there, longest first", () => {
    const words = ["ab", "abc", "bc", "c", "bca", "กา", "การ", "าร", "ร", "กข", "ขก"];
    const steps = TrieSteps.of(WordTrie.of(words));
    const text = fc.array(fc.constantFrom(..."abcxกขาร"), { maxLength: 30 }).map((a) => a.join(""));
    fc.assert(fc.property(text, (t) => {
      let state = ROOT;
      for (let i = 0; i < t.length; i++) {
        state = steps.next(state, t.charCodeAt(i));
        const found: string[] = [];
        for (let w = steps.wordAt(state); w !== NONE; w = steps.wordSuffix(w)) found.push(t.slice(i + 1 - steps.depth(w), i + 1));
        const expected = words.filter((w) => t.slice(0, i + 1).endsWith(w)).sort((x, y) => y.length - x.length);
        expect(found).toEqual(expected);
      }
    }), { seed: 1617, numRuns: 500 });
  });
});

/**
 * Two dictionary builds, two caches written and read, and 200 lines cut twice: about 3 s alone, more
 * on a loaded machine (it once passed 5 s, vitest's default, in a fresh clone's npm test).
 */
const HEAVY_TIMEOUT = 30_000;

describe("the dictionary cache (dist/dictionary.cache)", () => {
  const dir = mkdtempSync(join(tmpdir(), "dictionary-cache-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const words = builtinRules().words;
  const file = join(dir, "dictionary.cache");
  writeDictionaryCache(words, file);

  test("holds the trie a build from the dictionary gives, and a segmenter loading it cuts the same", () => {
    const loaded = dictionaryTrie(words, file);
    const built = dictionaryTrie(words, join(dir, "none.cache"));
    expect(loaded.fromCache).toBe(true);
    expect(built.fromCache).toBe(false);
    expect(loaded.trie.toArrays()).toEqual(built.trie.toArrays());
    // The cutter's automaton too, as built from the trie.
    expect(built.steps).toBeUndefined();
    expect(loaded.steps?.toArrays()).toEqual(TrieSteps.of(built.trie).toArrays());
    // Words of its own, so that no segmenter made elsewhere in this file is reused.
    const own = [...words, "แคชทดสอบ"];
    const ownFile = join(dir, "own.cache");
    writeDictionaryCache(own, ownFile);
    expect(dictionaryTrie(own, ownFile).fromCache).toBe(true);
    const cached = wordcutSegmenter(own, { dictionaryCache: ownFile });
    const plain = plainWordcut(own);
    for (const line of [...LINES.slice(0, 200), "แคชทดสอบคำนี้"]) {
      const run = line.replace(/[^\u0e01-\u0e4e]+/g, "");
      expect(cached.wordEnds(run)).toEqual(plain(run));
    }
  }, HEAVY_TIMEOUT);

  test("is not used for other words, or when damaged", () => {
    expect(dictionaryTrie([...words, "คำใหม่"], file).fromCache).toBe(false);
    const damaged = join(dir, "damaged.cache");
    writeFileSync(damaged, "not a cache");
    expect(dictionaryTrie(words, damaged).fromCache).toBe(false);
  });

  test("the build's own cache holds the trie for the built-in rules' words", () => {
    expect(dictionaryTrie(words, join(REPO, "dist", "dictionary.cache")).fromCache).toBe(true);
  });
});

describe("packed arrays (the dictionary cache's layout)", () => {
  test("come back as they went in, as views on the bytes or, when these are not aligned, as copies", () => {
    const arrays = { a: Int32Array.of(1, -2, 3), b: Uint16Array.of(0x0e01, 7), c: Uint8Array.of(1, 0, 1, 1, 0) };
    const bytes = packArrays({ key: "k" }, arrays);
    const aligned = unpackArrays(bytes);
    expect(aligned?.fields).toEqual({ key: "k" });
    expect(Object.fromEntries(aligned?.arrays ?? [])).toEqual(arrays);
    expect(aligned?.arrays.get("a")?.buffer).toBe(bytes.buffer);
    const shifted = new Uint8Array(bytes.length + 1).subarray(1);
    shifted.set(bytes);
    expect(Object.fromEntries(unpackArrays(shifted)?.arrays ?? [])).toEqual(arrays);
    expect(unpackArrays(new TextEncoder().encode("not a cache"))).toBeUndefined();
  });
});
