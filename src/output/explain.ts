/**
 * `extract explain "<text>"` and `--explain`: how the extractor read a piece of text — the
 * normalized text, the segmentation around each candidate, every rule that matched with its
 * span and captures, and why each losing candidate lost.
 */
import type { Trace } from "../core/index.js";

type Candidate = Trace["winners"][number];
type Draft = Trace["drafts"][number];

/** Where the traced text starts in its document: spans are shown in the document's offsets. */
interface Frame {
  trace: Trace;
  text: string;
  base: number;
}

function captures(c: Candidate, { trace }: Frame): string {
  const parts = [...c.captures].map(([name, span]) =>
    `${name}=${JSON.stringify(trace.source.original(span.start, span.end))}`);
  return parts.length ? ` {${parts.join(", ")}}` : "";
}

function where(start: number, end: number, { trace, text, base }: Frame): string {
  const s = trace.source.toOriginal(start);
  const e = trace.source.toOriginalEnd(end);
  return `[${base + s},${base + e}) ${JSON.stringify(text.slice(s, e))}`;
}

/** Each attribute the refine chain set on a fact, with the cue or step that set it. */
function attributes(fact: Draft["fact"], why: Draft["why"]): string[] {
  if (fact.kind === "date") return fact.year_implied ? ["year_implied: true (the year of the document's date)"] : [];
  const out: string[] = [];
  const show = (name: string, value: unknown, reason: string | undefined): void => {
    out.push(`${name}: ${value === undefined ? "-" : String(value)}${reason ? ` (${reason})` : ""}`);
  };
  // With no step's reason, the attribute kept its default: say what was looked for and not found.
  show("qualifier", fact.qualifier, why?.qualifier ?? (fact.qualifier === "exact" ? DEFAULT.qualifier : undefined));
  if (why?.sign) show("sign", "negative", why.sign);
  show("change", fact.change, why?.change ?? (fact.change === undefined ? DEFAULT.change : undefined));
  show("target", fact.target, why?.target ?? (fact.target === false ? DEFAULT.target : undefined));
  show("year", fact.year, why?.year ?? (fact.year === undefined ? DEFAULT.year : undefined));
  show("subject", fact.subject === undefined ? undefined : JSON.stringify(fact.subject), why?.subject ?? (fact.subject === undefined ? DEFAULT.subject : undefined));
  return out;
}

/** What an attribute left at its default means: the cues its step looks for were not there. */
const DEFAULT = {
  qualifier: "no qualifier word around it",
  change: "no change word right before it",
  target: "no target cue earlier in its clause",
  year: "no time reference governs it",
  subject: "no phrase before or after it names it",
} as const;

/**
 * The trace of one text as lines of plain text. `base` is where the text starts in its
 * document (a part of a large file), so that spans read as the facts' `start` and `end` do.
 */
export function formatTrace(text: string, trace: Trace, base = 0): string[] {
  const frame: Frame = { trace, text, base };
  const lines: string[] = [];
  if (trace.source.view !== text) lines.push(`normalized: ${JSON.stringify(trace.source.view)}`);
  const value = (c: Candidate): string =>
    `${c.rule.kind} ${c.value}${c.valueMax !== undefined ? `–${c.valueMax}` : ""}${c.unit !== undefined ? ` ${c.unit}` : ""}`;
  lines.push(`${trace.drafts.length} fact${trace.drafts.length === 1 ? "" : "s"}:`);
  for (const { candidate: c, fact, why } of trace.drafts) {
    lines.push(`  ✓ ${where(c.start, c.end, frame)} ${c.rule.id} (priority ${c.rule.priority}): ${value({ ...c, value: fact.value })}${captures(c, frame)}`);
    lines.push(`      words: ${trace.wordsAround(c.start, c.end).join(" | ")}`);
    for (const line of attributes(fact, why)) lines.push(`      ${line}`);
  }
  if (trace.losses.length > 0) lines.push("lost in overlap resolution:");
  for (const loss of trace.losses) {
    const c = loss.loser;
    const w = loss.winner;
    const because = {
      priority: `lower priority (${c.rule.priority} < ${w.rule.priority})`,
      length: `shorter (${c.end - c.start} < ${w.end - w.start} characters)`,
      position: "starts later",
      "rule order": "same span, rule defined later",
    }[loss.reason];
    lines.push(`  ✗ ${where(c.start, c.end, frame)} ${c.rule.id}: ${value(c)} — overlaps ${w.rule.id} ${where(w.start, w.end, frame)}, ${because}`);
  }
  if (trace.vetoed.length > 0) lines.push("vetoed (a number that names or dates, not counts):");
  for (const v of trace.vetoed) {
    lines.push(`  ✗ ${where(v.candidate.start, v.candidate.end, frame)} ${v.candidate.rule.id}: ${v.reason}`);
  }
  if (trace.rejections.length > 0) lines.push("matched but rejected:");
  for (const r of trace.rejections) lines.push(`  ✗ ${where(r.start, r.end, frame)} ${r.rule.id}: ${r.reason}`);
  return lines;
}
