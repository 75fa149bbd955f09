/**
 * `html`: the review page. One self-contained file, written as documents finish: a section per
 * document, opened at its first piece and closed after its last, holding its messages and its
 * text with every fact marked. Only the open section's name and a few counters are kept, so
 * memory does not grow with the run.
 *
 * Large runs stay usable in the browser: each piece (≤ 64 K characters) is a chunk with CSS
 * `content-visibility: auto` and an estimated height, so the browser lays out and paints only
 * the chunks near the viewport, and the facts table draws only its visible rows (review.js).
 */
import type { FactWriter, OutputFact, OutputNote, TextPiece } from "../record.js";
import { escapeHtml, scriptJson } from "./escape.js";
import { markUp, type WarningAt } from "./marks.js";
import { pageEnd, pageStart } from "./page.js";

export interface HtmlOptions {
  /** What the page is a review of (the run's inputs), for its title. */
  title?: string;
}

/**
 * Characters (UTF-16 code units of Thai) on one line of the text column, and that line's
 * height in em: for the height a chunk is given before it has been rendered.
 */
const CHARS_PER_LINE = 110;
const LINE_EM = 1.85;

/** A chunk's estimated height in em: its lines, long ones wrapped. */
export function estimateHeightEm(text: string): number {
  let rows = 0;
  let start = 0;
  for (;;) {
    const end = text.indexOf("\n", start);
    const length = (end < 0 ? text.length : end) - start;
    rows += Math.max(1, Math.ceil(length / CHARS_PER_LINE));
    if (end < 0) break;
    start = end + 1;
  }
  return Math.ceil(rows * LINE_EM);
}

export function createHtmlWriter(options: HtmlOptions = {}): FactWriter {
  /** Facts written so far: the next fact's index (its mark is f{index}). */
  let factCount = 0;
  let sectionCount = 0;
  let warningCount = 0;
  /** The file whose section is open. */
  let open: string | undefined;
  /** Messages for files whose section is not open yet, in order: their document may follow. */
  let pending: OutputNote[] = [];

  const noteHtml = (note: OutputNote, link?: string): string => {
    const line = note.line === undefined ? "" : link ? ` <a href="#${link}">line ${note.line}</a>` : ` line ${note.line}`;
    return `<li class="note ${note.level}"><span class="level">${note.level}</span><code>${escapeHtml(note.code)}</code>${line}: ${escapeHtml(note.message)}</li>`;
  };
  const notesHtml = (notes: readonly string[]): string => (notes.length === 0 ? "" : `<ul class="notes">${notes.join("")}</ul>\n`);

  const sectionStart = (file: string, unread: boolean): string => {
    const id = `d${sectionCount++}`;
    return `<section class="doc${unread ? " unread" : ""}" id="${id}" data-file="${escapeHtml(file)}" aria-labelledby="${id}h">\n`
      + `<h2 id="${id}h"><span class="file">${escapeHtml(file)}</span>${unread ? "" : `<span class="doc-count"></span>`}</h2>\n`;
  };
  /** Sections for pending messages whose file never had a document (not found, binary, …). */
  const flushPending = (except?: string): { taken: OutputNote[]; out: string } => {
    let out = "";
    const taken: OutputNote[] = [];
    let i = 0;
    while (i < pending.length) {
      const file = pending[i]!.file;
      let j = i;
      while (j < pending.length && pending[j]!.file === file) j++;
      const group = pending.slice(i, j);
      if (file === except) taken.push(...group);
      else out += `${sectionStart(file, true)}${notesHtml(group.map((n) => noteHtml(n)))}</section>\n`;
      i = j;
    }
    pending = [];
    return { taken, out };
  };
  const openSection = (file: string): string => {
    const { taken, out } = flushPending(file);
    open = file;
    return out + sectionStart(file, false) + notesHtml(taken.map((n) => noteHtml(n)));
  };
  const closeSection = (): string => {
    if (open === undefined) return "";
    open = undefined;
    return "</section>\n";
  };
  /** Opens the piece's section (closing one left open by a document cut short). */
  const enter = (piece: TextPiece): string => {
    let out = "";
    if (open !== undefined && (open !== piece.file || piece.offset === 0)) out += closeSection();
    if (open === undefined) out += openSection(piece.file);
    return out;
  };
  const chunkStart = (piece: TextPiece, extra: string): string => {
    const empty = piece.text === "" ? " empty" : "";
    return `<div class="chunk text${extra}${empty}" data-first="${factCount}" data-line="${piece.lines + 1}" style="contain-intrinsic-block-size:auto ${estimateHeightEm(piece.text)}em">`;
  };

  return {
    begin: () => pageStart(options.title ?? "extract"),

    write(facts: readonly OutputFact[], piece?: TextPiece): string {
      if (!piece) throw new Error("the html format shows each fact in its text: write() needs the piece");
      let out = enter(piece);
      const warnings = [...piece.warnings].sort((a, b) => a.start - b.start);
      const placed: WarningAt[] = warnings.map((w) => ({ start: w.start, code: w.code, id: `w${warningCount++}` }));
      out += notesHtml(warnings.map((w, k) => noteHtml({ level: "warning", file: piece.file, line: w.line, code: w.code, message: w.message }, placed[k]!.id)));
      if (facts.length > 0) out += `<script type="application/json" class="facts">${scriptJson(facts.map(withoutFile))}</script>\n`;
      out += `${chunkStart(piece, "")}${markUp(piece.text, piece.offset, facts, factCount, placed)}</div>\n`;
      factCount += facts.length;
      if (piece.last) out += closeSection();
      return out;
    },

    note(note: OutputNote): string {
      const { piece } = note;
      if (piece) {
        // Its text is still shown, unmarked, where it belongs.
        let out = enter(piece);
        out += notesHtml([noteHtml(note)]);
        out += `${chunkStart(piece, " failed")}${markUp(piece.text, piece.offset, [], factCount)}</div>\n`;
        if (piece.last) out += closeSection();
        return out;
      }
      if (open === note.file) return notesHtml([noteHtml(note)]);
      pending.push(note);
      return "";
    },

    end(): string {
      return closeSection() + flushPending().out + pageEnd();
    },
  };
}

/** A fact as the page's data: the section names its file. */
function withoutFile(fact: OutputFact): Omit<OutputFact, "file"> {
  const { file: _, ...rest } = fact;
  return rest;
}
