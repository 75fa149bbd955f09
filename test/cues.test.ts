/** Cue search (extract/cues.ts): the last cue in a window, on word boundaries. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { lastCueEnd } from "../src/core/extract/cues.js";
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

describe("lastCueEnd", () => {
  test("the cue ending last in the window, skipping one inside a word and one outside the window", () => {
    const view = "บริษัทมีแผนขยายงาน และจะเปิดแผนที่ใหม่ แผน";
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
});
