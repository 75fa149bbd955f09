/**
 * The last step of `npm run build`: compiles the built-in rules and writes dist/rules.cache
 * (io/rules-cache.ts), which runs with only the built-in rules then load instead of compiling,
 * and dist/dictionary.cache, the segmenter's trie for their words (adapters/wordcut.ts).
 * Built-in rules with a problem get no cache: runs then compile them and report it.
 */
import { rmSync } from "node:fs";
import { DICTIONARY_CACHE_FILE, writeDictionaryCache } from "../adapters/wordcut.js";
import { compileRules } from "../core/index.js";
import { RULES_CACHE_FILE, writeRuleSetCache } from "../io/rules-cache.js";
import { loadRuleSources } from "../io/rules-loader.js";

rmSync(RULES_CACHE_FILE, { force: true });
rmSync(DICTIONARY_CACHE_FILE, { force: true });
const { sources, errors } = await loadRuleSources({ builtIn: true, userPaths: [] });
const { ruleSet, diagnostics } = compileRules(sources);
if (errors.length > 0 || diagnostics.length > 0) {
  console.error(`built-in rules not cached: ${errors.length + diagnostics.length} problem(s); \`extract rules validate\` shows them`);
} else {
  writeRuleSetCache(sources, ruleSet);
  writeDictionaryCache(ruleSet.words);
}
