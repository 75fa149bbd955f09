/**
 * Targets: a figure is a goal, plan, forecast or expectation when a target cue (จะ, คาดว่า,
 * เป้าหมาย …) stands earlier on its line, within `target_window`, and no reset cue (แล้ว,
 * ปัจจุบัน …: what already is) stands between the two. A cue right after a `target_block` word
 * is no target's (แม้ว่าจะมี "even though there is", หากจะ "if it were to"): a rule's own
 * `target` setting comes first.
 */
import { cueBefore, lastCueEnd } from "../extract/cues.js";
import type { Lexicon } from "../rules/compile.js";
import { because, type RefineContext, type Refiner } from "./types.js";

/** Where the longest entry of `lexicon` ending at `end` starts. */
function entryStart(view: string, end: number, lexicon: Lexicon): number {
  let start = end;
  for (const key of lexicon.entries.keys()) {
    if (end - key.length < start && view.startsWith(key, end - key.length)) start = end - key.length;
  }
  return start;
}

/** The target cue governing a figure at `start`, or undefined. */
function targetCue(context: RefineContext, start: number): string | undefined {
  const { view, boundaries } = context;
  const { targetCues, targetReset, targetBlock, targetWindow } = context.rules.context;
  let to = start;
  const from = context.scopes.lineStart(start, targetWindow);
  for (;;) {
    const end = lastCueEnd(view, from, to, targetCues, boundaries);
    if (end < 0 || lastCueEnd(view, end, start, targetReset, boundaries) >= 0) return undefined;
    const cueStart = entryStart(view, end, targetCues!);
    if (!cueBefore(view, cueStart, targetBlock, "count", boundaries)) return view.slice(cueStart, end);
    to = cueStart;
  }
}

export const target: Refiner = {
  name: "target",
  refine(context, drafts) {
    for (const d of drafts) {
      const { candidate: c, fact } = d;
      if (fact.kind === "date") continue;
      if (c.rule.target !== undefined) {
        fact.target = c.rule.target;
        because(context, d, "target", () => `rule ${c.rule.id}`);
        continue;
      }
      const cue = targetCue(context, c.start);
      fact.target = cue !== undefined;
      if (cue !== undefined) because(context, d, "target", () => `"${cue}" earlier on its line`);
    }
    return drafts;
  },
};
