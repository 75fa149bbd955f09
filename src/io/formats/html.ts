/**
 * The text of an HTML page, as a reader sees it: the one place htmlparser2 is imported.
 *
 * - Left out: what is not the page's text (`head`, `script`, `style`, `template`, `noscript`,
 *   `svg`, `math`, `iframe`, `object`, `canvas`, `select`, `button`) and what is the site's
 *   frame rather than the article (`nav`, `header`, `footer`, `aside`), with everything inside;
 *   so are hidden elements (`hidden`, `aria-hidden="true"`, an inline style with
 *   `display: none` or `visibility: hidden`, `<input type="hidden">`) and comments.
 * - Entities are decoded (`&nbsp;` is U+00A0, which the core reads as a space).
 * - White space is collapsed as a browser does (runs of spaces, tabs and line breaks become one
 *   space; `pre` and `textarea` keep theirs), and each block element (`p`, `div`, `li`, `h1`,
 *   `tr`, `br` …) ends a line. Lines are trimmed; there are no empty lines.
 *
 * Facts' offsets and lines refer to this text: `extract text page.html` prints it.
 */
import { Parser } from "htmlparser2";

/** Elements whose content is never the page's text. */
const SKIPPED = new Set([
  "head", "title", "script", "style", "template", "noscript", "svg", "math", "iframe", "object", "embed", "canvas",
  "select", "button", "nav", "header", "footer", "aside",
]);

/** Elements that start and end a line. */
const BLOCKS = new Set([
  "address", "article", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "dir", "div", "dl", "dt",
  "fieldset", "figcaption", "figure", "form", "h1", "h2", "h3", "h4", "h5", "h6", "hgroup", "hr", "html", "legend",
  "li", "main", "menu", "ol", "p", "pre", "section", "summary", "table", "tbody", "tfoot", "thead", "tr",
  "ul", "textarea",
]);

/** Table cells: a space between them, the row ends the line. */
const CELLS = new Set(["td", "th"]);

/** Elements whose white space is kept as written. */
const PREFORMATTED = new Set(["pre", "textarea", "listing", "plaintext"]);

function isHidden(name: string, attribs: Readonly<Record<string, string>>): boolean {
  if ("hidden" in attribs) return true;
  if ((attribs["aria-hidden"] ?? "").trim().toLowerCase() === "true") return true;
  if (name === "input" && (attribs["type"] ?? "").trim().toLowerCase() === "hidden") return true;
  const style = (attribs["style"] ?? "").toLowerCase();
  return /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/.test(style);
}

/** The text of an HTML document (see above). */
export function htmlToText(html: string): string {
  const lines: string[] = [];
  let line = "";
  /** Depth of open elements whose content is left out (0: text is kept). */
  let skipping = 0;
  /** Depth of open preformatted elements. */
  let preformatted = 0;
  /** For each open element: whether it started skipping, whether it is preformatted. */
  const stack: Array<{ name: string; skips: boolean; pre: boolean }> = [];

  const endLine = (keepIndent = preformatted > 0): void => {
    const text = keepIndent ? line.replace(/[ \t]+$/, "") : line.replace(/^[ \t]+|[ \t]+$/g, "");
    if (text !== "") lines.push(text);
    line = "";
  };
  const addText = (text: string): void => {
    if (skipping > 0 || text === "") return;
    if (preformatted > 0) {
      const parts = text.replace(/\r\n?/g, "\n").split("\n");
      parts.forEach((part, i) => {
        if (i > 0) {
          lines.push(line.replace(/[ \t]+$/, ""));
          line = "";
        }
        line += part;
      });
      return;
    }
    // ASCII white space collapses (HTML's definition); U+00A0 (&nbsp;) does not.
    const collapsed = text.replace(/[ \t\n\r\f]+/g, " ");
    if (collapsed.startsWith(" ") && (line === "" || line.endsWith(" "))) line += collapsed.slice(1);
    else line += collapsed;
  };

  const parser = new Parser({
    onopentag(name, attribs) {
      const skips = SKIPPED.has(name) || isHidden(name, attribs);
      const pre = PREFORMATTED.has(name);
      stack.push({ name, skips, pre });
      if (skipping > 0 || skips) {
        if (skips) skipping++;
        return;
      }
      if (name === "br") endLine();
      else if (BLOCKS.has(name)) endLine();
      else if (CELLS.has(name)) addText(" ");
      if (pre) preformatted++;
    },
    ontext: addText,
    onclosetag(name) {
      // htmlparser2 closes implied and void elements itself, innermost first.
      let index = stack.length - 1;
      while (index >= 0 && stack[index]!.name !== name) index--;
      if (index < 0) return;
      while (stack.length > index) {
        const element = stack.pop()!;
        if (element.skips) {
          skipping--;
          continue;
        }
        if (skipping > 0) continue;
        if (BLOCKS.has(element.name)) endLine();
        if (element.pre) preformatted--;
        else if (CELLS.has(element.name)) addText(" ");
      }
    },
  }, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  parser.write(html);
  parser.end();
  endLine();
  return lines.length === 0 ? "" : `${lines.join("\n")}\n`;
}
