/**
 * Thai number words: `สาม` → 3, `สองแสนห้าหมื่น` → 250000, `หนึ่งร้อยยี่สิบเอ็ด` → 121.
 * Also the multiplier words that follow digits (`๕๐ พันล้าน`, `1.5 แสนล้าน`).
 */

/** Digit words and their values (`เอ็ด` is the "one" that ends a compound, `ยี่` the "two" of ยี่สิบ). */
export const DIGIT_WORDS: Readonly<Record<string, number>> = {
  หนึ่ง: 1, เอ็ด: 1, สอง: 2, ยี่: 2, สาม: 3, สี่: 4, ห้า: 5, หก: 6, เจ็ด: 7, แปด: 8, เก้า: 9,
};

/** Place-value words below a million. */
export const PLACE_WORDS: Readonly<Record<string, number>> = {
  สิบ: 10, ร้อย: 100, พัน: 1_000, หมื่น: 10_000, แสน: 100_000,
};

/** The million, the multiplier that compounds (แสนล้าน, ล้านล้าน). */
export const MILLION = "ล้าน";

const ALL_WORDS = [...Object.keys(DIGIT_WORDS), ...Object.keys(PLACE_WORDS), MILLION]
  .sort((a, b) => b.length - a.length);

/** Regex source (no capturing groups) for a run of number words. */
export const NUMBER_WORDS_SOURCE = `(?:${ALL_WORDS.join("|")})+`;
/** The start of a number, in digits (Arabic or Thai) or in words: a regex source. */
export const NUMBER_START_SOURCE = `(?:[0-9๐-๙]|${NUMBER_WORDS_SOURCE})`;

/**
 * Regex source for the multiplier written after digits: `พัน`, `หมื่น`, `แสน`, `ล้าน` and
 * their compounds with ล้าน (`พันล้าน`, `หมื่นล้าน`, `แสนล้าน`, `ล้านล้าน`).
 */
export const MULTIPLIER_SOURCE = "(?:(?:พัน|หมื่น|แสน)?ล้าน(?:ล้าน)?|พัน|หมื่น|แสน)";

const MULTIPLIER_EXACT = new RegExp(`^${MULTIPLIER_SOURCE}$`);

const TOKEN = new RegExp(ALL_WORDS.join("|"), "gy");

function tokenize(words: string): string[] | undefined {
  TOKEN.lastIndex = 0;
  const tokens: string[] = [];
  while (TOKEN.lastIndex < words.length) {
    const m = TOKEN.exec(words);
    if (!m) return undefined;
    tokens.push(m[0]);
  }
  return tokens;
}

/** Value of a group below a million, or undefined when the words do not form a number. */
function belowMillion(tokens: readonly string[]): number | undefined {
  let total = 0;
  let pending: number | undefined;
  for (const token of tokens) {
    const digit = DIGIT_WORDS[token];
    if (digit !== undefined) {
      if (pending !== undefined) return undefined; // two digits in a row: สองสาม is not a number
      if (token === "ยี่") pending = -2;           // only valid before สิบ
      else pending = digit;
      continue;
    }
    const place = PLACE_WORDS[token];
    if (place === undefined) return undefined;
    if (pending === -2 && place !== 10) return undefined;
    total += Math.abs(pending ?? 1) * place;
    pending = undefined;
  }
  if (pending === -2) return undefined;
  return total + (pending ?? 0);
}

/**
 * Parses a run of Thai number words. Returns undefined when the run is not a well-formed
 * number or has no digit word at all (a bare `แสน` or `ล้าน` is an adverb far more often than
 * a figure).
 */
export function parseThaiNumberWords(words: string): number | undefined {
  const tokens = tokenize(words);
  if (!tokens || tokens.length === 0) return undefined;
  if (!tokens.some((t) => t in DIGIT_WORDS || t === "สิบ")) return undefined;
  // ล้าน multiplies everything before it: split at the last one.
  const last = tokens.lastIndexOf(MILLION);
  if (last < 0) return belowMillion(tokens);
  const head = tokens.slice(0, last);
  const high = head.length === 0 ? 1 : parseThaiNumberWordsTokens(head);
  const low = last + 1 < tokens.length ? belowMillion(tokens.slice(last + 1)) : 0;
  if (high === undefined || low === undefined) return undefined;
  return high * 1_000_000 + low;
}

function parseThaiNumberWordsTokens(tokens: readonly string[]): number | undefined {
  return parseThaiNumberWords(tokens.join(""));
}

/** Power of ten of a multiplier word (`พันล้าน` → 9), or undefined when it is not one. */
export function multiplierExponent(word: string): number | undefined {
  if (!MULTIPLIER_EXACT.test(word)) return undefined;
  const tokens = tokenize(word);
  if (!tokens || tokens.length === 0) return undefined;
  let exponent = 0;
  for (const token of tokens) {
    if (token === MILLION) exponent += 6;
    else if (PLACE_WORDS[token] !== undefined && token !== "สิบ" && token !== "ร้อย") {
      exponent += Math.log10(PLACE_WORDS[token] ?? 1);
    } else return undefined;
  }
  return exponent;
}
