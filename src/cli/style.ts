/**
 * How messages on standard error look. The one place chalk is imported: colour is decided
 * once, here, and only when standard error is a terminal and NO_COLOR is unset
 * (https://no-color.org), so that redirected or piped messages stay plain text.
 */
import { Chalk, type ChalkInstance } from "chalk";

export interface StderrStyle {
  /** `PATH: error: MESSAGE`: an input or rule path that could not be used. */
  error(path: string, message: string): string;
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

/** True when colour is wanted on a stream: a terminal, and NO_COLOR absent or empty. */
export function wantsColour(stream: { isTTY?: boolean }, env: Readonly<Record<string, string | undefined>>): boolean {
  return stream.isTTY === true && (env["NO_COLOR"] ?? "") === "";
}

/** A style for messages written to `stream`. */
export function createStderrStyle(stream: { isTTY?: boolean }, env: Readonly<Record<string, string | undefined>>): StderrStyle {
  // Basic 16 colours are enough for a few labels and work in every terminal.
  const c: ChalkInstance = new Chalk({ level: wantsColour(stream, env) ? 1 : 0 });
  return {
    error: (path, message) => `${c.bold(path)}: ${c.red("error")}: ${message}`,
    warning: (file, line, code, message) =>
      `${c.bold(line === undefined ? file : `${file}:${line}`)}: ${c.yellow(`warning ${code}`)}: ${message}`,
    fatal: (message) => `extract: ${c.red("error")}: ${message}`,
    dim: (text) => c.dim(text),
    pass: (text) => c.green(text),
    fail: (text) => c.red(text),
  };
}
