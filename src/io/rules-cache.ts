/**
 * The built-in rules, compiled once at build time (`npm run build` writes dist/rules.cache):
 * a run with only the built-in rules loads the compiled RuleSet instead of parsing YAML and
 * compiling patterns, which took ~0.1 s of every run's start-up plus the loading of yaml.
 *
 * The cache is used only when it was made from exactly these rule texts by exactly this
 * compiler: its key hashes the texts, the compiled core (dist/core/**.js), the yaml version
 * and the V8 version whose serializer wrote it. Anything else (edited rules, a rebuilt core, user rules, a missing
 * or damaged file) is a miss, and the caller compiles as usual: the cache can make a run
 * faster, never different.
 */
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { deserialize, serialize } from "node:v8";
// Types only: loading the compiler (and yaml) is what a hit saves.
import type { RuleSet, RuleSource } from "../core/index.js";

/** dist/rules.cache: this file is dist/io/rules-cache.js once built. */
export const RULES_CACHE_FILE = fileURLToPath(new URL("../rules.cache", import.meta.url));

/** The compiled core: a cache made by another build of it is stale. */
const CORE_DIR = fileURLToPath(new URL("../core/", import.meta.url));

interface CacheFile {
  key: string;
  /** The `file` of each source as compiled, in order: positions in the RuleSet name these. */
  files: string[];
  ruleSet: RuleSet;
}

/** Every .js file under `dir`, in a fixed order, for the fingerprint. */
function scriptsUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((e) => (e.isDirectory() ? scriptsUnder(join(dir, e.name)) : e.isFile() && e.name.endsWith(".js") ? [join(dir, e.name)] : []));
}

/** The version of the YAML parser the compiler reads rule files with. */
function yamlVersion(): string {
  try {
    return (JSON.parse(readFileSync(createRequire(import.meta.url).resolve("yaml/package.json"), "utf8")) as { version?: string }).version ?? "?";
  } catch {
    return "?";
  }
}

/**
 * What a compiled RuleSet depends on: the rule texts and origins (not the paths they are shown
 * as, which depend on the working directory), the compiler's code and its YAML parser, and the
 * serializer.
 */
export function cacheKey(sources: readonly RuleSource[], coreDir = CORE_DIR): string {
  const hash = createHash("sha256");
  hash.update(`v8 ${process.versions.v8}\0yaml ${yamlVersion()}\0`);
  for (const script of scriptsUnder(coreDir)) hash.update(readFileSync(script)).update("\0");
  for (const s of sources) hash.update(`${s.origin}\0${s.text}\0`);
  return hash.digest("hex");
}

/**
 * Every `file` field of `value`'s objects (the positions of rules, examples and lexicon
 * entries) renamed by `names`. RuleSets are plain data: objects, arrays, Maps, RegExps.
 */
function renameFiles(value: unknown, names: ReadonlyMap<string, string>): void {
  if (typeof value !== "object" || value === null || value instanceof RegExp) return;
  if (value instanceof Map) {
    for (const v of value.values()) renameFiles(v, names);
    return;
  }
  if (Array.isArray(value)) {
    for (const v of value) renameFiles(v, names);
    return;
  }
  const record = value as Record<string, unknown>;
  for (const [k, v] of Object.entries(record)) {
    if (k === "file" && typeof v === "string") record[k] = names.get(v) ?? v;
    else renameFiles(v, names);
  }
}

/**
 * The RuleSet compiled from `sources`, if the cache holds it; undefined otherwise (no cache,
 * another key, a damaged file). Positions in it name the sources as given now.
 */
export function readCachedRuleSet(sources: readonly RuleSource[], file = RULES_CACHE_FILE, coreDir = CORE_DIR): RuleSet | undefined {
  let cache: CacheFile;
  try {
    cache = deserialize(readFileSync(file)) as CacheFile;
  } catch {
    return undefined;
  }
  if (cache?.key !== cacheKey(sources, coreDir) || cache.files.length !== sources.length) return undefined;
  const names = new Map(cache.files.map((f, i) => [f, sources[i]!.file]));
  if ([...names].some(([from, to]) => from !== to)) renameFiles(cache.ruleSet, names);
  return cache.ruleSet;
}

/** Writes the cache of `ruleSet`, compiled from `sources` without a diagnostic. */
export function writeRuleSetCache(sources: readonly RuleSource[], ruleSet: RuleSet, file = RULES_CACHE_FILE, coreDir = CORE_DIR): void {
  const cache: CacheFile = { key: cacheKey(sources, coreDir), files: sources.map((s) => s.file), ruleSet };
  writeFileSync(file, serialize(cache));
}
