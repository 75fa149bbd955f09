/** The rule files shown in the README and the rule guide load and pass their own examples. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { CONTEXT_KEYS } from "../src/core/rules/rule-file.js";
import { ROOT, builtinSources, validateHere } from "./helpers.js";

function yamlBlocks(file: string): string[] {
  const text = readFileSync(join(ROOT, file), "utf8");
  return [...text.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1] ?? "").filter((b) => /^(rules|lexicons):/m.test(b));
}

describe.each(["README.md", "docs/rules.md"])("%s", (file) => {
  const blocks = yamlBlocks(file).filter((b) => !b.includes("..."));
  test("has rule samples", () => {
    expect(blocks.length).toBeGreaterThan(0);
  });
  test.each(blocks.map((b, i) => [i + 1, b] as const))("sample %d validates on top of the built-in rules", async (_i, block) => {
    const { diagnostics } = await validateHere([...builtinSources(), { file: `${file} sample`, text: block, origin: "user" }],
      (rule) => rule.origin === "user");
    expect(diagnostics.map((d) => `${d.line}:${d.col} ${d.code} ${d.message}`)).toEqual([]);
  });
});

test("every context key is documented in docs/rules.md", () => {
  const guide = readFileSync(join(ROOT, "docs/rules.md"), "utf8");
  expect(CONTEXT_KEYS.filter((key) => !guide.includes(`\`${key}\``) && !new RegExp(`^  ${key}:`, "m").test(guide))).toEqual([]);
});
