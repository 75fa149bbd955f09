/**
 * Repairs of a Thai PDF text layer's ำ (SARA AM), which PDF writers get wrong in two ways:
 *
 * - **Lost**: the glyph of ำ is mapped to า, so the text reads `ประจาเดือน`, `ผู้อานวยการสานักงาน`
 *   for ประจำเดือน, ผู้อำนวยการสำนักงาน. When a document has Thai text but not one ำ (real Thai
 *   text has them everywhere: ทำ, จำนวน, สำนัก, นำ), each า after a consonant (or a consonant and
 *   tone mark) is made ำ where that reads better against the segmenter's dictionary: fewer
 *   letters outside any word, or as many and fewer words (ทา|ให้ → ทำให้). One letter for one:
 *   the text keeps its length, so offsets do not move.
 * - **Split**: ำ written as two glyphs, mapped to ำ and า (often with a space between: `ทำ าให้`,
 *   as LibreOffice's PDFs with Noto fonts read in pdf.js). No Thai word has ำ followed by า, so
 *   the extra า (and the space) is dropped; this one shortens the text.
 *
 * Both are counted for the TEXT_REPAIRED warning.
 */
import { dictionaryTrie } from "../../adapters/wordcut.js";
import { NONE, ROOT, type WordTrie } from "../../adapters/word-trie.js";

const SARA_AM = "\u0E33";
const SARA_AA = "\u0E32";
const THAI_LETTERS = /[\u0E01-\u0E4E]+/g;

let trie: WordTrie | undefined;
function dictionary(): WordTrie {
  trie ??= dictionaryTrie([]).trie;
  return trie;
}

const isConsonant = (c: number): boolean => c >= 0x0e01 && c <= 0x0e2e;
const isToneMark = (c: number): boolean => c >= 0x0e48 && c <= 0x0e4b;

/**
 * How well `run` reads: letters outside any dictionary word, then words, in a segmentation
 * that minimizes both in that order (a dynamic programme over the trie).
 */
function readingCost(run: string, words: WordTrie = dictionary()): [unknown: number, count: number] {
  const n = run.length;
  const unknown = new Array<number>(n + 1).fill(Number.POSITIVE_INFINITY);
  const count = new Array<number>(n + 1).fill(Number.POSITIVE_INFINITY);
  unknown[0] = 0;
  count[0] = 0;
  const better = (j: number, u: number, c: number): void => {
    if (u < unknown[j]! || (u === unknown[j]! && c < count[j]!)) {
      unknown[j] = u;
      count[j] = c;
    }
  };
  for (let i = 0; i < n; i++) {
    if (unknown[i] === Number.POSITIVE_INFINITY) continue;
    // A letter outside any word: it counts as unknown, and as a word of its own only when it starts an unknown stretch.
    better(i + 1, unknown[i]! + 1, count[i]! + 1);
    for (let node = ROOT, j = i; j < n; j++) {
      node = words.child(node, run.charCodeAt(j));
      if (node === NONE) break;
      if (words.isWord(node)) better(j + 1, unknown[i]!, count[i]! + 1);
    }
  }
  return [unknown[n]!, count[n]!];
}

/**
 * Where both readings are words alike, น้ำ and คำ (water, word: everywhere in the news) win over
 * น้า and คา (aunt, stuck: rare in it); other twins (นา/นำ, ตา/ตำ) are left as they are.
 */
function preferred(run: string, i: number): boolean {
  return run.slice(i - 2, i) === "\u0E19\u0E49" /* น้ */ || run[i - 1] === "\u0E04" /* ค */;
}

/** The run with ำ restored where it reads better, and how many were. */
function repairRun(run: string, words: WordTrie): { run: string; repairs: number } {
  let repairs = 0;
  let current = run;
  // The current reading's cost changes only when a repair is taken: not worked out per candidate.
  let [u0, c0] = [0, 0];
  let costed = false;
  for (let i = 1; i < current.length; i++) {
    if (current[i] !== SARA_AA) continue;
    const before = current.charCodeAt(i - 1);
    if (!(isConsonant(before) || (isToneMark(before) && i > 1 && isConsonant(current.charCodeAt(i - 2))))) continue;
    const candidate = current.slice(0, i) + SARA_AM + current.slice(i + 1);
    if (!costed) [u0, c0, costed] = [...readingCost(current, words), true];
    const [u1, c1] = readingCost(candidate, words);
    if (u1 < u0 || (u1 === u0 && (c1 < c0 || (c1 === c0 && preferred(current, i))))) {
      current = candidate;
      [u0, c0] = [u1, c1];
      repairs++;
    }
  }
  return { run: current, repairs };
}

export interface Repaired {
  text: string;
  /** ำ restored for a lost one (the text's length unchanged). */
  restored: number;
  /** ำ written as two glyphs, joined. */
  joined: number;
}

/** The text with its ำ repaired (see above). */
export function repairSaraAm(text: string, options: { words?: WordTrie; minThai?: number } = {}): Repaired {
  let joined = 0;
  let repaired = text.replace(/\u0E33[ \u00A0]?\u0E32/g, () => {
    joined++;
    return SARA_AM;
  });
  let restored = 0;
  const thai = (repaired.match(/[\u0E01-\u0E4E]/g) ?? []).length;
  // Only a text that has lost every ำ: in one that has them, า is า.
  if (thai >= (options.minThai ?? 200) && !repaired.includes(SARA_AM)) {
    const trie = options.words ?? dictionary();
    repaired = repaired.replace(THAI_LETTERS, (run) => {
      if (!run.includes(SARA_AA)) return run;
      const result = repairRun(run, trie);
      restored += result.repairs;
      return result.run;
    });
  }
  return { text: repaired, restored, joined };
}
