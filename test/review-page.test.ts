/**
 * The review page (`extract -f html`) in a real browser: Debian's Chromium, headless, driven by
 * playwright-core (src/scripts/browser.ts). Pages are made by the built CLI from the seeds, the
 * nasty-files fixture and hostile names and text, and checked against the same run's JSON Lines.
 *
 * Without /usr/bin/chromium these tests are skipped, except on CI (CI=true), where .ci/run has
 * installed it and a missing browser is a failure.
 *
 * `UPDATE_SCREENSHOT=1` (npm run screenshot:update) also writes docs/review.png for the README.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { OutputFact } from "../src/output/record.js";
import { chromiumInstalled, launchChromium, type Browser } from "../src/scripts/browser.js";
import { ROOT } from "./helpers.js";
import { parseJsonl, runCli, writeIn } from "./run-cli.js";

const available = chromiumInstalled();
if (!available && process.env.CI === "true") throw new Error("CI needs /usr/bin/chromium for the browser tests (.ci/run installs it with apt-get)");

interface Made {
  path: string;
  facts: Array<Record<string, unknown>>;
  stderr: string;
}

interface Loaded {
  page: Page;
  /** Console errors, uncaught exceptions and dialogs seen since the page was opened. */
  problems: string[];
  /** Every URL the page asked for. */
  requests: string[];
}

let browser: Browser;
let dir: string;

/** `extract ARGS -f html -o FILE` and the same run's facts as JSON Lines. */
async function make(name: string, args: string[], cwd = ROOT): Promise<Made> {
  const path = join(dir, `${name}.html`);
  const html = await runCli([...args, "-f", "html", "-o", path], cwd);
  expect(html.stderr).not.toMatch(/internal|TypeError|RangeError/);
  const jsonl = await runCli([...args, "-f", "jsonl"], cwd);
  expect(html.stderr).toBe(jsonl.stderr);
  return { path, facts: parseJsonl(jsonl.stdout), stderr: jsonl.stderr };
}

async function open(made: Made): Promise<Loaded> {
  const page = await browser.context.newPage();
  const problems: string[] = [];
  const requests: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("dialog", (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  page.on("request", (r) => requests.push(r.url()));
  await page.goto(pathToFileURL(made.path).href);
  await page.waitForSelector("html[data-ready]");
  return { page, problems, requests };
}

/** The marks' kind and text, in document order. */
const marksOf = (page: Page): Promise<Array<[string, string]>> =>
  page.$$eval("mark[data-kind]", (marks) => marks.map((m) => [m.getAttribute("data-kind") ?? "", m.textContent ?? ""] as [string, string]));

const inViewport = (page: Page, selector: string): Promise<boolean> =>
  page.$eval(selector, (el) => {
    const r = el.getBoundingClientRect();
    return r.height > 0 && r.top >= 0 && r.bottom <= innerHeight && r.left >= 0 && r.right <= innerWidth;
  });

/** The table's visible rows: [kind, text] of each. */
const rowsOf = (page: Page): Promise<Array<{ i: number; kind: string; text: string; value: string }>> =>
  page.$$eval("#facts tbody tr[data-p]", (rows) => rows.map((r) => ({
    i: Number(r.getAttribute("data-i")), kind: r.children[1]?.textContent ?? "", text: r.children[2]?.textContent ?? "", value: r.children[3]?.textContent ?? "",
  })));

describe.skipIf(!available)("the review page in Chromium", { timeout: 60_000 }, () => {
  let seeds: Made;
  let nasty: Made;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "extract-review-"));
    [browser, seeds, nasty] = await Promise.all([launchChromium(), make("seeds", ["seeds/"]), make("nasty", ["fixtures/nasty/"])]);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  describe.each([["seeds", () => seeds], ["nasty files", () => nasty]] as const)("%s", (_name, made) => {
    test("one highlighted span per fact, each holding the fact's text; nothing fetched, no console errors", async () => {
      const { page, problems, requests } = await open(made());
      const facts = made().facts;
      expect(facts.length).toBeGreaterThan(20);
      expect(await marksOf(page)).toEqual(facts.map((f) => [f.kind, f.text]));
      expect(await page.textContent("#summary")).toContain(`${facts.length} facts`);
      expect(requests).toEqual([pathToFileURL(made().path).href]);
      expect(problems).toEqual([]);
      await page.close();
    });

    test("clicking a table row brings its span into view, marked, with its card", async () => {
      const { page, problems } = await open(made());
      const last = made().facts.length - 1;
      await page.$eval("#table-wrap", (wrap) => (wrap.scrollTop = wrap.scrollHeight));
      await page.click(`#facts tbody tr[data-i="${last}"]`);
      expect(await inViewport(page, `#f${last}`)).toBe(true);
      expect(await page.getAttribute(`#f${last}`, "class")).toContain("current");
      expect(await page.isVisible("#card")).toBe(true);
      expect(await page.textContent("#card .card-head")).toContain(String(made().facts[last]!.text));
      // The first one, far above: the page scrolls back up to it.
      await page.$eval("#table-wrap", (wrap) => (wrap.scrollTop = 0));
      await page.click(`#facts tbody tr[data-i="0"]`);
      expect(await inViewport(page, "#f0")).toBe(true);
      expect(await page.$$eval("mark.current", (m) => m.map((x) => x.id))).toEqual(["f0"]);
      expect(problems).toEqual([]);
      await page.close();
    });

    test("hovering a span shows its card: value, unit, qualifier, target, year, subject, rule", async () => {
      const { page, problems } = await open(made());
      const facts = made().facts;
      const i = facts.findIndex((f) => typeof f.value === "number" && f.subject !== undefined && f.year !== undefined);
      const k = i >= 0 ? i : facts.findIndex((f) => typeof f.value === "number");
      const fact = facts[k]!;
      expect(await page.isVisible("#card")).toBe(false);
      await page.hover(`#f${k}`);
      expect(await page.isVisible("#card")).toBe(true);
      const card = Object.fromEntries(await page.$$eval("#card dt", (dts) => dts.map((dt) => [dt.textContent, dt.nextElementSibling?.textContent])));
      expect(card).toMatchObject({
        value: Number(fact.value).toLocaleString("en-US", { maximumFractionDigits: 20 }),
        unit: fact.unit, qualifier: fact.qualifier, target: fact.target ? "yes" : "no",
        year: fact.year === undefined ? "—" : String(fact.year), subject: fact.subject ?? "—", rule: fact.rule,
      });
      expect(await page.getAttribute(`#f${k}`, "aria-describedby")).toBe("card");
      await page.mouse.move(0, 0);
      expect(await page.isVisible("#card")).toBe(false);
      expect(problems).toEqual([]);
      await page.close();
    });

    test("filtering by kind hides the others, in the table and in the text", async () => {
      const { page, problems } = await open(made());
      const facts = made().facts;
      const dates = facts.filter((f) => f.kind === "date").length;
      expect(dates).toBeGreaterThan(0);
      await page.selectOption("#f-kind", "date");
      expect(await page.textContent("#shown")).toContain(`${dates} of ${facts.length} facts shown`);
      const rows = await rowsOf(page);
      expect(rows.length).toBe(Math.min(dates, rows.length));
      expect(new Set(rows.map((r) => r.kind))).toEqual(new Set(["date"]));
      const highlighted = await page.$$eval("mark[data-kind]:not(.out)", (m) => m.map((x) => x.getAttribute("data-kind")));
      expect(highlighted.length).toBe(dates);
      expect(new Set(highlighted)).toEqual(new Set(["date"]));
      const background = (sel: string): Promise<string> => page.$eval(sel, (el) => getComputedStyle(el).backgroundColor);
      const other = facts.findIndex((f) => f.kind !== "date");
      expect(await background(`#f${other}`)).toBe("rgba(0, 0, 0, 0)");
      // The legend's button for the kind is the same filter; pressed again, it shows all.
      expect(await page.getAttribute('#legend button[data-kind="date"]', "aria-pressed")).toBe("true");
      await page.click('#legend button[data-kind="date"]');
      expect(await page.inputValue("#f-kind")).toBe("");
      expect(await page.$$eval("mark.out", (m) => m.length)).toBe(0);
      expect(problems).toEqual([]);
      await page.close();
    });
  });

  test("sorting by a column, and filtering by unit, file and text", async () => {
    const { page, problems } = await open(seeds);
    await page.click('#facts th[data-key="value"] button');
    expect(await page.getAttribute('#facts th[data-key="value"]', "aria-sort")).toBe("ascending");
    const numbers = seeds.facts.filter((f) => typeof f.value === "number").map((f) => Number(f.value)).sort((a, b) => a - b);
    const firstRows = (await rowsOf(page)).slice(0, 5);
    expect(firstRows.map((r) => Number(r.value.split(" ")[0]!.replace(/,/g, "")))).toEqual(numbers.slice(0, 5));
    await page.click('#facts th[data-key="value"] button');
    expect(await page.getAttribute('#facts th[data-key="value"]', "aria-sort")).toBe("descending");

    await page.click('#facts th[data-key="i"] button');
    expect(await page.getAttribute('#facts th[data-key="i"]', "aria-sort")).toBe("ascending");

    await page.selectOption("#f-unit", { label: "THB" });
    const thb = seeds.facts.filter((f) => f.unit === "THB").length;
    expect(await page.textContent("#shown")).toContain(`${thb} of ${seeds.facts.length}`);
    await page.selectOption("#f-unit", "");

    const file = "seeds/002_b6dcc03597da7867.txt";
    await page.selectOption("#f-file", file);
    expect((await rowsOf(page)).map((r) => r.i)).toEqual(seeds.facts.flatMap((f, i) => (f.file === file ? [i] : [])));
    await page.selectOption("#f-file", "");

    await page.fill("#f-text", "ผลงาน");
    await page.waitForFunction(() => document.getElementById("shown")?.textContent?.includes(" of "));
    const rows = await rowsOf(page);
    expect(rows.map((r) => r.i)).toEqual(seeds.facts.flatMap((f, i) => (`${f.text} ${f.subject ?? ""}`.includes("ผลงาน") ? [i] : [])));
    expect(problems).toEqual([]);
    await page.close();
  });

  test("with a larger font the table's rows are measured: its height is every row's, the last one reached at the bottom", async () => {
    const { page, problems } = await open(nasty);
    await page.evaluate(() => {
      document.documentElement.style.fontSize = "28px";
      dispatchEvent(new Event("resize"));
    });
    await page.$eval("#table-wrap", (wrap) => (wrap.scrollTop = wrap.scrollHeight));
    await page.waitForSelector(`#facts tbody tr[data-i="${nasty.facts.length - 1}"]`, { state: "attached" });
    const { height, row, head, last } = await page.$eval("#table-wrap", (wrap) => {
      const rows = [...wrap.querySelectorAll("tbody tr[data-p]")] as HTMLElement[];
      return { height: wrap.scrollHeight, row: rows[0]!.getBoundingClientRect().height, head: wrap.querySelector("thead")!.getBoundingClientRect().height, last: rows[rows.length - 1]!.dataset.i };
    });
    expect(row).toBeGreaterThan(35);
    expect(Math.abs(height - (head + nasty.facts.length * row))).toBeLessThanOrEqual(2);
    expect(last).toBe(String(nasty.facts.length - 1));
    expect(problems).toEqual([]);
    await page.close();
  });

  test("works with the keyboard: rows with arrows and Enter, spans with Tab, Escape closes the card", async () => {
    const { page, problems } = await open(seeds);
    await page.focus('#facts tbody tr[tabindex="0"]');
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-i"))).toBe("2");
    expect(await inViewport(page, "#f2")).toBe(true);
    expect(await page.getAttribute("#f2", "class")).toContain("current");
    expect(await page.isVisible("#card")).toBe(true);
    await page.keyboard.press("Escape");
    expect(await page.isVisible("#card")).toBe(false);
    // Tab from the text before the first span reaches it, and its card opens; Enter finds its row.
    await page.focus("#docs");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("f0");
    expect(await page.isVisible("#card")).toBe(true);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("f1");
    expect(await page.textContent("#card .card-head")).toContain(String(seeds.facts[1]!.text));
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-i"))).toBe("1");
    expect(problems).toEqual([]);
    await page.close();
  });

  test("readable contrast (WCAG AA, 4.5:1) for the text on every kind's colour, the notes and the muted text", async () => {
    const { page } = await open(nasty);
    const pairs = await page.evaluate(() => {
      const opaque = (el: Element): string => {
        for (let node: Element | null = el; node; node = node.parentElement) {
          const bg = getComputedStyle(node).backgroundColor;
          if (bg !== "rgba(0, 0, 0, 0)") return bg;
        }
        return "rgb(255, 255, 255)";
      };
      const seen = new Map<string, [string, string]>();
      const selectors = ["mark[data-kind]", "#legend button:not(:disabled)", "#facts tbody .chip", ".note.warning", ".note.error", "#shown", "header.top p", ".doc-count", "#facts tbody td"];
      for (const el of document.querySelectorAll(selectors.join(","))) {
        const key = `${el.tagName}.${el.className} ${el.getAttribute("data-kind") ?? ""}`;
        if (!seen.has(key)) seen.set(key, [getComputedStyle(el).color, opaque(el)]);
      }
      return [...seen];
    });
    const luminance = (rgb: string): number => {
      const [r, g, b] = (rgb.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number).map((c) => {
        const s = c / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const ratio = (a: string, b: string): number => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (hi! + 0.05) / (lo! + 0.05);
    };
    expect(pairs.length).toBeGreaterThan(10);
    for (const [what, [fg, bg]] of pairs) expect(ratio(fg, bg), `${what}: ${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
    await page.close();
  });

  test("each document's warnings and errors are shown with it", async () => {
    const { page } = await open(nasty);
    const lines = nasty.stderr.trim().split("\n");
    expect(lines.length).toBeGreaterThanOrEqual(5);
    for (const line of lines) {
      const m = /^(.*?)(?::\d+)?: (warning|error) ([A-Z_]+): /.exec(line);
      expect(m, line).not.toBeNull();
      const [, file, level, code] = m!;
      const notes = await page.$$eval(`section.doc`, (sections, f) => sections.filter((s) => s.getAttribute("data-file") === f)
        .flatMap((s) => [...s.querySelectorAll(".note")].map((n) => `${n.classList.contains("error") ? "error" : "warning"} ${n.querySelector("code")?.textContent}`)), file!);
      expect(notes, line).toContain(`${level} ${code}`);
    }
    expect(await page.textContent("#summary")).toMatch(/3 warnings · 2 errors/);
    await page.close();
  });

  test("the card shows a figure's change, and fields the page does not know as they come", async () => {
    writeIn(dir, "change/news.txt", "ยอดส่งออกเพิ่มขึ้นร้อยละ 5 ขณะที่การนำเข้าลดลง 3,000 ล้านบาท\n");
    const made = await make("change", ["change/"], dir);
    expect(made.facts.map((f) => f.change)).toEqual(["increase", "decrease"]);
    const cardOf = async (page: Page, selector: string): Promise<Record<string, string | null | undefined>> => {
      await page.hover(selector);
      return Object.fromEntries(await page.$$eval("#card dt", (dts) => dts.map((dt) => [dt.textContent, dt.nextElementSibling?.textContent])));
    };
    let { page, problems } = await open(made);
    expect(await cardOf(page, "#f0")).toMatchObject({ value: "5", unit: "percent", change: "increase" });
    expect(await cardOf(page, "#f1")).toMatchObject({ value: "3,000,000,000", unit: "THB", change: "decrease" });
    expect(problems).toEqual([]);
    await page.close();

    // A field added to facts later is shown without a change to the page.
    const { createHtmlWriter } = await import("../src/output/html/writer.js");
    const writer = createHtmlWriter({ title: "future" });
    const text = "ยอดขาย 5 ล้านบาท\n";
    const fact = { ...made.facts[1], file: "a.txt", line: 1, start: 7, end: 16, text: text.slice(7, 16), confidence: 0.9 } as unknown as OutputFact;
    const path = join(dir, "future.html");
    writeFileSync(path, writer.begin() + writer.write([fact], { file: "a.txt", text, offset: 0, lines: 0, last: true, warnings: [] }) + writer.end());
    ({ page, problems } = await open({ path, facts: [], stderr: "" }));
    expect(await cardOf(page, "#f0")).toMatchObject({ change: "decrease", confidence: "0.9" });
    expect(problems).toEqual([]);
    await page.close();
  });

  test("hostile file names and text are shown as text, and nothing in them runs", async () => {
    const hostileDir = join(dir, "hostile");
    const name = `<script>window.pwned=1</script> "dq" 'sq' javascript:alert(1) <img src=x onerror=alert(2)>.txt`.replace(/\//g, "∕");
    const text = `</textarea><script>window.pwned=3</script><a href="javascript:window.pwned=4">ลิงก์</a> "q" 'q' &amp; <!-- \n`
      + `<style>body{display:none}</style>งบประมาณ 500 ล้านบาท</script><script>alert(5)</script> พื้นที่ 1,451 ไร่ <iframe src="javascript:alert(6)">\n`
      + "มี 5 </script><script>window.pwned=9</script> ชิ้น\n";
    writeIn(hostileDir, name, text);
    const id = `</textarea></script><script>window.pwned=2</script>"' javascript:alert(3) <svg onload=alert(4)>`;
    writeIn(hostileDir, "records.jsonl", `${JSON.stringify({ id, text: `${text}อีก 20 ล้านบาท\n` })}\n`);
    // A symbolic link named with markup that leads nowhere: an error shown with its name.
    symlinkSync("nowhere", join(hostileDir, `<b onmouseover=alert(7)>gone</b>.txt`.replace(/\//g, "∕")));
    // A user rule whose unit is markup: the fact's text and unit hold </script>, in the marks and in the page's data.
    writeIn(dir, "evil.yaml", [
      "lexicons:", "  evil_unit:", `    "</script><script>window.pwned=9</script>": "</script><!-- <script>window.pwned=10</script>"`,
      "rules:", "  - id: quantity.evil", "    kind: quantity", "    priority: 1", `    pattern: "{number:value} ?{evil_unit:unit}"`,
    ].join("\n"));
    const made = await make("hostile", ["hostile/", "-r", "evil.yaml"], dir);
    const records = await make("records", ["hostile/records.jsonl", "--input", "jsonl", "--id-field", "id", "-r", "evil.yaml"], dir);
    expect(made.facts.map((f) => f.unit)).toContain("</script><!-- <script>window.pwned=10</script>");
    for (const m of [made, records]) {
      const { page, problems } = await open(m);
      expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
      expect(await page.$$eval("script:not([type])", (s) => s.length)).toBe(1);
      expect(await page.$$eval("img, svg, iframe, textarea, a[href^='javascript'], b, body style", (s) => s.length)).toBe(0);
      expect(await page.$$eval("style", (s) => s.length)).toBe(1);
      const files = await page.$$eval("section.doc h2 .file", (h) => h.map((x) => x.textContent));
      expect(files).toContain(m === made ? `hostile/${name}` : id);
      const shown = await page.$$eval("section.doc .chunk", (c) => c.map((x) => x.textContent).join(""));
      expect(shown).toContain(text);
      expect(await marksOf(page)).toEqual(m.facts.map((f) => [f.kind, f.text]));
      const evil = m.facts.findIndex((f) => f.rule === "quantity.evil");
      await page.hover(`#f${evil}`);
      expect(await page.isVisible("#card")).toBe(true);
      expect(await page.textContent("#card")).toContain("</script><!-- <script>window.pwned=10</script>");
      await page.selectOption("#f-file", { index: 1 });
      expect(await page.isVisible("body")).toBe(true);
      expect(problems).toEqual([]);
      await page.close();
    }
    expect(made.stderr).toContain("NOT_FOUND");
  });

  test.runIf(process.env.UPDATE_SCREENSHOT === "1")("screenshot for the README (docs/review.png)", async () => {
    const shot = await launchChromium({ width: 1160, height: 740 });
    try {
      const page = await shot.context.newPage();
      await page.goto(pathToFileURL(seeds.path).href);
      await page.waitForSelector("html[data-ready]");
      // A row clicked: its fact scrolled to the middle, outlined, its row highlighted, its card open.
      const k = seeds.facts.findIndex((f) => f.text === "๕๐ พันล้านหยวน");
      await page.click(`#facts tbody tr[data-i="${k}"]`);
      await page.hover(`#f${k}`);
      const path = join(ROOT, "docs", "review.png");
      await page.screenshot({ path });
      // Fewer colours, same look: a quarter of the bytes, when pngquant is installed.
      spawnSync("pngquant", ["--force", "--skip-if-larger", "--quality", "70-95", "--output", path, path]);
    } finally {
      await shot.close();
    }
  });
});

test.skipIf(available)("the review page in Chromium: skipped, no /usr/bin/chromium (apt-get install chromium)", () => {});
