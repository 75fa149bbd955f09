/**
 * Documents that are not plain text: HTML pages, Word documents (DOCX) and PDF, turned into the
 * text that is extracted from (and that `extract text FILE` prints: facts' offsets refer to it).
 * Other office files are recognized by name only, to be skipped with a message naming them.
 *
 * Each converter is loaded only when a document of its kind is met (htmlparser2 takes ~25 ms to
 * load, mammoth and pdf.js much more), so a run over text files pays for none of them.
 */
import { decodeBytes, type Encoding } from "../decode.js";

/** How a file is read. */
export type DocumentFormat = "text" | "html" | "docx" | "pdf";

/** `--input`: by the file's name (`auto`), or every input as text or HTML. */
export type InputKind = "auto" | "text" | "html";

/** Office and similar files that are not read, by extension, with what they are. */
const OTHER_DOCUMENTS: Readonly<Record<string, string>> = {
  ".doc": "a Word 97–2003 document", ".dot": "a Word template", ".rtf": "an RTF document",
  ".odt": "an OpenDocument text", ".xls": "an Excel 97–2003 workbook", ".xlsx": "an Excel workbook",
  ".xlsm": "an Excel workbook", ".ods": "an OpenDocument spreadsheet", ".ppt": "a PowerPoint 97–2003 presentation",
  ".pptx": "a PowerPoint presentation", ".odp": "an OpenDocument presentation", ".pages": "a Pages document",
  ".numbers": "a Numbers spreadsheet", ".key": "a Keynote presentation", ".epub": "an EPUB book",
};

/** A hint for each kind that is not read. */
const OTHER_HINTS: Readonly<Record<string, string>> = {
  ".doc": "save it as .docx", ".dot": "save it as .docx", ".rtf": "save it as .docx", ".odt": "save it as .docx",
  ".pages": "export it as .docx",
};

/** The format to read `name` in, by `--input` and the name's extension. */
export function documentFormat(extension: string, input: InputKind): DocumentFormat {
  if (input !== "auto") return input;
  if (extension === ".html" || extension === ".htm" || extension === ".xhtml") return "html";
  if (extension === ".docx") return "docx";
  if (extension === ".pdf") return "pdf";
  return "text";
}

/** What a file not read is, and what to do, for the message; undefined for a file that is read. */
export function otherDocument(extension: string): { what: string; hint?: string } | undefined {
  const what = OTHER_DOCUMENTS[extension];
  if (what === undefined) return undefined;
  const hint = OTHER_HINTS[extension];
  return hint === undefined ? { what } : { what, hint };
}

/** A converted document: its text, and what the user should know about it. */
export interface Converted {
  ok: true;
  text: string;
  warnings: ConversionWarning[];
}

export interface ConversionFailure {
  ok: false;
  /** UNREADABLE_DOCUMENT: the file is damaged or not of its kind. */
  code: "UNREADABLE_DOCUMENT";
  message: string;
}

/**
 * INVALID_BYTES (an HTML page's bytes); NO_TEXT_LAYER: a PDF (or pages of one) with no text,
 * a scan; TEXT_REPAIRED: ำ restored where a PDF's text layer had lost it; DOCUMENT_NOTE: what
 * mammoth reports about a DOCX.
 */
export interface ConversionWarning {
  code: "INVALID_BYTES" | "NO_TEXT_LAYER" | "TEXT_REPAIRED" | "DOCUMENT_NOTE";
  message: string;
  line?: number;
}

/** The text of a document of `format` from its bytes. */
export async function convertDocument(format: Exclude<DocumentFormat, "text">, bytes: Uint8Array, encoding: Encoding | undefined): Promise<Converted | ConversionFailure> {
  try {
    switch (format) {
      case "html": {
        const decoded = decodeBytes(bytes, encoding);
        if (!decoded.ok) return { ok: false, code: "UNREADABLE_DOCUMENT", message: `not an HTML page (${decoded.binary.reason})` };
        const warnings: ConversionWarning[] = decoded.invalid
          ? [{ code: "INVALID_BYTES", message: `not valid ${decoded.encoding} from byte ${decoded.invalid.offset}: ${decoded.invalid.count} bytes replaced with U+FFFD` }]
          : [];
        const { htmlToText } = await import("./html.js");
        return { ok: true, text: htmlToText(decoded.text), warnings };
      }
      case "docx": return await (await import("./docx.js")).docxToText(bytes);
      case "pdf": return await (await import("./pdf.js")).pdfToText(bytes);
    }
  } catch (error) {
    return { ok: false, code: "UNREADABLE_DOCUMENT", message: `cannot read it as ${format.toUpperCase()}: ${error instanceof Error ? error.message : String(error)}` };
  }
}
