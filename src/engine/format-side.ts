/**
 * Where a run turns facts into output text. The one rule: a format whose text for a piece
 * depends on that piece alone (formatsBatchesApart: CSV rows, JSON Lines) is formatted by the
 * worker that extracted the piece, which then sends text, cheaper to pass between threads than
 * facts, and leaves the main thread only writing; any other format (JSON's separators, the
 * review page's numbering and sections, the workbook's rows all depend on what came before) is
 * formatted on the main thread, in order. Either way a piece's facts become text on one side
 * only; the main thread's writer still frames the output (`begin`, `end`: CSV's header).
 */
import { formatsBatchesApart, type FactWriter, type Format, type TextPiece, type WriterOptions } from "../output/formats.js";
import type { ExtractResult, WorkerSetup } from "./workers/protocol.js";

/** How a run formats the facts of its pieces. */
export interface PieceFormatting {
  /** What the workers are told to format with, when they format. */
  workers?: NonNullable<WorkerSetup["output"]>;
  /** A piece's facts as output text: the worker's text, or this thread's writer's. */
  text(result: ExtractResult, piece: TextPiece): string;
}

/** The formatting of `format` (`writer`: the run's main-thread writer of that format). */
export function pieceFormatting(format: Format, options: WriterOptions, writer: FactWriter): PieceFormatting {
  if (!formatsBatchesApart(format)) return { text: (result, piece) => writer.write(result.facts, piece) };
  return {
    workers: { format, options },
    text: (result) => {
      // A worker given a format always answers with text: facts here would be a bug, not output.
      if (result.text === undefined) throw new Error(`a worker sent facts where ${format} text was expected`);
      return result.text;
    },
  };
}

