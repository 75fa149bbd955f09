/**
 * Cutting documents into pieces and large inputs into parts keeps the facts of a whole-document
 * run: same facts, same offsets, same lines, same document date.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { extractFacts, findDocumentDates, type Fact } from "../src/core/index.js";
import { documentDatesIn } from "../src/core/extract/document.js";
import { buildMatchView } from "../src/core/text/match-view.js";
import { readBody, type DecodedPart } from "../src/io/parts.js";
import { DocumentContext, type InContext } from "../src/engine/document-context.js";
import { orderedMap } from "../src/engine/ordered.js";
import { PIECE_CHARS, splitIntoPieces, type Piece } from "../src/engine/pieces.js";
import { extractPiece } from "../src/engine/workers/extract-piece.js";
import { ROOT, builtinRules, segmenter } from "./helpers.js";

const SAMPLE = readFileSync(join(ROOT, "fixtures/corpus-sample.txt"), "utf8");

/** The pieces of `text` as a run gives them out, each with what its document gives it. */
function piecesInContext(text: string, maxChars: number): Array<InContext<{ piece: Piece }>> {
  const context = new DocumentContext<{ piece: Piece }>(builtinRules());
  const pieces = [...splitIntoPieces(text, 0, 0, maxChars)].flatMap((piece) => context.push({ piece }));
  pieces.push(...context.end());
  return pieces;
}

/** Facts of `text` extracted piece by piece, as a run does (without the `file` it adds). */
function factsInPieces(text: string, maxChars: number): Fact[] {
  return piecesInContext(text, maxChars).flatMap(({ piece, documentDate, titleYear, datelineBefore, leadBefore }) =>
    extractPiece({ ...piece, file: "doc", documentDate, titleYear, datelineBefore, leadBefore }, builtinRules(), segmenter)
      .facts.map(({ file: _, ...fact }) => fact));
}

describe("pieces", () => {
  test.each([
    ["", 10, [""]],
    ["a\nb\nc", 2, ["a\n", "b\n", "c"]],
    ["a\nb\nc\n", 4, ["a\nb\n", "c\n"]],
    // A line longer than a piece is cut after a space, or at the limit when it has none.
    ["long line\nx", 5, ["long ", "line\n", "x"]],
    ["abcdefgh", 3, ["abc", "def", "gh"]],
    ["one\n", 100, ["one\n"]],
  ])("splitIntoPieces(%j, %i)", (text, max, expected) => {
    const pieces = [...splitIntoPieces(text, 0, 0, max)];
    expect(pieces.map((p) => p.text)).toEqual(expected);
    for (const p of pieces) {
      expect(text.slice(p.offset, p.offset + p.text.length)).toBe(p.text);
      expect(p.lines).toBe(text.slice(0, p.offset).split("\n").length - 1);
    }
  });

  test("the corpus sample in small pieces gives the whole document's facts", () => {
    const whole = extractFacts(SAMPLE, builtinRules(), segmenter).facts;
    expect(whole.length).toBeGreaterThan(1000);
    expect(factsInPieces(SAMPLE, 20_000)).toEqual(whole);
  });

  test("a piece after another article's dateline is dated by it, as in a whole-document run", () => {
    const text = `ข่าวแรก\nวันอังคารที่ 25 สิงหาคม 2563\n${"ข้อความ\n".repeat(20)}ข่าวที่สอง\nวันพุธที่ 5 มกราคม 2565\n${"ข้อความ\n".repeat(20)}ในปีนี้มีผู้ใช้บริการ 2,200 คน\n`;
    const whole = extractFacts(text, builtinRules(), segmenter).facts;
    expect(whole.find((f) => f.text === "2,200 คน")?.year).toBe(2022);
    expect(factsInPieces(text, 40)).toEqual(whole);
  });

  test("a piece of an article gets the period the article opens with in a piece before", () => {
    const text = `ข่าวแรก\nวันอังคารที่ 25 สิงหาคม 2563\nรายงานภาวะเศรษฐกิจเดือนกรกฎาคม 2563\n${"ข้อความ\n".repeat(20)}มีผู้ใช้บริการ 2,200 คน\n`;
    const whole = extractFacts(text, builtinRules(), segmenter).facts;
    expect(whole.find((f) => f.text === "2,200 คน")?.year).toBe(2020);
    expect(factsInPieces(text, 40)).toEqual(whole);
    // A dateline starts another article, which the first's period does not lead.
    const next = `${text}ข่าวที่สอง\nวันพุธที่ 5 มกราคม 2565\n${"ข้อความ\n".repeat(20)}มีผู้ใช้บริการ 3,300 คน\n`;
    const both = extractFacts(next, builtinRules(), segmenter).facts;
    expect(both.find((f) => f.text === "3,300 คน")?.year).toBeUndefined();
    expect(factsInPieces(next, 40)).toEqual(both);
  });

  test("a yearless date before the first dated line still gets the document's year", () => {
    const text = `ประชุมวันที่ 5 มีนาคม\n${"ข้อความ\n".repeat(50)}วันที่ 1 มกราคม 2564\nงบ 9 ล้านบาท\n`;
    const whole = extractFacts(text, builtinRules(), segmenter).facts;
    expect(whole.find((f) => f.kind === "date" && f.year_implied)).toBeDefined();
    expect(factsInPieces(text, 40)).toEqual(whole);
  });

  test("a range of days stands for its last day as the document's date: a period reported on ends by then", () => {
    const text = "ข่าวท่องเที่ยว\nตั้งแต่ 1 ม.ค. - 15 ต.ค. 66 มีนักท่องเที่ยวต่างชาติเดินทางเข้าไทยแล้ว 21.3 ล้านคน\n";
    expect(documentDatesIn(buildMatchView(text).view, builtinRules()).date).toEqual({ year: 2023, month: 10, day: 15 });
    // So September's exports are no month ahead of the text, no forecast.
    const exports = `${text}การส่งออกของไทยในเดือนกันยายน 2566 มีมูลค่า 25,361 ล้านดอลลาร์สหรัฐ\n`;
    expect(extractFacts(exports, builtinRules(), segmenter).facts.find((f) => f.text === "25,361 ล้านดอลลาร์สหรัฐ")?.target).toBe(false);
  });

  test("a first date that is no dateline and that later lines pass is history, not the document's date", () => {
    // (Lines shorter than the pieces: a piece cut inside a figure would lose it.)
    const bank = "ข่าวธนาคาร\nธนาคารก่อตั้งเมื่อ 14 มี.ค. 2509\n"
      + `${"ข้อความ\n".repeat(10)}ยอดขายเดือนมกราคม 2567\nในปี 2566 มีกำไร 36,616 ล้านบาท\n`;
    expect(findDocumentDates(bank, builtinRules())).toEqual({ month: { year: 2024, month: 1, day: 1 } });
    const whole = extractFacts(bank, builtinRules(), segmenter).facts;
    // So the year's profit is no plan, and it keeps its year.
    expect(whole.find((f) => f.text === "36,616 ล้านบาท")).toMatchObject({ year: 2023, target: false });
    expect(factsInPieces(bank, 40)).toEqual(whole);
    // A year a century on passes it too; with no other date the text has none.
    const cement = "บริษัทก่อตั้งเมื่อวันที่ 8 ธันวาคม 2456\nในปี 2566 บริษัทมีรายได้จากการขาย 499,646 ล้านบาท\n";
    expect(findDocumentDates(cement, builtinRules())).toEqual({});
    expect(extractFacts(cement, builtinRules(), segmenter).facts.find((f) => f.text === "499,646 ล้านบาท")?.year).toBe(2023);
    // A dateline is the text's own whatever follows; a deadline two years ahead passes no date.
    expect(findDocumentDates("ข่าว\nวันจันทร์ที่ 24 สิงหาคม 2563\nโครงการปี 2620\n", builtinRules()).date).toEqual({ year: 2020, month: 8, day: 24 });
    const deadline = "เมื่อวันที่ 24 สิงหาคม 2563 ครม. อนุญาตให้แรงงานทำงานได้ถึงวันที่ 31 มีนาคม 2565\n";
    expect(findDocumentDates(deadline, builtinRules()).date).toEqual({ year: 2020, month: 8, day: 24 });
    // Past the lines it is read against, a later date says nothing of it.
    const far = `เมื่อวันที่ 1 มกราคม 2550 มีการประชุม\n${"ข้อความ\n".repeat(40)}ยอดขายเดือนมกราคม 2567\n`;
    expect(findDocumentDates(far, builtinRules()).date).toEqual({ year: 2007, month: 1, day: 1 });
    expect(factsInPieces(far, 40)).toEqual(extractFacts(far, builtinRules(), segmenter).facts);
  });

  test("with no full date, a quarter stands in for the document's date by its last month, so its ปีนี้ is the quarter's year", () => {
    const results = "บมจ.ปตท. รายงานผลการดำเนินงานไตรมาส 3/2567 มีรายได้จากการขาย 816,728 ล้านบาท\n"
      + "สำหรับงวด 9 เดือนแรกของปีนี้ บริษัทมีกำไรสุทธิรวม 68,031 ล้านบาท\n";
    expect(findDocumentDates(results, builtinRules())).toEqual({ month: { year: 2024, month: 9, day: 1 } });
    expect(extractFacts(results, builtinRules(), segmenter).facts.find((f) => f.text === "68,031 ล้านบาท")?.year).toBe(2024);
  });

  test("a month before the first full date stands in for the date only when no piece has one", () => {
    const later = `รายงานเดือนสิงหาคม 2567\n${"ข้อความ\n".repeat(30)}วันที่ 5 มีนาคม 2568\nเมื่อวันที่ 12 ก.พ. มีผู้ป่วย 5 ราย\n`;
    const whole = extractFacts(later, builtinRules(), segmenter).facts;
    expect(whole.find((f) => f.text === "12 ก.พ.")?.value).toBe("2025-02-12");
    expect(factsInPieces(later, 40)).toEqual(whole);
    const only = `รายงานเดือนสิงหาคม 2567\n${"ข้อความ\n".repeat(30)}เมื่อวันที่ 12 ก.พ. มีผู้ป่วย 5 ราย\n`;
    const alone = extractFacts(only, builtinRules(), segmenter).facts;
    expect(alone.find((f) => f.text === "12 ก.พ.")?.value).toBe("2024-02-12");
    expect(factsInPieces(only, 40)).toEqual(alone);
  });

  test("every piece of a cut document, the first included, is given its date and title year: no worker looks for them", () => {
    const text = `ภาวะเศรษฐกิจไตรมาสที่ 3/2545\nวันที่ 5 มีนาคม 2546\n${"ข้อความ\n".repeat(50)}`;
    const pieces = piecesInContext(text, 40);
    expect(pieces.length).toBeGreaterThan(3);
    for (const p of pieces) expect([p.documentDate, p.titleYear]).toEqual([{ year: 2003, month: 3, day: 5 }, 2002]);
  });

  test("a day without its year takes the year nearest its article's dateline, in a text of many articles and in its pieces", () => {
    const text = `ข่าวแรก\nวันพฤหัสบดีที่ 10 กันยายน 2563\nมีผู้เข้าร่วม 20 คน\n${"ข้อความ\n".repeat(20)}ข่าวที่สอง\nวันพฤหัสบดีที่ 3 มีนาคม 2565\n${"ข้อความ\n".repeat(20)}รับสมัครทางอินเทอร์เน็ต 9 ก.พ. ถึง 4 มี.ค. นี้\n`;
    const whole = extractFacts(text, builtinRules(), segmenter).facts;
    // Not 2021, the year nearest the text's first date (September 2563): the second article is of 2565.
    expect(whole.find((f) => f.text.startsWith("9 ก.พ."))?.value).toBe("2022-02-09/2022-03-04");
    expect(factsInPieces(text, 120)).toEqual(whole);
    // Months in a bracket after a year written spell that year out (ปี 2565 (มกราคม-พฤศจิกายน) in a text of 2566).
    const report = "ข่าว\nวันพฤหัสบดีที่ 5 มกราคม 2566\nการส่งออก 11 เดือนแรกของปี 2565 (มกราคม-พฤศจิกายน) มีมูลค่า 500 ล้านบาท";
    expect(extractFacts(report, builtinRules(), segmenter).facts.find((f) => f.text === "มกราคม-พฤศจิกายน")?.value).toBe("2022-01/2022-11");
  });

  test("a title's period after the news's year dates nothing, in pieces as in the whole document", () => {
    const text = `ตลาดที่อยู่อาศัยเริ่มสู่ช่วงฟื้นตัวครึ่งหลังปี 2565\nวันพฤหัสบดีที่ 23 กันยายน 2564\n${"ข้อความ\n".repeat(50)}จำนวนหน่วยลดลงร้อยละ 20.3\n`;
    const whole = extractFacts(text, builtinRules(), segmenter).facts;
    expect(whole.find((f) => f.text === "ร้อยละ 20.3")?.year).toBeUndefined();
    const pieces = piecesInContext(text, 120);
    expect(pieces.length).toBeGreaterThan(3);
    for (const p of pieces) expect(p.titleYear).toBeNull();
    expect(factsInPieces(text, 120)).toEqual(whole);
  });

  test("the first piece, given its title's year, still does not date the title's own figures with it", () => {
    const text = `ส่งออก 5 ล้านตัน รายงานประจำไตรมาส\n${"ข้อความ\n".repeat(50)}การส่งออกขยายตัวร้อยละ 14.0\n`;
    const whole = extractFacts(text, builtinRules(), segmenter).facts;
    const first = text.slice(0, text.indexOf("\n") + 1);
    // Without knowing that it starts the document, the first piece would give the title figure the title's year.
    const unaware = extractFacts(first, builtinRules(), segmenter, { documentDate: null, titleYear: 2002, startsDocument: false }).facts;
    expect(unaware.find((f) => f.text.startsWith("5"))?.year).toBe(2002);
    expect(whole.find((f) => f.text.startsWith("5"))?.year).toBeUndefined();
    expect(factsInPieces(text, 40)).toEqual(whole);
  });

  test("a title's figure takes the period the title writes after it, in pieces as in the whole document", () => {
    const text = `ส่งออก 5 ล้านตัน รายงานไตรมาสที่ 3/2545\n${"ข้อความ\n".repeat(50)}การส่งออกขยายตัวร้อยละ 14.0\n`;
    const whole = extractFacts(text, builtinRules(), segmenter).facts;
    expect(whole.find((f) => f.text.startsWith("5"))?.year).toBe(2002);
    expect(factsInPieces(text, 40)).toEqual(whole);
  });


  /** Lines of the sample without a digit: text with no date, longer than a block of the scan. */
  const UNDATED = SAMPLE.split("\n").filter((line) => !/[0-9\u0e50-\u0e59]/.test(line)).join("\n").slice(0, 20_000);
  test.each([
    ["the corpus sample", SAMPLE],
    ["a month, then a full date blocks later", `${UNDATED}\nรายงานเดือนมีนาคม ๒๕๖๗\n${UNDATED}\nวันที่ ๕ มี.ค. ๒๕๖๘ 1\n5/3/2568\n`],
    ["only a month, after decomposed sara am", `${UNDATED}\nน\u0e4d\u0e49\u0e32 ${UNDATED}\nกุมภาพันธ์ 2567\n`],
    ["no date at all", UNDATED],
  ])("reading %s a block of lines at a time finds the dates its whole match view gives", (_name, text) => {
    expect(findDocumentDates(text, builtinRules())).toEqual(documentDatesIn(buildMatchView(text).view, builtinRules()));
  });

  test("a report's title period dates the figures below it in every piece", () => {
    const text = `ภาวะเศรษฐกิจไตรมาสที่ 3/2545\n${"ข้อความ\n".repeat(50)}การส่งออกขยายตัวร้อยละ 14.0\n`;
    const whole = extractFacts(text, builtinRules(), segmenter).facts;
    expect(whole.find((f) => f.kind === "percent")?.year).toBe(2002);
    expect(factsInPieces(text, 40)).toEqual(whole);
  });
});

describe("large inputs in parts", () => {
  async function* chunksOf(bytes: Buffer, size: number): AsyncGenerator<Buffer> {
    for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
  }
  async function parts(bytes: Buffer, chunk = 7): Promise<DecodedPart[]> {
    const body = await readBody(chunksOf(bytes, chunk), undefined, { wholeBytes: 50, partBytes: 32 });
    expect(body.kind).toBe("parts");
    const out: DecodedPart[] = [];
    if (body.kind === "parts") for await (const p of body.parts) if (p.ok) out.push(p);
    return out;
  }
  const TEXT = "พื้นที่ ๔๐.๘ ตารางกิโลเมตร\r\nงบ 9 ล้านบาท\n\n🙂 ร้อยละ 19.77\n".repeat(6);

  test.each([
    ["UTF-8", Buffer.from(TEXT, "utf8")],
    ["UTF-8 with a BOM", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT, "utf8")])],
    ["UTF-16 LE with a BOM", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, "utf16le")])],
  ])("%s: parts end at line ends and add up to the whole text, offsets and lines exact", async (_name, bytes) => {
    const got = await parts(bytes);
    expect(got.length).toBeGreaterThan(3);
    expect(got.map((p) => p.text).join("")).toBe(TEXT);
    expect(got.at(-1)?.last).toBe(true);
    for (const p of got) {
      expect(TEXT.slice(p.offset, p.offset + p.text.length)).toBe(p.text);
      expect(p.lines).toBe(TEXT.slice(0, p.offset).split("\n").length - 1);
      if (!p.last) expect(p.text.endsWith("\n")).toBe(true);
    }
    expect(got.reduce((n, p) => n + p.bytes, 0)).toBe(bytes.length);
  });

  test("a line longer than a part is one part; invalid bytes later on are reported once, on their line", async () => {
    const bytes = Buffer.concat([Buffer.from(`${"ก".repeat(40)}\nสอง\n${"x\n".repeat(30)}`), Buffer.from([0xff]), Buffer.from("\nจบ\n")]);
    const got = await parts(bytes, 5);
    expect(got[0]?.text).toBe(`${"ก".repeat(40)}\n`);
    const invalid = got.filter((p) => p.invalid);
    expect(invalid).toHaveLength(1);
    expect(invalid[0]?.invalid?.line).toBe(33);
    expect(invalid[0]?.invalid?.offset).toBe(bytes.indexOf(0xff));
  });

  test("a small input is read whole", async () => {
    const body = await readBody(chunksOf(Buffer.from("สั้น\n"), 3), undefined, { wholeBytes: 50 });
    expect(body.kind).toBe("whole");
  });
});

describe("orderedMap", () => {
  test("results come in input order whatever order they finish in, with at most `limit` started", async () => {
    let running = 0;
    let most = 0;
    async function* numbers(): AsyncGenerator<number> {
      for (let i = 0; i < 20; i++) yield i;
    }
    const out: number[] = [];
    for await (const n of orderedMap(numbers(), async (i) => {
      running++;
      most = Math.max(most, running);
      await new Promise((r) => setTimeout(r, (i * 7) % 5));
      running--;
      return i * 2;
    }, 4)) out.push(n);
    expect(out).toEqual(Array.from({ length: 20 }, (_, i) => i * 2));
    expect(most).toBeLessThanOrEqual(4);
  });
});

test("a line of a million characters is cut into pieces of at most PIECE_CHARS that put it back together", async () => {
  const { PIECE_CHARS } = await import("../src/engine/pieces.js");
  const line = "ผู้ป่วย 20 ราย ".repeat(70_000);
  const pieces = [...splitIntoPieces(line)];
  expect(pieces.length).toBeGreaterThan(10);
  for (const p of pieces) expect(p.text.length).toBeLessThanOrEqual(PIECE_CHARS);
  expect(pieces.map((p) => p.text).join("")).toBe(line);
  expect(pieces.every((p) => p.lines === 0)).toBe(true);
});

describe("long lines (issue 13)", () => {
  /** Figures separated by `space` only: no U+0020 anywhere. */
  const separatedBy = (space: string, n: number): string =>
    Array.from({ length: n }, (_, i) => `พื้นที่${space}${i + 1}${space}ไร่`).join(space);

  test.each([["no-break spaces", "\u00a0"], ["ideographic spaces", "\u3000"], ["ordinary spaces", " "]])(
    "a long line separated only by %s gives the whole document's facts in pieces", (_name, space) => {
      const text = separatedBy(space, 1500);
      const whole = extractFacts(text, builtinRules(), segmenter).facts;
      expect(whole.map((f) => f.value)).toEqual(Array.from({ length: 1500 }, (_, i) => i + 1));
      for (const size of [997, 2000, 4099]) expect(factsInPieces(text, size)).toEqual(whole);
    });

  async function* generated(total: number, unit: string): AsyncGenerator<Buffer> {
    const chunk = Buffer.from(unit.repeat(Math.ceil(64 * 1024 / Buffer.byteLength(unit))));
    for (let sent = 0; sent < total; sent += chunk.length) yield chunk;
  }

  test("an input without line ends is read in parts of bounded size, cut after spaces", async () => {
    const LIMIT = 4096;
    const bytes = Buffer.from(separatedBy("\u00a0", 2000), "utf8");
    const body = await readBody((async function* () { yield* [bytes.subarray(0, 3000), bytes.subarray(3000)]; })(), undefined,
      { wholeBytes: 2048, partBytes: 1024, longLineBytes: LIMIT });
    expect(body.kind).toBe("parts");
    const got: DecodedPart[] = [];
    if (body.kind === "parts") for await (const p of body.parts) if (p.ok) got.push(p);
    expect(got.length).toBeGreaterThan(5);
    expect(got.map((p) => p.text).join("")).toBe(bytes.toString("utf8"));
    for (const p of got) {
      expect(p.bytes).toBeLessThanOrEqual(LIMIT);
      if (!p.last) expect(p.text.endsWith("\u00a0")).toBe(true);
    }
  });

  test("with the default sizes, 40 MB without a line end never makes a part over LONG_LINE_BYTES", async () => {
    const { LONG_LINE_BYTES } = await import("../src/io/parts.js");
    const body = await readBody(generated(40 * 1024 * 1024, "1"), undefined);
    expect(body.kind).toBe("parts");
    let most = 0;
    let total = 0;
    if (body.kind === "parts") {
      for await (const p of body.parts) {
        if (!p.ok) throw new Error("binary?");
        most = Math.max(most, p.bytes);
        total += p.bytes;
      }
    }
    expect(total).toBeGreaterThanOrEqual(40 * 1024 * 1024);
    expect(most).toBeLessThanOrEqual(LONG_LINE_BYTES);
  });
});
