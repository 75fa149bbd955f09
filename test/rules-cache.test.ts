/**
 * The build's cache of the compiled built-in rules (io/rules-cache.ts): a hit is the RuleSet
 * a compile gives, positions included; anything that could make it differ is a miss.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { compileRules } from "../src/core/index.js";
import { cacheKey, readCachedRuleSet, writeRuleSetCache } from "../src/io/rules-cache.js";
import { ROOT, builtinRules, builtinSources } from "./helpers.js";

const dir = mkdtempSync(join(tmpdir(), "rules-cache-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A stand-in for the compiled core, whose code is part of the key. */
const coreDir = join(dir, "core");
const cacheFile = join(dir, "rules.cache");
mkdirSync(join(coreDir, "rules"), { recursive: true });
writeFileSync(join(coreDir, "rules", "compile.js"), "export const version = 1;\n");

const sources = builtinSources();
writeRuleSetCache(sources, builtinRules(), cacheFile, coreDir);

describe("a hit", () => {
  test("is the RuleSet the same sources compile to", () => {
    expect(readCachedRuleSet(sources, cacheFile, coreDir)).toEqual(builtinRules());
  });

  test("names the sources as given now, wherever the run started", () => {
    const elsewhere = sources.map((s) => ({ ...s, file: join("/somewhere/else", s.file) }));
    const cached = readCachedRuleSet(elsewhere, cacheFile, coreDir);
    expect(cached).toEqual(compileRules(elsewhere).ruleSet);
    expect(cached?.rules[0]?.pos.file.startsWith("/somewhere/else/rules/")).toBe(true);
  });
});

describe("a miss", () => {
  test("when a rule text changed", () => {
    const edited = sources.map((s, i) => (i === 0 ? { ...s, text: `${s.text}\n# edited\n` } : s));
    expect(readCachedRuleSet(edited, cacheFile, coreDir)).toBeUndefined();
  });

  test("when a rule file is added or removed", () => {
    expect(readCachedRuleSet(sources.slice(1), cacheFile, coreDir)).toBeUndefined();
    expect(readCachedRuleSet([...sources, { file: "mine.yaml", text: "rules: []\n", origin: "user" }], cacheFile, coreDir)).toBeUndefined();
  });

  test("when the compiler was rebuilt", () => {
    const before = cacheKey(sources, coreDir);
    writeFileSync(join(coreDir, "rules", "compile.js"), "export const version = 2;\n");
    try {
      expect(cacheKey(sources, coreDir)).not.toBe(before);
      expect(readCachedRuleSet(sources, cacheFile, coreDir)).toBeUndefined();
    } finally {
      writeFileSync(join(coreDir, "rules", "compile.js"), "export const version = 1;\n");
    }
  });

  test("when the cache file is missing or damaged", () => {
    expect(readCachedRuleSet(sources, join(dir, "none.cache"), coreDir)).toBeUndefined();
    const damaged = join(dir, "damaged.cache");
    writeFileSync(damaged, "not a serialized cache");
    expect(readCachedRuleSet(sources, damaged, coreDir)).toBeUndefined();
    writeFileSync(damaged, new Uint8Array([0xff, 0x0f, 0x6f]));
    expect(readCachedRuleSet(sources, damaged, coreDir)).toBeUndefined();
  });
});

test("the build's own cache holds the built-in rules as they compile now", () => {
  // `npm test` builds first; the build's last step writes dist/rules.cache.
  const cached = readCachedRuleSet(sources, join(ROOT, "dist", "rules.cache"), join(ROOT, "dist", "core"));
  expect(cached).toEqual(builtinRules());
});
