/**
 * How messages on standard error look. The one place chalk is imported: colour is decided
 * once, here, and only when standard error is a terminal, NO_COLOR is unset
 * (https://no-color.org) and `--no-color` is not given, so that redirected or piped messages
 * stay plain text.
 */
import { Chalk, type ChalkInstance } from "chalk";

export interface StderrStyle {
  /** `PATH: error[ CODE]: MESSAGE`: an input, output or rule path that could not be used. */
  error(path: string, message: string, code?: string): string;
  /** `FILE[:LINE]: warning CODE: MESSAGE`: a problem that did not stop the run. */
  warning(file: string, line: number | undefined, code: string, message: string): string;
  /** `extract: error: MESSAGE`: a problem not tied to a path. */
  fatal(message: string): string;
  /** De-emphasized text (summary, explain output). */
  dim(text: string): string;
  /** A passing result (green). */
  pass(text: string): string;
  /** A failing result (red). */
  fail(text: string): string;
}

/**
 * Whether the command line says `--no-color`, looked for in the raw arguments (before `--`)
 * because messages, usage errors included, may need a style before the options are parsed.
 */
export function noColourArgument(argv: readonly string[]): boolean {
  const end = argv.indexOf("--");
  return (end < 0 ? argv : argv.slice(0, end)).includes("--no-color");
}

/** True when colour is wanted on a stream: a terminal, NO_COLOR absent or empty, and no `--no-color` in `argv`. */
export function wantsColour(stream: { isTTY?: boolean }, env: Readonly<Record<string, string | undefined>>, argv: readonly string[] = []): boolean {
  return stream.isTTY === true && (env["NO_COLOR"] ?? "") === "" && !noColourArgument(argv);
}

const CONTROLS = /[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g;
const CONTROLS_BUT_NEWLINE = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Control characters (C0, DEL, C1) and the bidirectional controls shown as escapes: a file name
 * or a text in a message must not reach the terminal as an escape sequence (`\x1B[2J`), nor
 * reorder what is shown around it. `keepNewlines` for a message's text (a stack trace).
 */
export function escapeControls(text: string, keepNewlines = false): string {
  return text.replace(keepNewlines ? CONTROLS_BUT_NEWLINE : CONTROLS, (ch) => {
    const code = ch.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).toUpperCase().padStart(2, "0")}` : `\\u${code.toString(16).toUpperCase()}`;
  });
}

/** A style for messages written to `stream`; `argv` is the command line, for `--no-color`. */
export function createStderrStyle(stream: { isTTY?: boolean }, env: Readonly<Record<string, string | undefined>>, argv: readonly string[] = []): StderrStyle {
  // Basic 16 colours are enough for a few labels and work in every terminal.
  const c: ChalkInstance = new Chalk({ level: wantsColour(stream, env, argv) ? 1 : 0 });
  return {
    error: (path, message, code) => `${c.bold(escapeControls(path))}: ${c.red(code === undefined ? "error" : `error ${code}`)}: ${escapeControls(message, true)}`,
    warning: (file, line, code, message) =>
      `${c.bold(escapeControls(line === undefined ? file : `${file}:${line}`))}: ${c.yellow(`warning ${code}`)}: ${escapeControls(message, true)}`,
    fatal: (message) => `extract: ${c.red("error")}: ${escapeControls(message, true)}`,
    dim: (text) => c.dim(text),
    pass: (text) => c.green(text),
    fail: (text) => c.red(text),
  };
}
