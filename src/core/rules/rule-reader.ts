/**
 * Reads one rule of a rule file (its `rules` list): id, kind, patterns, value expressions,
 * examples and counterexamples, each with the position it was written at.
 */
import { isMap, isScalar, isSeq } from "yaml";
import { KINDS, QUALIFIERS, type Kind, type Qualifier } from "../types.js";
import { describe, hintFor, type NodeReader, type Pos } from "./node-reader.js";

/** An example a rule must produce: the text to run and the fields to check. */
/** What an example may say of the fact it expects. */
const EXPECT_KEYS = ["value", "unit", "qualifier", "value_max", "target", "year", "subject", "change"] as const;

export interface RawExample {
  text: string;
  /** The expected fact's text; when absent, any fact from the rule is checked. */
  match?: string;
  expect: Partial<Record<(typeof EXPECT_KEYS)[number], unknown>>;
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
  /** Read with problems already reported (no usable id or kind): compiled for its checks only. */
  broken?: boolean;
}

const RULE_KEYS = [
  "id", "kind", "description", "priority", "pattern", "patterns", "value", "value_max", "unit",
  "qualifier", "target", "examples", "counterexamples",
];

const EXAMPLE_KEYS = ["text", "match", ...EXPECT_KEYS];

/** One entry of a file's `rules` list, or undefined (with diagnostics) when it cannot be used. */
export function readRule(r: NodeReader, node: unknown, origin: string): RawRule | undefined {
  const { report, posOf, entries, str, num } = r;
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
  /** Where a pattern's text starts: after its opening quote, if it has one. */
  const patternPos = (node: unknown): Pos => {
    const at = posOf(node);
    const quoted = isScalar(node) && (node.type === "QUOTE_DOUBLE" || node.type === "QUOTE_SINGLE");
    return quoted ? { ...at, col: at.col + 1 } : at;
  };
  if (p1 !== undefined) {
    const s = str(p1, "pattern");
    if (s !== undefined) patterns.push({ source: s, pos: patternPos(p1) });
  }
  if (pN !== undefined) {
    if (!isSeq(pN)) report(posOf(pN), "RULE_INVALID", `patterns: expected a list of patterns, found ${describe(pN)}`);
    else for (const item of pN.items) {
      const s = str(item, "patterns");
      if (s !== undefined) patterns.push({ source: s, pos: patternPos(item) });
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
      const ex = readExample(r, item);
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
  if (patterns.length === 0) return undefined;
  // A rule without a usable id or kind is still compiled, so that its patterns and values are
  // checked in the same run; `broken` keeps it out of the rule set.
  const broken = id === undefined || kind === undefined;
  return {
    id: id ?? `(rule at line ${pos.line})`, kind: kind ?? "quantity", priority, patterns, examples, counterexamples, pos, origin,
    ...(broken ? { broken } : {}),
    ...(description !== undefined ? { description } : {}),
    ...(value ? { value } : {}),
    ...(valueMax ? { valueMax } : {}),
    ...(unit ? { unit } : {}),
    ...(qualifier ? { qualifier } : {}),
    ...(target !== undefined ? { target } : {}),
  };
}

function readExample(r: NodeReader, node: unknown): RawExample | undefined {
  const { report, posOf, entries, str } = r;
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
  for (const key of EXPECT_KEYS) {
    const n = f.get(key)?.value;
    if (n !== undefined) expect[key] = isScalar(n) ? n.value : n;
  }
  return { text, ...(match !== undefined ? { match } : {}), expect, pos: posOf(node) };
}
