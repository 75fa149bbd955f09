/**
 * The command line: options, help and usage errors. The one place commander is imported; it
 * is told never to exit the process, only to report, so that main() decides the exit status.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import type { Writable } from "node:stream";
import { ENCODING_LABELS, parseEncodingLabel, type Encoding } from "../io/decode.js";
import { isClosedPipe } from "../io/sink.js";
import type { InputKind } from "../io/formats/index.js";
import { FORMATS, type Format } from "../output/formats.js";
import { EXAMPLES, EXPLAIN_HELP, RULES_HELP } from "./help-text.js";

/** What the user asked for, after validation. */
export interface CliOptions {
  /** Files, directories or `-`; never empty (stdin is implied when nothing is given). */
  paths: string[];
  format: Format;
  /** Output file; absent for standard output. */
  output?: string;
  /** User rule files or directories, in the order given. */
  rules: string[];
  /** False with `--no-default-rules`. */
  defaultRules: boolean;
  explain: boolean;
  quiet: boolean;
  /** `--encoding`: read every input in this encoding instead of detecting it. */
  encoding?: Encoding;
  /** `--excel`: CSV for Excel (byte-order mark, CRLF, formula-looking cells neutralized). */
  excel: boolean;
  /** `--bom`: start the CSV with a UTF-8 byte-order mark. */
  bom: boolean;
  /** False with `--no-header`: CSV rows only (no header row, no byte-order mark). */
  header: boolean;
  /** False with `--no-color`. */
  color: boolean;
  /** `-j`: worker threads extracting in parallel (≥ 1). */
  jobs: number;
  /** `--timeout`: seconds one document (or piece of one) may take; 0 for no limit. */
  timeout: number;
  /** False with `--no-follow-links`: a directory walk skips symbolic links. */
  followLinks: boolean;
  /** `--input`: by file name (auto), plain text, HTML, or JSON Lines with one document per line. */
  input: InputFormat;
  /** `--include` / `--exclude`: globs for the files a directory walk reads. */
  include: string[];
  exclude: string[];
  /** `--text-field`: the JSON Lines field holding the text. */
  textField: string;
  /** `--id-field`: the JSON Lines field naming the document in the output. */
  idField?: string;
}

/**
 * `auto`: each file is a document, read by its name (`.html`/`.htm` as HTML, `.docx`, `.pdf`,
 * anything else as text); `text`, `html`: every input so; `jsonl`: each line of a file is a
 * JSON record holding one.
 */
export type InputFormat = InputKind | "jsonl";

export type ParseOutcome =
  | { kind: "run"; options: CliOptions }
  /** Help was shown (code 0) or the command line was wrong (code 2, message already written). */
  | { kind: "exit"; code: number };

export interface ProgramIO {
  writeOut(text: string): void;
  writeErr(text: string): void;
  /** Whether standard input is a terminal: with no paths, a terminal means "show help". */
  stdinIsTTY: boolean;
}

/** Output streams already given the closed-pipe listener below (once each). */
const GUARDED = new WeakSet<Writable>();

/** The ProgramIO of a run's streams (the process's, or a test's). */
export function programIO(io: { stdout: Writable; stderr: Writable; stdin: { isTTY?: boolean } }): ProgramIO {
  // Help read by a reader that stops early (extract --help | head) closes standard output: that
  // is no error worth a stack trace, and without a listener Node would crash on it.
  if (!GUARDED.has(io.stdout)) {
    GUARDED.add(io.stdout);
    io.stdout.on("error", (error: Error) => {
      if (!isClosedPipe(error)) io.stderr.write(`extract: cannot write to standard output: ${error.message}\n`);
    });
  }
  return {
    writeOut: (text) => io.stdout.write(text),
    writeErr: (text) => io.stderr.write(text),
    stdinIsTTY: io.stdin.isTTY === true,
  };
}

/**
 * Exit statuses, the one table of them (README "Exit status", --help), checked by the tests.
 * `extract` and `extract explain|text`: ok, internal, failure. `extract rules validate|test`:
 * clean (ok), problems found (problems), could not run (failure). Signals: 128 + n.
 */
export const EXIT = { ok: 0, internal: 1, problems: 1, failure: 2, interrupted: 130, terminated: 143 } as const;

/** `--encoding LABEL`: a known label, or a usage error listing the known ones. */
function encodingArgument(label: string): Encoding {
  const encoding = parseEncodingLabel(label);
  if (encoding === undefined) throw new InvalidArgumentError(`unknown encoding; expected one of ${Object.keys(ENCODING_LABELS).join(", ")}.`);
  return encoding;
}

/** `-j N`: a whole number of worker threads, at least 1. */
function jobsArgument(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < 1) throw new InvalidArgumentError("expected a whole number of worker threads, at least 1.");
  return n;
}

/**
 * The longest `--timeout`, in seconds: Node's timers hold a signed 32-bit count of milliseconds,
 * and a longer delay overflows to 1 ms (every document would time out at once).
 */
const MAX_TIMEOUT_SECONDS = Math.floor((2 ** 31 - 1) / 1000);

/** `--timeout SECONDS`: a number of seconds, 0 for no limit, at most MAX_TIMEOUT_SECONDS. */
function secondsArgument(value: string): number {
  const n = Number(value);
  if (value.trim() === "" || !Number.isFinite(n) || n < 0 || n > MAX_TIMEOUT_SECONDS) {
    throw new InvalidArgumentError(`expected a number of seconds from 0 (no limit) to ${MAX_TIMEOUT_SECONDS} (about 24 days).`);
  }
  return n;
}

/** Repeated `-r` values accumulate (no default, so that help does not print "default: []"). */
function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/** The package's version (this file is dist/cli/program.js once built). */
function packageVersion(): string {
  try {
    return (JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version?: string }).version ?? "unknown";
  } catch {
    return "unknown";
  }
}

function buildProgram(io: ProgramIO): Command {
  return new Command()
    .name("extract")
    .description("Extract figures (areas, money, counts, percents, durations, quantities, dates) from Thai text.")
    .version(packageVersion(), "-V, --version", "show the version")
    .argument("[paths...]", "text files or directories to read; - for standard input (the default when piped)")
    .addOption(new Option("-f, --format <format>", "output format").choices(FORMATS).default("csv"))
    .option("-o, --output <file>", "write facts to <file> instead of standard output (- for standard output)")
    .option("-r, --rules <path>", "add a rule file or a directory of .yaml/.yml rule files (repeatable)", collect)
    .option("--no-default-rules", "do not load the built-in rules (use with --rules)")
    .option("--explain", "show on stderr how each document was read: matches, captures, segmentation, why candidates lost")
    .option("-q, --quiet", "print only errors on stderr (no warnings, no summary)")
    .option("--encoding <label>", "read inputs in this encoding instead of detecting it: utf-8, utf-16le, utf-16be, windows-874 (tis-620)", encodingArgument)
    .option("--excel", "CSV for Excel: UTF-8 byte-order mark, CRLF line ends, formula-looking text cells neutralized")
    .option("--bom", "start the CSV with a UTF-8 byte-order mark")
    .option("--no-header", "CSV rows only, without the header row (or byte-order mark): for outputs appended to one that has it")
    .option("--no-color", "no colour on stderr (also when NO_COLOR is set; colour is only ever used on a terminal)")
    .option("-j, --jobs <n>", `worker threads extracting in parallel (default: the number of cores, ${availableParallelism()} here)`, jobsArgument)
    .option("--timeout <seconds>", "time one document may take before its worker is stopped and the document reported (0: no limit)", secondsArgument, 30)
    .option("--no-follow-links", "in a directory, skip symbolic links instead of reading what they name")
    .addOption(new Option("--input <format>", "input format: by file name (.html/.htm, .docx, .pdf, else text), all text, all HTML, or JSON Lines with one document per line").choices(["auto", "text", "html", "jsonl"]).default("auto"))
    .option("--include <glob>", "in directories, read only files matching the glob (repeatable; *.txt matches names, a/**/b.txt paths)", collect)
    .option("--exclude <glob>", "in directories, skip files and directories matching the glob (repeatable)", collect)
    .option("--text-field <name>", "with --input jsonl: the field holding the text", "text")
    .option("--id-field <name>", "with --input jsonl: the field naming the document (the file column); default FILE:LINE")
    .helpOption("-h, --help", "show this help")
    .addHelpText("after", EXAMPLES)
    .showHelpAfterError("(run extract --help for usage)")
    .configureOutput({ writeOut: io.writeOut, writeErr: io.writeErr })
    .exitOverride();
}

interface RawOptions {
  format: Format;
  output?: string;
  rules?: string[];
  defaultRules: boolean;
  explain?: boolean;
  quiet?: boolean;
  encoding?: Encoding;
  excel?: boolean;
  bom?: boolean;
  header: boolean;
  color: boolean;
  jobs?: number;
  timeout: number;
  followLinks: boolean;
  input: InputFormat;
  include?: string[];
  exclude?: string[];
  textField: string;
  idField?: string;
}

/**
 * Parses `argv` (the arguments after the program name). Help and usage errors are written
 * through `io`; the caller only acts on the outcome.
 */
export function parseCommandLine(argv: readonly string[], io: ProgramIO): ParseOutcome {
  const program = buildProgram(io);
  try {
    program.parse([...argv], { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) return { kind: "exit", code: error.exitCode === 0 ? EXIT.ok : EXIT.failure };
    throw error;
  }
  const raw = program.opts<RawOptions>();
  let paths = program.args;
  if (paths.length === 0) {
    if (io.stdinIsTTY) {
      // Nothing to read and nobody piping: the user most likely wants to know how to call it.
      program.outputHelp({ error: true });
      return { kind: "exit", code: EXIT.failure };
    }
    paths = ["-"];
  }
  if (raw.output === "") {
    io.writeErr("error: -o needs a file name (or - for standard output)\n(run extract --help for usage)\n");
    return { kind: "exit", code: EXIT.failure };
  }
  const rules = raw.rules ?? [];
  if (!raw.defaultRules && rules.length === 0) {
    io.writeErr("error: --no-default-rules leaves no rules to run; add --rules <path>\n(run extract --help for usage)\n");
    return { kind: "exit", code: EXIT.failure };
  }
  // A byte-order mark is not allowed in JSON (RFC 8259), --excel means CSV, and only CSV has a header row.
  for (const [flag, given] of [["excel", raw.excel === true], ["bom", raw.bom === true], ["no-header", !raw.header]] as const) {
    if (given && raw.format !== "csv") {
      io.writeErr(`error: --${flag} is for CSV output, not --format ${raw.format}\n(run extract --help for usage)\n`);
      return { kind: "exit", code: EXIT.failure };
    }
  }
  if (raw.bom === true && !raw.header) {
    io.writeErr("error: --bom and --no-header do not go together: rows without a header are appended to a file, which has its mark already\n(run extract --help for usage)\n");
    return { kind: "exit", code: EXIT.failure };
  }
  if (raw.input !== "jsonl" && (raw.idField !== undefined || raw.textField !== "text")) {
    io.writeErr(`error: --${raw.idField !== undefined ? "id-field" : "text-field"} is for --input jsonl\n(run extract --help for usage)\n`);
    return { kind: "exit", code: EXIT.failure };
  }
  return {
    kind: "run",
    options: {
      paths, format: raw.format, rules, defaultRules: raw.defaultRules,
      explain: raw.explain === true, quiet: raw.quiet === true,
      ...(raw.output !== undefined ? { output: raw.output } : {}),
      ...(raw.encoding !== undefined ? { encoding: raw.encoding } : {}),
      excel: raw.excel === true, bom: raw.bom === true, header: raw.header, color: raw.color,
      jobs: raw.jobs ?? availableParallelism(), timeout: raw.timeout, followLinks: raw.followLinks,
      input: raw.input, include: raw.include ?? [], exclude: raw.exclude ?? [], textField: raw.textField, ...(raw.idField !== undefined ? { idField: raw.idField } : {}),
    },
  };
}

/** `extract rules list|validate|test [files...]`. */
export interface RulesCommandOptions {
  action: "list" | "validate" | "test";
  /** Rule files or directories named after the action. */
  files: string[];
  /** `-r` paths, layered like on a normal run. */
  rules: string[];
  defaultRules: boolean;
  /** `--excerpts`: each problem's source line, underlined (always on a terminal). */
  excerpts: boolean;
  /** `--timeout`: seconds one example may take (0: no limit). */
  timeout: number;
}

/** `extract explain "<text>"`. */
export interface ExplainCommandOptions {
  text: string;
  rules: string[];
  defaultRules: boolean;
  /** `--timeout`: seconds the text may take (0: no limit). */
  timeout: number;
}

/** Parses; help or a usage error (already written) comes back as the exit outcome. */
function parseOrExit(program: Command, argv: readonly string[]): { kind: "exit"; code: number } | undefined {
  try {
    program.parse([...argv], { from: "user" });
    return undefined;
  } catch (error) {
    if (error instanceof CommanderError) return { kind: "exit", code: error.exitCode === 0 ? EXIT.ok : EXIT.failure };
    throw error;
  }
}

function subcommand(io: ProgramIO, name: string, summary: string): Command {
  return new Command()
    .name(`extract ${name}`)
    .description(summary)
    .option("-r, --rules <path>", "add a rule file or a directory of rule files (repeatable)", collect)
    .option("--no-default-rules", "do not load the built-in rules")
    .option("--timeout <seconds>", "time one text may take before it is stopped and reported (0: no limit)", secondsArgument, 30)
    .helpOption("-h, --help", "show this help")
    .showHelpAfterError(`(run extract ${name} --help for usage)`)
    .configureOutput({ writeOut: io.writeOut, writeErr: io.writeErr })
    .exitOverride();
}

/** Parses the arguments after `rules`. */
export function parseRulesCommandLine(argv: readonly string[], io: ProgramIO): { kind: "run"; options: RulesCommandOptions } | { kind: "exit"; code: number } {
  const program = subcommand(io, "rules", "List, validate and test extraction rules.")
    .argument("<action>", "list, validate or test")
    .argument("[files...]", "rule files or directories")
    .option("--excerpts", "under each problem, its source line with the part at fault underlined (the default on a terminal)")
    .addHelpText("after", RULES_HELP);
  const exit = parseOrExit(program, argv);
  if (exit) return exit;
  const [action = "", ...files] = program.args;
  if (action !== "list" && action !== "validate" && action !== "test") {
    io.writeErr(`error: unknown action "${action}" (expected list, validate or test)\n(run extract rules --help for usage)\n`);
    return { kind: "exit", code: EXIT.failure };
  }
  const raw = program.opts<{ rules?: string[]; defaultRules: boolean; excerpts?: boolean; timeout: number }>();
  return { kind: "run", options: { action, files, rules: raw.rules ?? [], defaultRules: raw.defaultRules, excerpts: raw.excerpts === true, timeout: raw.timeout } };
}

/** `extract text FILE...`. */
export interface TextCommandOptions {
  paths: string[];
  input: InputKind;
  encoding?: Encoding;
}

/** Parses the arguments after `text`. */
export function parseTextCommandLine(argv: readonly string[], io: ProgramIO): { kind: "run"; options: TextCommandOptions } | { kind: "exit"; code: number } {
  const program = new Command()
    .name("extract text")
    .description("Print the text facts are extracted from (and their offsets refer to): an HTML page's, a DOCX's or a PDF's text, a file decoded.")
    .argument("<paths...>", "files (or directories, globs, - for standard input)")
    .addOption(new Option("--input <format>", "read inputs by file name, or all as text or HTML").choices(["auto", "text", "html"]).default("auto"))
    .option("--encoding <label>", "read inputs in this encoding instead of detecting it", encodingArgument)
    .helpOption("-h, --help", "show this help")
    .showHelpAfterError("(run extract text --help for usage)")
    .configureOutput({ writeOut: io.writeOut, writeErr: io.writeErr })
    .exitOverride();
  const exit = parseOrExit(program, argv);
  if (exit) return exit;
  const raw = program.opts<{ input: InputKind; encoding?: Encoding }>();
  return { kind: "run", options: { paths: program.args, input: raw.input, ...(raw.encoding !== undefined ? { encoding: raw.encoding } : {}) } };
}

/** Parses the arguments after `explain`. */
export function parseExplainCommandLine(argv: readonly string[], io: ProgramIO): { kind: "run"; options: ExplainCommandOptions } | { kind: "exit"; code: number } {
  const program = subcommand(io, "explain", "Show how a piece of Thai text is read.")
    .argument("<text>", "the text to explain (quote it)")
    .addHelpText("after", EXPLAIN_HELP);
  const exit = parseOrExit(program, argv);
  if (exit) return exit;
  const raw = program.opts<{ rules?: string[]; defaultRules: boolean; timeout: number }>();
  return { kind: "run", options: { text: program.args.join(" "), rules: raw.rules ?? [], defaultRules: raw.defaultRules, timeout: raw.timeout } };
}
