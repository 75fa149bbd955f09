/** The negative corpus: each line of fixtures/negative-cases.txt must yield no fact. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { ROOT, factsOf } from "./helpers.js";

const cases = readFileSync(join(ROOT, "fixtures/negative-cases.txt"), "utf8")
  .split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("#"));

test("the negative corpus is not empty", () => {
  expect(cases.length).toBeGreaterThan(20);
});

test.each(cases)("no fact in %s", (text) => {
  expect(factsOf(text).map((f) => `${f.kind} «${f.text}» (${f.rule})`)).toEqual([]);
});
