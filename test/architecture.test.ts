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

/** A file's text without its comments (a comment may name what the code must not use). */
function withoutComments(path: string): string {
  return readFileSync(join(ROOT, path), "utf8").replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "");
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

test("the core reads no process state: no process, no globals of Node's", () => {
  const core = files.filter((f) => f.path.startsWith("src/core/"));
  for (const f of core) expect(/\b(process|Buffer|require)\b[.(]/.test(withoutComments(f.path)), `${f.path} uses process, Buffer or require`).toBe(false);
});

/** The layers, innermost first; a file may import from its own layer and the ones before it. */
test.each([
  ["src/engine/", ["/cli/", "chalk", "commander"]],
  ["src/io/", ["/cli/", "/engine/", "/output/", "chalk", "commander"]],
  ["src/output/", ["/cli/", "/engine/", "chalk", "commander"]],
  ["src/adapters/", ["/cli/", "/engine/", "/io/", "/output/"]],
])("%s imports nothing from %j", (dir, banned) => {
  const layer = files.filter((f) => f.path.startsWith(dir));
  expect(layer.length).toBeGreaterThan(0);
  for (const f of layer) {
    for (const spec of f.imports) {
      for (const b of banned) expect(b.startsWith("/") ? spec.includes(`..${b}`) || spec.startsWith(`.${b}`) : spec === b || spec.startsWith(`${b}/`), `${f.path} imports ${spec}`).toBe(false);
    }
  }
});

test("which side of the thread boundary formats is decided in one place (engine/format-side.ts)", () => {
  const deciders = files.filter((f) => !f.path.startsWith("src/output/") && readFileSync(join(ROOT, f.path), "utf8").includes("formatsBatchesApart"));
  expect(deciders.map((f) => f.path)).toEqual(["src/engine/format-side.ts"]);
});

test.each(["wordcut", "commander", "csv-stringify", "chalk", "playwright-core", "exceljs", "htmlparser2", "mammoth", "pdfjs-dist", "picomatch"])("%s is imported in at most one file", (pkg) => {
  const users = files.filter((f) => f.imports.some((s) => s === pkg || s.startsWith(`${pkg}/`)) || readFileSync(join(ROOT, f.path), "utf8").includes(`require("${pkg}")`));
  expect(users.map((f) => f.path).length).toBeLessThanOrEqual(1);
});

test("a run and its workers load the rule compiler (and yaml) only on demand", () => {
  // Static imports and re-exports (`import type` is erased): the compiler comes in by
  // `await import()` when the build's cache of the built-in rules cannot be used (io/rules-cache.ts).
  const staticImports = new Map(files.map((f) => [f.path, [...readFileSync(join(ROOT, f.path), "utf8").matchAll(/^(?:import|export) (?!type )[^;]*?from "([^"]+)"/gms)].map((m) => m[1] ?? "")]));
  const reached = new Set<string>();
  const visit = (path: string): void => {
    if (reached.has(path)) return;
    reached.add(path);
    for (const spec of staticImports.get(path) ?? []) {
      if (spec.startsWith(".")) visit(join(path, "..", spec).replace(/\.js$/, ".ts"));
      else reached.add(spec);
    }
  };
  visit("src/cli/main.ts");
  visit("src/engine/workers/worker.ts");
  expect(reached.has("src/cli/main.ts") && reached.has("src/core/extract/extract.ts")).toBe(true);
  expect([...reached].filter((p) => p === "yaml" || p === "src/core/rules/compile.ts")).toEqual([]);
});
