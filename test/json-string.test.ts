/** JSON output writes strings itself when they need no escaping: always what JSON.stringify writes. */
import fc from "fast-check";
import { expect, test } from "vitest";
import { jsonString } from "../src/output/json.js";

test("jsonString is JSON.stringify on every code unit alone and on random text", () => {
  for (let code = 0; code < 0x10000; code++) {
    const s = `ก${String.fromCharCode(code)}`;
    expect(jsonString(s)).toBe(JSON.stringify(s));
  }
  const text = fc.string({ unit: fc.oneof(fc.constantFrom("ก", "า", "\"", "\\", "\n", "\u0000", "\ud83d", "\ude00", "😀", " ", "5"), fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c))) });
  fc.assert(fc.property(text, (s) => { expect(jsonString(s)).toBe(JSON.stringify(s)); }), { seed: 1620, numRuns: 5000 });
});
