/**
 * The text of a Word document (DOCX): mammoth's raw text, one paragraph a line. The one place
 * mammoth is imported; loaded only when a DOCX is met.
 */
import mammoth from "mammoth";
import type { ConversionWarning, Converted } from "./index.js";

export async function docxToText(bytes: Uint8Array): Promise<Converted> {
  const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
  // mammoth ends every paragraph with a blank line; one line end is enough (and lines match a
  // text file's). Empty paragraphs go with it.
  const text = result.value.replace(/\r\n?/g, "\n").replace(/\n{2,}/g, "\n").replace(/^\n/, "");
  const warnings: ConversionWarning[] = result.messages
    .filter((m) => m.type === "error" || m.type === "warning")
    .map((m) => ({ code: "DOCUMENT_NOTE" as const, message: m.message }));
  return { ok: true, text: text === "" || text.endsWith("\n") ? text : `${text}\n`, warnings };
}
