/**
 * WordBoundaries keeps the answers for runs of up to 400 letters in one flat array: the same
 * answers as cutting, for every offset asked about, the window around it (the reference below),
 * in whatever order offsets are asked, short and long runs alike.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { WordBoundaries, isThaiLetter } from "../src/core/extract/word-boundaries.js";
import type { Segmenter } from "../src/core/segmenter.js";
import { segmenter } from "./helpers.js";

const MAX_RUN = 400;

/** The reference: the window around `offset` (up to MAX_RUN back, 2 × MAX_RUN from its start), cut afresh. */
function referenceIsBoundary(text: string, seg: Segmenter, offset: number): boolean {
  if (!(isThaiLetter(text.charCodeAt(offset - 1)) && isThaiLetter(text.charCodeAt(offset)))) return true;
  let start = offset;
  while (start > 0 && isThaiLetter(text.charCodeAt(start - 1)) && offset - start < MAX_RUN) start--;
  let end = offset;
  while (end < text.length && isThaiLetter(text.charCodeAt(end)) && end - start < 2 * MAX_RUN) end++;
  return offset === start || seg.wordEnds(text.slice(start, end)).some((e) => start + e === offset);
}

const words = ["ประเทศ", "ไทย", "มี", "พื้นที่", "ตาราง", "กิโลเมตร", "การ", "สามารถ", "ส่งออก", "ข้าว"];
const piece = fc.oneof(
  fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 4 }).map((a) => a.join("")),
  fc.constantFrom(" ", "5 ", ", ", "\n", "ๆ"),
);

describe("WordBoundaries", () => {
  test("answers as the reference on random text, offsets asked in random order", () => {
    fc.assert(fc.property(fc.array(piece, { maxLength: 30 }), fc.integer({ min: 0, max: 1e9 }), (pieces, seed) => {
      const text = pieces.join("");
      const boundaries = new WordBoundaries(text, segmenter);
      const offsets = [...Array(text.length + 1).keys()].sort((a, b) => ((a * 7919 + seed) % 101) - ((b * 7919 + seed) % 101));
      for (const offset of offsets) expect(boundaries.isBoundary(offset)).toBe(referenceIsBoundary(text, segmenter, offset));
    }), { seed: 1616, numRuns: 200 });
  });

  test.each([399, 400, 401, 1000])("answers as the reference around a run of %i letters", (length) => {
    let run = "";
    for (let i = 0; run.length < length; i++) run += words[i % words.length];
    const text = `ก ${run.slice(0, length)} 5 ไทย`;
    const forward = new WordBoundaries(text, segmenter);
    const backward = new WordBoundaries(text, segmenter);
    for (let offset = 0; offset <= text.length; offset++) {
      const expected = referenceIsBoundary(text, segmenter, offset);
      expect(forward.isBoundary(offset)).toBe(expected);
      expect(backward.isBoundary(text.length - offset)).toBe(referenceIsBoundary(text, segmenter, text.length - offset));
    }
  });

  test("a cue word before a number that the segmenter cut across is cut off whole; one inside a word stays", () => {
    const text = "จัดเตรียมยาฟาวิพิราเวียร์กว่า 5 แสนเม็ด งบประมาณ 150 ล้านบาท";
    const cut = (b: WordBoundaries): string[] => b.words(0, text.length).map(([s, e]) => text.slice(s, e));
    expect(cut(new WordBoundaries(text, segmenter))).toContain("ยร์ก");
    const words = cut(new WordBoundaries(text, segmenter, ["กว่า", "ประมาณ"]));
    expect(words).toContain("กว่า");
    expect(words).toContain("งบประมาณ");
  });

  test("words are the pieces between the boundaries, spaces left out, cut at the ends asked for", () => {
    const text = "ประเทศไทยมีพื้นที่ 5 ตารางกิโลเมตร, สามารถ";
    const boundaries = new WordBoundaries(text, segmenter);
    const found = boundaries.words(0, text.length).map(([s, e]) => text.slice(s, e));
    expect(found).toEqual(["ประเทศ", "ไทย", "มี", "พื้นที่", "5", "ตารางกิโลเมตร", ",", "สามารถ"]);
    expect(boundaries.words(3, 12).map(([s, e]) => text.slice(s, e))).toEqual(["เทศ", "ไทย", "มี", "พ"]);
  });

  test("a Thai month's short form glued to the word before it is a word of its own, in short and long runs", () => {
    for (const before of ["ยอดขายเดือน", "ประเทศไทย".repeat(50) + "ในเดือน"]) {
      for (const month of ["ก.ย. 67", "มี.ค. 2567"]) {
        const text = `${before}${month}`;
        const boundaries = new WordBoundaries(text, segmenter);
        expect(boundaries.isBoundary(before.length)).toBe(true);
        expect(boundaries.words(0, before.length).map(([s, e]) => text.slice(s, e)).at(-1)).toBe("เดือน");
      }
    }
  });

  test("a Thai month's short form is one word, dots and all; a body's initials that hold one are not", () => {
    const cut = (text: string) => new WordBoundaries(text, segmenter).words(0, text.length).map(([s, e]) => text.slice(s, e));
    expect(cut("เพิ่มขึ้นจากเดือน เม.ย. 6.70%")).toContain("เม.ย.");
    expect(cut("ยอดขายเดือนก.ย 67")).toContain("ก.ย");
    expect(cut("ส่งน้ำนมดิบให้ อ.ส.ค. 874 ตัน")).not.toContain("ส.ค.");
    expect(cut("สำนักงาน ก.ค.ศ. แจ้ง")).not.toContain("ก.ค.");
  });
});
