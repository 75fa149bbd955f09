/** A problem in a rule file, with its position: `file:line:col: CODE: message`. */
export interface Diagnostic {
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units. */
  col: number;
  /** Where the value at fault ends (exclusive), when known: the excerpt underlines up to it. */
  endLine?: number;
  endCol?: number;
  code: DiagnosticCode;
  message: string;
}

export type DiagnosticCode =
  | "YAML_SYNTAX"
  | "RULE_INVALID"
  | "REGEX_INVALID"
  | "LEXICON_UNDEFINED"
  | "CAPTURE_UNDEFINED"
  | "DUPLICATE_ID"
  | "EXAMPLE_FAILED"
  | "REGEX_UNSAFE";

export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.col}: ${d.code}: ${d.message}`;
}

/**
 * The lines of `source` a diagnostic points at, with the span underlined, as yaml's
 * prettifyError and compilers show them:
 *
 *     14 |     pattern: "{number:value} ?{no_such_lexicon:unit}"
 *        |                              ^~~~~~~~~~~~~~~~~~~
 *
 * A span that runs past its first line is underlined to that line's end. Empty when the line is
 * not in `source`.
 */
export function formatExcerpt(d: Diagnostic, source: string): string[] {
  const lines = source.split(/\r?\n/);
  const text = lines[d.line - 1];
  if (text === undefined) return [];
  const number = String(d.line);
  const gutter = " ".repeat(number.length);
  const start = Math.min(Math.max(d.col - 1, 0), text.length);
  const end = d.endLine === undefined || d.endCol === undefined ? start + 1
    : d.endLine > d.line ? text.length
      : Math.max(start + 1, Math.min(d.endCol - 1, text.length));
  // Tabs kept so that the caret lines up under them.
  const pad = text.slice(0, start).replace(/[^\t]/g, " ");
  return [`${number} | ${text}`, `${gutter} | ${pad}^${"~".repeat(Math.max(0, end - start - 1))}`];
}
