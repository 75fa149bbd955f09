/**
 * The wordcut adapter's speed-ups change no word boundary: the cache of runs and the fast
 * dictionary lookup give what wordcut as it comes gives.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { plainWordcut, wordcutSegmenter } from "../src/adapters/wordcut.js";
import { ROOT, builtinRules } from "./helpers.js";

const LINES = readFileSync(join(ROOT, "fixtures/corpus-sample.txt"), "utf8").split("\n").filter((_, i) => i % 4 === 0);

test("the fast dictionary lookup cuts the corpus sample exactly as wordcut's own", () => {
  const words = builtinRules().words;
  const fast = wordcutSegmenter(words, { cacheSize: 0 });
  const own = wordcutSegmenter(words, { cacheSize: 0, fastLookup: false });
  const plain = plainWordcut(words);
  for (const line of LINES) {
    const expected = own.wordEnds(line);
    expect(fast.wordEnds(line)).toEqual(expected);
    expect(plain(line)).toEqual(expected);
  }
});

test("the cache answers repeats with the same ends, and its answers cannot be changed from outside", () => {
  const cached = wordcutSegmenter(builtinRules().words, { cacheSize: 2 });
  const first = cached.wordEnds("ตารางกิโลเมตร");
  first.push(99);
  expect(cached.wordEnds("ตารางกิโลเมตร")).toEqual(first.slice(0, -1));
  cached.wordEnds("สาม");
  cached.wordEnds("สามารถ");
  expect(cached.wordEnds("ตารางกิโลเมตร")).toEqual(first.slice(0, -1));
});
