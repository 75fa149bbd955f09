import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { toGregorianYear } from "../src/core/dates/buddhist-era.js";
import { parseDate as parseDateWith, type DateContext } from "../src/core/dates/date.js";
import { MONTH_SOURCE } from "../src/core/dates/months.js";
import { periodSource } from "../src/core/dates/periods.js";
import { weekdayMismatch } from "../src/core/dates/weekday.js";
import { matchView } from "../src/core/text/match-view.js";
import { extractFacts } from "../src/core/extract/extract.js";
import { builtinCalendar, builtinRules, ROOT, segmenter } from "./helpers.js";

/** A fixed reference: the document's own date, as chrono tests use one reference date. */
const documentDate = { year: 2023, month: 11, day: 14 };
const context = { documentDate: () => documentDate };

const calendar = builtinCalendar();
const DATE_SOURCE = calendar.dateSource;
const parseDate = (text: string, dates: DateContext = {}) => parseDateWith(text, calendar, dates);
const whole = new RegExp(`^${DATE_SOURCE}$`);

describe("Buddhist era", () => {
  test.each([
    [2564, 4, "auto", 2021], [2020, 4, "auto", 2020], [64, 2, "auto", 2021], [2563, 4, "BE", 2020], [2500, 4, "CE", 2500],
  ] as const)("%d (%d digits, %s) → %d", (year, digits, era, expected) => {
    expect(toGregorianYear(year, digits, era)).toBe(expected);
  });
});

describe("dates", () => {
  test.each([
    ["19 พฤศจิกายน 2564", "2021-11-19"],
    ["19 พ.ย. 64", "2021-11-19"],
    ["11 มิ.ย.67", "2024-06-11"],
    ["๑๙ พฤศจิกายน ๒๕๖๔", "2021-11-19"],
    ["7 กรกฏาคม 2562", "2019-07-07"],
    ["5 Nov 2020", "2020-11-05"],
    ["5 November 2563", "2020-11-05"],
    ["สิงหาคม 2560", "2017-08"],
    ["สิงหาคม ปี 2560", "2017-08"],
    ["มิ.ย. ปี2568", "2025-06"],
    ["23/04/2568", "2025-04-23"],
    ["07/11/2566", "2023-11-07"],
    ["3 – 9 กรกฎาคม 2562", "2019-07-03/2019-07-09"],
    ["20-22 ม.ค.2566", "2023-01-20/2023-01-22"],
    ["27 ตุลาคม – 5 พฤศจิกายน 2566", "2023-10-27/2023-11-05"],
    ["31 ธันวาคม 2564 ถึง 9 มีนาคม 2567", "2021-12-31/2024-03-09"],
    ["1 ธันวาคม 2566 ถึงวันที่ 26 ธันวาคม 2566", "2023-12-01/2023-12-26"],
    ["มกราคม - มิถุนายน 2568", "2025-01/2025-06"],
    ["ต.ค. 63", "2020-10"],
    ["พ.ย. – ธ.ค. 63", "2020-11/2020-12"],
    ["ต.ค. 62 – ก.ย. 63", "2019-10/2020-09"],
    ["ตุลาคม 2562 – กันยายน 2563", "2019-10/2020-09"],
    // A month to a day and a day to a month, each end with its year: one period, each end as precise as written.
    ["มีนาคม 2567 – 26 มีนาคม 2568", "2024-03/2025-03-26"],
    ["ตุลาคม 2564 จนถึง 30 เมษายน 2565", "2021-10/2022-04-30"],
    ["พ.ย. 64 จนถึงวันที่ 4 พ.ค. 65", "2021-11/2022-05-04"],
    ["1 มกราคม 2563 – ธันวาคม 2565", "2020-01-01/2022-12"],
    ["1 ต.ค. 2565 – พฤษภาคม 2566", "2022-10-01/2023-05"],
    // An end before the start is no period.
    ["มีนาคม 2568 – 26 มีนาคม 2567", undefined],
    ["ตุลาคม 63", undefined],
    // A headline's short form, closed with ฯ, reads a two-digit year as the dotted forms do.
    ["กุมภาฯ 68", "2025-02"],
    ["19 พฤศจิกาฯ 2568", "2025-11-19"],
    ["25 ธ.ค. - 5 ม.ค. 2567", "2023-12-25/2024-01-05"],
    ["29 ก.พ. 67", "2024-02-29"],
    ["5 ค.ศ. 2020", undefined],
    ["December 17, 2002", "2002-12-17"],
    // Month first reads its year as every written date does: a Buddhist-era year, an era marker.
    ["Mar 7 2566", "2023-03-07"],
    ["March 7, พ.ศ. 2566", "2023-03-07"],
    ["Mar 7, 2023", "2023-03-07"],
    ["March 7 2023", "2023-03-07"],
    ["2023-06-08", "2023-06-08"],
    ["2023-13-08", undefined],
    ["14.11.2023", "2023-11-14"],
    ["14.11.66", "2023-11-14"],
    ["ไตรมาสที่ 3/2545", "2002-07/2002-09"],
    ["ไตรมาส 3 ปี 2545", "2002-07/2002-09"],
    ["ไตรมาส 3/45", "2002-07/2002-09"],
    ["ไตรมาส 4 ของปี 2563", "2020-10/2020-12"],
    ["ไตรมาสแรกของปี 2566", "2023-01/2023-03"],
    ["ไตรมาสแรกปี 66", "2023-01/2023-03"],
    ["Q3/2545", "2002-07/2002-09"],
    ["Q4 2565", "2022-10/2022-12"],
    ["Q1/68", "2025-01/2025-03"],
    ["ครึ่งแรกของปี 2568", "2025-01/2025-06"],
    ["ครึ่งปีแรก 2568", "2025-01/2025-06"],
    ["ครึ่งปีหลัง 2567", "2024-07/2024-12"],
    ["H1/2568", "2025-01/2025-06"],
    ["เม.ย.-มิ.ย.62", "2019-04/2019-06"],
    ["ไตรมาส 2", undefined],
    ["ไตรมาสแรก 10", undefined],
  ])("%s → %s", (written, iso) => {
    const view = matchView(written);
    if (iso === undefined) {
      expect(whole.test(view) ? parseDate(view, context)?.value : undefined).toBeUndefined();
      return;
    }
    expect(whole.test(view)).toBe(true);
    expect(parseDate(view, context)?.value).toBe(iso);
  });

  test.each([["31 กุมภาพันธ์ 2567"], ["29 ก.พ. 66"], ["31 เม.ย. 2567"]])("%s is not a date", (written) => {
    expect(parseDate(matchView(written), context)).toBeUndefined();
  });

  test.each([
    ["ข่าวเศรษฐกิจ\n date 2025-07-14\nเมื่อวันที่ 18 มิถุนายน มีการประชุม", "18 มิถุนายน", "2025-06-18"],
    ["ข่าว 2023-06-08 09:41:05\nเมื่อวันที่ 9 ม.ค. มีการประชุม", "9 ม.ค.", "2023-01-09"],
    ["Tuesday December 17, 2002 09:38\nเมื่อ 5 ธ.ค. ที่ผ่านมา", "5 ธ.ค.", "2002-12-05"],
    ["ภาวะเศรษฐกิจเดือนสิงหาคม 2567\nเมื่อวันที่ 12 ก.พ. มีการประชุม", "12 ก.พ.", "2024-02-12"],
  ])("a news site's dateline gives the document's date (%#)", (text, written, iso) => {
    const found = extractFacts(text, builtinRules(), segmenter).facts.find((f) => f.text === written);
    expect(found?.value).toBe(iso);
    expect(found?.year_implied).toBe(true);
  });

  test("a day glued to an abbreviation's dot is read; a decimal's digits are not a day", () => {
    const dates = (text: string) => extractFacts(text, builtinRules(), segmenter).facts.filter((f) => f.kind === "date").map((f) => f.value);
    expect(dates("สรุปข่าวการประชุม ครม.8 ตุลาคม 2567")).toEqual(["2024-10-08"]);
    expect(dates("ขยายตัว 2.8 ตุลาคม 2567")).toEqual(["2024-10"]);
  });

  test("a month's abbreviation a PDF converter spaced out (พ ย . 2566) is read, its text kept as written", () => {
    const facts = extractFacts("สศอ. เผย ดัชนี MPI เดือน พ ย . 2566 หดตัวร้อยละ 4.71 และ 11 เดือนแรกหดตัวร้อยละ 5.01", builtinRules(), segmenter).facts;
    expect(facts.find((f) => f.kind === "date")).toMatchObject({ value: "2023-11", text: "พ ย . 2566" });
    expect(facts.find((f) => f.text === "ร้อยละ 4.71")).toMatchObject({ year: 2023, subject: "ดัชนี MPI" });
    // The first months of a year are a period of the year governing them.
    expect(facts.find((f) => f.text === "11 เดือน")?.year).toBe(2023);
    expect(matchView("ก ข . 5")).toBe("ก.ข.  5");
    // Letters spaced apart with no number after them are left alone.
    expect(matchView("ก ข . ค")).toBe("ก ข . ค");
  });

  test("a title's day (a meeting's) dates none of the figures; a title's period does", () => {
    const yearOf = (title: string) => extractFacts(`${title}\nอนุมัติงบประมาณ 500 ล้านบาท`, builtinRules(), segmenter).facts.find((f) => f.kind === "money")?.year;
    expect(yearOf("สรุปข่าวการประชุม ครม.8 ตุลาคม 2567")).toBeUndefined();
    expect(yearOf("ภาวะเศรษฐกิจการคลังภูมิภาคเดือนสิงหาคม 2567")).toBe(2024);
  });

  test("a day and month without a year take the nearest year to the document date", () => {
    expect(parseDate("20 พฤศจิกายน", context)).toMatchObject({ value: "2023-11-20", yearImplied: true });
    expect(parseDate("7 ม.ค.", context)).toMatchObject({ value: "2024-01-07", yearImplied: true });
    expect(parseDate("15 มกราคม", {})).toBeUndefined();
  });

  test("a weekday that contradicts the date is reported", () => {
    expect(weekdayMismatch("วันศุกร์ที่ ", { year: 2021, month: 11, day: 19 })).toBeUndefined();
    expect(weekdayMismatch("วันจันทร์ที่ ", { year: 2021, month: 11, day: 19 })).toEqual({ written: "จันทร์", actual: "ศุกร์" });
  });

  test("the warning says when the year was implied, not written", () => {
    const warningsOf = (text: string) => extractFacts(text, builtinRules(), segmenter).warnings.map((w) => w.message);
    expect(warningsOf("วันจันทร์ที่ 19 พฤศจิกายน 2564")).toEqual(['"19 พฤศจิกายน 2564" is a วันศุกร์, but the text says วันจันทร์']);
    expect(warningsOf("ข่าววันที่ 1 พฤศจิกายน 2564\nประชุมวันจันทร์ที่ 19 พฤศจิกายน")).toEqual([
      '"19 พฤศจิกายน" is a วันศุกร์ in 2021 (the year implied from the document\'s date), but the text says วันจันทร์',
    ]);
    expect(warningsOf("วันศุกร์ที่ 19 พฤศจิกายน 2564")).toEqual([]);
  });
});

describe("the recognizer's shared starts", () => {
  // The forms as separate alternatives, as they read in the docs: the recognizer shares their
  // starts (date.ts) and must match exactly what these match, where these match it.
  const DAY = "(?<![0-9,])(?<![0-9]\\.)(?:0?[1-9]|[12][0-9]|3[01])(?![0-9])";
  const YEAR4 = "(?:(?:พ\\.ศ\\.?|ค\\.ศ\\.?) ?)?[12][0-9]{3}(?![0-9])";
  const YEAR = `(?:${YEAR4}|[0-9]{2}(?![0-9]|[.,][0-9]))`;
  const SP = "[ \\t]{0,3}";
  const THROUGH = `${SP}(?:-|จนถึง|ถึง)${SP}(?:วันที่${SP})?`;
  // Before a month, a month word may stand there instead (กันยายน 2561 ถึงเดือนสิงหาคม 2564).
  const THROUGH_MONTH = `${SP}(?:-|จนถึง|ถึง)${SP}(?:(?:วันที่|เดือน)${SP})?`;
  const M = `(?:${MONTH_SOURCE})`;
  const separate = new RegExp([
    `${DAY}${SP}${M}(?:${SP}${YEAR})?${THROUGH}${DAY}${SP}${M}(?:${SP}${YEAR})?`,
    `${DAY}${THROUGH}${DAY}${SP}${M}(?:${SP}${YEAR})?`,
    `${DAY}${SP}${M}(?:${SP}${YEAR})?`,
    `${M}${SP}${DAY},?${SP}[12][0-9]{3}(?![0-9])`,
    `${M}${THROUGH_MONTH}${M}(?:${SP}${YEAR})?`,
    `${M}${SP}${YEAR}${THROUGH_MONTH}${M}${SP}${YEAR}`,
    `${M}${SP}(?:ปี${SP})?${YEAR}`,
    "(?<![0-9/])(?:0?[1-9]|[12][0-9]|3[01])/(?:0?[1-9]|1[0-2])/[0-9]{4}(?![0-9/])",
    "(?<![0-9-])[12][0-9]{3}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])(?![0-9]|-[0-9])",
    "(?<![0-9.])(?:0?[1-9]|[12][0-9]|3[01])\\.(?:0?[1-9]|1[0-2])\\.(?:[12][0-9]{3}|[0-9]{2})(?![0-9]|\\.[0-9])",
    periodSource(calendar.words, false),
  ].join("|"), "g");
  const shared = new RegExp(DATE_SOURCE, "g");
  const matches = (re: RegExp, text: string): string[] => [...text.matchAll(re)].map((m) => `${m.index}:${m[0]}`);

  test("the same matches on the corpus sample", () => {
    const text = matchView(readFileSync(join(ROOT, "fixtures/corpus-sample.txt"), "utf8"));
    const found = matches(shared, text);
    expect(found.length).toBeGreaterThan(300);
    expect(found).toEqual(matches(separate, text));
  });

  test("the same matches on random text made of date pieces", () => {
    const pieces = ["1", "19", "3", "31", "05", " ", "  ", "-", " - ", "ถึง", "จนถึง", "วันที่", "เดือน", "พ.ศ.", "ค.ศ.", "2566", "64", ".",
      "์", "ก.พ.", "ก.พ", "กุมภาพันธ์", "กุมภาพันธ", "มี.ค.", "มีนาคม", "Sept", "Sep", "September", "Nov.", "May", "/", "12/04/2568", "ปี",
      "ไตรมาส", "ไตรมาสที่", "ครึ่งปี", "แรก", "หลัง", "Q", "H", "ของ", ",", "2023-06-08"];
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 14 }), (parts) => {
      const text = parts.join("");
      expect(matches(shared, text)).toEqual(matches(separate, text));
    }), { seed: 20261121, numRuns: 3000 });
  });
});
