/** `npm run golden:update`: rewrites fixtures/golden/seeds.jsonl from the current extractor. */
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { compileRules, formatDiagnostic } from "../core/index.js";
import { loadRuleSources } from "../io/rules-loader.js";
import { GOLDEN_FILE, NASTY_GOLDEN, runNasty, seedsAsJsonl } from "./golden.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const { sources } = await loadRuleSources({ builtIn: true, userPaths: [], cwd: root });
const { ruleSet, diagnostics } = compileRules(sources);
if (diagnostics.length > 0) {
  for (const d of diagnostics) console.error(formatDiagnostic(d));
  process.exitCode = 2;
} else {
  const out = seedsAsJsonl(root, ruleSet);
  writeFileSync(join(root, GOLDEN_FILE), out);
  console.error(`wrote ${GOLDEN_FILE} (${out.split("\n").length - 1} facts)`);
  // The nasty-files fixture goes through the built command, as a user would run it.
  const nasty = runNasty(root);
  writeFileSync(join(root, NASTY_GOLDEN.stdout), nasty.stdout);
  writeFileSync(join(root, NASTY_GOLDEN.stderr), nasty.stderr);
  console.error(`wrote ${NASTY_GOLDEN.stdout} and ${NASTY_GOLDEN.stderr} (exit status ${nasty.status})`);
}
