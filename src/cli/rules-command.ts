/**
 * `extract rules list | validate | test`: the rule author's tools. Each problem is one line
 * `file:line:col: CODE: message`; exit 0 when clean, 1 when problems were found, 2 when the
 * command could not run (a rule file that cannot be read).
 */
import { availableParallelism } from "node:os";
import {
  compileRules, exampleCases, formatDiagnostic, formatExcerpt, judgeExample, validateRules,
  type Diagnostic, type ExampleResult, type RuleSet, type RuleSource,
} from "../core/index.js";
import { loadRuleSources } from "../io/rules-loader.js";
import { WorkerPool } from "../engine/workers/pool.js";
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
  const timeoutMs = options.timeout * 1000;
  switch (options.action) {
    case "list": return list(sources, { ...io, report: (d) => io.err(formatDiagnostic(d)) });
    case "validate": return validate(sources, mine, timeoutMs, { ...io, report });
    case "test": return test(sources, mine, timeoutMs, { ...io, report });
  }
}

/**
 * Runs the examples of the rules `mine` picks on worker threads, each under the time budget of a
 * run's documents: an example on which a rule backtracks for ever fails with TIMEOUT instead of
 * hanging the command (and this thread stays free to answer a signal).
 */
async function runExamplesInWorkers(ruleSet: RuleSet, mine: (origin: string) => boolean, timeoutMs: number): Promise<ExampleResult[]> {
  const cases = exampleCases(ruleSet, (rule) => mine(rule.origin));
  if (cases.length === 0) return [];
  const pool = new WorkerPool({ size: Math.min(availableParallelism(), 4), ruleSet, timeoutMs });
  try {
    return await Promise.all(cases.map(async (c) => {
      const outcome = await pool.run({ text: c.text, file: c.pos.file, offset: 0, lines: 0, example: { rule: c.rule.id, kind: c.kind } });
      if (outcome.kind === "failed") {
        return { rule: c.rule, kind: c.kind, text: c.text, pos: c.pos, facts: [], ok: false, problem: `${outcome.code}: ${outcome.message}` };
      }
      return judgeExample(c, { facts: outcome.facts, masks: outcome.masks ?? [], ...(outcome.why !== undefined ? { why: outcome.why } : {}) });
    }));
  } finally {
    await pool.close();
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

async function validate(sources: readonly RuleSource[], mine: (origin: string) => boolean, timeoutMs: number, io: ReportingIO): Promise<number> {
  const { ruleSet, diagnostics } = await validateRules(sources, (rules) => runExamplesInWorkers(rules, mine, timeoutMs));
  const order = new Map(sources.map((s, i) => [s.file, i]));
  diagnostics.sort((a, b) => (order.get(a.file) ?? 0) - (order.get(b.file) ?? 0) || a.line - b.line || a.col - b.col);
  for (const d of diagnostics) io.report(d);
  const files = new Set(sources.filter((s) => mine(s.origin)).map((s) => s.file));
  io.err(io.style.dim(`${files.size} file${files.size === 1 ? "" : "s"}, ${ruleSet.rules.filter((r) => mine(r.origin)).length} rules: ${diagnostics.length} problem${diagnostics.length === 1 ? "" : "s"}`));
  return diagnostics.length > 0 ? EXIT_PROBLEMS : EXIT_CLEAN;
}

async function test(sources: readonly RuleSource[], mine: (origin: string) => boolean, timeoutMs: number, io: ReportingIO): Promise<number> {
  const { ruleSet, diagnostics } = compileRules(sources);
  for (const d of diagnostics) io.report(d);
  if (diagnostics.length > 0) return EXIT_PROBLEMS;
  const results = await runExamplesInWorkers(ruleSet, mine, timeoutMs);
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
