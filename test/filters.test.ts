/** Directory filters: --include/--exclude, globs given as paths, and the tool's own outputs left alone. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { walkFilter } from "../src/io/filters.js";
import { parseJsonl, runCli, writeIn } from "./run-cli.js";

const dir = mkdtempSync(join(tmpdir(), "thai-facts-filters-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const files = async (args: string[]): Promise<string[]> => {
  const run = await runCli([...args, "-f", "jsonl", "-q"], dir);
  return [...new Set(parseJsonl(run.stdout).map((f) => String(f.file)))];
};

beforeAll(() => {
  const fact = "พื้นที่ 5 ไร่\n";
  for (const rel of ["news/a.txt", "news/b.md", "news/2024/c.txt", "news/drafts/d.txt", "news/page.html"]) {
    writeIn(dir, rel, rel.endsWith(".html") ? `<p>${fact}</p>` : fact);
  }
  // What an earlier run wrote into the folder.
  writeIn(dir, "news/facts.csv", "file,line\nพื้นที่ 9 ไร่,1\n");
  writeIn(dir, "news/facts.jsonl", "{\"text\":\"พื้นที่ 9 ไร่\"}\n");
  writeIn(dir, "news/facts.json", "[{\"text\":\"พื้นที่ 9 ไร่\"}]\n");
  writeIn(dir, "news/facts.xlsx", Buffer.from("PK\u0003\u0004 พื้นที่ 9 ไร่"));
});

describe("directory walks", () => {
  test("the tool's output formats are not read back; saved pages are", async () => {
    expect(await files(["news/"])).toEqual(["news/2024/c.txt", "news/a.txt", "news/b.md", "news/drafts/d.txt", "news/page.html"]);
  });

  test("an output file named on the command line, or spelled by --include, is read", async () => {
    expect(await files(["news/facts.csv"])).toEqual(["news/facts.csv"]);
    expect(await files(["news/", "--include", "*.csv"])).toEqual(["news/facts.csv"]);
  });

  test("--input jsonl reads the .jsonl files of a directory", async () => {
    const run = await runCli(["news/", "--input", "jsonl", "--include", "*.jsonl", "-f", "jsonl", "-q"], dir);
    expect(parseJsonl(run.stdout).map((f) => f.file)).toEqual(["news/facts.jsonl:1"]);
  });

  test("--include and --exclude, repeatable; a pattern without / matches names, with / paths", async () => {
    expect(await files(["news/", "--include", "*.txt"])).toEqual(["news/2024/c.txt", "news/a.txt", "news/drafts/d.txt"]);
    expect(await files(["news/", "--include", "*.txt", "--exclude", "drafts"])).toEqual(["news/2024/c.txt", "news/a.txt"]);
    expect(await files(["news/", "--exclude", "news/drafts/**", "--exclude", "*.md", "--exclude", "*.html"])).toEqual(["news/2024/c.txt", "news/a.txt"]);
    expect(await files(["news/", "--include", "2024/*.txt", "--include", "*.md"])).toEqual(["news/2024/c.txt", "news/b.md"]);
  });

  test("a quoted glob is expanded; one that matches nothing is NOT_FOUND", async () => {
    expect(await files(["news/**/*.txt"])).toEqual(["news/2024/c.txt", "news/a.txt", "news/drafts/d.txt"]);
    expect(await files(["news/*.txt"])).toEqual(["news/a.txt"]);
    expect(await files(["news/{a,b}.*"])).toEqual(["news/a.txt", "news/b.md"]);
    const none = await runCli(["news/*.pdf"], dir);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("news/*.pdf: error NOT_FOUND: no file matches this pattern");
  });

  test("other office files met in a directory are skipped naming their type", async () => {
    writeIn(dir, "office/report.pptx", Buffer.from([0x50, 0x4b, 3, 4, 0, 0]));
    writeIn(dir, "office/old.doc", Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0]));
    const run = await runCli(["office/"], dir);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain("office/old.doc: warning BINARY_SKIPPED: a Word 97–2003 document (.doc) is not read; save it as .docx; skipped");
    expect(run.stderr).toContain("office/report.pptx: warning BINARY_SKIPPED: a PowerPoint presentation (.pptx) is not read; skipped");
    expect(run.stderr).not.toContain("NUL");
  });
});

describe("walkFilter", () => {
  test("globs match the shown path or the path inside the directory argument", () => {
    const filter = walkFilter({ include: ["2024/**"], exclude: ["**/tmp-*"] });
    expect(filter.file("news/2024/a.txt", "2024/a.txt")).toBe(true);
    expect(filter.file("news/2023/a.txt", "2023/a.txt")).toBe(false);
    expect(filter.file("news/2024/tmp-a.txt", "2024/tmp-a.txt")).toBe(false);
    expect(walkFilter({}).file("x/facts.XLSX", "facts.XLSX")).toBe(false);
  });
});
