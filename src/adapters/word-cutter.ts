/**
 * wordcut's way of cutting text into words, written again over flat arrays: the same rules
 * (its Latin, space, symbol and number rules, its Thai rules, its dictionary), the same choice
 * at every letter and the same ties, so the same word ends; none of its objects.
 *
 * How wordcut cuts: at every letter, each rule starts an acceptor there (some only when one of
 * their kind is not already running); every running acceptor takes the letter or dies. Each
 * acceptor that has just accepted a whole word proposes "a word from where it started to
 * here", scored by the best path up to its start; the path through the letter is the best
 * proposal (fewest unknown letters, then fewest words, the oldest acceptor first on ties), or,
 * when nobody proposes, one unknown letter. The words are read back from the end of the path.
 *
 * Here the running acceptors are three typed arrays (kind, letters taken, state), compacted in
 * place at every letter, the path is four typed arrays indexed by letter, and the dictionary is laid
 * out for stepping (trie-steps.ts), so a cut allocates only its answer. wordcut also scores an `mw` that no path ever adds to (it is 0 throughout), so it
 * is left out.
 */
import type { TrieSteps } from "./trie-steps.js";
import { NONE, ROOT } from "./word-trie.js";

/**
 * The kinds of acceptor, in the order wordcut starts them at a letter; its dictionary's acceptor
 * comes last, and all of them together are the automaton of trie-steps.ts.
 */
const WORD = 0;
const SPACE = 1;
const SYMBOL = 2;
const NUMBER = 3;
const RULE0 = 4;
const PART = 5;

/** wordcut's space and single-symbol letters, as a table of the ASCII ones (1: space, 2: symbol). */
const ASCII_CLASS = new Uint8Array(128);
for (const c of " \t\r\n") ASCII_CLASS[c.charCodeAt(0)] = 1;
for (const c of "@()/,-.\"`") ASCII_CLASS[c.charCodeAt(0)] = 2;
const isSpace = (letter: number): boolean => (letter < 128 ? ASCII_CLASS[letter] === 1 : letter === 0xa0 || letter === 0x2003);
const isSymbol = (letter: number): boolean => letter < 128 && ASCII_CLASS[letter] === 2;

/** wordcut's Thai rule "เหก็ม" and its PART patterns (each starts with แ, เ or ก: any consonant). */
const RULE0_PATTERN = "เหก็ม";
const PART_PATTERNS = ["แก", "เก", "ก้", "กก์", "กา", "กี", "กิ", "กืก"];
const RULE0_FIRST = 0x0e40;
const PART_FIRST_A = 0x0e41;
const PART_FIRST_E = 0x0e40;
const ALL_PARTS = (1 << PART_PATTERNS.length) - 1;
const PART_LONGEST = Math.max(...PART_PATTERNS.map((p) => p.length));
/** By letters taken and Thai-block letter (taken × 0x80 + letter − U+0E00): the PART patterns that take the letter there, one bit each. */
const PART_TAKES = new Uint8Array(PART_LONGEST * 0x80);
/** By letters taken: the PART patterns that end with the next letter. */
const PART_ENDS = new Uint8Array(PART_LONGEST);

/** wordcut's pattern test: `letter` matches `pattern` at `offset` (ก ข ม บ stand for any consonant, ้ for any tone mark). */
function isMatch(pattern: string, offset: number, letter: number): boolean {
  if (pattern.length <= offset) return false;
  const p = pattern.charCodeAt(offset);
  if (p === letter) return true;
  if ((p === 0x0e01 || p === 0x0e02 || p === 0x0e21 || p === 0x0e1a) && letter >= 0x0e01 && letter <= 0x0e2e) return true;
  return p === 0x0e49 && letter >= 0x0e48 && letter <= 0x0e4b;
}

PART_PATTERNS.forEach((pattern, b) => {
  PART_ENDS[pattern.length - 1]! |= 1 << b;
  for (let taken = 0; taken < pattern.length; taken++) {
    for (let c = 0; c < 0x80; c++) if (isMatch(pattern, taken, 0x0e00 + c)) PART_TAKES[taken * 0x80 + c]! |= 1 << b;
  }
});

/**
 * wordcut's Latin test, `ch.toLowerCase()` between "a" and "z": an ASCII letter, or one of the
 * few letters whose lower case starts with one (`İ` is "i̇", the Kelvin sign "k").
 */
function isLatinLetter(letter: number, text: string, i: number): boolean {
  if (letter < 0x80) return (letter | 0x20) >= 0x61 && (letter | 0x20) <= 0x7a;
  if (letter >= 0x0e00 && letter <= 0x0e7f) return false; // Thai has no case
  const lower = text.charAt(i).toLowerCase();
  return lower >= "a" && lower <= "z";
}

/** Result of one acceptor taking one letter (the low two bits of {@link step}'s answer). */
const DEAD = 0;
const ALIVE = 1;
const FINAL = 2;

/**
 * Most acceptors running at once: at most one WORD, SPACE and NUMBER (none is started while one
 * runs), one SYMBOL (it takes a single letter), five RULE0 and three PART (their patterns' lengths),
 * plus the six started at a letter.
 */
const MAX_ACCEPTORS = 32;

/** The path's first room, in letters: more than the longest run the core hands over (WordBoundaries' windows). */
const PATH_ROOM = 1024;

/**
 * One acceptor of `kind` that has taken `taken` letters, in `state`, takes `letter` (text[i]):
 * DEAD, or ALIVE or FINAL with its new state above the two low bits.
 */
function step(kind: number, taken: number, state: number, letter: number, text: string, i: number): number {
  switch (kind) {
    case WORD:
      return isLatinLetter(letter, text, i) ? FINAL : DEAD;
    case SPACE:
      return isSpace(letter) ? FINAL : DEAD;
    case SYMBOL:
      return taken === 0 && isSymbol(letter) ? FINAL : DEAD;
    case NUMBER:
      return letter >= 0x30 && letter <= 0x39 ? FINAL : DEAD;
    case RULE0:
      if (!isMatch(RULE0_PATTERN, taken, letter)) return DEAD;
      return taken + 1 === RULE0_PATTERN.length ? FINAL : ALIVE;
    case PART: {
      if (taken >= PART_LONGEST || letter < 0x0e00 || letter >= 0x0e80) return DEAD;
      const left = state & PART_TAKES[taken * 0x80 + letter - 0x0e00]!;
      if (left === 0) return DEAD;
      return (left << 2) | (left & PART_ENDS[taken]! ? FINAL : ALIVE);
    }
    default:
      return DEAD;
  }
}

/**
 * A cutter over one dictionary trie. Not reentrant (its buffers are reused), which suits a
 * thread's single segmenter.
 */
export class WordCutter {
  /** Running acceptors: the first `count` entries of kind/taken/state. */
  private readonly kind = new Uint8Array(MAX_ACCEPTORS);
  private readonly taken = new Int32Array(MAX_ACCEPTORS);
  private readonly state = new Int32Array(MAX_ACCEPTORS);
  /** The path, by letters cut so far (0: none): start of the last word, words, unknown letters, merge mark (-1: none). */
  private pathStart = new Int32Array(PATH_ROOM);
  private pathWords = new Int32Array(PATH_ROOM);
  private pathUnknown = new Int32Array(PATH_ROOM);
  private pathMerge = new Int32Array(PATH_ROOM);
  /** The non-dictionary acceptors that accepted a whole word at the current letter: where each started, and whether a PART. */
  private readonly finalStart = new Int32Array(MAX_ACCEPTORS);
  private readonly finalPart = new Uint8Array(MAX_ACCEPTORS);

  /** @param steps the dictionary, laid out for stepping a letter at a time */
  constructor(private readonly steps: TrieSteps) {}

  /** The end offset of each word of `text`, in order, as wordcut's `cutIntoRanges` gives them. */
  wordEnds(text: string): number[] {
    const n = text.length;
    if (n === 0) return [];
    this.reservePath(n + 1);
    const { pathStart, pathWords, pathUnknown, pathMerge } = this;
    pathStart[0] = -1;
    pathWords[0] = 0;
    pathUnknown[0] = 0;
    pathMerge[0] = -1;
    const { steps, kind, taken, state, finalStart, finalPart } = this;
    let count = 0;
    let dictionary = ROOT;
    let leftBoundary = 0;
    let wordAlive = false;
    let spaceAlive = false;
    let numberAlive = false;
    for (let i = 0; i < n; i++) {
      const letter = text.charCodeAt(i);
      // New acceptors go after the running ones, in wordcut's order of kinds; one that cannot
      // take this letter would die on it at once, changing nothing, so it is not started.
      if (letter < 0x0e01 || letter > 0x0e4e) {
        if (!wordAlive && isLatinLetter(letter, text, i)) this.start(count++, WORD, 0);
        if (!spaceAlive && isSpace(letter)) this.start(count++, SPACE, 0);
        if (isSymbol(letter)) this.start(count++, SYMBOL, 0);
        if (!numberAlive && letter >= 0x30 && letter <= 0x39) this.start(count++, NUMBER, 0);
      }
      if (letter === RULE0_FIRST) this.start(count++, RULE0, 0);
      if (letter === PART_FIRST_A || letter === PART_FIRST_E || (letter >= 0x0e01 && letter <= 0x0e2e)) this.start(count++, PART, ALL_PARTS);
      wordAlive = spaceAlive = numberAlive = false;
      // The dictionary's acceptors, one started at every letter, are the automaton's words
      // ending here (trie-steps.ts), longest (oldest) first.
      dictionary = steps.next(dictionary, letter);

      // The survivors move down in place, in order.
      let kept = 0;
      let finals = 0;
      for (let k = 0; k < count; k++) {
        const a = kind[k]!;
        const stepped = step(a, taken[k]!, state[k]!, letter, text, i);
        const result = stepped & 3;
        if (result === DEAD) continue;
        const length = taken[k]! + 1;
        kind[kept] = a;
        taken[kept] = length;
        state[kept] = stepped >> 2;
        kept++;
        if (a === WORD) wordAlive = true;
        else if (a === SPACE) spaceAlive = true;
        else if (a === NUMBER) numberAlive = true;
        if (result !== FINAL) continue;
        finalStart[finals] = i - length + 1;
        finalPart[finals++] = a === PART ? 1 : 0;
      }
      count = kept;

      // Every word ending here, in wordcut's order: by start, and of one start the dictionary's last.
      let bestStart = -1;
      let bestWords = 0;
      let bestUnknown = 0;
      let bestMerge = -1;
      let word = steps.wordAt(dictionary);
      for (let f = 0; f < finals || word !== NONE;) {
        const wordStart = word === NONE ? n : i - steps.depth(word) + 1;
        let p: number;
        let part = false;
        if (f < finals && finalStart[f]! <= wordStart) {
          p = finalStart[f]!;
          part = finalPart[f++] === 1;
        } else {
          p = wordStart;
          word = steps.wordSuffix(word);
        }
        // A whole word from `p` to here: scored by the path up to `p`.
        const unknown = pathUnknown[p]! + (part ? 1 : 0);
        const words = pathWords[p]! + 1;
        // A PART word marks the letters it spans for merging, chosen or not (as wordcut does).
        if (part) for (let j = p + 1; j <= i; j++) pathMerge[j] = p;
        if (bestStart < 0 || unknown < bestUnknown || (unknown === bestUnknown && words < bestWords)) {
          bestStart = p;
          bestWords = words;
          bestUnknown = unknown;
          bestMerge = part ? p : -1;
        }
      }

      if (bestStart >= 0) {
        leftBoundary = i;
      } else {
        // Nobody proposes: one unknown letter; a tone mark or the like reaches back one word further.
        const code = text.charCodeAt(i);
        bestStart = code >= 0x0e48 && code <= 0x0e4e && leftBoundary !== 0 ? pathStart[leftBoundary]! : leftBoundary;
        bestWords = pathWords[leftBoundary]! + 1;
        bestUnknown = pathUnknown[leftBoundary]! + 1;
        bestMerge = -1;
      }
      pathStart[i + 1] = bestStart;
      pathWords[i + 1] = bestWords;
      pathUnknown[i + 1] = bestUnknown;
      pathMerge[i + 1] = bestMerge;
    }
    return this.ends(n);
  }

  /** Reads the words back from the end of the path, merging PART spans into the word after them. */
  private ends(n: number): number[] {
    const { pathStart, pathMerge } = this;
    const ends: number[] = [];
    for (let e = n; e > 0;) {
      const merge = pathMerge[e]!;
      if (merge >= 0 && ends.length > 0) {
        e = merge;
      } else {
        ends.push(e);
        e = pathStart[e]!;
      }
    }
    return ends.reverse();
  }

  private start(at: number, kind: number, state: number): void {
    this.kind[at] = kind;
    this.taken[at] = 0;
    this.state[at] = state;
  }

  private reservePath(size: number): void {
    if (size <= this.pathStart.length) return;
    const length = Math.max(size, this.pathStart.length * 2);
    this.pathStart = new Int32Array(length);
    this.pathWords = new Int32Array(length);
    this.pathUnknown = new Int32Array(length);
    this.pathMerge = new Int32Array(length);
  }
}
