/**
 * The command line: options, help and usage errors. The one place commander is imported; it
 * is told never to exit the process, only to report, so that main() decides the exit status.
 */
import { Command, CommanderError, Option } from "commander";
import { FORMATS, type Format } from "../output/formats.js";

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
}

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

/** Exit statuses, documented in --help and checked by the tests. */
export const EXIT = { ok: 0, internal: 1, failure: 2 } as const;

const EXAMPLES = `
Examples:
  $ extract seeds/                           every text file under seeds/, CSV on stdout
  $ extract seeds/ -f jsonl -o facts.jsonl   one JSON object per line, into facts.jsonl
  $ cat article.txt | extract - -f json      standard input, one JSON array
  $ extract news/ > facts.csv                a CSV file to open in a spreadsheet
  $ extract a.txt -r my-rules/               built-in rules plus my-rules/*.yaml
  $ extract a.txt --no-default-rules -r money.yaml
                                             only the rules in money.yaml

Directories are read recursively in name order; hidden files and binary files are skipped.
Input is UTF-8 (a byte-order mark is removed). Facts go to stdout (or -o); messages to stderr.

Exit status:
  0  success, also when no facts were found
  1  internal error (a bug)
  2  usage error, invalid rules, or an input or output that could not be read or written
     (the other inputs are still processed and their facts written)
`;

/** Repeated `-r` values accumulate (no default, so that help does not print "default: []"). */
function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

function buildProgram(io: ProgramIO): Command {
  return new Command()
    .name("extract")
    .description("Extract figures (areas, money, counts, percents, durations, quantities, dates) from Thai text.")
    .argument("[paths...]", "text files or directories to read; - for standard input (the default when piped)")
    .addOption(new Option("-f, --format <format>", "output format").choices(FORMATS).default("csv"))
    .option("-o, --output <file>", "write facts to <file> instead of standard output (- for standard output)")
    .option("-r, --rules <path>", "add a rule file or a directory of .yaml/.yml rule files (repeatable)", collect)
    .option("--no-default-rules", "do not load the built-in rules (use with --rules)")
    .option("--explain", "show on stderr which rule produced each fact")
    .option("-q, --quiet", "print only errors on stderr (no warnings, no summary)")
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
  const rules = raw.rules ?? [];
  if (!raw.defaultRules && rules.length === 0) {
    io.writeErr("error: --no-default-rules leaves no rules to run; add --rules <path>\n(run extract --help for usage)\n");
    return { kind: "exit", code: EXIT.failure };
  }
  return {
    kind: "run",
    options: {
      paths, format: raw.format, rules, defaultRules: raw.defaultRules,
      explain: raw.explain === true, quiet: raw.quiet === true,
      ...(raw.output !== undefined ? { output: raw.output } : {}),
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
}

/** `extract explain "<text>"`. */
export interface ExplainCommandOptions {
  text: string;
  rules: string[];
  defaultRules: boolean;
}

const RULES_HELP = `
Actions:
  list                 every rule loaded: id, kind, file:line, origin (built-in or user), priority
  validate [files...]  check rule files without extracting: YAML, keys, patterns, lexicons,
                       captures, duplicate ids, and each rule's examples
  test [files...]      run every rule's examples and counterexamples, with a summary per file

Without files, validate and test check the built-in rules.

Examples:
  $ extract rules list -r my-rules/
  $ extract rules validate my-rules/power.yaml
  $ extract rules test my-rules/

Exit status: 0 clean, 1 problems found, 2 could not run (e.g. an unreadable file).
`;

const EXPLAIN_HELP = `
Shows the normalized text, every rule that matched with its span and captures, the words
around each candidate as the segmenter cut them, and why each losing candidate lost.

Example:
  $ extract explain "มีพื้นที่ก่อสร้างประมาณ 19,000 ตารางเมตร"
`;

function subcommand(io: ProgramIO, name: string, summary: string): Command {
  return new Command()
    .name(`extract ${name}`)
    .description(summary)
    .option("-r, --rules <path>", "add a rule file or a directory of rule files (repeatable)", collect)
    .option("--no-default-rules", "do not load the built-in rules")
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
    .addHelpText("after", RULES_HELP);
  try {
    program.parse([...argv], { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) return { kind: "exit", code: error.exitCode === 0 ? EXIT.ok : EXIT.failure };
    throw error;
  }
  const [action = "", ...files] = program.args;
  if (action !== "list" && action !== "validate" && action !== "test") {
    io.writeErr(`error: unknown action "${action}" (expected list, validate or test)\n(run extract rules --help for usage)\n`);
    return { kind: "exit", code: EXIT.failure };
  }
  const raw = program.opts<{ rules?: string[]; defaultRules: boolean }>();
  return { kind: "run", options: { action, files, rules: raw.rules ?? [], defaultRules: raw.defaultRules } };
}

/** Parses the arguments after `explain`. */
export function parseExplainCommandLine(argv: readonly string[], io: ProgramIO): { kind: "run"; options: ExplainCommandOptions } | { kind: "exit"; code: number } {
  const program = subcommand(io, "explain", "Show how a piece of Thai text is read.")
    .argument("<text>", "the text to explain (quote it)")
    .addHelpText("after", EXPLAIN_HELP);
  try {
    program.parse([...argv], { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) return { kind: "exit", code: error.exitCode === 0 ? EXIT.ok : EXIT.failure };
    throw error;
  }
  const raw = program.opts<{ rules?: string[]; defaultRules: boolean }>();
  return { kind: "run", options: { text: program.args.join(" "), rules: raw.rules ?? [], defaultRules: raw.defaultRules } };
}
