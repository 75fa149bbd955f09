/**
 * The text of a PDF's text layer, page after page: the one place pdf.js (pdfjs-dist, its
 * legacy build, which runs on Node 20) is imported; loaded only when a PDF is met.
 *
 * - Text items are joined as pdf.js gives them, in its lines; lines the writer wrapped are joined
 *   again into their paragraph (see paragraphs()); a line end after each page.
 * - A PDF without a text layer (a scan) gives one NO_TEXT_LAYER warning, naming the pages when
 *   only some are empty.
 * - A Thai text layer that lost the ำ of its words (`ประจาเดือน` for `ประจำเดือน`, a common
 *   fault of PDF writers that map the glyph of ำ to า) is repaired from the segmenter's
 *   dictionary without changing the text's length, and one that wrote ำ as two glyphs (`ทำ า`)
 *   is joined (thai-repair.ts), each with a TEXT_REPAIRED warning saying how many.
 */
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import type { ConversionWarning, Converted } from "./index.js";
import { repairSaraAm } from "./thai-repair.js";

interface TextItem {
  str: string;
  hasEOL: boolean;
  /** [a, b, c, d, x, y]. */
  transform: number[];
  width: number;
}

/** One line of a page as pdf.js marks lines: its text and where it starts and ends across the page. */
interface Line {
  text: string;
  left: number;
  right: number;
}

/**
 * One line's items in reading order. Writers emit a line's text run by run, one font at a time,
 * so a character from another font (a dash between Thai digits, `๓ – ๙`) comes after the run it
 * sits in; pdf.js leaves it there. Items are put in the order of their positions, and one that
 * falls inside a run of spaces is put back between spaces.
 */
function lineOf(items: readonly TextItem[]): Line {
  // Positions compared to 2 points: glyphs of one cluster (ำ drawn as two glyphs over each
  // other) keep the writer's order.
  const at = (item: TextItem): number => Math.round((item.transform[4] ?? 0) / 2);
  const sorted = [...items].sort((a, b) => at(a) - at(b));
  let text = "";
  let left = Number.POSITIVE_INFINITY;
  let right = Number.NEGATIVE_INFINITY;
  let spaceEnd = Number.NEGATIVE_INFINITY;
  for (const item of sorted) {
    const x = item.transform[4] ?? 0;
    const blank = item.str.trim() === "";
    if (!blank && x < spaceEnd - 0.5 && text.endsWith(" ")) text += `${item.str} `;
    else text += item.str;
    spaceEnd = blank ? x + item.width : Number.NEGATIVE_INFINITY;
    left = Math.min(left, x);
    right = Math.max(right, x + item.width);
  }
  return { text: text.replace(/ {2,}/g, " "), left, right };
}

const isWordChar = (c: string | undefined): boolean => c !== undefined && /[A-Za-z0-9]/.test(c);

/**
 * The page's lines joined into paragraphs: a line that reaches (nearly) the right edge of the
 * text column was wrapped by the writer, not ended, and runs on into the next (Thai wraps
 * between words without a space; a space is put back between two Latin words or numbers).
 * A paragraph then stays one line, as in the text the PDF was made from, so that the words
 * around a figure (its subject, year, target cue) are not cut off from it.
 */
function paragraphs(lines: readonly Line[]): string {
  const body = lines.filter((l) => l.text.trim() !== "");
  if (body.length === 0) return "";
  const left = Math.min(...body.map((l) => l.left));
  const right = Math.max(...body.map((l) => l.right));
  const wrapAt = left + 0.85 * (right - left);
  let out = "";
  body.forEach((line, i) => {
    const text = line.text.replace(/[ \t]+$/, "");
    out += text;
    const next = body[i + 1];
    const wrapped = next !== undefined && line.right >= wrapAt;
    if (!wrapped) out += "\n";
    else if (isWordChar(text.at(-1)) && isWordChar(next.text.trimStart()[0])) out += " ";
  });
  return out;
}

/** pdfjs-dist's own folder, for its character maps and standard fonts. */
function pdfjsDirectory(): string {
  return dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json"));
}

export async function pdfToText(bytes: Uint8Array): Promise<Converted> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const root = pdfjsDirectory();
  const task = pdfjs.getDocument({
    // pdf.js takes ownership of the buffer it is given: a copy.
    data: new Uint8Array(bytes),
    cMapUrl: `${pathToFileURL(join(root, "cmaps")).href}/`,
    cMapPacked: true,
    standardFontDataUrl: `${pathToFileURL(join(root, "standard_fonts")).href}/`,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  });
  const document = await task.promise;
  const pages: string[] = [];
  const empty: number[] = [];
  try {
    for (let n = 1; n <= document.numPages; n++) {
      const page = await document.getPage(n);
      const content = await page.getTextContent();
      const lines: Line[] = [];
      let items: TextItem[] = [];
      for (const item of content.items as Array<TextItem | { type: string }>) {
        if (!("str" in item)) continue;
        if (item.str !== "") items.push(item);
        if (item.hasEOL) {
          lines.push(lineOf(items));
          items = [];
        }
      }
      if (items.length > 0) lines.push(lineOf(items));
      const text = paragraphs(lines);
      if (text.trim() === "") empty.push(n);
      else pages.push(text.endsWith("\n") ? text : `${text}\n`);
      page.cleanup();
    }
  } finally {
    await document.destroy();
  }
  const warnings: ConversionWarning[] = [];
  if (empty.length === document.numPages) {
    warnings.push({ code: "NO_TEXT_LAYER", message: `no text layer (${document.numPages === 1 ? "its page is" : `all ${document.numPages} pages are`} images, a scan?): nothing to extract; run OCR first (e.g. ocrmypdf)` });
  } else if (empty.length > 0) {
    warnings.push({ code: "NO_TEXT_LAYER", message: `page${empty.length === 1 ? "" : "s"} ${empty.join(", ")} of ${document.numPages} ha${empty.length === 1 ? "s" : "ve"} no text layer; the rest is read` });
  }
  const { text, restored, joined } = repairSaraAm(pages.join(""));
  if (restored > 0) warnings.push({ code: "TEXT_REPAIRED", message: `the text layer had lost ำ (า in its place): restored in ${restored} place${restored === 1 ? "" : "s"} from the segmenter's dictionary, the text's length unchanged` });
  if (joined > 0) warnings.push({ code: "TEXT_REPAIRED", message: `the text layer wrote ำ as two glyphs (ำ า): joined in ${joined} place${joined === 1 ? "" : "s"}` });
  return { ok: true, text, warnings };
}
