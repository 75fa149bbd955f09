/** The seeds' facts must equal the golden file; refresh it with `npm run golden:update`. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { GOLDEN_FILE, seedsAsJsonl } from "../src/scripts/golden.js";
import { ROOT, builtinRules } from "./helpers.js";

test("seeds match the golden output (npm run golden:update to refresh)", () => {
  const expected = readFileSync(join(ROOT, GOLDEN_FILE), "utf8").split("\n");
  const actual = seedsAsJsonl(ROOT, builtinRules()).split("\n");
  expect(actual).toEqual(expected);
});
