/**
 * Property tests (fast-check, fixed seeds so that every run checks the same cases): over random
 * Unicode, random Thai with digits, and mutated seeds, the extractor never throws, every span
 * lies inside the text with `text === slice`, and each document finishes in bounded time.
 * Decoding random or damaged bytes never throws either.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { extractFacts } from "../src/core/index.js";
import { decodeBytes } from "../src/io/decode.js";
import { ROOT, builtinRules, segmenter } from "./helpers.js";

/** Milliseconds one document of a few thousand characters may take, far above the ~10 ms usual. */
const BUDGET_MS = 2_000;
const SEED = 20_261_121;

/** Extracts `text`; fails on a throw, a span outside the text or not matching it, or a slow run. */
function check(text: string): boolean {
  const started = performance.now();
  const { facts } = extractFacts(text, builtinRules(), segmenter);
  const elapsed = performance.now() - started;
  if (elapsed > BUDGET_MS) throw new Error(`took ${Math.round(elapsed)} ms on ${text.length} characters`);
  for (const f of facts) {
    if (!(Number.isInteger(f.start) && Number.isInteger(f.end) && f.start >= 0 && f.start < f.end && f.end <= text.length)) {
      throw new Error(`span [${f.start}, ${f.end}) outside a text of ${text.length}`);
    }
    if (text.slice(f.start, f.end) !== f.text) throw new Error(`text ${JSON.stringify(f.text)} !== slice ${JSON.stringify(text.slice(f.start, f.end))}`);
    if (text.slice(0, f.start).split("\n").length !== f.line) throw new Error(`line ${f.line} wrong for offset ${f.start}`);
    if (typeof f.value === "number" && !Number.isFinite(f.value)) throw new Error(`value ${f.value}`);
  }
  return true;
}

/** Pieces real Thai figures are made of, and the odd characters real files carry. */
const THAI_TOKENS = [
  "พื้นที่", "ไร่", "งาน", "ตารางวา", "ตารางกิโลเมตร", "ตร.กม.", "บาท", "ล้านบาท", "ล้าน", "แสน", "หมื่น", "พัน", "ร้อย", "สิบ",
  "สาม", "สอง", "หนึ่ง", "ยี่สิบ", "ร้อยละ", "เปอร์เซ็นต์", "%", "ปี", "เดือน", "วัน", "ชั่วโมง", "ราย", "แห่ง", "คน", "ตำบล",
  "พ.ศ.", "ค.ศ.", "พ.ย.", "พฤศจิกายน", "ม.ค.", "วันที่", "ถึง", "จนถึง", "ประมาณ", "กว่า", "มากกว่า", "ไม่เกิน", "อย่างน้อย",
  "จะ", "คาดว่า", "เป้าหมาย", "หมู่ที่", "มาตรา", "โควิด-", "หยวน", "ดอลลาร์", "ตัน", "เมกะวัตต์", "นํ้า", "ทํา", "สามารถ",
  " ", " ", " ", "\u00a0", "\u200b", "\n", "\r\n", "\t", ",", ".", "-", "–", "/", ":", "(", ")", "“", "”", "\ufeff",
];
const DIGITS = ["0", "1", "2", "5", "9", "๐", "๑", "๒", "๕", "๙", "2567", "2021", "1,451", "๔๐.๘", "19.77", "10,000,000,000"];

const UNITS = ["ไร่", "ตารางกิโลเมตร", "ล้านบาท", "บาท", "ราย", "แห่ง", "ปี", "ตัน", "พ.ย. 2564", "พฤศจิกายน 2567", "เปอร์เซ็นต์", "ล้านหยวน"];
/** A number and a unit, as figures are written: `5 ไร่`, `๔๐.๘\u00a0ตารางกิโลเมตร`, `ร้อยละ 19.77`. */
const figure = fc.tuple(fc.constantFrom("", "ประมาณ ", "กว่า ", "ร้อยละ ", "จำนวน "), fc.constantFrom(...DIGITS), fc.constantFrom("", " ", "\u00a0"), fc.constantFrom(...UNITS))
  .map((parts) => ` ${parts.join("")} `);

const thaiText = fc.array(fc.oneof(
  { weight: 2, arbitrary: figure },
  { weight: 5, arbitrary: fc.constantFrom(...THAI_TOKENS) },
  { weight: 3, arbitrary: fc.constantFrom(...DIGITS) },
  { weight: 1, arbitrary: fc.string({ unit: fc.integer({ min: 0x0e01, max: 0x0e5b }).map((c) => String.fromCharCode(c)), maxLength: 4 }) },
), { maxLength: 120 }).map((parts) => parts.join(""));

/** Any code points, plus lone surrogates (a broken file decoded by something else). */
const unicodeText = fc.array(fc.oneof(
  { weight: 8, arbitrary: fc.string({ unit: "binary", maxLength: 20 }) },
  { weight: 1, arbitrary: fc.constantFrom("\ud800", "\udfff", "\u0e4d\u0e32", "\u200b", "\r", "\n") },
  { weight: 2, arbitrary: fc.constantFrom(...DIGITS, ...THAI_TOKENS) },
), { maxLength: 60 }).map((parts) => parts.join(""));

const SEEDS = readdirSync(join(ROOT, "seeds")).sort().map((name) => readFileSync(join(ROOT, "seeds", name), "utf8"));

type Mutation =
  | { kind: "delete"; at: number; length: number }
  | { kind: "insert"; at: number; text: string }
  | { kind: "duplicate"; at: number; length: number }
  | { kind: "decompose-sara-am" };

function mutate(text: string, mutations: readonly Mutation[]): string {
  let out = text;
  for (const m of mutations) {
    const at = out.length === 0 ? 0 : ("at" in m ? m.at % (out.length + 1) : 0);
    if (m.kind === "delete") out = out.slice(0, at) + out.slice(at + m.length);
    else if (m.kind === "insert") out = out.slice(0, at) + m.text + out.slice(at);
    else if (m.kind === "duplicate") out = out.slice(0, at) + out.slice(at, at + m.length) + out.slice(at);
    else out = out.replace(/\u0e33/g, "\u0e4d\u0e32");
  }
  return out;
}

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("delete" as const), at: fc.nat(), length: fc.integer({ min: 1, max: 20 }) }),
  fc.record({ kind: fc.constant("insert" as const), at: fc.nat(), text: fc.oneof(fc.constantFrom(...THAI_TOKENS, ...DIGITS), fc.string({ unit: "binary", maxLength: 5 })) }),
  fc.record({ kind: fc.constant("duplicate" as const), at: fc.nat(), length: fc.integer({ min: 1, max: 200 }) }),
  fc.constant({ kind: "decompose-sara-am" as const }),
);

/** A window of a seed (up to 3,000 characters), mutated a few times. */
const mutatedSeed = fc.record({
  seed: fc.integer({ min: 0, max: SEEDS.length - 1 }),
  start: fc.nat(),
  length: fc.integer({ min: 0, max: 3_000 }),
  mutations: fc.array(mutation, { maxLength: 8 }),
}).map(({ seed, start, length, mutations }) => {
  const text = SEEDS[seed] ?? "";
  const from = start % (text.length + 1);
  return mutate(text.slice(from, from + length), mutations);
});

describe("the extractor never throws, spans are exact, time is bounded", () => {
  test("random Unicode", () => {
    fc.assert(fc.property(unicodeText, check), { seed: SEED, numRuns: 300 });
  });

  test("random Thai with digits, units, cue words and odd spaces", () => {
    fc.assert(fc.property(thaiText, check), { seed: SEED, numRuns: 500 });
  });

  test("mutated seeds", () => {
    fc.assert(fc.property(mutatedSeed, check), { seed: SEED, numRuns: 200 });
  });

  test("a known shape: the properties do find facts in the Thai texts they make", () => {
    const samples = fc.sample(thaiText, { seed: SEED, numRuns: 100 });
    const withFacts = samples.filter((t) => extractFacts(t, builtinRules(), segmenter).facts.length > 0);
    expect(withFacts.length).toBeGreaterThan(50);
  });
});

describe("decoding never throws", () => {
  const decodes = (bytes: Uint8Array): boolean => {
    for (const forced of [undefined, "utf-8", "utf-16le", "utf-16be", "windows-874"] as const) {
      const result = decodeBytes(bytes, forced);
      if (result.ok && result.invalid && (result.invalid.offset < 0 || result.invalid.offset >= bytes.length)) {
        throw new Error(`invalid offset ${result.invalid.offset} outside ${bytes.length} bytes`);
      }
    }
    return true;
  };

  test("random bytes", () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 600 }), decodes), { seed: SEED, numRuns: 300 });
  });

  test("Windows-874 seeds with bytes flipped: decoded, then extracted, without a throw", () => {
    const encoded = readdirSync(join(ROOT, "fixtures", "encodings")).filter((n) => n.endsWith(".windows-874.txt"))
      .map((n) => readFileSync(join(ROOT, "fixtures", "encodings", n)));
    const damaged = fc.record({
      file: fc.integer({ min: 0, max: encoded.length - 1 }),
      flips: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 })), { maxLength: 10 }),
    }).map(({ file, flips }) => {
      const bytes = Uint8Array.from((encoded[file] ?? Buffer.alloc(0)).subarray(0, 2_000));
      for (const [at, value] of flips) if (bytes.length > 0) bytes[at % bytes.length] = value;
      return bytes;
    });
    fc.assert(fc.property(damaged, (bytes) => {
      decodes(bytes);
      const result = decodeBytes(bytes);
      return result.ok ? check(result.text) : result.code === "BINARY";
    }), { seed: SEED, numRuns: 60 });
  });
});
