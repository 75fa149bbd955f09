/**
 * Signs: a minus written right before the number (`-0.7`, `−0.7` — the match view makes every
 * minus and dash `-` — `ร้อยละ -0.7`, `-19.4%`) or a `sign_negative` word before the figure
 * (ติดลบร้อยละ 2.3, ติดลบถึงร้อยละ 7.9) makes its value negative, for the kinds where a negative
 * value means something. A dash after a digit is a range's (5-10%), one at a line's start a
 * bullet's: neither is a sign. A minus or plus sign before the figure's own span joins the span.
 */
import { cueBeforeSkipping, skipSpacesBack } from "../extract/cues.js";
import type { Kind } from "../types.js";
import { because, type RefineContext, type Refiner } from "./types.js";

/** The kinds whose values may be negative. */
export const SIGNED: ReadonlySet<Kind> = new Set(["percent", "money", "quantity"]);
/** The match view's minus: every minus and dash is `-` there. */
export const MINUS = 0x2d;
const PLUS = 0x2b;
/** A `sign_negative` entry that is the minus sign said as a word (ลบ): arithmetic after a name or a number. */
const MINUS_WORD = "minus";

/**
 * Whether the character at `at` (a `-` or `+`) is a sign: not a line's first (a bullet), not
 * after a number (a range: 10,000 -15,000 บาท), nor glued to a Latin letter (a name's: COVID-19)
 * or a closing bracket. Before a percentage (`percent`), glued to Latin letters it is: a rate's
 * spread below or above its base (MRR-1.00% ต่อปี → -1, MOR+1.00% → a rise of 1), as readers of
 * unseen releases keyed it.
 */
export function isSignAt(view: string, at: number, percent = false): boolean {
  const before = skipSpacesBack(view, at);
  if (before === 0 || view.charCodeAt(before - 1) === 10) return false;
  const previous = view.charAt(before - 1);
  if (/[0-9%]/.test(previous)) return false;
  return before < at || !(percent ? /[)\].,]/ : /[A-Za-z)\].,]/).test(previous);
}

/** Where the figure's number starts: its `value` capture, else the figure. */
export function numberStart(draft: { candidate: { start: number; captures: Map<string, { start: number }> } }): number {
  return draft.candidate.captures.get("value")?.start ?? draft.candidate.start;
}

/** The sign cue (ติดลบ) before a figure, skipping `cue_skip` words (ถึง) and qualifier cues (ประมาณ, กว่า) between. */
function negativeWordBefore(context: RefineContext, start: number, kind: Kind): string | undefined {
  const { view, boundaries } = context;
  const { signNegative, cueSkip, qualifierBefore } = context.rules.context;
  const cue = cueBeforeSkipping(view, start, signNegative, [cueSkip, qualifierBefore], kind, boundaries, SIGN_HOPS);
  // A minus said as a word (`minus`: ลบ) after a name of Latin letters or a number is
  // arithmetic (MRR ลบ 3.16%): a margin, no sign; FACTS.md makes only the written minus one.
  if (cue && cue.entry.canonical === MINUS_WORD && /[A-Za-z0-9%)]/.test(view.charAt(skipSpacesBack(view, cue.start) - 1))) return undefined;
  return cue?.entry.surface;
}

/** The most words stepped over between a sign word and its figure. */
const SIGN_HOPS = 2;

export const sign: Refiner = {
  name: "sign",
  refine(context, drafts) {
    const { view, source, text } = context;
    for (const d of drafts) {
      const { fact } = d;
      if (!SIGNED.has(fact.kind) || typeof fact.value !== "number") continue;
      const at = numberStart(d) - 1;
      // Inside the figure's own span, after its cue (ร้อยละ⏎-19.3: a line broken after the cue), a minus is a sign wherever it stands.
      // The sign before the figure's own span joins it.
      const join = (): void => {
        if (at >= d.candidate.start) return;
        d.candidate = { ...d.candidate, start: at };
        fact.start = source.toOriginal(at);
        fact.text = text.slice(fact.start, fact.end);
      };
      if (at >= 0 && view.charCodeAt(at) === MINUS && (at > d.candidate.start || isSignAt(view, at, fact.kind === "percent"))) {
        fact.value = -fact.value;
        join();
        because(context, d, "sign", () => "a minus before the number");
        continue;
      }
      // A plus sign before the number (+24.3%, MOR+1.00%) joins the span too; the change step reads it as a rise.
      if (plusBefore(context, d)) join();
      const word = negativeWordBefore(context, d.candidate.start, fact.kind);
      if (word) {
        fact.value = -fact.value;
        // A range below zero (ติดลบ 1.5-2.0%: from -2.0 to -1.5): both ends, the low end first.
        if (fact.value_max !== undefined && fact.value_max > 0) [fact.value, fact.value_max] = [-fact.value_max, fact.value];
        because(context, d, "sign", () => `"${word}" before it`);
      }
    }
    return drafts;
  },
};

/** Whether a plus sign stands right before the figure's number (+24.3%): a rise. */
export function plusBefore(context: RefineContext, draft: { candidate: { start: number; captures: Map<string, { start: number }> }; fact: { kind: Kind } }): boolean {
  const at = numberStart(draft) - 1;
  return at >= 0 && context.view.charCodeAt(at) === PLUS && isSignAt(context.view, at, draft.fact.kind === "percent");
}

/** Whether a figure is written with a minus sign of its own (-8.4%): the sign step moved its start onto it. */
export function minusWritten(context: RefineContext, draft: { candidate: { start: number }; fact: { value: unknown } }): boolean {
  return typeof draft.fact.value === "number" && draft.fact.value < 0 && context.view.charCodeAt(draft.candidate.start) === MINUS;
}
