/**
 * `npm run review:measure -- PATH... [--repeat N]`: what the review page costs on PATH. Writes
 * it with `extract -f html` (time, peak RSS, file size; `-f jsonl` beside it for comparison),
 * then opens it in headless Chromium N times (default 3, the median shown): first paint, first
 * contentful paint, DOMContentLoaded, the table ready (the script's `review-ready` mark), the
 * JS heap, and how long a kind filter and a row click take. Not part of the command.
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { launchChromium } from "./browser.js";
import { measure, median } from "./measure.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const BIN = join(ROOT, "bin", "extract.js");

interface Run {
  seconds: number;
  rssMB: number;
}

async function extract(args: string[], work: string): Promise<Run> {
  const run = await measure([BIN, ...args], work);
  if (run.code !== 0 && run.code !== 2) throw new Error(`extract ${args.join(" ")} exited with ${run.code}`);
  return { seconds: run.seconds, rssMB: run.rssMB };
}

interface PageRun {
  firstPaint: number;
  firstContentfulPaint: number;
  domContentLoaded: number;
  ready: number;
  heapMB: number;
  nodes: number;
  marks: number;
  filterMs: number;
  clickMs: number;
}

/**
 * Run in the page (a string: this project's TypeScript has no DOM types): the timings the
 * browser kept, then a kind filter chosen and cleared, then a click on the table's last row.
 */
const IN_PAGE = `new Promise((done) => {
  const paint = (name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
  const navigation = performance.getEntriesByType("navigation")[0];
  const kind = document.getElementById("f-kind");
  let started = performance.now();
  kind.value = "money";
  kind.dispatchEvent(new Event("change"));
  kind.value = "";
  kind.dispatchEvent(new Event("change"));
  const filterMs = (performance.now() - started) / 2;
  const marks = document.querySelectorAll("mark[data-kind]").length;
  const wrap = document.getElementById("table-wrap");
  wrap.scrollTop = wrap.scrollHeight;
  // The table draws the rows now in view on the next frame.
  requestAnimationFrame(() => requestAnimationFrame(() => {
    const rows = document.querySelectorAll("#facts tbody tr[data-p]");
    started = performance.now();
    rows[rows.length - 1].click();
    document.querySelector("mark.current").getBoundingClientRect();
    done({
      firstPaint: paint("first-paint"), firstContentfulPaint: paint("first-contentful-paint"),
      domContentLoaded: navigation.domContentLoadedEventEnd, ready: paint("review-ready"),
      heapMB: (performance.memory?.usedJSHeapSize ?? NaN) / 1e6, nodes: document.getElementsByTagName("*").length,
      marks, filterMs, clickMs: performance.now() - started,
    });
  }));
})`;

/** Bytes of a file, or of the files under a directory. */
function bytesUnder(path: string): number {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.size;
  return readdirSync(path).reduce((sum, name) => sum + bytesUnder(join(path, name)), 0);
}


async function main(argv: string[]): Promise<void> {
  const repeatAt = argv.indexOf("--repeat");
  const repeat = repeatAt >= 0 ? Number(argv[repeatAt + 1]) : 3;
  const paths = repeatAt >= 0 ? argv.filter((_, i) => i !== repeatAt && i !== repeatAt + 1) : argv;
  if (paths.length === 0 || !(repeat >= 1)) throw new Error("usage: npm run review:measure -- PATH... [--repeat N]");
  const work = mkdtempSync(join(tmpdir(), "review-measure-"));
  try {
    const page = join(work, "review.html");
    const inputBytes = paths.reduce((sum, p) => sum + bytesUnder(p), 0);
    const jsonl = await extract([...paths, "-q", "-f", "jsonl", "-o", join(work, "facts.jsonl")], work);
    const html = await extract([...paths, "-q", "-f", "html", "-o", page], work);
    const pageBytes = statSync(page).size;
    const runs: PageRun[] = [];
    const browser = await launchChromium();
    try {
      for (let r = 0; r < repeat; r++) {
        const tab = await browser.context.newPage();
        await tab.goto(pathToFileURL(page).href, { waitUntil: "commit", timeout: 600_000 });
        await tab.waitForSelector("html[data-ready]", { timeout: 600_000 });
        runs.push(await tab.evaluate(IN_PAGE) as PageRun);
        await tab.close();
      }
    } finally {
      await browser.close();
    }
    const m = (key: keyof PageRun): string => Math.round(median(runs.map((x) => x[key]))).toLocaleString("en-US");
    const mb = (bytes: number): string => (bytes / 1e6).toFixed(1);
    const lines = [
      `input: ${paths.join(" ")} (${mb(inputBytes)} MB), ${runs[0]?.marks.toLocaleString("en-US")} facts; page opened ${repeat}× in Chromium (median)`,
      "",
      "| measure | value |",
      "|---|---:|",
      `| page size | ${mb(pageBytes)} MB (${(pageBytes / inputBytes).toFixed(2)}× the input) |`,
      `| extract -f html: time, peak RSS | ${html.seconds.toFixed(1)} s, ${Math.round(html.rssMB)} MB |`,
      `| extract -f jsonl: time, peak RSS | ${jsonl.seconds.toFixed(1)} s, ${Math.round(jsonl.rssMB)} MB |`,
      `| first paint / first contentful paint | ${m("firstPaint")} ms / ${m("firstContentfulPaint")} ms |`,
      `| DOMContentLoaded (whole page parsed) | ${m("domContentLoaded")} ms |`,
      `| table ready (every fact loaded, filters filled) | ${m("ready")} ms |`,
      `| JS heap after load | ${m("heapMB")} MB |`,
      `| elements in the page | ${m("nodes")} |`,
      `| a kind filter (table and highlights) | ${m("filterMs")} ms |`,
      `| a row click to its span (scroll, outline, card) | ${m("clickMs")} ms |`,
    ];
    process.stdout.write(`${lines.join("\n")}\n`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
