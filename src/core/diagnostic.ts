/** A problem in a rule file, with its position: `file:line:col: CODE: message`. */
export interface Diagnostic {
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units. */
  col: number;
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
