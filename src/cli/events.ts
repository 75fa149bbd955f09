/**
 * How the command line shows a run's events (engine/events.ts) on standard error: errors
 * always, warnings unless `--quiet`, explain traces as an indented block under a dim heading,
 * progress on the progress line.
 */
import type { RunEvent } from "../engine/run.js";
import { escapeControls, type StderrStyle } from "./style.js";

export interface EventOutput {
  /** Only errors on stderr. */
  quiet: boolean;
  /** Writes one message line to stderr (above the progress line, if any). */
  say(line: string): void;
  /** Told about every finished input and the bytes read, for the progress line. */
  advance(files: number, bytes: number): void;
}

/** A listener for a run's events that prints them with `style`. */
export function eventRenderer(style: StderrStyle, out: EventOutput): (event: RunEvent) => void {
  return (event) => {
    switch (event.kind) {
      case "error":
        out.say(style.error(event.line === undefined ? event.file : `${event.file}:${event.line}`, event.message, event.code));
        return;
      case "warning":
        if (!out.quiet) out.say(style.warning(event.file, event.line, event.code, event.message));
        return;
      case "explain":
        out.say(style.dim(`explain ${escapeControls(event.file)}${event.line === undefined ? "" : ` from line ${event.line}`}:`));
        for (const line of event.lines) out.say(`  ${line}`);
        return;
      case "progress":
        out.advance(event.files, event.bytes);
    }
  };
}
