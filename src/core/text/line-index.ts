import { upperBound } from "./sorted.js";

/** Maps UTF-16 offsets to 1-based line numbers (a line ends at `\n`). */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) this.starts.push(i + 1);
  }

  /** 1-based line containing `offset`. */
  lineOf(offset: number): number {
    return Math.max(1, upperBound(this.starts, offset, (s) => s));
  }

  /** 1-based column of `offset` within its line. */
  columnOf(offset: number): number {
    return offset - (this.starts[this.lineOf(offset) - 1] ?? 0) + 1;
  }
}
