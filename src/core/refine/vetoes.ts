/**
 * Vetoes: a number that is a name or a year is no figure. The year of a year mention (ปี 2563),
 * and a number right after or before a `veto_before` / `veto_after` cue (หมู่ที่ 4, ครั้งที่ 2,
 * เกรด 1, 5 หน่วยละ …) are dropped.
 */
import { cueAfter, cueBefore } from "../extract/cues.js";
import type { Refiner } from "./types.js";

export const vetoes: Refiner = {
  name: "vetoes",
  refine(context, drafts) {
    const { view, boundaries } = context;
    const { vetoBefore, vetoAfter } = context.rules.context;
    const yearNumbers = new Map(context.yearMentions.filter((y) => y.numberStart !== undefined).map((y) => [y.numberStart!, y.text]));
    return drafts.filter(({ candidate: c }) => {
      const year = c.rule.kind === "date" ? undefined : yearNumbers.get(c.captures.get("value")?.start ?? c.start);
      if (year !== undefined) {
        if (context.explain) context.vetoed.push({ candidate: c, reason: `the year of "${year}"` });
        return false;
      }
      const before = cueBefore(view, c.start, vetoBefore, c.rule.kind, boundaries);
      const cue = before?.entry ?? cueAfter(view, c.end, vetoAfter, c.rule.kind, boundaries);
      if (cue && context.explain) context.vetoed.push({ candidate: c, reason: `after or before "${cue.surface}"` });
      return !cue;
    });
  },
};
