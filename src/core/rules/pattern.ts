/**
 * Rule patterns: JavaScript regular expressions with placeholders.
 *
 *   {number:value} ?{area_unit:unit}
 *
 * `{name}` inserts a built-in recognizer (number, date, year) or a lexicon's surface forms
 * (longest first); `{name:capture}` also captures it under `capture`. A placeholder starts
 * with a letter, so regex quantifiers like `{1,3}` are left alone. Write `\{` for a literal brace.
 */
import { hintFor } from "./node-reader.js";
import { RECOGNIZERS, isRecognizer, type RecognizerName } from "./recognizers.js";
import { findNestedQuantifier } from "./regex-safety.js";
import { alternativesSource } from "../text/regex.js";

export type CaptureSource = { type: "recognizer"; name: "number" | "date" | "year" } | { type: "lexicon"; name: string };

export interface PatternProblem {
  code: "LEXICON_UNDEFINED" | "RULE_INVALID" | "REGEX_INVALID" | "REGEX_UNSAFE";
  message: string;
  /** Offset in the pattern source. */
  offset: number;
  /** Length of the part at fault, when it is one (a placeholder). */
  length?: number;
}

export interface CompiledPattern {
  source: string;
  regex?: RegExp;
  captures: Map<string, CaptureSource>;
  problems: PatternProblem[];
}

const PLACEHOLDER = /(\\*)\{([A-Za-z_][A-Za-z0-9_]*)(?::([A-Za-z_][A-Za-z0-9_]*))?\}/g;

/** Regex source matching any surface of a lexicon, longest first; a space matches any run of spaces. */
export function lexiconSource(surfaces: Iterable<string>): string {
  return alternativesSource(surfaces);
}

/**
 * A space in a pattern stands for what web pages and PDFs leave between words: `" "` for one to
 * three spaces or tabs, `" ?"` for up to three (`1.75  ล้านล้านบาท`; the match view has made
 * non-breaking and other spaces plain ones). Spaces in a character class, escaped, or with
 * another quantifier are left as written.
 */
export function widenSpaces(source: string): string {
  let out = "";
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === "\\") {
      out += ch + (source[i + 1] ?? "");
      i++;
      continue;
    }
    if (inClass) {
      if (ch === "]") inClass = false;
      out += ch;
      continue;
    }
    if (ch === "[") inClass = true;
    if (ch !== " ") {
      out += ch;
      continue;
    }
    const next = source[i + 1];
    if (next === "?") {
      out += "[ \\t]{0,3}";
      i++;
    } else if (next === "*" || next === "+" || next === "{") out += ch;
    else out += "[ \\t]{1,3}";
  }
  return out;
}

/**
 * Expands placeholders and compiles. `lexicons` maps a lexicon name to its regex source,
 * `recognizers` a recognizer to the rule set's (recognizerSources: a rule set's date words make
 * its date and year). Problems are returned, not thrown.
 */
export function compilePattern(
  source: string, lexicons: ReadonlyMap<string, string>, flags = "dgu",
  recognizers: Readonly<Partial<Record<RecognizerName, string>>> = RECOGNIZERS,
): CompiledPattern {
  const captures = new Map<string, CaptureSource>();
  const problems: PatternProblem[] = [];
  const unsafe = findNestedQuantifier(source);
  if (unsafe) problems.push({ code: "REGEX_UNSAFE", offset: unsafe.offset, message: unsafe.message });
  if (/\(\?<(?![=!])/.test(source)) {
    problems.push({
      code: "RULE_INVALID",
      offset: source.search(/\(\?<(?![=!])/),
      message: "named groups (?<name>…) are reserved: capture with {lexicon:name} or {number:name}",
    });
  }
  // Placeholders are found in the source as written (their offsets are the author's); the text
  // between them has its spaces widened, the fragments they stand for are inserted as they are.
  const placeholder = (whole: string, slashes: string, name: string, capture: string | undefined, offset: number): string => {
    if (slashes.length % 2 === 1) return whole; // \{ is a literal brace
    let fragment: string;
    let from: CaptureSource;
    const recognizer = isRecognizer(name) ? recognizers[name] : undefined;
    if (recognizer !== undefined) {
      fragment = recognizer;
      from = { type: "recognizer", name: name as RecognizerName };
    } else {
      const lexicon = lexicons.get(name);
      if (lexicon === undefined) {
        const names = [...Object.keys(recognizers), ...lexicons.keys()];
        problems.push({ code: "LEXICON_UNDEFINED", offset: offset + slashes.length, length: whole.length - slashes.length, message: `"{${name}}" names no lexicon or recognizer${hintFor(name, names)}; known: ${names.join(", ")}` });
        return `${slashes}(?:)`;
      }
      fragment = lexicon;
      from = { type: "lexicon", name };
    }
    if (capture === undefined) return `${slashes}${fragment}`;
    if (captures.has(capture)) {
      problems.push({ code: "RULE_INVALID", offset: offset + slashes.length, length: whole.length - slashes.length, message: `capture "${capture}" is used twice in one pattern` });
      return `${slashes}${fragment}`;
    }
    captures.set(capture, from);
    return `${slashes}(?<${capture}>${fragment})`;
  };
  let expanded = "";
  let last = 0;
  for (const m of source.matchAll(PLACEHOLDER)) {
    expanded += widenSpaces(source.slice(last, m.index)) + placeholder(m[0], m[1] ?? "", m[2] ?? "", m[3], m.index);
    last = m.index + m[0].length;
  }
  expanded += widenSpaces(source.slice(last));
  let regex: RegExp | undefined;
  if (problems.length === 0) {
    try {
      regex = new RegExp(expanded, flags);
      if (regex.test("")) {
        problems.push({ code: "RULE_INVALID", offset: 0, message: "pattern matches the empty string" });
        regex = undefined;
      }
      if (regex) regex.lastIndex = 0;
    } catch (error) {
      // Report the engine's reason without the expanded source (which the author never wrote).
      const reason = (error as Error).message.replace(/^Invalid regular expression: \/[\s\S]*\/[a-z]*: /, "");
      problems.push({ code: "REGEX_INVALID", offset: 0, message: `invalid regular expression: ${reason}` });
    }
  }
  return { source: expanded, ...(regex ? { regex } : {}), captures, problems };
}
