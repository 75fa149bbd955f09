/**
 * One request's work on a worker thread (worker.ts, and tests that run it in theirs):
 * extract the facts of a piece, move them to document offsets, name their document, and
 * format them when the run has workers format (engine/format-side.ts).
 */
import { extractFacts, type ExtractOptions, type RuleSet, type Segmenter, type Trace } from "../../core/runtime.js";
import type { FactWriter, OutputFact } from "../../output/formats.js";
import type { ExtractRequest, ExtractResult } from "./protocol.js";

/**
 * The facts and warnings of `request.text`, at offsets and lines of its whole document (the
 * piece's `offset` and `lines` added), each fact named `request.file`; with `writer`, the facts
 * come back as that writer's text instead (`facts` empty, `count` kept). `explain` adds the
 * core's trace, in the piece's own offsets.
 */
export function extractPiece(
  request: Omit<ExtractRequest, "id">, ruleSet: RuleSet, segmenter: Segmenter, writer?: FactWriter, explain = false,
): ExtractResult & { trace?: Trace } {
  const options: ExtractOptions = {
    explain,
    ...(request.documentDate !== undefined ? { documentDate: request.documentDate } : {}),
    // A cut document's first piece is given its title's year too: its own first line is the title.
    ...(request.titleYear !== undefined ? { titleYear: request.titleYear, startsDocument: request.offset === 0 } : {}),
    ...(request.datelineBefore !== undefined ? { datelineBefore: request.datelineBefore } : {}),
    ...(request.leadBefore !== undefined ? { leadBefore: request.leadBefore } : {}),
  };
  const { facts, warnings, trace } = extractFacts(request.text, ruleSet, segmenter, options);
  // The core's facts are this call's own: moved and named in place rather than copied.
  const { offset, lines, file } = request;
  const rows = facts as OutputFact[];
  for (const fact of rows) {
    fact.start += offset;
    fact.end += offset;
    fact.line += lines;
    fact.file = file;
  }
  for (const warning of warnings) {
    warning.start += offset;
    warning.line += lines;
  }
  const result: ExtractResult & { trace?: Trace } = { facts: rows, count: rows.length, warnings };
  if (writer) {
    result.text = writer.write(rows);
    result.facts = [];
  }
  if (trace) result.trace = trace;
  return result;
}
