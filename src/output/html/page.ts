/**
 * The review page's frame: everything before the first document and after the last. The page
 * carries its own style and script (assets/review.css, assets/review.js, read once) and needs
 * nothing else: no network, and it works from file://. Its Content-Security-Policy allows that
 * one script by its hash and nothing from anywhere, so even markup that escaped escaping could
 * not run or load anything.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { KINDS } from "../../core/types.js";
import { escapeHtml } from "./escape.js";

/** The page's style and script; this file is dist/output/html/page.js once built (src/… in tests). */
const ASSETS = new URL("../../../assets/", import.meta.url);

interface Assets {
  css: string;
  js: string;
  /** The Content-Security-Policy that allows exactly this script. */
  policy: string;
}

let assets: Assets | undefined;

/** The page's style, script and policy, read on first use (only a run with `-f html` pays). */
export function pageAssets(): Assets {
  if (!assets) {
    const css = readFileSync(new URL("review.css", ASSETS), "utf8");
    const js = readFileSync(new URL("review.js", ASSETS), "utf8");
    const hash = createHash("sha256").update(js, "utf8").digest("base64");
    const policy = `default-src 'none'; script-src 'sha256-${hash}'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'`;
    assets = { css, js, policy };
  }
  return assets;
}

/** Columns of the facts table, for its <colgroup> (review.js fills the header row). */
const COLUMNS = ["i", "kind", "text", "value", "subject", "file"];

/**
 * Everything up to the first document: head, summary, legend, the facts panel (filled by the
 * script once the page has loaded), and the opening of the documents' column. `title` names
 * the run (its inputs).
 */
export function pageStart(title: string): string {
  const { css, js, policy } = pageAssets();
  const name = escapeHtml(title);
  const legend = KINDS.map((kind) => `<li><button type="button" data-kind="${kind}" aria-pressed="false">${kind}<span class="n"></span></button></li>`).join("");
  return `<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="thai-facts extract -f html">
<title>Facts review: ${name}</title>
<style>${css}</style>
<script>${js}</script>
</head>
<body>
<div id="card" role="tooltip" hidden></div>
<a class="skip" href="#table-wrap">Skip to the facts table</a>
<a class="skip" href="#docs">Skip to the documents</a>
<header class="top">
<h1>Facts review: <span class="run">${name}</span></h1>
<p id="summary"></p>
<p>Hover over a highlighted figure, or move to it with Tab, to see what was read; Enter on it finds its row. Click a row (or Enter) to see its fact in the text. Escape closes the card.</p>
<ul class="legend" id="legend" aria-label="Kinds (choose one to show only it)">${legend}</ul>
</header>
<div class="layout">
<aside id="panel" aria-label="Facts">
<form id="filters" class="filters" role="search" aria-label="Filter the facts">
<label>kind<select id="f-kind"><option value="">all kinds</option></select></label>
<label>unit<select id="f-unit"><option value="">all units</option></select></label>
<label>file<select id="f-file"><option value="">all files</option></select></label>
<label class="grow">text<input id="f-text" type="search" autocomplete="off" placeholder="text, subject, value, rule…"></label>
</form>
<p id="shown" aria-live="polite"></p>
<div id="table-wrap" class="table-wrap" tabindex="-1">
<table id="facts" class="facts"><caption class="sr-only">Every fact; choose a column header to sort</caption>
<colgroup>${COLUMNS.map((c) => `<col class="c-${c}">`).join("")}</colgroup>
<thead><tr></tr></thead><tbody></tbody></table>
</div>
</aside>
<main id="docs" aria-label="Documents" tabindex="-1">
`;
}

/** Everything after the last document. */
export function pageEnd(): string {
  return `</main>
</div>
</body>
</html>
`;
}
