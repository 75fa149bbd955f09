/**
 * Golden output: the facts of the seed documents, as JSON Lines, compared by the suite and
 * refreshed only by `npm run golden:update` (never silently by a test run).
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { wordcutSegmenter } from "../adapters/wordcut.js";
import { extractFacts, type RuleSet } from "../core/index.js";

export const GOLDEN_FILE = "fixtures/golden/seeds.jsonl";

/** The seeds' facts as JSON Lines text, `file` relative to the project root. */
export function seedsAsJsonl(root: string, rules: RuleSet): string {
  const segmenter = wordcutSegmenter(rules.words);
  const lines: string[] = [];
  for (const name of readdirSync(join(root, "seeds")).filter((f) => !f.startsWith(".")).sort()) {
    const text = readFileSync(join(root, "seeds", name), "utf8").replace(/^\uFEFF/, "");
    for (const fact of extractFacts(text, rules, segmenter).facts) lines.push(JSON.stringify({ file: `seeds/${name}`, ...fact }));
  }
  return lines.join("\n") + "\n";
}
