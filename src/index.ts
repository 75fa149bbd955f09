/**
 * thai-facts as a library: load the rules once, then extract facts from strings or files.
 *
 * ```ts
 * import { loadRules, extractText, extractFile, type Fact } from "thai-facts";
 *
 * const rules = await loadRules();                       // the built-in rules
 * const { facts } = extractText("พื้นที่ ๔๐.๘ ตารางกิโลเมตร", rules);
 * const page = await extractFile("news/article.html", rules);
 * ```
 *
 * Everything here runs in the calling thread (the command line's worker threads, pieces and
 * time budget are its own). Facts are those of the command line's JSON output, without `file`;
 * their offsets are UTF-16 code units into the text (for a file: the text `extract text FILE`
 * prints, which extractFile returns as `text`).
 */
import { Readable } from "node:stream";
import { wordcutSegmenter } from "./adapters/wordcut.js";
import type { Encoding } from "./io/decode.js";
import type { InputKind } from "./io/formats/index.js";
import { readInputs } from "./io/inputs.js";
import { readRuleSet } from "./io/rule-set.js";
import { extractFacts, type RuleSet, type Segmenter } from "./core/runtime.js";
import type { Fact as CoreFact, Kind, Qualifier, WarningCode as TextWarningCode } from "./core/types.js";
import type { InputWarningCode } from "./io/codes.js";

export type { InputWarningCode, Kind, Qualifier, TextWarningCode };

/** Every warning's code: one of the text's (the core's) or one of reading a file. */
export type WarningCode = TextWarningCode | InputWarningCode;

/**
 * One mention of a figure: kind, value (a number at full magnitude, or an ISO 8601 date) and
 * unit, with where it is in the text. The fields and their meaning are the command line's
 * output columns (docs/facts.md); `text === documentText.slice(start, end)` always holds.
 */
export type Fact = CoreFact;

/** Something worth knowing about a text or file that did not stop extraction. */
export interface Warning {
  /** For example `WEEKDAY_MISMATCH`, `INVALID_BYTES`, `NO_TEXT_LAYER`, `TEXT_REPAIRED`. */
  code: WarningCode;
  message: string;
  /** 1-based line, when the warning has one. */
  line?: number;
}

/** Loaded rules, ready to extract with: an opaque handle, reusable for any number of texts. */
export interface Rules {
  /** How many rules are loaded. */
  readonly size: number;
}

export interface LoadRulesOptions {
  /** Rule files or directories of `.yaml`/`.yml` files, layered on the built-in rules (as `--rules`). */
  paths?: readonly string[];
  /** Load the built-in rules (default true; false as `--no-default-rules`). */
  builtIn?: boolean;
}

/** Rules that could not be loaded: every problem, as `file:line:col: CODE: message`. */
export class RulesError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`invalid rules:\n${problems.join("\n")}`);
    this.name = "RulesError";
  }
}

/** A file that could not be read (missing, binary, damaged): `code` as the command line's. */
export class InputError extends Error {
  constructor(readonly file: string, readonly code: string, message: string) {
    super(`${file}: ${code}: ${message}`);
    this.name = "InputError";
  }
}

interface LoadedRules extends Rules {
  ruleSet: RuleSet;
  segmenter?: Segmenter;
}

/** Loads the built-in rules and/or rule files; throws RulesError when any is invalid. */
export async function loadRules(options: LoadRulesOptions = {}): Promise<Rules> {
  const builtIn = options.builtIn ?? true;
  const paths = options.paths ?? [];
  const { ruleSet, errors, diagnostics } = await readRuleSet({ builtIn, userPaths: paths });
  if (!ruleSet) throw new RulesError([...errors.map((e) => `${e.path}: ${e.message}`), ...diagnostics]);
  const loaded: LoadedRules = { ruleSet, size: ruleSet.rules.length };
  return loaded;
}

function internals(rules: Rules): { ruleSet: RuleSet; segmenter: Segmenter } {
  const loaded = rules as LoadedRules;
  if (!loaded.ruleSet) throw new TypeError("not rules from loadRules()");
  loaded.segmenter ??= wordcutSegmenter(loaded.ruleSet.words);
  return { ruleSet: loaded.ruleSet, segmenter: loaded.segmenter };
}

export interface ExtractTextOptions {
  /**
   * The document's own date (year, month, day), for dates written without a year; by default
   * it is looked for in the text, as the command line does.
   */
  documentDate?: { year: number; month: number; day: number };
}

/** The facts of a string, and its warnings. */
export function extractText(text: string, rules: Rules, options: ExtractTextOptions = {}): { facts: Fact[]; warnings: Warning[] } {
  const { ruleSet, segmenter } = internals(rules);
  const { facts, warnings } = extractFacts(text, ruleSet, segmenter, options.documentDate ? { documentDate: options.documentDate } : {});
  return { facts, warnings: warnings.map((w) => ({ code: w.code, message: w.message, line: w.line })) };
}

export interface ExtractFileOptions extends ExtractTextOptions {
  /** How to read the file: by its name (`auto`, default: `.html`/`.htm`, `.docx`, `.pdf`, else text), or as text or HTML. */
  input?: InputKind;
  /** Read it in this encoding instead of detecting it: `utf-8`, `utf-16le`, `utf-16be`, `windows-874`. */
  encoding?: Encoding;
}

/**
 * The facts of a file (text in any of the command line's encodings, an HTML page, DOCX or PDF),
 * with the text their offsets refer to. Throws InputError when the file cannot be read.
 */
export async function extractFile(path: string, rules: Rules, options: ExtractFileOptions = {}): Promise<{ text: string; facts: Fact[]; warnings: Warning[] }> {
  const { text, warnings } = await readFileText(path, options);
  const result = extractText(text, rules, options);
  return { text, facts: result.facts, warnings: [...warnings, ...result.warnings] };
}

/** Reads a whole file as the command line would and returns only its text (as `extract text FILE`). */
export async function readText(path: string, options: Omit<ExtractFileOptions, "documentDate"> = {}): Promise<string> {
  return (await readFileText(path, options)).text;
}

/** A file's text as the command line reads it, and the warnings of reading it; throws InputError. */
async function readFileText(path: string, options: Omit<ExtractFileOptions, "documentDate">): Promise<{ text: string; warnings: Warning[] }> {
  const warnings: Warning[] = [];
  const parts: string[] = [];
  const inputs = readInputs([path], {
    stdin: Readable.from([]),
    ...(options.input !== undefined ? { input: options.input } : {}),
    ...(options.encoding !== undefined ? { encoding: options.encoding } : {}),
  });
  for await (const entry of inputs) {
    if (entry.kind === "error") throw new InputError(entry.file, entry.code, entry.message);
    if (entry.kind === "warning") warnings.push({ code: entry.code, message: entry.message, ...(entry.line !== undefined ? { line: entry.line } : {}) });
    else parts.push(entry.text);
  }
  return { text: parts.join(""), warnings };
}
