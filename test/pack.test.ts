/**
 * The package as a user gets it: `npm pack`, the tarball installed into a temporary project
 * without the network, and the README's library example compiled there by `tsc --strict` and
 * run, its output compared with the README's. Also: the tarball holds only what a user needs.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { ROOT } from "./helpers.js";

const dir = mkdtempSync(join(tmpdir(), "thai-facts-pack-"));
const app = join(dir, "app");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const npm = (args: string[], cwd: string): string => execFileSync("npm", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });

interface LockEntry { version?: string; name?: string; resolved?: string; dev?: boolean; link?: boolean; [key: string]: unknown }

/**
 * A lock for the temporary project: the tarball, and the package's own dependencies as the
 * repository's lock pins them. That lock records no download addresses, and without one npm
 * asks the registry for metadata even with --offline; with the registry's tarball address
 * written in, npm finds every tarball in its cache (filled by `npm ci`) by its integrity.
 */
function appLock(tarball: string): string {
  const lock = JSON.parse(readFileSync(join(ROOT, "package-lock.json"), "utf8")) as { packages: Record<string, LockEntry> };
  const root = lock.packages[""]!;
  const packages: Record<string, unknown> = {
    "": { name: "app", dependencies: { "thai-facts": `file:${tarball}` } },
    "node_modules/thai-facts": {
      version: root.version, resolved: `file:${tarball}`,
      integrity: `sha512-${createHash("sha512").update(readFileSync(join(app, tarball))).digest("base64")}`,
      dependencies: root["dependencies"], engines: root["engines"], bin: root["bin"],
    },
  };
  for (const [path, entry] of Object.entries(lock.packages)) {
    if (path === "" || entry.dev === true || entry.link === true) continue;
    const name = entry.name ?? path.slice(path.lastIndexOf("node_modules/") + "node_modules/".length);
    const base = name.slice(name.lastIndexOf("/") + 1);
    packages[path] = { ...entry, resolved: entry.resolved ?? `https://registry.npmjs.org/${name}/-/${base}-${entry.version}.tgz` };
  }
  return JSON.stringify({ name: "app", lockfileVersion: 3, requires: true, packages }, null, 2);
}

/** The README's library section: its TypeScript example, the page it reads, what it prints. */
function readmeExample(): { code: string; html: string; output: string } {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const section = readme.slice(readme.indexOf("## As a library"));
  const code = /```ts\n([\s\S]*?)```/.exec(section)?.[1];
  const html = /with an `article\.html` of `([^`]+)`/.exec(section)?.[1];
  const output = /```text\n([\s\S]*?)```/.exec(section)?.[1];
  if (code === undefined || html === undefined || output === undefined) throw new Error("README: library example not found");
  return { code, html, output };
}

let installed = false;

beforeAll(() => {
  // The build is the one `npm test` just made: no prepare script again.
  const tarball = JSON.parse(npm(["pack", "--ignore-scripts", "--json", "--pack-destination", dir], ROOT)) as Array<{ filename: string }>;
  execFileSync("mkdir", ["-p", app]);
  const name = `../${tarball[0]!.filename}`;
  writeFileSync(join(app, "package.json"), JSON.stringify({ name: "app", private: true, type: "module", dependencies: { "thai-facts": `file:${name}` } }));
  writeFileSync(join(app, "package-lock.json"), appLock(name));
  // No network at all where a network namespace can be made (unshare), else npm's --offline.
  const args = ["ci", "--offline", "--no-audit", "--no-fund", "--ignore-scripts"];
  const isolated = spawnSync("unshare", ["-rn", "true"]).status === 0;
  if (isolated) execFileSync("unshare", ["-rn", "npm", ...args], { cwd: app, stdio: "pipe" });
  else npm(args, app);
  installed = true;
}, 240_000);

test("npm pack lists only what a user needs: no benchmark scripts, tests, sources or source maps", () => {
  const [pack] = JSON.parse(npm(["pack", "--dry-run", "--ignore-scripts", "--json"], ROOT)) as Array<{ files: Array<{ path: string }> }>;
  const paths = pack!.files.map((f) => f.path);
  expect(paths).toContain("dist/index.js");
  expect(paths).toContain("dist/index.d.ts");
  expect(paths).toContain("bin/extract.js");
  expect(paths).toContain("dist/rules.cache");
  expect(paths).toContain("docs/recipes/dask_extract.py");
  expect(paths.filter((p) => /^(dist\/scripts|test|src|fixtures|seeds|\.ci)\/|\.map$|bench/.test(p))).toEqual([]);
});

test("the README's library example, compiled with tsc --strict against the installed tarball, prints what the README says", () => {
  expect(installed).toBe(true);
  const { code, html, output } = readmeExample();
  writeFileSync(join(app, "example.ts"), code);
  writeFileSync(join(app, "article.html"), html);
  writeFileSync(join(app, "tsconfig.json"), JSON.stringify({
    compilerOptions: {
      target: "ES2022", module: "NodeNext", moduleResolution: "NodeNext", strict: true, noUncheckedIndexedAccess: true,
      exactOptionalPropertyTypes: true, lib: ["ES2023", "DOM"], types: [], outDir: "out", skipLibCheck: false,
    },
    files: ["example.ts"],
  }));
  const tsc = spawnSync(process.execPath, [join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", app], { encoding: "utf8" });
  expect(tsc.stdout + tsc.stderr).toBe("");
  expect(tsc.status).toBe(0);
  const run = spawnSync(process.execPath, [join(app, "out", "example.js")], { cwd: app, encoding: "utf8" });
  expect(run.stderr).toBe("");
  // The page's &nbsp; is U+00A0 in the fact's text; the README shows a space.
  expect(run.stdout.replace(/\u00A0/g, " ")).toBe(output);
});

test("the installed command runs, and a deep import is refused (the exports map)", () => {
  const bin = spawnSync(join(app, "node_modules", ".bin", "extract"), ["-", "-f", "jsonl"], { input: "พื้นที่ 5 ไร่\n", encoding: "utf8" });
  expect(bin.status).toBe(0);
  expect(JSON.parse(bin.stdout)).toMatchObject({ kind: "area", value: 5, unit: "rai" });
  const deep = spawnSync(process.execPath, ["--input-type=module", "-e", "await import('thai-facts/dist/cli/main.js')"], { cwd: app, encoding: "utf8" });
  expect(deep.stderr).toContain("ERR_PACKAGE_PATH_NOT_EXPORTED");
});
