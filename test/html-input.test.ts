/** HTML input: a saved news page gives exactly its article's facts, at offsets into `extract text`. */
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, onTestFinished, test } from "vitest";
import { htmlToText } from "../src/io/formats/html.js";
import { factsOf, ROOT } from "./helpers.js";
import { parseJsonl, runCli } from "./run-cli.js";

/** A fact without where it is: what must be the same in the page and in the seed. */
const essence = (fact: Record<string, unknown>): string => {
  const { file: _file, line: _line, start: _start, end: _end, ...rest } = fact;
  // &nbsp; between a figure and its unit is kept in `text` and `subject` (they are copied from the text).
  return JSON.stringify(rest).replace(/\u00A0/g, " ");
};

describe("saved news pages (fixtures/html, built from seeds 002 and 003 by fixtures/make-html-pages.mjs)", () => {
  test.each([
    ["fixtures/html/002-news-page.html", "seeds/002_b6dcc03597da7867.txt"],
    ["fixtures/html/003-news-page.htm", "seeds/003_eb6f2b5d06c88fb4.txt"],
  ])("%s gives exactly the facts of %s; offsets refer to `extract text`", async (page, seed) => {
    const fromPage = parseJsonl((await runCli([page, "-f", "jsonl"], ROOT)).stdout);
    const fromSeed = parseJsonl((await runCli([seed, "-f", "jsonl"], ROOT)).stdout);
    expect(fromSeed.length).toBeGreaterThanOrEqual(8);
    expect(fromPage.map(essence)).toEqual(fromSeed.map(essence));
    expect(fromPage.some((f) => String(f.text).includes("\u00A0"))).toBe(true); // the &nbsp; were there

    const shown = await runCli(["text", page], ROOT);
    expect(shown.code).toBe(0);
    const lines = shown.stdout.split("\n");
    for (const fact of fromPage) {
      expect(shown.stdout.slice(Number(fact.start), Number(fact.end))).toBe(fact.text);
      expect(lines[Number(fact.line) - 1]).toContain(fact.text);
    }
    // Nothing of the site's frame, scripts, JSON-LD or hidden boxes.
    for (const noise of ["dataLayer", "@context", "ข่าว 24 ชั่วโมง", "1,432 จุด", "5,000 ล้านบาท", "02 123 4567", "30 วัน", "3,200", "ส่วนลด", "JavaScript", "ราคา 99"]) {
      expect(shown.stdout).not.toContain(noise);
    }
  });

  test("--input html reads standard input as a page", async () => {
    const run = await runCli(["-", "--input", "html", "-f", "jsonl"], ROOT, "<p>งบประมาณ 5&nbsp;ล้านบาท</p><script>x = '7 ล้านบาท'</script>");
    const facts = parseJsonl(run.stdout);
    expect(facts.map((f) => [f.value, f.unit, f.text])).toEqual([[5000000, "THB", "5\u00A0ล้านบาท"]]);
  });
});

describe("the review page is output, not input", () => {
  test("a directory walk skips a page written by -f html (OUTPUT_SKIPPED), and reads it when named", async () => {
    const dir = mkdtempSync(join(tmpdir(), "review-"));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    copyFileSync(join(ROOT, "seeds/000_d1245c5d79ae461e.txt"), join(dir, "a.txt"));
    expect((await runCli([dir, "-f", "html", "-o", join(dir, "review.html")], ROOT)).code).toBe(0);
    const walked = await runCli([dir, "-f", "jsonl"], ROOT);
    expect(walked.code).toBe(0);
    expect(walked.stderr).toMatch(/review\.html: warning OUTPUT_SKIPPED/);
    const once = parseJsonl((await runCli([join(dir, "a.txt"), "-f", "jsonl"], ROOT)).stdout).length;
    expect(parseJsonl(walked.stdout)).toHaveLength(once);
    expect(parseJsonl((await runCli([join(dir, "review.html"), "-f", "jsonl"], ROOT)).stdout).length).toBeGreaterThan(0);
  });
});

describe("htmlToText", () => {
  test("left out: script, style, nav, header, footer, aside, noscript, template, head, hidden elements, comments", () => {
    const html = `<html><head><title>T 1</title><style>p{}</style></head><body>
      <header>H 2</header><nav>N 3</nav><aside>A 4</aside><footer>F 5</footer><noscript>NS 6</noscript>
      <template><p>TP 7</p></template><script>var s = "8";</script><!-- C 9 -->
      <p hidden>h 10</p><p aria-hidden="true">ah 11</p><p style="color:red; display : none">dn 12</p>
      <p style="visibility:hidden">vh 13</p><input type="hidden" value="14"><p>kept</p></body></html>`;
    expect(htmlToText(html)).toBe("kept\n");
  });

  test("entities decoded; &nbsp; kept as U+00A0, which the core reads as a space", () => {
    const text = htmlToText("<p>งบ 5&nbsp;ล้านบาท &amp; &#3652;&#x0E17;&#x0E22; &lt;b&gt;</p>");
    expect(text).toBe("งบ 5\u00A0ล้านบาท & ไทย <b>\n");
    expect(factsOf(text).map((f) => f.value)).toEqual([5000000]);
  });

  test("block elements end lines; inline elements and white space do not", () => {
    expect(htmlToText("<div>a <b>b</b>\n  <i>c</i></div><p>d<br>e</p><ul><li>f</li><li>g</li></ul><h2>h</h2>i"))
      .toBe("a b c\nd\ne\nf\ng\nh\ni\n");
    expect(htmlToText("<table><tr><td>1</td><td>2 ไร่</td></tr><tr><th>x</th></tr></table>")).toBe("1 2 ไร่\nx\n");
    expect(htmlToText("<pre>a\n  b</pre>")).toBe("a\n  b\n");
    expect(htmlToText("")).toBe("");
  });

  test("a hidden element's content stays out however deep, and what follows it is kept", () => {
    expect(htmlToText("<div hidden><p>x <b>y</b></p><br></div><p>z</p>")).toBe("z\n");
    expect(htmlToText("<nav><ul><li>a<li>b</ul></nav><p>c")).toBe("c\n");
  });
});
