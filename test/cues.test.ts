/** Cue search (extract/cues.ts): the last cue in a window, on word boundaries. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { cueAfter, cueBefore, entryEndingAt, isEntryRun, lastCueEnd } from "../src/core/extract/cues.js";
import { WordBoundaries } from "../src/core/extract/word-boundaries.js";
import { matchView } from "../src/core/text/match-view.js";
import { ROOT, builtinRules, segmenter } from "./helpers.js";

const lexicon = (...surfaces: string[]) => ({
  name: "test", source: "test.yaml",
  entries: new Map(surfaces.map((s) => [s, { surface: s, canonical: s, factor: 1, pos: { file: "test.yaml", line: 1, col: 1 } }])),
});

/** The definition, written plainly: the largest end of an occurrence inside the window whose both ends are word boundaries. */
function reference(view: string, from: number, to: number, surfaces: readonly string[], boundaries: WordBoundaries): number {
  let best = -1;
  for (const key of surfaces) {
    for (let i = view.indexOf(key, from); i >= 0 && i + key.length <= to; i = view.indexOf(key, i + 1)) {
      if (boundaries.isBoundary(i) && boundaries.isBoundary(i + key.length)) best = Math.max(best, i + key.length);
    }
  }
  return best;
}

/** The corpus-wide checks take about 2 s each alone; more on a loaded machine. */
const CORPUS_TIMEOUT = 30_000;

describe("lastCueEnd", { timeout: CORPUS_TIMEOUT }, () => {
  test("the cue ending last in the window, skipping one inside a word and one outside the window", () => {
    const view = "บริษัทเสนอแผนขยายงาน และจะเปิดแผนที่ใหม่ แผน";
    const boundaries = new WordBoundaries(view, segmenter);
    const cues = lexicon("แผน", "จะ");
    const to = view.lastIndexOf(" แผน");
    // แผนที่ (map) is one word: its แผน is not a cue; the แผน after `to` is outside.
    expect(lastCueEnd(view, 0, to, cues, boundaries)).toBe(view.indexOf("จะ") + 2);
    expect(lastCueEnd(view, 0, view.indexOf("จะ"), cues, boundaries)).toBe(view.indexOf("แผน") + 3);
    expect(lastCueEnd(view, view.indexOf("ขยาย"), view.indexOf("จะ"), cues, boundaries)).toBe(-1);
    expect(lastCueEnd(view, 5, 5, cues, boundaries)).toBe(-1);
  });

  test("agrees with the definition on windows of the corpus sample, with the built-in target cues", () => {
    const view = matchView(readFileSync(join(ROOT, "fixtures/corpus-sample.txt"), "utf8").slice(0, 200_000));
    const boundaries = new WordBoundaries(view, segmenter);
    const cues = builtinRules().context.targetCues!;
    const surfaces = [...cues.entries.keys()];
    fc.assert(fc.property(fc.nat({ max: view.length - 1 }), fc.nat({ max: 300 }), (from, width) => {
      const to = Math.min(view.length, from + width);
      expect(lastCueEnd(view, from, to, cues, boundaries)).toBe(reference(view, from, to, surfaces, boundaries));
    }), { seed: 20261121, numRuns: 2000 });
  });

  test("agrees with the definition with other lexicons: clause starts, change cues, joiners (a comma)", () => {
    const view = matchView(readFileSync(join(ROOT, "fixtures/corpus-sample.txt"), "utf8").slice(0, 100_000));
    const boundaries = new WordBoundaries(view, segmenter);
    const { clauseStart, changeBefore, subjectJoin } = builtinRules().context;
    for (const cues of [clauseStart!, changeBefore!, subjectJoin!]) {
      const surfaces = [...cues.entries.keys()];
      fc.assert(fc.property(fc.nat({ max: view.length - 1 }), fc.integer({ min: 1, max: 300 }), (from, width) => {
        const to = Math.min(view.length, from + width);
        expect(lastCueEnd(view, from, to, cues, boundaries)).toBe(reference(view, from, to, surfaces, boundaries));
      }), { seed: 1616, numRuns: 500 });
    }
  });
});

describe("cueBefore, cueAfter and entryEndingAt look only at the keys ending (starting) with the letter there", { timeout: CORPUS_TIMEOUT }, () => {
  /** The definitions, over every key in order: the longest (first of equals) that fits. */
  const before = (view: string, offset: number, keys: string[], kinds: Map<string, string[]>, kind: string, boundaries: WordBoundaries) => {
    let end = offset;
    while (end > 0 && (view[end - 1] === " " || view[end - 1] === "\t")) end--;
    let best: string | undefined;
    let bestStart = end + 1;
    for (const key of keys) {
      const start = end - key.length;
      if (start < 0 || start >= bestStart || (kinds.has(key) && !kinds.get(key)!.includes(kind))) continue;
      if (view.startsWith(key, start) && boundaries.isBoundary(start)) [best, bestStart] = [key, start];
    }
    return best === undefined ? undefined : [best, bestStart];
  };
  const after = (view: string, offset: number, keys: string[], kind: string, kinds: Map<string, string[]>, boundaries: WordBoundaries) => {
    let start = offset;
    while (start < view.length && (view[start] === " " || view[start] === "\t")) start++;
    let best: string | undefined;
    for (const key of keys) {
      if (key.length <= (best?.length ?? 0) || (kinds.has(key) && !kinds.get(key)!.includes(kind))) continue;
      if (view.startsWith(key, start) && boundaries.isBoundary(start + key.length)) best = key;
    }
    return best;
  };
  const endingAt = (view: string, end: number, keys: string[]) => {
    let found = "";
    for (const key of keys) if (key.length > found.length && key.length <= end && view.startsWith(key, end - key.length)) found = key;
    return found;
  };

  test("on every offset of corpus lines, with built-in lexicons and one with kinds and equal lengths", () => {
    const context = builtinRules().context;
    const kinds = new Map([["กว่า", ["count"]], ["ราว", ["money", "count"]]]);
    const own = lexicon("กว่า", "ราว", "ราย", "ประมาณ", "เกือบ", "ถึง", "ไม่ถึง");
    for (const [surface, entry] of own.entries) if (kinds.has(surface)) Object.assign(entry, { kinds: kinds.get(surface) });
    const lexicons = [context.qualifierBefore!, context.vetoBefore!, context.changeBefore!, context.targetCues!, own];
    const lines = readFileSync(join(ROOT, "fixtures/corpus-sample.txt"), "utf8").split("\n").filter((_, i) => i % 9 === 0).map(matchView);
    for (const view of lines) {
      const boundaries = new WordBoundaries(view, segmenter);
      for (const lex of lexicons) {
        const keys = [...lex.entries.keys()];
        const values = [...lex.entries.values()];
        const lexKinds = new Map(keys.flatMap((k) => (lex.entries.get(k)!.kinds ? [[k, lex.entries.get(k)!.kinds!]] : [])));
        for (let offset = 0; offset <= view.length; offset += 3) {
          for (const kind of ["count", "money"] as const) {
            const found = cueBefore(view, offset, lex, kind, boundaries);
            expect(found === undefined ? undefined : [keys[values.indexOf(found.entry)], found.start])
              .toEqual(before(view, offset, keys, lexKinds, kind, boundaries));
            const next = cueAfter(view, offset, lex, kind, boundaries);
            expect(next === undefined ? undefined : keys[values.indexOf(next)]).toEqual(after(view, offset, keys, kind, lexKinds, boundaries));
          }
          expect(entryEndingAt(view, offset, lex)).toBe(endingAt(view, offset, keys));
        }
      }
    }
  });

  test("entryEndingAt near the start: a key ends at the offset, never one longer than the text before it", () => {
    const view = "ตั้งเป้าหมาย 5 ราย";
    expect(entryEndingAt(view, 4, lexicon("ตั้งเป้า", "ตั้ง"))).toBe("ตั้ง");
    expect(entryEndingAt(view, 4, lexicon("ตั้งเป้า"))).toBe("");
    expect(entryEndingAt(view, 0, lexicon("ตั้งเป้า"))).toBe("");
  });
});

/** The definition isEntryRun is held to: the word is an entry, or two entries run together. */
function isRunOf(word: string, isEntry: (word: string) => boolean): boolean {
  if (isEntry(word)) return true;
  for (let i = 1; i < word.length; i++) if (isEntry(word.slice(0, i)) && isEntry(word.slice(i))) return true;
  return false;
}

test("isEntryRun is isRunOf over the lexicon's entries", () => {
  const joins = builtinRules().context.subjectJoin!;
  const own = lexicon("ของ", "ปี", "ใน", "ของปี", "ก", "ขก");
  const pieces = ["ของ", "ปี", "ใน", "และ", ",", "ก", "ข", "หรือ", "x"];
  const word = fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 4 }).map((a) => a.join(""));
  fc.assert(fc.property(word, (w) => {
    for (const lex of [joins, own]) expect(isEntryRun(w, lex)).toBe(isRunOf(w, (x) => lex.entries.has(x)));
  }), { seed: 1619, numRuns: 3000 });
  expect(isEntryRun("ของ", undefined)).toBe(false);
});
