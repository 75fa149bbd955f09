/**
 * `extract rules list | validate | test`: the rule author's tools. Each problem is one line
 * `file:line:col: CODE: message`; exit 0 when clean, 1 when problems were found, 2 when the
 * command could not run (a rule file that cannot be read).
 */
import { wordcutSegmenter } from "../adapters/wordcut.js";
import { compileRules, formatDiagnostic, formatExcerpt, runExamples, validateRules, type Diagnostic, type ExampleResult, type RuleSource } from "../core/index.js";
import { loadRuleSources } from "../io/rules-loader.js";
import { EXIT, type RulesCommandOptions } from "./program.js";
import type { StderrStyle } from "./style.js";

export interface RulesCommandIO {
  out(line: string): void;
  err(line: string): void;
  /** Colours for messages on stderr. */
  style: StderrStyle;
  /** Colours for results on stdout (plain unless stdout is a terminal). */
  outStyle: StderrStyle;
}

const EXIT_CLEAN = EXIT.ok;
const EXIT_PROBLEMS = EXIT.problems;
const EXIT_CANNOT_RUN = EXIT.failure;

export async function runRulesCommand(options: RulesCommandOptions, io: RulesCommandIO): Promise<number> {
  // The files named are the user's layer; built-in rules stay underneath so that their
  // lexicons can be referred to, unless --no-default-rules.
  const userPaths = [...options.rules, ...options.files];
  const checkBuiltIn = userPaths.length === 0;
  const { sources, errors } = await loadRuleSources({ builtIn: options.defaultRules || checkBuiltIn, userPaths });
  for (const e of errors) io.err(io.style.error(e.path, e.message));
  if (errors.length > 0) return EXIT_CANNOT_RUN;
  // Which rules' examples to run: the user's files, or the built-in rules when none are named.
  const mine = (origin: string): boolean => (checkBuiltIn ? origin === "built-in" : origin === "user");

  // Each problem one line; with excerpts, its source line underlined below it.
  const texts = new Map(sources.map((s) => [s.file, s.text]));
  const report = (d: Diagnostic): void => {
    io.out(formatDiagnostic(d));
    if (options.excerpts) for (const line of formatExcerpt(d, texts.get(d.file) ?? "")) io.out(`  ${line}`);
  };
  switch (options.action) {
    case "list": return list(sources, { ...io, report: (d) => io.err(formatDiagnostic(d)) });
    case "validate": return validate(sources, mine, { ...io, report });
    case "test": return test(sources, mine, { ...io, report });
  }
}

type ReportingIO = RulesCommandIO & { report(d: Diagnostic): void };

function list(sources: readonly RuleSource[], io: ReportingIO): number {
  const { ruleSet, diagnostics } = compileRules(sources);
  for (const d of diagnostics) io.report(d);
  const rows = [...ruleSet.rules, ...ruleSet.masks].map((r) => [r.id, r.kind, `${r.pos.file}:${r.pos.line}`, r.origin, String(r.priority)]);
  const header = ["id", "kind", "defined at", "origin", "priority"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]): string => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join("  ").trimEnd();
  io.out(line(header));
  for (const row of rows) io.out(line(row));
  return diagnostics.length > 0 ? EXIT_PROBLEMS : EXIT_CLEAN;
}

function validate(sources: readonly RuleSource[], mine: (origin: string) => boolean, io: ReportingIO): number {
  const { ruleSet, diagnostics } = validateRules(sources, (rules) => wordcutSegmenter(rules.words), (rule) => mine(rule.origin));
  const order = new Map(sources.map((s, i) => [s.file, i]));
  diagnostics.sort((a, b) => (order.get(a.file) ?? 0) - (order.get(b.file) ?? 0) || a.line - b.line || a.col - b.col);
  for (const d of diagnostics) io.report(d);
  const files = new Set(sources.filter((s) => mine(s.origin)).map((s) => s.file));
  io.err(io.style.dim(`${files.size} file${files.size === 1 ? "" : "s"}, ${ruleSet.rules.filter((r) => mine(r.origin)).length} rules: ${diagnostics.length} problem${diagnostics.length === 1 ? "" : "s"}`));
  return diagnostics.length > 0 ? EXIT_PROBLEMS : EXIT_CLEAN;
}

function test(sources: readonly RuleSource[], mine: (origin: string) => boolean, io: ReportingIO): number {
  const { ruleSet, diagnostics } = compileRules(sources);
  for (const d of diagnostics) io.report(d);
  if (diagnostics.length > 0) return EXIT_PROBLEMS;
  const results = runExamples(ruleSet, wordcutSegmenter(ruleSet.words), (rule) => mine(rule.origin));
  const byFile = new Map<string, ExampleResult[]>();
  for (const r of results) byFile.set(r.pos.file, [...(byFile.get(r.pos.file) ?? []), r]);
  let failed = 0;
  for (const [file, rs] of byFile) {
    const bad = rs.filter((r) => !r.ok);
    failed += bad.length;
    const line = `${file}: ${rs.length - bad.length}/${rs.length} passed`;
    io.out(bad.length > 0 ? io.outStyle.fail(line) : io.outStyle.pass(line));
    for (const r of bad) {
      io.out(`  ${r.pos.file}:${r.pos.line}:${r.pos.col}: ${r.rule.id} ${r.kind} failed`);
      io.out(`    text:     ${r.text}`);
      io.out(`    problem:  ${r.problem ?? ""}`);
    }
  }
  const rules = [...ruleSet.rules, ...ruleSet.masks].filter((r) => mine(r.origin));
  const withoutExamples = rules.filter((r) => r.examples.length === 0);
  for (const r of withoutExamples) io.err(io.style.warning(r.pos.file, r.pos.line, "NO_EXAMPLES", `rule ${r.id} has no examples`));
  const summary = `${results.length - failed}/${results.length} cases passed in ${rules.length} rule${rules.length === 1 ? "" : "s"}`;
  io.err(failed > 0 ? io.style.error("rules test", summary) : io.style.dim(summary));
  return failed > 0 ? EXIT_PROBLEMS : EXIT_CLEAN;
}
