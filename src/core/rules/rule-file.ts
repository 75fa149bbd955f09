/**
 * Reads one YAML rule file into plain data, keeping the position of every value so that later
 * checks can report `file:line:col`. Nothing is thrown: problems are collected as diagnostics,
 * as the yaml package itself does.
 *
 * Rule files are data: aliases, anchors and custom tags are refused outright (no billion
 * laughs, no code execution).
 */
import { LineCounter, isAlias, isMap, isScalar, isSeq, parseDocument, type Node } from "yaml";
import type { Diagnostic } from "../diagnostic.js";
import { KINDS, QUALIFIERS, type Kind, type Qualifier } from "../types.js";
import { NodeReader, describe, hintFor } from "./node-reader.js";

export type { Pos } from "./node-reader.js";
import type { Pos } from "./node-reader.js";

export interface LexiconEntry {
  surface: string;
  canonical: string;
  factor: number;
  /** When set, the entry only applies to facts of these kinds (qualifier cues). */
  kinds?: Kind[];
  pos: Pos;
}

export interface RawLexicon {
  name: string;
  entries: LexiconEntry[];
  pos: Pos;
}

/** An example a rule must produce: the text to run and the fields to check. */
export interface RawExample {
  text: string;
  /** The expected fact's text; when absent, any fact from the rule is checked. */
  match?: string;
  expect: Partial<Record<"value" | "unit" | "qualifier" | "value_max" | "target" | "year" | "subject", unknown>>;
  pos: Pos;
}

/** `mask` rules match text that is never a figure (a URL, `โควิด-19`): candidates inside it are dropped. */
export type RuleKind = Kind | "mask";

export interface RawRule {
  id: string;
  kind: RuleKind;
  description?: string;
  priority: number;
  patterns: Array<{ source: string; pos: Pos }>;
  value?: { source: string; pos: Pos };
  valueMax?: { source: string; pos: Pos };
  unit?: { source: string; pos: Pos };
  qualifier?: Qualifier;
  target?: boolean;
  examples: RawExample[];
  counterexamples: Array<{ text: string; pos: Pos }>;
  pos: Pos;
  origin: string;
}

/** Context settings: which lexicons act as cues, and how far to look. */
export interface RawContext {
  values: Partial<Record<ContextKey, { value: string | number; pos: Pos }>>;
}

export const CONTEXT_KEYS = [
  "qualifier_before", "qualifier_after", "veto_before", "veto_after", "target_cues", "target_reset", "target_window",
  "year_pattern", "year_window", "subject_trim", "subject_cut", "subject_join", "subject_per", "subject_max_words",
] as const;
export type ContextKey = (typeof CONTEXT_KEYS)[number];

const CONTEXT_NUMBERS: ReadonlySet<ContextKey> = new Set(["target_window", "year_window", "subject_max_words"]);

export interface RawRuleFile {
  file: string;
  origin: string;
  lexicons: RawLexicon[];
  rules: RawRule[];
  context: RawContext;
}

const TOP_KEYS = ["lexicons", "rules", "context"];
const RULE_KEYS = [
  "id", "kind", "description", "priority", "pattern", "patterns", "value", "value_max", "unit",
  "qualifier", "target", "examples", "counterexamples",
];
const ENTRY_KEYS = ["value", "factor", "kinds"];
const EXAMPLE_KEYS = ["text", "match", "value", "unit", "qualifier", "value_max", "target", "year", "subject"];

/** Parses and checks the shape of one rule file. */
export function readRuleFile(file: string, text: string, origin = "user"): { data: RawRuleFile; diagnostics: Diagnostic[] } {
  const lines = new LineCounter();
  const diagnostics: Diagnostic[] = [];
  const data: RawRuleFile = { file, origin, lexicons: [], rules: [], context: { values: {} } };
  const r = new NodeReader(file, lines, diagnostics);
  const { report, posOf } = r;

  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false, schema: "core", customTags: [] });
  for (const error of [...doc.errors, ...doc.warnings]) {
    report(r.posAt(error.pos[0]), "YAML_SYNTAX", error.message.split("\n")[0] ?? error.message);
  }
  if (doc.errors.length > 0) return { data, diagnostics };

  // Refuse aliases and tags anywhere in the document before reading any of it.
  let unsafe = false;
  const visitAll = (node: unknown): void => {
    if (isAlias(node)) {
      report(posOf(node), "RULE_INVALID", "YAML aliases are not allowed in rule files; write the value out");
      unsafe = true;
      return;
    }
    if (node && typeof node === "object" && "anchor" in node && (node as Node).anchor) {
      report(posOf(node), "RULE_INVALID", "YAML anchors are not allowed in rule files");
      unsafe = true;
    }
    if (node && typeof node === "object" && "tag" in node && (node as Node).tag) {
      report(posOf(node), "RULE_INVALID", `YAML tags are not allowed in rule files (found "${(node as Node).tag}")`);
      unsafe = true;
    }
    if (isMap(node)) for (const pair of node.items) { visitAll(pair.key); visitAll(pair.value); }
    if (isSeq(node)) for (const item of node.items) visitAll(item);
  };
  visitAll(doc.contents);
  if (unsafe) return { data, diagnostics };

  const root = doc.contents;
  if (root === null || (isScalar(root) && root.value === null)) return { data, diagnostics };
  if (!isMap(root)) {
    report(posOf(root), "RULE_INVALID", `expected a mapping with keys ${TOP_KEYS.join(", ")}`);
    return { data, diagnostics };
  }

  const entries = r.entries;
  const str = r.str;
  const num = r.num;

  const top = entries(root, TOP_KEYS, "the rule file");

  const lexNode = top.get("lexicons")?.value;
  if (lexNode !== undefined) {
    if (!isMap(lexNode)) report(posOf(lexNode), "RULE_INVALID", `lexicons: expected a mapping of lexicon names, found ${describe(lexNode)}`);
    else {
      for (const pair of lexNode.items) {
        const name = isScalar(pair.key) ? String(pair.key.value) : undefined;
        if (!name || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
          report(posOf(pair.key), "RULE_INVALID", `lexicon name must be letters, digits and _ (found "${name ?? describe(pair.key)}")`);
          continue;
        }
        data.lexicons.push({ name, entries: readLexicon(pair.value, name), pos: posOf(pair.key) });
      }
    }
  }

  function readLexicon(node: unknown, name: string): LexiconEntry[] {
    const out: LexiconEntry[] = [];
    if (isSeq(node)) {
      for (const item of node.items) {
        const surface = str(item, `lexicon ${name}`);
        if (surface !== undefined) out.push({ surface, canonical: surface, factor: 1, pos: posOf(item) });
      }
      return out;
    }
    if (!isMap(node)) {
      report(posOf(node), "RULE_INVALID", `lexicon ${name}: expected a mapping (surface: canonical) or a list, found ${describe(node)}`);
      return out;
    }
    for (const pair of node.items) {
      const surface = str(pair.key, `lexicon ${name} key`);
      if (surface === undefined || surface === "") continue;
      const pos = posOf(pair.key);
      if (isMap(pair.value)) {
        const fields = entries(pair.value, ENTRY_KEYS, `lexicon ${name} entry "${surface}"`);
        const canonicalNode = fields.get("value")?.value;
        const canonical = canonicalNode === undefined ? surface : str(canonicalNode, `lexicon ${name} entry "${surface}" value`);
        const factorNode = fields.get("factor")?.value;
        const factor = factorNode === undefined ? 1 : num(factorNode, `lexicon ${name} entry "${surface}" factor`);
        const kindsNode = fields.get("kinds")?.value;
        const kinds = kindsNode === undefined ? undefined : readKinds(kindsNode);
        if (canonical === undefined || factor === undefined) continue;
        out.push({ surface, canonical, factor, ...(kinds ? { kinds } : {}), pos });
      } else if (isScalar(pair.value) && pair.value.value === null) {
        out.push({ surface, canonical: surface, factor: 1, pos });
      } else {
        const canonical = str(pair.value, `lexicon ${name} entry "${surface}"`);
        if (canonical !== undefined) out.push({ surface, canonical, factor: 1, pos });
      }
    }
    return out;
  }

  function readKinds(node: unknown): Kind[] | undefined {
    if (!isSeq(node)) {
      report(posOf(node), "RULE_INVALID", `kinds: expected a list of kinds, found ${describe(node)}`);
      return undefined;
    }
    const kinds: Kind[] = [];
    for (const item of node.items) {
      const k = isScalar(item) ? String(item.value) : "";
      if ((KINDS as readonly string[]).includes(k)) kinds.push(k as Kind);
      else report(posOf(item), "RULE_INVALID", `unknown kind "${k}"${hintFor(k, KINDS)}; expected one of ${KINDS.join(", ")}`);
    }
    return kinds;
  }

  const rulesNode = top.get("rules")?.value;
  if (rulesNode !== undefined) {
    if (!isSeq(rulesNode)) report(posOf(rulesNode), "RULE_INVALID", `rules: expected a list of rules, found ${describe(rulesNode)}`);
    else for (const item of rulesNode.items) {
      const rule = readRule(item);
      if (rule) data.rules.push(rule);
    }
  }

  function readRule(node: unknown): RawRule | undefined {
    if (!isMap(node)) {
      report(posOf(node), "RULE_INVALID", `a rule must be a mapping with id, kind and pattern, found ${describe(node)}`);
      return undefined;
    }
    const pos = posOf(node);
    const f = entries(node, RULE_KEYS, "a rule");
    const idNode = f.get("id");
    const kindNode = f.get("kind");
    if (!idNode) report(pos, "RULE_INVALID", "a rule needs an id");
    if (!kindNode) report(pos, "RULE_INVALID", "a rule needs a kind");
    const id = idNode ? str(idNode.value, "id") : undefined;
    let kind: RuleKind | undefined;
    if (kindNode) {
      const k = str(kindNode.value, "kind");
      const kinds: readonly string[] = [...KINDS, "mask"];
      if (k !== undefined && kinds.includes(k)) kind = k as RuleKind;
      else if (k !== undefined) report(posOf(kindNode.value), "RULE_INVALID", `unknown kind "${k}"${hintFor(k, kinds)}; expected one of ${kinds.join(", ")}`);
    }
    const patterns: RawRule["patterns"] = [];
    const p1 = f.get("pattern")?.value;
    const pN = f.get("patterns")?.value;
    if (p1 !== undefined) {
      const s = str(p1, "pattern");
      if (s !== undefined) patterns.push({ source: s, pos: posOf(p1) });
    }
    if (pN !== undefined) {
      if (!isSeq(pN)) report(posOf(pN), "RULE_INVALID", `patterns: expected a list of patterns, found ${describe(pN)}`);
      else for (const item of pN.items) {
        const s = str(item, "patterns");
        if (s !== undefined) patterns.push({ source: s, pos: posOf(item) });
      }
    }
    if (p1 === undefined && pN === undefined) report(pos, "RULE_INVALID", "a rule needs a pattern (or patterns)");
    const located = (key: string): { source: string; pos: Pos } | undefined => {
      const n = f.get(key)?.value;
      if (n === undefined) return undefined;
      const s = str(n, key);
      return s === undefined ? undefined : { source: s, pos: posOf(n) };
    };
    let priority = 0;
    const prNode = f.get("priority")?.value;
    if (prNode !== undefined) priority = num(prNode, "priority") ?? 0;
    let qualifier: Qualifier | undefined;
    const qNode = f.get("qualifier")?.value;
    if (qNode !== undefined) {
      const q = str(qNode, "qualifier");
      if (q !== undefined && (QUALIFIERS as readonly string[]).includes(q)) qualifier = q as Qualifier;
      else if (q !== undefined) report(posOf(qNode), "RULE_INVALID", `unknown qualifier "${q}"${hintFor(q, QUALIFIERS)}; expected one of ${QUALIFIERS.join(", ")}`);
    }
    let target: boolean | undefined;
    const tNode = f.get("target")?.value;
    if (tNode !== undefined) {
      if (isScalar(tNode) && typeof tNode.value === "boolean") target = tNode.value;
      else report(posOf(tNode), "RULE_INVALID", `target: expected true or false, found ${describe(tNode)}`);
    }
    const examples: RawExample[] = [];
    const exNode = f.get("examples")?.value;
    if (exNode !== undefined) {
      if (!isSeq(exNode)) report(posOf(exNode), "RULE_INVALID", `examples: expected a list, found ${describe(exNode)}`);
      else for (const item of exNode.items) {
        const ex = readExample(item);
        if (ex) examples.push(ex);
      }
    }
    const counterexamples: RawRule["counterexamples"] = [];
    const ceNode = f.get("counterexamples")?.value;
    if (ceNode !== undefined) {
      if (!isSeq(ceNode)) report(posOf(ceNode), "RULE_INVALID", `counterexamples: expected a list of texts, found ${describe(ceNode)}`);
      else for (const item of ceNode.items) {
        const s = str(item, "counterexample");
        if (s !== undefined) counterexamples.push({ text: s, pos: posOf(item) });
      }
    }
    const description = located("description")?.source;
    const value = located("value");
    const valueMax = located("value_max");
    const unit = located("unit");
    if (id === undefined || kind === undefined || patterns.length === 0) return undefined;
    return {
      id, kind, priority, patterns, examples, counterexamples, pos, origin,
      ...(description !== undefined ? { description } : {}),
      ...(value ? { value } : {}),
      ...(valueMax ? { valueMax } : {}),
      ...(unit ? { unit } : {}),
      ...(qualifier ? { qualifier } : {}),
      ...(target !== undefined ? { target } : {}),
    };
  }

  function readExample(node: unknown): RawExample | undefined {
    if (isScalar(node) && typeof node.value === "string") return { text: node.value, expect: {}, pos: posOf(node) };
    if (!isMap(node)) {
      report(posOf(node), "RULE_INVALID", `an example is a text or a mapping with text and expected fields, found ${describe(node)}`);
      return undefined;
    }
    const f = entries(node, EXAMPLE_KEYS, "an example");
    const textNode = f.get("text")?.value;
    if (textNode === undefined) {
      report(posOf(node), "RULE_INVALID", "an example needs a text");
      return undefined;
    }
    const text = str(textNode, "example text");
    if (text === undefined) return undefined;
    const matchNode = f.get("match")?.value;
    const match = matchNode === undefined ? undefined : str(matchNode, "example match");
    const expect: RawExample["expect"] = {};
    for (const key of ["value", "unit", "qualifier", "value_max", "target", "year", "subject"] as const) {
      const n = f.get(key)?.value;
      if (n !== undefined) expect[key] = isScalar(n) ? n.value : n;
    }
    return { text, ...(match !== undefined ? { match } : {}), expect, pos: posOf(node) };
  }

  const ctxNode = top.get("context")?.value;
  if (ctxNode !== undefined) {
    if (!isMap(ctxNode)) report(posOf(ctxNode), "RULE_INVALID", `context: expected a mapping, found ${describe(ctxNode)}`);
    else {
      const f = entries(ctxNode, CONTEXT_KEYS, "context");
      for (const [key, { value }] of f) {
        const k = key as ContextKey;
        const v = CONTEXT_NUMBERS.has(k) ? num(value, key) : str(value, key);
        if (v !== undefined) data.context.values[k] = { value: v, pos: posOf(value) };
      }
    }
  }

  return { data, diagnostics };
}
