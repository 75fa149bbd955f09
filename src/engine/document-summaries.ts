/**
 * The per-input counts a writer that lists its documents (xlsx's second sheet) is told, one
 * input at a time, in input order: the input being read is kept open until the next one starts
 * or it is declared done.
 */
import type { DocumentSummary, FactWriter } from "../output/formats.js";

export class DocumentSummaries {
  private current: DocumentSummary | undefined;

  constructor(private readonly writer: FactWriter) {}

  /**
   * The summary of `file`, the input being read (the one before, if another, is told to the
   * writer); undefined when the writer lists no documents.
   */
  of(file: string): DocumentSummary | undefined {
    if (!this.writer.document) return undefined;
    if (this.current?.file !== file) {
      if (this.current) this.writer.document(this.current);
      this.current = { file, facts: 0, warnings: 0, status: "read" };
    }
    return this.current;
  }

  /** Tells the writer about the input being read, which is over. */
  done(): void {
    if (this.current) this.writer.document?.(this.current);
    this.current = undefined;
  }
}
