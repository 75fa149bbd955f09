/**
 * A lexicon written as a YAML mapping is read in linear time: yaml's own unique-key check
 * compares every key with every earlier one (20k entries 6.4 s, 100k 125 s). The check is
 * counted here, not timed: yaml is wrapped so that any key comparison it makes is counted.
 */
import { describe, expect, test, vi } from "vitest";

let comparisons = 0;
vi.mock("yaml", async (importOriginal) => {
  const yaml = await importOriginal<typeof import("yaml")>();
  return {
    ...yaml,
    parseDocument: (source: string, options: Record<string, unknown> = {}) => {
      const unique = options["uniqueKeys"];
      if (unique === false) return yaml.parseDocument(source, options);
      // yaml's default test, counted.
      const same = typeof unique === "function" ? (unique as (a: unknown, b: unknown) => boolean)
        : (a: unknown, b: unknown) => a === b || (yaml.isScalar(a) && yaml.isScalar(b) && a.value === b.value);
      return yaml.parseDocument(source, { ...options, uniqueKeys: (a: unknown, b: unknown) => (comparisons++, same(a, b)) });
    },
  };
});

const { readRuleFile } = await import("../src/core/rules/rule-file.js");

const mapping = (n: number, extra = ""): string =>
  ["lexicons:", "  big:", ...Array.from({ length: n }, (_, i) => `    w${i}x: w${i}x`), extra].join("\n");

describe("lexicon mappings", () => {
  test("keys are compared a bounded number of times per key", () => {
    comparisons = 0;
    const n = 2000;
    const { data, diagnostics } = readRuleFile("big.yaml", mapping(n));
    expect(diagnostics).toEqual([]);
    expect(data.lexicons[0]!.entries).toHaveLength(n);
    expect(comparisons).toBeLessThanOrEqual(4 * n);
  });

  test("a repeated key is still reported, at the repeat", () => {
    const { diagnostics } = readRuleFile("dup.yaml", mapping(1000, "    w10x: again"));
    expect(diagnostics.map((d) => [d.code, d.line, d.col])).toEqual([["YAML_SYNTAX", 1003, 5]]);
    expect(diagnostics[0]!.message).toMatch(/unique/);
  });

  test("a repeated top-level key too", () => {
    const { diagnostics } = readRuleFile("dup.yaml", "rules: []\nrules: []\n");
    expect(diagnostics.map((d) => [d.code, d.line, d.col])).toEqual([["YAML_SYNTAX", 2, 1]]);
  });
});

describe("numbers beyond a double", () => {
  test("a factor of 1e400 is reported as written, not as null", () => {
    const { diagnostics } = readRuleFile("f.yaml", ["lexicons:", "  big:", "    ล้านล้าน: { value: x, factor: 1e400 }"].join("\n"));
    expect(diagnostics.map((d) => [d.code, d.line])).toEqual([["RULE_INVALID", 3]]);
    expect(diagnostics[0]!.message).toContain("1e400");
    expect(diagnostics[0]!.message).not.toContain("null");
  });
});
