/** The progress line's totals (io/sizes.ts) come from the walk the run itself makes. */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { walkFilter } from "../src/io/filters.js";
import { readInputs, type WalkSettings } from "../src/io/inputs.js";
import { measureInputs } from "../src/io/sizes.js";

const dir = mkdtempSync(join(tmpdir(), "thai-facts-sizes-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeAll(() => {
  mkdirSync(join(dir, "news/2024"), { recursive: true });
  mkdirSync(join(dir, "elsewhere"));
  writeFileSync(join(dir, "news/a.txt"), "12345");
  writeFileSync(join(dir, "news/2024/b.txt"), "1234567");
  writeFileSync(join(dir, "news/facts.csv"), "file,line\n");
  writeFileSync(join(dir, "elsewhere/c.txt"), "123456789012");
  symlinkSync(join(dir, "elsewhere/c.txt"), join(dir, "news/linked.txt"));
  symlinkSync(join(dir, "elsewhere"), join(dir, "news/linked-dir"));
});

/** How many files the run would read, and their bytes on disk. */
async function read(settings: WalkSettings): Promise<{ files: number; bytes: number }> {
  const total = { files: 0, bytes: 0 };
  for await (const entry of readInputs([join(dir, "news")], { stdin: (async function* () {})(), ...settings })) {
    if (entry.kind !== "document") continue;
    total.files++;
    total.bytes += Buffer.byteLength(entry.text);
  }
  return total;
}

describe("measureInputs walks as readInputs reads", () => {
  test.each([
    ["links followed", {}, { files: 4, bytes: 5 + 7 + 12 + 12 }],
    ["--no-follow-links", { followLinks: false }, { files: 2, bytes: 5 + 7 }],
    ["--exclude 2024", { filter: walkFilter({ exclude: ["2024"] }) }, { files: 3, bytes: 5 + 12 + 12 }],
  ] as const)("%s", async (_name, settings, expected) => {
    expect(await measureInputs([join(dir, "news")], settings)).toEqual(expected);
    expect(await read(settings)).toEqual(expected);
  });
});
