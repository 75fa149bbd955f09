/**
 * The subcommands beside the main run: `extract rules …` and `extract explain "<text>"`.
 * A first argument of `rules` or `explain` selects them (write `./rules` for a directory of
 * that name).
 */
import { wordcutSegmenter } from "../adapters/wordcut.js";
import { extractFacts } from "../core/runtime.js";
import { formatTrace } from "./explain.js";
import { loadRuleSet } from "./load-rules.js";
import type { MainIO } from "./main.js";
import { EXIT, parseExplainCommandLine, parseRulesCommandLine, type ProgramIO } from "./program.js";
import { runRulesCommand } from "./rules-command.js";
import { createStderrStyle, type StderrStyle } from "./style.js";

export async function runSubcommand(argv: readonly string[], io: MainIO, style: StderrStyle): Promise<number> {
  // A reader that goes away (`extract rules list | head`) ends the output quietly.
  io.stdout.on("error", () => {});
  const out = (line: string): void => {
    io.stdout.write(`${line}\n`);
  };
  const err = (line: string): void => {
    io.stderr.write(`${line}\n`);
  };
  const programIO: ProgramIO = {
    writeOut: (text) => io.stdout.write(text),
    writeErr: (text) => io.stderr.write(text),
    stdinIsTTY: io.stdin.isTTY === true,
  };
  const [name, ...rest] = argv;
  if (name === "rules") {
    const parsed = parseRulesCommandLine(rest, programIO);
    if (parsed.kind === "exit") return parsed.code;
    const outStyle = createStderrStyle(io.stdout, io.env ?? process.env);
    return runRulesCommand(parsed.options, { out, err, style, outStyle });
  }
  const parsed = parseExplainCommandLine(rest, programIO);
  if (parsed.kind === "exit") return parsed.code;
  const { options } = parsed;
  const ruleSet = await loadRuleSet(options, style, err);
  if (!ruleSet) return EXIT.failure;
  const { trace, warnings } = extractFacts(options.text, ruleSet, wordcutSegmenter(ruleSet.words), { explain: true });
  if (trace) for (const line of formatTrace(options.text, trace)) out(line);
  for (const w of warnings) err(style.warning("<text>", w.line, w.code, w.message));
  return EXIT.ok;
}
