/**
 * The refine chain's shared shapes: what every step reads (the document and its rules) and what
 * it passes on (drafts: a candidate and the fact being built from it).
 */
import type { ArticleLeads } from "../extract/article-lead.js";
import type { RuleSet } from "../rules/compile.js";
import type { Candidate } from "../extract/candidates.js";
import type { Loss } from "./overlap.js";
import type { WordBoundaries } from "../extract/word-boundaries.js";
import type { LineIndex } from "../text/line-index.js";
import type { MatchView } from "../text/match-view.js";
import type { Fact, Warning } from "../types.js";
import type { Scopes } from "./scopes.js";
import type { TimeReference } from "./time-references.js";
import type { Ymd } from "../dates/calendar.js";
import { upperBound } from "../text/sorted.js";
import { skipWhitespaceBack } from "../text/chars.js";

/** The attributes a step sets, each with the cue or reason that set it (shown by `explain`). */
export type Attribute = "qualifier" | "sign" | "change" | "target" | "year" | "subject";

/** A candidate on its way to being a fact. */
export interface Draft {
  candidate: Candidate;
  fact: Fact;
  /** Why each attribute was set, when explaining. */
  why?: Partial<Record<Attribute, string>>;
  /**
   * The comparison's base whose own clause the figure stands in (จากปีก่อนที่ส่งออกมูลค่า 2,331
   * ล้านบาท): set by the year step; the figure is what was, no plan.
   */
  base?: TimeReference;
  /**
   * Set by the year step for a comparison's base figure (เทียบกับ 55,890 ล้านบาท, จากเดิมตั้งไว้ 8
   * ล้านตัน): what is compared with it, measured as it is.
   */
  baseFigure?: true;
  /**
   * Set by the year step when the year is the period its article opens with, paragraphs before, or
   * its section's heading names: a year of the passage, not the figure's own, so it makes no target
   * of a figure (the target step).
   */
  carried?: true;
  /** Set by the year step: the time reference that gave the figure its year, linked or governing. */
  period?: TimeReference;
}

/** Everything a step may read about the document; steps add nothing to it but warnings and trace. */
export interface RefineContext {
  text: string;
  view: string;
  source: MatchView;
  lines: LineIndex;
  boundaries: WordBoundaries;
  rules: RuleSet;
  scopes: Scopes;
  /** The document's own date, found when first asked for. */
  documentDate(): Ymd | undefined;
  /** The year of the period the document's title names, found when first asked for. */
  titleYear(): number | undefined;
  /** The periods its articles open with (ArticleLeads), read as far as figures ask; offsets are the text's. */
  leads: ArticleLeads;
  /** Where the title line ends, in view offsets (0 when `text` is a later piece of its document). */
  titleEnd: number;
  /** Year mentions (`year_pattern`), sorted: their numbers are years, never figures. */
  yearMentions: readonly TimeReference[];
  /** Every time reference, year mentions and period dates, sorted by start; set by the time step. */
  timeReferences: TimeReference[];
  /**
   * Lines that are a day's date alone (วันอังคารที่ 25 สิงหาคม 2563), sorted: a text holding many
   * articles starts each with one (datelinesIn, found once when the context is built); see `dateAt`.
   */
  datelines?: ReadonlyArray<{ start: number; date: Ymd }>;
  /** The date of the last dateline before this text in its document (a later piece of one cut in several). */
  datelineBefore?: Ymd;
  warnings: Warning[];
  /** Collect the reasons for `explain`. */
  explain: boolean;
  /** Candidates dropped as names or years, with why (explain). */
  vetoed: Array<{ candidate: Candidate; reason: string }>;
  /** Candidates that lost in overlap resolution (explain). */
  losses: Loss[];
}

/** One step of the chain: drafts in, drafts out, in document order. */
export interface Refiner {
  name: string;
  refine(context: RefineContext, drafts: Draft[]): Draft[];
}

/** Records why an attribute was set, only when explaining (the reason is built only then). */
export function because(context: RefineContext, draft: Draft, attribute: Attribute, reason: () => string): void {
  if (!context.explain) return;
  (draft.why ??= {})[attribute] = reason();
}

/**
 * The date of the text at `offset`: the last dateline before it (each article of a text holding
 * many has its own), in this text or before it in its document, else the document's date. On a
 * headline, the line right before a dateline, that dateline's: the headline is its article's.
 */
export function dateAt(context: RefineContext, offset: number): Ymd | undefined {
  const lines = context.datelines ?? [];
  const next = upperBound(lines, offset - 1, (line) => line.start);
  const after = lines[next];
  if (after !== undefined) {
    // The headline's start: the line before the dateline's, blank lines between passed over (read
    // back from the dateline, not on from the offset through a paragraph it may stand in).
    const { view } = context;
    const end = skipWhitespaceBack(view, after.start);
    if (offset >= view.lastIndexOf("\n", end - 1) + 1) return after.date;
  }
  return lines[next - 1]?.date ?? context.datelineBefore ?? context.documentDate();
}
