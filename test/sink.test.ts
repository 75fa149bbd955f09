/** The -o sink: a temporary file renamed into place on success, never a truncated file on failure. */
import { chmodSync, lstatSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { checkOutputPath, openFileSink } from "../src/io/sink.js";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "extract-sink-"));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const names = (): string[] => readdirSync(dir).sort();

describe("openFileSink", () => {
  test("nothing appears under the file's name until close(); then the whole text at once", async () => {
    const target = join(dir, "new.csv");
    const sink = await openFileSink(target);
    await sink.write("a,b\n");
    expect(names()).not.toContain("new.csv");
    expect(names().filter((n) => n.startsWith(".new.csv.") && n.endsWith(".tmp"))).toHaveLength(1);
    await sink.write("1,2\n");
    await sink.close();
    expect(readFileSync(target, "utf8")).toBe("a,b\n1,2\n");
    expect(names()).toEqual(["new.csv"]);
  });

  test("abort() (a failed run) leaves an existing file untouched and removes the temporary file", async () => {
    const target = join(dir, "kept.csv");
    writeFileSync(target, "old\n");
    const sink = await openFileSink(target);
    await sink.write("half a CSV");
    await sink.abort();
    expect(readFileSync(target, "utf8")).toBe("old\n");
    expect(names().filter((n) => n.endsWith(".tmp"))).toEqual([]);
    rmSync(target);
  });

  test("the replaced file keeps its permissions; a symbolic link is written through", async () => {
    const real = join(dir, "real.csv");
    writeFileSync(real, "old\n");
    chmodSync(real, 0o600);
    symlinkSync("real.csv", join(dir, "link.csv"));
    const sink = await openFileSink(join(dir, "link.csv"));
    await sink.write("new\n");
    await sink.close();
    expect(lstatSync(join(dir, "link.csv")).isSymbolicLink()).toBe(true);
    expect(readFileSync(real, "utf8")).toBe("new\n");
    expect(lstatSync(real).mode & 0o777).toBe(0o600);
  });
});

describe("checkOutputPath", () => {
  test.each<[string, string | undefined]>([
    ["new.csv", undefined],
    ["missing-dir/out.csv", "OUTPUT_DIR_MISSING"],
    ["real.csv/out.csv", "OUTPUT_DIR_MISSING"],
    [".", "OUTPUT_IS_DIRECTORY"],
    ["/dev/null", undefined],
  ])("%s → %s", async (path, code) => {
    expect((await checkOutputPath(path.startsWith("/") ? path : join(dir, path)))?.code).toBe(code);
  });
});
