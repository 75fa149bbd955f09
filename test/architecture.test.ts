/** Dependencies point inward; each third-party package has one adapter file. */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { expect, test } from "vitest";
import { ROOT } from "./helpers.js";

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith(".ts") ? [path] : [];
  });
}

const files = sourceFiles(join(ROOT, "src")).map((path) => ({
  path: relative(ROOT, path),
  imports: [...readFileSync(path, "utf8").matchAll(/^import[^;]*?from "([^"]+)"/gms)].map((m) => m[1] ?? ""),
}));

test("the core imports nothing but itself and yaml", () => {
  const core = files.filter((f) => f.path.startsWith("src/core/"));
  expect(core.length).toBeGreaterThan(10);
  for (const f of core) {
    for (const spec of f.imports) {
      expect(spec.startsWith(".") || spec === "yaml", `${f.path} imports ${spec}`).toBe(true);
      if (spec.startsWith(".")) expect(spec.includes("/adapters/") || spec.includes("/cli/") || spec.includes("/io/") || spec.includes("/output/"), `${f.path} imports ${spec}`).toBe(false);
    }
  }
});

test.each(["wordcut", "commander", "csv-stringify", "chalk"])("%s is imported in at most one file", (pkg) => {
  const users = files.filter((f) => f.imports.some((s) => s === pkg || s.startsWith(`${pkg}/`)) || readFileSync(join(ROOT, f.path), "utf8").includes(`require("${pkg}")`));
  expect(users.map((f) => f.path).length).toBeLessThanOrEqual(1);
});
