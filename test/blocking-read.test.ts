/**
 * A file that reports size 0 (/proc, /sys) may block until there is something to read
 * (/proc/kmsg): it must not be read synchronously on the main thread, which would then never
 * answer SIGTERM (and leave -o's temporary file). Reading /proc/kmsg itself in a test would eat
 * the machine's kernel log, so the test watches the synchronous reads instead.
 */
import { existsSync } from "node:fs";
import { describe, expect, test, vi } from "vitest";

const syncReads: number[] = [];
vi.mock("node:fs", async (importOriginal) => {
  const fs = await importOriginal<typeof import("node:fs")>();
  const readSync = ((fd: number, ...rest: unknown[]) => {
    syncReads.push(fd);
    return (fs.readSync as (...args: unknown[]) => number)(fd, ...rest);
  }) as typeof fs.readSync;
  return { ...fs, default: { ...fs, readSync }, readSync };
});

const { readInputs } = await import("../src/io/inputs.js");

describe("files that report size 0", () => {
  test.skipIf(!existsSync("/proc/self/status"))("are read on the thread pool, not synchronously", async () => {
    syncReads.length = 0;
    const texts: string[] = [];
    for await (const entry of readInputs(["/proc/self/status"], { stdin: (async function* () {})() })) {
      if (entry.kind === "document") texts.push(entry.text);
    }
    expect(texts.join("")).toMatch(/^Name:/m);
    expect(syncReads).toEqual([]);
  });

  test("a small file with content is still read synchronously (the fast path)", async () => {
    const { writeFileSync, mkdtempSync, rmSync } = await import("node:fs");
    const { join } = await import("node:path");
    const { tmpdir } = await import("node:os");
    const dir = mkdtempSync(join(tmpdir(), "extract-sync-"));
    try {
      const path = join(dir, "a.txt");
      writeFileSync(path, "พื้นที่ 5 ไร่\n");
      syncReads.length = 0;
      for await (const _ of readInputs([path], { stdin: (async function* () {})() })) void _;
      expect(syncReads.length).toBeGreaterThan(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
