/** The code-unit character tests agree with the regular expressions they stand for, on every code unit. */
import { expect, test } from "vitest";
import { charSet, isWhitespace } from "../src/core/text/chars.js";

const everyCodeUnit = Array.from({ length: 0x10000 }, (_, code) => code);

test("isWhitespace is /\\s/", () => {
  const differ = everyCodeUnit.filter((code) => isWhitespace(code) !== /\s/.test(String.fromCharCode(code)));
  expect(differ).toEqual([]);
});

test("charSet holds exactly its characters", () => {
  const stops = charSet("\n()[]“”'");
  const expected = /[\n()[\]“”']/;
  expect(everyCodeUnit.filter((code) => stops(code) !== expected.test(String.fromCharCode(code)))).toEqual([]);
  expect(stops(Number.NaN)).toBe(false); // charCodeAt past the end
});
