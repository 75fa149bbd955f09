/**
 * Golden output: the facts of the seed documents, as JSON Lines, compared by the suite and
 * refreshed only by `npm run golden:update` (never silently by a test run).
 */
import { spawnSync } from "node:child_process";
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

/**
 * The nasty-files fixture (binary, TIS-620, UTF-16, BOM, CRLF, decomposed sara am, empty, a Thai
 * file name with spaces, a dangling link, a symlink loop …) and its expected output: the facts
 * of every good file on stdout, one line per problem file on stderr, exit status 2.
 */
export const NASTY_DIR = "fixtures/nasty";
export const NASTY_GOLDEN = { stdout: "fixtures/golden/nasty.jsonl", stderr: "fixtures/golden/nasty.stderr.txt" } as const;

/** Runs the built command over the nasty-files fixture from the project root, without colour. */
export function runNasty(root: string): { status: number | null; stdout: string; stderr: string } {
  const child = spawnSync(process.execPath, [join(root, "bin", "extract.js"), NASTY_DIR, "-f", "jsonl"], {
    cwd: root, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" }, stdio: ["ignore", "pipe", "pipe"],
  });
  return { status: child.status, stdout: child.stdout, stderr: child.stderr };
}
