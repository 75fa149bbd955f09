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
import { KINDS, type Kind } from "../types.js";
import { NodeReader, describe, hintFor } from "./node-reader.js";
import { readRule, type RawRule } from "./rule-reader.js";

export type { Pos } from "./node-reader.js";
export type { RawExample, RawRule, RuleKind } from "./rule-reader.js";
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

/** Context settings: which lexicons act as cues, and how far to look. */
export interface RawContext {
  values: Partial<Record<ContextKey, { value: string | number; pos: Pos }>>;
}

export const CONTEXT_KEYS = [
  "qualifier_before", "qualifier_after", "veto_before", "veto_after", "target_cues", "target_reset", "target_entitlement", "target_window", "target_reach", "condition_window",
  "date_through", "date_day_word", "date_month_word", "date_era", "date_quarter", "date_quarter_ordinal", "date_half", "date_half_ordinal", "date_year_link", "date_year_word",
  "year_pattern", "change_streak", "year_window", "year_day_window", "year_link", "subject_trim", "subject_trim_end", "subject_cut", "subject_join", "subject_total", "subject_count_of", "subject_one_of", "goal_source", "goal_value", "subject_per",
  "subject_share_of", "subject_body_link", "subject_ratio_of", "subject_max_words", "year_base", "year_base_clause", "year_base_figure", "year_as_of", "year_meeting", "year_effective", "year_continues", "year_since", "year_until", "line_continues", "list_intro", "year_era_cue", "year_respectively", "qualifier_top", "rank_units", "time_deictic", "month_alone", "month_past", "change_before", "change_restate", "change_list", "cue_skip", "change_rate", "change_object", "change_verb_object", "change_verb_lead", "subject_value_noun", "subject_length_noun", "subject_anniversary", "subject_share_part",
  "sign_negative", "comparison_cues", "target_goal_passed", "comparison_link", "comparison_period", "target_block", "target_after", "target_list", "veto_list", "subject_verbs", "subject_time", "subject_time_ordinal", "subject_head_after", "target_clause", "subject_head_keep", "subject_head_action", "subject_action", "subject_list", "duration_period", "period_span", "period_record", "period_reported", "subject_known_set", "target_not_before", "target_goal", "target_ahead", "target_approver", "target_approved_not", "target_named_set", "subject_prefix", "subject_keep", "subject_change_noun", "subject_action_link", "subject_agent", "subject_amount", "subject_people", "subject_person", "duration_measured", "veto_chainage", "clause_start", "year_next_item", "year_per", "year_rate_term", "year_span_total", "year_kind_count", "year_fiscal", "subject_modifier", "subject_predicate", "subject_quality", "subject_phase", "subject_address", "subject_relative", "subject_kind_after", "subject_counter", "subject_place_counter", "subject_except", "subject_examples", "subject_place",
  "subject_window", "join_window", "restate_window", "year_link_window", "label_line",
] as const;
export type ContextKey = (typeof CONTEXT_KEYS)[number];

const CONTEXT_NUMBERS: ReadonlySet<ContextKey> = new Set([
  "target_window", "target_reach", "condition_window", "year_window", "year_day_window", "subject_max_words", "subject_window", "join_window", "restate_window", "year_link_window", "label_line",
]);

export interface RawRuleFile {
  file: string;
  origin: string;
  lexicons: RawLexicon[];
  rules: RawRule[];
  context: RawContext;
}

const TOP_KEYS = ["lexicons", "rules", "context"];
const ENTRY_KEYS = ["value", "factor", "kinds"];

/** Parses and checks the shape of one rule file. */
export function readRuleFile(file: string, text: string, origin = "user"): { data: RawRuleFile; diagnostics: Diagnostic[] } {
  const lines = new LineCounter();
  const diagnostics: Diagnostic[] = [];
  const data: RawRuleFile = { file, origin, lexicons: [], rules: [], context: { values: {} } };
  const r = new NodeReader(file, lines, diagnostics);
  const { report, posOf } = r;

  // yaml's own unique-key check compares each key with every earlier one (a 100k-entry lexicon
  // mapping took minutes); keys are checked below with a set instead, with the same message.
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: false, prettyErrors: false, schema: "core", customTags: [] });
  for (const error of [...doc.errors, ...doc.warnings]) {
    report(error.pos[1] > error.pos[0] ? r.spanAt(error.pos[0], error.pos[1]) : r.posAt(error.pos[0]), "YAML_SYNTAX", error.message.split("\n")[0] ?? error.message);
  }
  if (doc.errors.length > 0) return { data, diagnostics };

  // Refuse aliases, tags and repeated keys anywhere in the document before reading any of it.
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
    if (isMap(node)) {
      const keys = new Set<unknown>();
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? pair.key.value : pair.key;
        if (keys.has(key)) {
          report(posOf(pair.key), "YAML_SYNTAX", "Map keys must be unique");
          unsafe = true;
        }
        keys.add(key);
        visitAll(pair.key);
        visitAll(pair.value);
      }
    }
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
      if (surface === undefined) continue;
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
      const rule = readRule(r, item, origin);
      if (rule) data.rules.push(rule);
    }
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
