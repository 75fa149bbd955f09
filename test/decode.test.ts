/**
 * Bytes to text (src/io/decode.ts): byte-order marks, UTF-8, TIS-620 / Windows-874 detection,
 * forced encodings, binary sniffing and the position of the first bad byte. The Windows-874,
 * TIS-620 and UTF-16 files under fixtures/ were made with `iconv` from the UTF-8 originals.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { bomOf, decodeBytes, looksLikeThaiSingleByte, parseEncodingLabel, sniffBinary, type Encoding } from "../src/io/decode.js";
import { ROOT } from "./helpers.js";

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const bytes = (...parts: Array<number[] | Uint8Array | string>): Uint8Array =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === "string" ? [...utf8(p)] : [...p])));
const utf16 = (text: string, endian: "le" | "be"): number[] =>
  [...text].flatMap((ch) => {
    const units: number[] = [];
    for (let i = 0; i < ch.length; i++) units.push(ch.charCodeAt(i));
    return units.flatMap((u) => (endian === "le" ? [u & 0xff, u >> 8] : [u >> 8, u & 0xff]));
  });

const THAI = "พื้นที่ ๔๐.๘ ตารางกิโลเมตร มูลค่า 9 ล้านบาท\n";

describe("detection", () => {
  test.each<[string, Uint8Array, Encoding, "bom" | "detected", string]>([
    ["UTF-8", bytes(THAI), "utf-8", "detected", THAI],
    ["UTF-8 with BOM", bytes([0xef, 0xbb, 0xbf], THAI), "utf-8", "bom", THAI],
    ["UTF-16 LE with BOM", bytes([0xff, 0xfe], utf16(THAI, "le")), "utf-16le", "bom", THAI],
    ["UTF-16 BE with BOM", bytes([0xfe, 0xff], utf16(THAI, "be")), "utf-16be", "bom", THAI],
    ["UTF-16 LE, a character outside the BMP", bytes([0xff, 0xfe], utf16("🙂 5 ไร่", "le")), "utf-16le", "bom", "🙂 5 ไร่"],
    // สวัสดี 5 ไร่ in TIS-620: every Thai letter is one byte in A1–FB.
    ["TIS-620", bytes([0xca, 0xc7, 0xd1, 0xca, 0xb4, 0xd5], " 5 ", [0xe4, 0xc3, 0xe8]), "windows-874", "detected", "สวัสดี 5 ไร่"],
    ["Windows-874 quotes and dash", bytes([0x93, 0xbb, 0xd5, 0x94, 0x20, 0x96]), "windows-874", "detected", "“ปี” –"],
    ["empty", new Uint8Array(0), "utf-8", "detected", ""],
    ["ASCII", bytes("40.8 km2"), "utf-8", "detected", "40.8 km2"],
  ])("%s", (_name, input, encoding, source, text) => {
    const result = decodeBytes(input);
    expect(result).toEqual({ ok: true, text, encoding, source });
  });

  test("Latin-1 is not taken for Thai: UTF-8 with the bad bytes reported", () => {
    const latin1 = Uint8Array.from([..."Café résumé naïve, déjà vu\nà 100 km"].map((c) => c.charCodeAt(0)));
    expect(looksLikeThaiSingleByte(latin1)).toBe(false);
    const result = decodeBytes(latin1);
    expect(result.ok && result.encoding).toBe("utf-8");
    expect(result.ok && result.invalid).toMatchObject({ offset: 3, line: 1 });
  });

  test("UTF-8 with one broken character stays UTF-8: the bad byte's offset and line are reported", () => {
    const input = bytes("บรรทัดแรก\nพื้นที่ 5 ไร่ ", [0xe0, 0xb8], " ต่อ\n");
    const result = decodeBytes(input);
    expect(result.ok && result.encoding).toBe("utf-8");
    expect(result.ok && result.invalid).toEqual({ offset: utf8("บรรทัดแรก\nพื้นที่ 5 ไร่ ").length, line: 2, count: 2 });
    expect(result.ok && result.text).toBe("บรรทัดแรก\nพื้นที่ 5 ไร่ \uFFFD ต่อ\n");
  });

  test("UTF-16: a lone surrogate and a dangling byte are replaced and reported", () => {
    const result = decodeBytes(bytes([0xff, 0xfe], utf16("ab\n", "le"), [0x00, 0xd8], utf16("c", "le"), [0x41]));
    expect(result.ok && result.text).toBe("ab\n\uFFFDc\uFFFD");
    expect(result.ok && result.invalid).toEqual({ offset: 8, line: 2, count: 2 });
  });
});

describe("forced encodings (--encoding)", () => {
  test.each([
    ["utf-8", "utf-8"], ["UTF8", "utf-8"], ["tis-620", "windows-874"], ["TIS620", "windows-874"], ["cp874", "windows-874"],
    ["windows-874", "windows-874"], ["iso-8859-11", "windows-874"], ["utf-16le", "utf-16le"], ["utf-16be", "utf-16be"],
  ])("label %s → %s", (label, encoding) => {
    expect(parseEncodingLabel(label)).toBe(encoding);
  });

  test.each(["latin1", "utf-32", "", "constructor", "__proto__"])("unknown label %j", (label) => {
    expect(parseEncodingLabel(label)).toBeUndefined();
  });

  test("a forced encoding wins over detection; its own BOM is still removed", () => {
    const tis = bytes([0xca, 0xc7, 0xd1, 0xca, 0xb4, 0xd5]);
    expect(decodeBytes(tis, "windows-874")).toEqual({ ok: true, text: "สวัสดี", encoding: "windows-874", source: "forced" });
    const forcedUtf8 = decodeBytes(tis, "utf-8");
    expect(forcedUtf8.ok && forcedUtf8.encoding).toBe("utf-8");
    expect(forcedUtf8.ok && forcedUtf8.invalid?.offset).toBe(0);
    expect(decodeBytes(bytes([0xef, 0xbb, 0xbf], "ก"), "utf-8")).toEqual({ ok: true, text: "ก", encoding: "utf-8", source: "forced" });
    // UTF-16 without a BOM is only readable when forced: its NUL bytes are not binary then.
    expect(decodeBytes(Uint8Array.from(utf16("5 ไร่", "le")), "utf-16le")).toEqual({ ok: true, text: "5 ไร่", encoding: "utf-16le", source: "forced" });
  });
});

describe("binary", () => {
  test.each<[string, Uint8Array, number | undefined]>([
    ["a NUL byte", bytes("GIF89a", [0, 0]), 6],
    ["a PDF header", bytes("%PDF-1.4\n%âãÏÓ\n"), 0],
    ["UTF-16 without a BOM (NUL bytes)", Uint8Array.from(utf16("abc", "le")), 1],
    ["UTF-16 with a BOM and a NUL character", bytes([0xff, 0xfe], utf16("a\0b", "le")), 4],
    ["UTF-16 with a BOM: ASCII's zero bytes are not NULs", bytes([0xff, 0xfe], utf16("a b", "le")), undefined],
    ["a NUL after the first 8 KB", bytes("a".repeat(8192), [0]), undefined],
    ["text", bytes(THAI), undefined],
  ])("%s", (_name, input, offset) => {
    expect(sniffBinary(input)?.offset).toBe(offset);
    const result = decodeBytes(input);
    expect(result.ok).toBe(offset === undefined);
  });

  test("bomOf", () => {
    expect(bomOf(bytes([0xef, 0xbb, 0xbf]))).toEqual({ encoding: "utf-8", length: 3 });
    expect(bomOf(bytes([0xfe, 0xff]))).toEqual({ encoding: "utf-16be", length: 2 });
    expect(bomOf(bytes([0xef, 0xbb]))).toBeUndefined();
  });
});

describe("seeds encoded with iconv decode to the very same text", () => {
  const dir = join(ROOT, "fixtures", "encodings");
  const files = readdirSync(dir).filter((f) => !f.startsWith(".")).sort();
  test("fixtures exist", () => {
    expect(files.length).toBeGreaterThanOrEqual(5);
  });
  // 000_d1245c5d79ae461e.windows-874.txt → seeds/000_d1245c5d79ae461e.txt, decoded as windows-874.
  test.each(files)("%s", (name) => {
    const m = /^(.+)\.(windows-874|tis-620|utf-16le|utf-16be)\.txt$/.exec(name);
    expect(m).not.toBeNull();
    const [, seed, label] = m ?? [];
    const original = readFileSync(join(ROOT, "seeds", `${seed}.txt`), "utf8");
    const result = decodeBytes(readFileSync(join(dir, name)));
    expect(result).toEqual({ ok: true, text: original, encoding: parseEncodingLabel(label ?? ""), source: label?.startsWith("utf") ? "bom" : "detected" });
  });
});
