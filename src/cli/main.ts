/**
 * The command's entry point: parse the command line, load and check the rules, then stream
 * documents through the core into the chosen format. Thin on purpose: every step lives in
 * io/, output/ or core/; this file only wires them and decides the exit status.
 *
 * main() never calls process.exit(): it returns the status for the caller to set as
 * process.exitCode, so that output already written to a pipe is not cut off.
 */
import type { Readable, Writable } from "node:stream";
import { resolve } from "node:path";
import { wordcutSegmenter } from "../adapters/wordcut.js";
import { compileRules, extractFacts, formatDiagnostic, type RuleSet, type Segmenter, type Trace } from "../core/index.js";
import { formatTrace } from "./explain.js";
import { describeFsError, readInputs } from "../io/inputs.js";
import { loadRuleSources } from "../io/rules-loader.js";
import { openFileSink, streamSink, type Sink } from "../io/sink.js";
import { createFactWriter, type OutputFact } from "../output/formats.js";
import { EXIT, parseCommandLine, type CliOptions } from "./program.js";
import { createStderrStyle, type StderrStyle } from "./style.js";
import { SUBCOMMANDS, runSubcommand } from "./subcommands.js";

/** The process's streams (or test doubles). */
export interface MainIO {
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable & { isTTY?: boolean };
  stdin: Readable & { isTTY?: boolean };
  /** Environment for NO_COLOR; defaults to process.env. */
  env?: Readonly<Record<string, string | undefined>>;
}

/** Counts for the closing summary. */
interface Tally {
  documents: number;
  facts: number;
  warnings: number;
  errors: number;
}

/**
 * Runs the `extract` command with `argv` (arguments after the program name) and returns the
 * exit status: 0 success (also when nothing is found), 2 usage error, invalid rules or an
 * unreadable input/output, 1 an unexpected internal error.
 */
export async function main(argv: string[], io: MainIO): Promise<number> {
  // Messages must never crash the run: a closed stderr is ignored like a closed stdout.
  io.stderr.on("error", () => {});
  const style = createStderrStyle(io.stderr, io.env ?? process.env);
  const say = (line: string): void => {
    io.stderr.write(`${line}\n`);
  };
  try {
    if (SUBCOMMANDS.has(argv[0] ?? "")) return await runSubcommand(argv, io, style);
    const parsed = parseCommandLine(argv, {
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      stdinIsTTY: io.stdin.isTTY === true,
    });
    if (parsed.kind === "exit") return parsed.code;
    return await run(parsed.options, io, style, say);
  } catch (error) {
    say(style.fatal(error instanceof Error ? (error.stack ?? error.message) : String(error)));
    return EXIT.internal;
  }
}

/** Loads and compiles the rules; reports every problem and returns undefined if there is any. */
async function prepareRules(options: CliOptions, style: StderrStyle, say: (line: string) => void): Promise<RuleSet | undefined> {
  const { sources, errors } = await loadRuleSources({ builtIn: options.defaultRules, userPaths: options.rules });
  for (const e of errors) say(style.error(e.path, e.message));
  if (errors.length > 0) return undefined;
  const { ruleSet, diagnostics } = compileRules(sources);
  for (const d of diagnostics) say(formatDiagnostic(d));
  return diagnostics.length > 0 ? undefined : ruleSet;
}

async function run(options: CliOptions, io: MainIO, style: StderrStyle, say: (line: string) => void): Promise<number> {
  // Rules are checked before any input is read or the output file is created: a typo in a
  // rule file should cost nothing and leave no half-written output behind.
  const ruleSet = await prepareRules(options, style, say);
  if (!ruleSet) return EXIT.failure;
  const segmenter: Segmenter = wordcutSegmenter(ruleSet.words);

  // `-o -` is standard output, as `-` is standard input.
  const outputFile = options.output === "-" ? undefined : options.output;
  let sink: Sink;
  try {
    sink = outputFile !== undefined ? await openFileSink(outputFile) : streamSink(io.stdout, false);
  } catch (error) {
    say(style.error(outputFile ?? "<stdout>", `cannot write output: ${describeFsError(error)}`));
    return EXIT.failure;
  }

  const writer = createFactWriter(options.format);
  const tally: Tally = { documents: 0, facts: 0, warnings: 0, errors: 0 };
  const warn = (file: string, line: number | undefined, code: string, message: string): void => {
    tally.warnings++;
    if (!options.quiet) say(style.warning(file, line, code, message));
  };

  try {
    await sink.write(writer.begin());
    const inputs = readInputs(options.paths, {
      stdin: io.stdin,
      ...(outputFile !== undefined ? { exclude: [resolve(outputFile)] } : {}),
    });
    for await (const entry of inputs) {
      if (sink.closed) break; // the reader went away (e.g. `| head`): nothing left to do
      if (entry.kind === "error") {
        tally.errors++;
        say(style.error(entry.file, entry.message));
        continue;
      }
      if (entry.kind === "warning") {
        warn(entry.file, undefined, entry.code, entry.message);
        continue;
      }
      const { facts, warnings, trace } = extractFacts(entry.text, ruleSet, segmenter, { explain: options.explain });
      tally.documents++;
      tally.facts += facts.length;
      for (const w of warnings) warn(entry.file, w.line, w.code, w.message);
      const rows: OutputFact[] = facts.map((fact) => ({ ...fact, file: entry.file }));
      if (trace) explain(entry.file, entry.text, trace, style, say);
      await sink.write(writer.write(rows));
    }
    await sink.write(writer.end());
    await sink.close();
  } catch (error) {
    say(style.error(outputFile ?? "<stdout>", `cannot write output: ${describeFsError(error)}`));
    return EXIT.failure;
  }

  if (io.stderr.isTTY === true && !options.quiet && !sink.closed) say(style.dim(summary(tally)));
  return tally.errors > 0 ? EXIT.failure : EXIT.ok;
}

/** `--explain`: how each document was read, on stderr (see explain.ts). */
function explain(file: string, text: string, trace: Trace, style: StderrStyle, say: (line: string) => void): void {
  say(style.dim(`explain ${file}:`));
  for (const line of formatTrace(text, trace)) say(`  ${line}`);
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function summary(t: Tally): string {
  return `extract: ${plural(t.facts, "fact")} from ${plural(t.documents, "document")}`
    + `, ${plural(t.warnings, "warning")}, ${plural(t.errors, "unreadable input")}`;
}
