/**
 * A piece of document text as review-page markup: the text escaped, each fact a `<mark>` around
 * exactly its span, each extraction warning a marker where it was found. The mark's text is the
 * fact's `text` (document.slice(start, end)), which the browser tests check span by span.
 */
import type { Kind } from "../../core/runtime.js";
import { escapeHtml } from "./escape.js";

/** What a mark needs of a fact: its kind and its span in the document. */
export interface Span {
  kind: Kind;
  start: number;
  end: number;
}

/** A warning's place in the document, and the id its marker gets (for the notes to link to). */
export interface WarningAt {
  start: number;
  id: string;
  code: string;
}

/**
 * The markup of `text` (which starts at `offset` in its document) with `facts` marked, fact k
 * as `<mark id="f{firstIndex + k}" data-kind tabindex="0">`. Facts come in document order and
 * never overlap (the core's overlap resolution); warnings are placed before the fact they fall
 * in, if any.
 */
export function markUp(text: string, offset: number, facts: readonly Span[], firstIndex: number, warnings: readonly WarningAt[] = []): string {
  const out: string[] = [];
  let at = 0;
  let w = 0;
  /** Places the warnings that start before `limit`, none of them past `latest`. */
  const warningsBefore = (limit: number, latest: number): void => {
    for (; w < warnings.length && warnings[w]!.start - offset < limit; w++) {
      const warning = warnings[w]!;
      const to = Math.max(at, Math.min(warning.start - offset, latest));
      out.push(escapeHtml(text.slice(at, to)));
      at = to;
      out.push(`<span class="wpos" id="${warning.id}" role="img" aria-label="warning ${escapeHtml(warning.code)}"></span>`);
    }
  };
  facts.forEach((fact, k) => {
    const start = fact.start - offset;
    const end = fact.end - offset;
    if (start < at || end > text.length) throw new RangeError(`fact ${firstIndex + k} (${fact.start}–${fact.end}) overlaps the one before it or leaves its piece`);
    warningsBefore(end, start);
    out.push(escapeHtml(text.slice(at, start)));
    out.push(`<mark id="f${firstIndex + k}" data-kind="${fact.kind}" tabindex="0">${escapeHtml(text.slice(start, end))}</mark>`);
    at = end;
  });
  warningsBefore(Number.POSITIVE_INFINITY, text.length);
  out.push(escapeHtml(text.slice(at)));
  return out.join("");
}
