/**
 * The command itself, loaded by main.ts once an extraction's first worker thread is starting:
 * parse the command line, load and check the rules, open the output, then have the engine run
 * the inputs through the core into the chosen format, printing its events. Thin on purpose:
 * every step lives in engine/, io/, output/ or core/; this file only wires them and decides the
 * exit status.
 */
import type { SpareWorker } from "../engine/workers/spare-worker.js";
import { walkFilter } from "../io/filters.js";
import { argumentBytes, shownPath } from "../io/file-names.js";
import { describeFsError, inputThatIsOutput, outputIdentity, readInputs, type FileIdentity, type WalkSettings } from "../io/inputs.js";
import { jsonlDocuments } from "../io/jsonl-input.js";
import { checkOutputPath, openFileSink, standardOutputWasClosed, streamSink, type Sink } from "../io/sink.js";
import { runExtraction, type Tally } from "../engine/run.js";
import { SUBCOMMANDS } from "./dispatch.js";
import { eventRenderer } from "./events.js";
import { loadRuleSet } from "./load-rules.js";
import type { MainIO } from "./main.js";
import { EXIT, parseCommandLine, programIO, type CliOptions } from "./program.js";
import { formatSummary, startProgress } from "./progress.js";
import { createStderrStyle, type StderrStyle } from "./style.js";

/** main() once the spare worker, if any, is starting: the exit status. */
export async function runCommand(argv: string[], io: MainIO, spare: SpareWorker | undefined): Promise<number> {
  const style = createStderrStyle(io.stderr, io.env ?? process.env, argv);
  const say = (line: string): void => {
    io.stderr.write(`${line}\n`);
  };
  try {
    if (SUBCOMMANDS.has(argv[0] ?? "")) return await (await import("./subcommands.js")).runSubcommand(argv, io, style);
    const parsed = parseCommandLine(argv, programIO(io));
    if (parsed.kind === "exit") return parsed.code;
    return await run(parsed.options, io, style, say, argumentBytes(argv), spare);
  } catch (error) {
    say(style.fatal(error instanceof Error ? (error.stack ?? error.message) : String(error)));
    return EXIT.internal;
  }
}

async function run(
  options: CliOptions, io: MainIO, style: StderrStyle, say: (line: string) => void, bytes: ReadonlyMap<string, Buffer>, spare: SpareWorker | undefined,
): Promise<number> {
  // A path that is not UTF-8 is read by its bytes (Node's argv lost some of them).
  const paths = options.paths.map((path) => bytes.get(path) ?? path);
  // `-o -` is standard output, as `-` is standard input.
  const outputFile = options.output === "-" ? undefined : options.output;
  // The existing -o file, never read as an input.
  let existingOutput: FileIdentity | undefined;
  if (outputFile === undefined) {
    // Facts written to a closed standard output would be lost without a word.
    if (io.stdout === process.stdout && standardOutputWasClosed()) {
      say(style.error("<stdout>", "standard output is closed: the facts would be lost; give -o FILE or redirect it", "OUTPUT_CLOSED"));
      return EXIT.failure;
    }
  } else {
    // An -o path that cannot work (missing directory) is reported before any work is done.
    const problem = await checkOutputPath(outputFile);
    if (problem) {
      say(style.error(outputFile, problem.message, problem.code));
      return EXIT.failure;
    }
    // -o naming an input would replace what is being read: refused before anything is read.
    existingOutput = outputIdentity(outputFile);
    const clash = inputThatIsOutput(paths, existingOutput);
    if (clash !== undefined) {
      say(style.error(outputFile, `is also an input (${shownPath(clash)}): writing it would replace what is being read; write the output elsewhere`, "OUTPUT_IS_INPUT"));
      return EXIT.failure;
    }
  }
  // Rules are checked before any input is read or the output file is created: a typo in a
  // rule file should cost nothing and leave no half-written output behind.
  const rules = await loadRuleSet(options, style, say);
  if (!rules) return EXIT.failure;

  if (options.format === "xlsx" && outputFile === undefined && io.stdout.isTTY === true) {
    say("error: -f xlsx writes a binary workbook: give -o FILE.xlsx or redirect standard output\n(run extract --help for usage)");
    return EXIT.failure;
  }
  let sink: Sink;
  try {
    sink = outputFile !== undefined ? await openFileSink(outputFile) : streamSink(io.stdout, false);
  } catch (error) {
    say(style.error(outputFile ?? "<stdout>", `cannot write output: ${describeFsError(error)}`, "OUTPUT_NOT_WRITABLE"));
    return EXIT.failure;
  }

  // With --input jsonl, files are read as text and each line is a document.
  const records = options.input === "jsonl";
  // What the directory walks take, the same for reading the inputs and for measuring them.
  const walk: WalkSettings = {
    ...(existingOutput !== undefined ? { exclude: existingOutput } : {}),
    followLinks: options.followLinks,
    filter: walkFilter({ include: options.include, exclude: options.exclude, readExtensions: records ? [".jsonl", ".json"] : [] }),
  };
  const progress = startProgress({ stream: io.stderr, enabled: io.stderr.isTTY === true && !options.quiet, paths, walk, records });
  let tally: Tally;
  try {
    const inputs = readInputs(paths, {
      stdin: io.stdin,
      ...(options.encoding !== undefined ? { encoding: options.encoding } : {}),
      input: options.input === "jsonl" ? "text" : options.input,
      ...walk,
    });
    const jsonl = { textField: options.textField, ...(options.idField !== undefined ? { idField: options.idField } : {}) };
    tally = await runExtraction(
      {
        jobs: options.jobs, timeoutMs: options.timeout * 1000, explain: options.explain,
        format: options.format, writerOptions: { bom: options.bom, excel: options.excel, header: options.header, title: options.paths.join(" ") },
      },
      {
        entries: records ? jsonlDocuments(inputs, jsonl) : inputs,
        ruleSet: rules, sink, ...(spare ? { spare } : {}),
        report: eventRenderer(style, { quiet: options.quiet, say: (line) => progress.say(line), advance: (files, n) => progress.advance(files, n) }),
      },
    );
    await sink.close();
  } catch (error) {
    progress.stop();
    await sink.abort(); // an -o file is left as it was, never truncated
    say(style.error(outputFile ?? "<stdout>", `cannot write output: ${describeFsError(error)}`, "OUTPUT_FAILED"));
    return EXIT.failure;
  }
  progress.stop();

  if (io.stderr.isTTY === true && !options.quiet && !sink.closed) say(style.dim(formatSummary(tally, progress.elapsed())));
  return tally.errors > 0 ? EXIT.failure : EXIT.ok;
}
