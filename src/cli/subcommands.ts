/**
 * The subcommands beside the main run: `extract rules …`, `extract explain "<text>"` and
 * `extract text FILE…`. A first argument of `rules`, `explain` or `text` selects them (write
 * `./rules` for a directory of that name).
 */
import { WorkerPool } from "../engine/workers/pool.js";
import { loadRuleSet } from "./load-rules.js";
import type { MainIO } from "./main.js";
import { readInputs } from "../io/inputs.js";
import { EXIT, parseExplainCommandLine, parseRulesCommandLine, parseTextCommandLine, programIO } from "./program.js";
import { runRulesCommand } from "./rules-command.js";
import { createStderrStyle, type StderrStyle } from "./style.js";
import { streamSink } from "../io/sink.js";

export async function runSubcommand(argv: readonly string[], io: MainIO, style: StderrStyle): Promise<number> {
  // A reader that goes away (`extract rules list | head`) ends the output quietly.
  io.stdout.on("error", () => {});
  const out = (line: string): void => {
    io.stdout.write(`${line}\n`);
  };
  const err = (line: string): void => {
    io.stderr.write(`${line}\n`);
  };
  const streams = programIO(io);
  const [name, ...rest] = argv;
  if (name === "rules") {
    const parsed = parseRulesCommandLine(rest, streams);
    if (parsed.kind === "exit") return parsed.code;
    const outStyle = createStderrStyle(io.stdout, io.env ?? process.env);
    const options = { ...parsed.options, excerpts: parsed.options.excerpts || io.stdout.isTTY === true };
    return runRulesCommand(options, { out, err, style, outStyle });
  }
  if (name === "text") {
    const parsed = parseTextCommandLine(rest, streams);
    if (parsed.kind === "exit") return parsed.code;
    return printText(parsed.options, io, style);
  }
  const parsed = parseExplainCommandLine(rest, streams);
  if (parsed.kind === "exit") return parsed.code;
  const { options } = parsed;
  const ruleSet = await loadRuleSet(options, style, err);
  if (!ruleSet) return EXIT.failure;
  // On a worker thread, as a run's documents are: a rule that backtracks for ever is stopped by
  // the time budget, and this thread stays free to answer a signal.
  const pool = new WorkerPool({ size: 1, ruleSet, timeoutMs: options.timeout * 1000 });
  try {
    const outcome = await pool.run({ text: options.text, file: "<text>", offset: 0, lines: 0, explain: true });
    if (outcome.kind === "failed") {
      err(style.error("<text>", outcome.message, outcome.code));
      return EXIT.failure;
    }
    for (const line of outcome.explain ?? []) out(line);
    for (const w of outcome.warnings) err(style.warning("<text>", w.line, w.code, w.message));
    return EXIT.ok;
  } finally {
    await pool.close();
  }
}

/**
 * `extract text FILE…`: each document's text exactly as extraction reads it (decoded, an HTML
 * page's, DOCX's or PDF's text), so that `text.slice(start, end)` of its facts is their `text`.
 * Several documents are written one after the other, nothing between them.
 */
async function printText(options: import("./program.js").TextCommandOptions, io: MainIO, style: StderrStyle): Promise<number> {
  let failed = false;
  // The sink the run writes through: a reader that stops early (| head) closes it, no EPIPE crash.
  const sink = streamSink(io.stdout, false);
  const inputs = readInputs(options.paths, { stdin: io.stdin, input: options.input, ...(options.encoding !== undefined ? { encoding: options.encoding } : {}) });
  for await (const entry of inputs) {
    if (sink.closed) break;
    if (entry.kind === "document" || entry.kind === "part") await sink.write(entry.text);
    else if (entry.kind === "warning") io.stderr.write(`${style.warning(entry.file, entry.line, entry.code, entry.message)}\n`);
    else {
      failed = true;
      io.stderr.write(`${style.error(entry.file, entry.message, entry.code)}\n`);
    }
  }
  return failed ? EXIT.failure : EXIT.ok;
}
