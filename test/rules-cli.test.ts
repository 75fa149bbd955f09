/**
 * `extract rules list|validate|test` and `extract explain`, run against the built program.
 * The broken-rules directory's expected report is kept in fixtures/broken-rules/expected.txt.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, onTestFinished, test } from "vitest";
import { runCli } from "./run-cli.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const BIN = join(ROOT, "bin", "extract.js");
const TIMEOUT = 30_000;

const run = (args: string[], cwd = ROOT, input = "") => runCli(args, cwd, input);

/** Written only from docs/rules.md: a new quantity unit. */
const MBPS_RULES = `lexicons:
  bitrate_unit:
    เมกะบิตต่อวินาที: Mbps
    กิกะบิตต่อวินาที: { value: Mbps, factor: 1000 }
rules:
  - id: quantity.bitrate
    kind: quantity
    priority: 1
    pattern: "{number:value} ?{bitrate_unit:unit}"
    examples:
      - { text: "ความเร็ว 100 เมกะบิตต่อวินาที", value: 100, unit: Mbps }
      - { text: "สูงสุด 1 กิกะบิตต่อวินาที", value: 1000, unit: Mbps, qualifier: at_most }
    counterexamples:
      - "ความเร็วสูงมาก"
`;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "extract-rules-"));
  writeFileSync(join(dir, "bitrate.yaml"), MBPS_RULES);
  writeFileSync(join(dir, "news.txt"), "เน็ตบ้านความเร็ว 100 เมกะบิตต่อวินาที ราคา 599 บาท\n");
  writeFileSync(join(dir, "slow.yaml"), 'rules:\n  - id: count.slow\n    kind: count\n    pattern: "(?:a+)+b{number:value}"\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("a user rule written from the guide", () => {
  test("rules test passes on it", async () => {
    const r = await run(["rules", "test", "bitrate.yaml"], dir);
    expect(r.stderr).toContain("3/3 cases passed");
    expect(r.stdout).toContain("bitrate.yaml: 3/3 passed");
    expect(r.code).toBe(0);
  }, TIMEOUT);

  test("--rules picks it up on top of the built-in rules", async () => {
    const r = await run(["news.txt", "--rules", "bitrate.yaml", "-f", "jsonl"], dir);
    expect(r.code).toBe(0);
    const facts = r.stdout.trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(facts).toEqual([
      expect.objectContaining({ kind: "quantity", value: 100, unit: "Mbps", rule: "quantity.bitrate" }),
      expect.objectContaining({ kind: "money", value: 599, unit: "THB" }),
    ]);
  }, TIMEOUT);

  test("rules list shows it as a user rule", async () => {
    const r = await run(["rules", "list", "-r", "bitrate.yaml"], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/quantity\.bitrate\s+quantity\s+bitrate\.yaml:6\s+user/);
    expect(r.stdout).toMatch(/money\.amount\s+money\s+\S*rules\/money\.yaml:\d+\s+built-in/);
  }, TIMEOUT);
});

describe("rules validate", () => {
  test("reports every broken file with file:line:col (fixtures/broken-rules/expected.txt)", async () => {
    const r = await run(["rules", "validate", "--no-default-rules", "fixtures/broken-rules/"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(readFileSync(join(ROOT, "fixtures/broken-rules/expected.txt"), "utf8"));
    for (const code of ["YAML_SYNTAX", "RULE_INVALID", "REGEX_INVALID", "LEXICON_UNDEFINED", "DUPLICATE_ID", "EXAMPLE_FAILED", "REGEX_UNSAFE"]) {
      expect(r.stdout).toContain(`: ${code}: `);
    }
  }, TIMEOUT);

  test("exit 0 when clean, 2 when a file cannot be read", async () => {
    expect((await run(["rules", "validate", "bitrate.yaml"], dir)).code).toBe(0);
    const missing = await run(["rules", "validate", "nope.yaml"], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("nope.yaml");
  }, TIMEOUT);

  test("an unknown action is a usage error", async () => {
    const r = await run(["rules", "check"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown action "check"');
  }, TIMEOUT);
});

describe("safety", () => {
  test("a catastrophic-backtracking rule is refused before any input is read", async () => {
    const r = await run(["news.txt", "-r", "slow.yaml"], dir, "");
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/slow\.yaml:4:\d+: REGEX_UNSAFE/);
    expect(r.stdout).toBe("");
    expect(r.ms).toBeLessThan(10_000);
  }, TIMEOUT);
});

describe("explain", () => {
  test("shows facts, captures, segmentation and why candidates lost", async () => {
    const r = await run(["explain", "มีพื้นที่ก่อสร้างประมาณ 19,000 ตารางเมตร บ้านเลขที่ 4 หมู่ที่ 4 ตำบลนาโพธิ์"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('"19,000 ตารางเมตร" area.unit');
    expect(r.stdout).toContain('unit="ตารางเมตร"');
    expect(r.stdout).toContain("words: ");
    expect(r.stdout).toMatch(/rejected[\s\S]*"4 ตำบล" count\.classifier: overlaps mask mask\.ordinal-name/);
  }, TIMEOUT);

  test("shows a number after an ordinal marker vetoed, with the marker", async () => {
    const r = await run(["explain", "ประชุมครั้งที่ 4 ราย"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/vetoed[\s\S]*"4 ราย" count\.classifier: after or before "ครั้งที่"/);
  }, TIMEOUT);

  test("shows a year after ปี vetoed as a year, and the figure after it kept", async () => {
    const r = await run(["explain", "รางวัลเลิศรัฐ ประจำปี 2563 ประเภทพัฒนาการบริการ มีผู้สมัคร 500 ราย"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/vetoed[\s\S]*"2563 ประเภท" count\.classifier: the year of "ประจำปี 2563"/);
    expect(r.stdout).toContain('"500 ราย" count.classifier');
  }, TIMEOUT);

  test("gives every attribute of a fact a reason, its default's too", async () => {
    const r = await run(["explain", "ยอดขาย 500 คัน"]);
    expect(r.code).toBe(0);
    for (const line of ["qualifier: exact (no qualifier word around it)", "change: - (no change word right before it)",
      "target: false (no target cue earlier in its clause)", "year: - (no time reference governs it)", 'subject: "ยอดขาย" (the phrase before it)']) {
      expect(r.stdout).toContain(line);
    }
  }, TIMEOUT);

  test("reports overlap losses with the reason", async () => {
    const r = await run(["explain", "ช่วง 3 – 9 กรกฎาคม 2562"]);
    expect(r.stdout).toContain("date.calendar");
    expect(r.code).toBe(0);
  }, TIMEOUT);
});

describe("rule debugging", () => {
  test("a file with four mistakes gets four diagnostics (and the example they break) from one rules validate", async () => {
    const r = await run(["rules", "validate", "fixtures/rule-mistakes/four-mistakes.yaml"]);
    expect(r.code).toBe(1);
    const codes = r.stdout.split("\n").filter((l) => l !== "").map((l) => /^[^:]+:(\d+):\d+: ([A-Z_]+):/.exec(l)?.slice(1, 3).join(" "));
    expect(codes).toEqual(["9 RULE_INVALID", "12 EXAMPLE_FAILED", "15 RULE_INVALID", "16 LEXICON_UNDEFINED", "20 REGEX_INVALID"]);
    // The failing example names the rule that won and why.
    expect(r.stdout).toContain("lost to rule quantity.unit (rules/quantity.yaml:");
    expect(r.stdout).toContain("same span, and it is defined later");
    expect(r.stdout).toContain('(did you mean "power_unit"?)');
  }, TIMEOUT);

  test("--excerpts underlines the part at fault under each diagnostic", async () => {
    const r = await run(["rules", "validate", "--excerpts", "fixtures/rule-mistakes/four-mistakes.yaml"]);
    const lines = r.stdout.split("\n");
    const at = lines.findIndex((l) => l.includes("LEXICON_UNDEFINED"));
    expect(lines[at + 1]).toBe('  16 |     pattern: "{number:value} ?{power_units:unit}" # 3: a lexicon that does not exist');
    expect(lines[at + 2]).toBe(`     | ${" ".repeat(30)}^${"~".repeat(17)}`);
    const kind = lines.findIndex((l) => l.includes('unknown kind "quantityy"'));
    expect(lines[kind + 2]).toBe(`     | ${" ".repeat(10)}^${"~".repeat(8)}`);
  }, TIMEOUT);

  test("a rule whose pattern does not match says so, naming the rules that gave facts there", async () => {
    const tmp = mkdtempSync(join(tmpdir(), "thai-facts-rules-"));
    onTestFinished(() => rmSync(tmp, { recursive: true, force: true }));
    writeFileSync(join(tmp, "nomatch.yaml"), [
      "rules:",
      "  - id: count.robots",
      "    kind: count",
      '    pattern: "{number:value} ?หุ่นยนต์"',
      "    examples:",
      '      - { text: "ผู้ป่วย 5 ราย", value: 5 }',
      "",
    ].join("\n"));
    const r = await run(["rules", "validate", join(tmp, "nomatch.yaml")]);
    expect(r.stdout).toContain("no fact from this rule: its pattern did not match (facts came from count.classifier on «5 ราย»)");
  }, TIMEOUT);
});
