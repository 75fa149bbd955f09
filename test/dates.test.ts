import { describe, expect, test } from "vitest";
import { toGregorianYear } from "../src/core/dates/buddhist-era.js";
import { DATE_SOURCE, parseDate } from "../src/core/dates/date.js";
import { weekdayMismatch } from "../src/core/dates/weekday.js";
import { matchView } from "../src/core/text/match-view.js";

/** A fixed reference: the document's own date, as chrono tests use one reference date. */
const documentDate = { year: 2023, month: 11, day: 14 };
const context = { documentDate: () => documentDate };

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
    ["23/04/2568", "2025-04-23"],
    ["07/11/2566", "2023-11-07"],
    ["3 – 9 กรกฎาคม 2562", "2019-07-03/2019-07-09"],
    ["20-22 ม.ค.2566", "2023-01-20/2023-01-22"],
    ["27 ตุลาคม – 5 พฤศจิกายน 2566", "2023-10-27/2023-11-05"],
    ["31 ธันวาคม 2564 ถึง 9 มีนาคม 2567", "2021-12-31/2024-03-09"],
    ["1 ธันวาคม 2566 ถึงวันที่ 26 ธันวาคม 2566", "2023-12-01/2023-12-26"],
    ["มกราคม - มิถุนายน 2568", "2025-01/2025-06"],
    ["25 ธ.ค. - 5 ม.ค. 2567", "2023-12-25/2024-01-05"],
    ["29 ก.พ. 67", "2024-02-29"],
    ["5 ค.ศ. 2020", undefined],
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

  test("a day and month without a year take the nearest year to the document date", () => {
    expect(parseDate("20 พฤศจิกายน", context)).toMatchObject({ value: "2023-11-20", yearImplied: true });
    expect(parseDate("7 ม.ค.", context)).toMatchObject({ value: "2024-01-07", yearImplied: true });
    expect(parseDate("15 มกราคม", {})).toBeUndefined();
  });

  test("a weekday that contradicts the date is reported", () => {
    expect(weekdayMismatch("วันศุกร์ที่ ", { year: 2021, month: 11, day: 19 })).toBeUndefined();
    expect(weekdayMismatch("วันจันทร์ที่ ", { year: 2021, month: 11, day: 19 })).toEqual({ written: "จันทร์", actual: "ศุกร์" });
  });
});
