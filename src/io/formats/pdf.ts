/**
 * The text of a PDF's text layer, page after page: the one place pdf.js (pdfjs-dist, its
 * legacy build, which runs on Node 20) is imported; loaded only when a PDF is met.
 *
 * - Text items are joined as pdf.js gives them, a line end where it marks one, a line end after
 *   each page.
 * - A PDF without a text layer (a scan) gives one NO_TEXT_LAYER warning, naming the pages when
 *   only some are empty.
 * - A Thai text layer that lost the ำ of its words (`ประจาเดือน` for `ประจำเดือน`, a common
 *   fault of PDF writers that map the glyph of ำ to า) is repaired from the segmenter's
 *   dictionary without changing the text's length (thai-repair.ts), with a TEXT_REPAIRED
 *   warning saying how many.
 */
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import type { ConversionWarning, Converted } from "./index.js";
import { repairSaraAm } from "./thai-repair.js";

interface TextItem {
  str: string;
  hasEOL: boolean;
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
      let text = "";
      for (const item of content.items as Array<TextItem | { type: string }>) {
        if (!("str" in item)) continue;
        text += item.str;
        if (item.hasEOL) text += "\n";
      }
      text = text.replace(/[ \t]+\n/g, "\n");
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
  const { text, repairs } = repairSaraAm(pages.join(""));
  if (repairs > 0) warnings.push({ code: "TEXT_REPAIRED", message: `the text layer had lost ำ: restored in ${repairs} word${repairs === 1 ? "" : "s"} from the dictionary (same length, offsets unchanged)` });
  return { ok: true, text, warnings };
}
