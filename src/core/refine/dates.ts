/**
 * Dates: says when a date's year was filled in from the document's date, and warns when a
 * weekday written before a date is not that date's (วันจันทร์ที่ 19 พฤศจิกายน 2564, a Friday).
 */
import { weekdayMismatch } from "../dates/weekday.js";
import type { Refiner } from "./types.js";

export const dates: Refiner = {
  name: "dates",
  refine(context, drafts) {
    for (const { candidate: c, fact } of drafts) {
      if (fact.kind !== "date") continue;
      if (c.yearImplied) fact.year_implied = true;
      const mismatch = c.firstDay && weekdayMismatch(context.view.slice(Math.max(0, c.start - 30), c.start), c.firstDay);
      if (!mismatch) continue;
      // With no year written, the year is the one implied from the document's date: say so,
      // since a wrong guess of the year is as likely as a wrong weekday.
      const implied = c.yearImplied ? ` in ${c.firstDay!.year} (the year implied from the document's date)` : "";
      context.warnings.push({ code: "WEEKDAY_MISMATCH", line: fact.line, start: fact.start,
        message: `"${fact.text}" is a วัน${mismatch.actual}${implied}, but the text says วัน${mismatch.written}` });
    }
    return drafts;
  },
};
