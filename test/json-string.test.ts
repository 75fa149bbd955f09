/** JSON output writes strings itself when they need no escaping: always what JSON.stringify writes; and its fields in FIELDS order. */
import fc from "fast-check";
import { expect, test } from "vitest";
import { factToJson, jsonString } from "../src/output/json.js";
import { FIELDS, type OutputFact } from "../src/output/record.js";

test("jsonString is JSON.stringify on every code unit alone and on random text", () => {
  for (let code = 0; code < 0x10000; code++) {
    const s = `ก${String.fromCharCode(code)}`;
    expect(jsonString(s)).toBe(JSON.stringify(s));
  }
  const text = fc.string({ unit: fc.oneof(fc.constantFrom("ก", "า", "\"", "\\", "\n", "\u0000", "\ud83d", "\ude00", "😀", " ", "5"), fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c))) });
  fc.assert(fc.property(text, (s) => { expect(jsonString(s)).toBe(JSON.stringify(s)); }), { seed: 1620, numRuns: 5000 });
});

test("factToJson writes every field of FIELDS in order, and leaves out the absent ones", () => {
  const full: OutputFact = {
    file: "a.txt", line: 3, start: 10, end: 20, kind: "money", value: 1e21, unit: "THB", qualifier: "range", value_max: 2e21,
    target: true, year: 2020, subject: "งบ \"พิเศษ\"", text: "1,000", rule: "money.amount", year_implied: false, change: "increase",
  };
  expect(Object.keys(JSON.parse(factToJson(full)) as object)).toEqual([...FIELDS]);
  expect(factToJson(full)).toContain('"value":1000000000000000000000,');
  const { unit: _u, qualifier: _q, value_max: _m, year: _y, subject: _s, year_implied: _i, change: _c, ...bare } = full;
  expect(JSON.parse(factToJson(bare))).toEqual({ ...bare, value: 1e21 });
});
