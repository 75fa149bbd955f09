/**
 * Stand-ins for the three parts wordcut lets its user replace (`acceptors`, `pathInfoBuilder`,
 * `pathSelector`: the objects its `buildPath` loop calls once per letter), behaving exactly as
 * wordcut 0.9's own but without their garbage.
 *
 * Why: wordcut's parts allocate for every letter of the text: a new object and a new closure for
 * each of its seven acceptors, a filtered copy of a pattern list, a map, a filter and a reduce
 * over arrays, and a string key for every dictionary lookup; a few kilobytes a letter. In the
 * extractor that was ~90% of all allocation, and its garbage collection, running on helper
 * threads, took the CPU time a second worker needed. wordcut's own loop (`buildPath`), its
 * dictionary files and `pathToRanges` are still the ones that cut the text.
 *
 * What "exactly" means: the acceptors are created in wordcut's order (its Latin rules, its Thai
 * rules, then the dictionary), survive and end on the same letters, and the path infos are
 * chosen by the same rule with the same ties, so every range is the same. A test compares the
 * two on the corpus sample and on random text.
 */
import { NONE, ROOT, type WordTrie } from "./word-trie.js";

/** The kinds of acceptor, in the order wordcut creates them for each letter. */
const WORD = 0;
const SPACE = 1;
const SYMBOL = 2;
const NUMBER = 3;
const RULE0 = 4;
const PART = 5;
const DICT = 6;
const KINDS = 7;

/** wordcut's `type` of each kind, which ends up in the path infos. */
const TYPES = ["WORD_RULE", "SPACE_RULE", "SINSYM", "NUMBER_RULE", "THAI_RULE", "PART", "DICT"] as const;

/** Whether a new acceptor of each kind is made even when one of its kind is still alive (wordcut's `tag` check). */
const ALWAYS_NEW = [false, false, true, false, true, true, true];

/** wordcut's SpaceRule and SingleSymbolRule letters. */
const SPACES = new Set([" ", "\t", "\r", "\n", "\u00a0", "\u2003"].map((c) => c.charCodeAt(0)));
const SYMBOLS = new Set([..."@()/,-.\"`"].map((c) => c.charCodeAt(0)));

/** wordcut's Thai rule "เหก็ม" and its PartRule patterns. */
const RULE0_PATTERN = "เหก็ม";
const PART_PATTERNS = ["แก", "เก", "ก้", "กก์", "กา", "กี", "กิ", "กืก"];
const ALL_PARTS = (1 << PART_PATTERNS.length) - 1;

/** wordcut's `isMatch`: whether `letter` matches `pattern` at `offset` ([ก-ฮ] for ก ข ม บ, any tone for ้). */
function isMatch(pattern: string, offset: number, letter: number): boolean {
  if (pattern.length <= offset) return false;
  const p = pattern.charCodeAt(offset);
  if (p === letter) return true;
  const consonant = letter >= 0x0e01 && letter <= 0x0e2e;
  if ((p === 0x0e01 || p === 0x0e02 || p === 0x0e21 || p === 0x0e1a) && consonant) return true;
  return p === 0x0e49 && letter >= 0x0e48 && letter <= 0x0e4b;
}

/**
 * wordcut's WordRule test, `ch.toLowerCase()` between "a" and "z": an ASCII letter, or one of
 * the few letters whose lower case starts with one (`İ` is "i̇", `K` the Kelvin sign is "k").
 */
function isLatinLetter(letter: number, ch: string): boolean {
  if (letter < 0x80) return (letter | 0x20) >= 0x61 && (letter | 0x20) <= 0x7a;
  if (letter >= 0x0e00 && letter <= 0x0e7f) return false; // Thai has no case
  const lower = ch.toLowerCase();
  return lower >= "a" && lower <= "z";
}

/** One acceptor; reused from a free list once it fails. */
class Acceptor {
  kind = 0;
  /** Letters accepted so far. */
  strOffset = 0;
  isFinal = false;
  /** DICT: the trie node reached. PART: the patterns still matching, one bit each. */
  state = 0;
}

/** The final acceptors of one letter: the first `length` of `items` (a reused buffer). */
export class FinalAcceptors {
  readonly items: Acceptor[] = [];
  length = 0;
}

/**
 * wordcut's Acceptors: the acceptors alive after each letter. `transit` makes the new ones
 * (except a WORD, SPACE or NUMBER acceptor when one is still alive), moves every one on by the
 * letter and keeps those that did not fail, in order.
 */
export class AcceptorSet {
  /**
   * The live acceptors are the first `count` of `current`; `next` is the other buffer. The
   * arrays are only ever overwritten, never emptied: `length = 0` would free their storage.
   */
  private current: Acceptor[] = [];
  private next: Acceptor[] = [];
  private count = 0;
  private readonly finals = new FinalAcceptors();
  private readonly free: Acceptor[] = [];
  private freeCount = 0;
  /** Kinds alive after the last letter (wordcut's `tag`). */
  private readonly alive = new Uint8Array(KINDS);

  constructor(private readonly trie: WordTrie) {}

  reset(): void {
    for (let i = 0; i < this.count; i++) this.release(this.current[i]!);
    this.count = 0;
    this.alive.fill(0);
  }

  transit(ch: string): void {
    const letter = ch.charCodeAt(0);
    const { current, next, alive } = this;
    let count = this.count;
    for (let kind = 0; kind < KINDS; kind++) {
      if (ALWAYS_NEW[kind] || !alive[kind]) current[count++] = this.make(kind);
    }
    alive.fill(0);
    let kept = 0;
    for (let i = 0; i < count; i++) {
      const a = current[i]!;
      if (this.step(a, letter, ch)) {
        next[kept++] = a;
        alive[a.kind] = 1;
      } else {
        this.release(a);
      }
    }
    this.current = next;
    this.next = current;
    this.count = kept;
  }

  /** The acceptors that have just accepted a whole word; valid until the next `transit`. */
  getFinalAcceptors(): FinalAcceptors {
    const { finals } = this;
    finals.length = 0;
    for (let i = 0; i < this.count; i++) {
      const a = this.current[i]!;
      if (a.isFinal) finals.items[finals.length++] = a;
    }
    return finals;
  }

  private release(a: Acceptor): void {
    this.free[this.freeCount++] = a;
  }

  private make(kind: number): Acceptor {
    const a = this.freeCount > 0 ? this.free[--this.freeCount]! : new Acceptor();
    a.kind = kind;
    a.strOffset = 0;
    a.isFinal = false;
    a.state = kind === DICT ? ROOT : kind === PART ? ALL_PARTS : 0;
    return a;
  }

  /** Moves `a` on by one letter as wordcut's acceptor of its kind would; false if it fails. */
  private step(a: Acceptor, letter: number, ch: string): boolean {
    switch (a.kind) {
      case WORD:
        if (!isLatinLetter(letter, ch)) return false;
        a.isFinal = true;
        break;
      case SPACE:
        if (!SPACES.has(letter)) return false;
        a.isFinal = true;
        break;
      case SYMBOL:
        if (a.strOffset !== 0 || !SYMBOLS.has(letter)) return false;
        a.isFinal = true;
        break;
      case NUMBER:
        if (letter < 0x30 || letter > 0x39) return false;
        a.isFinal = true;
        break;
      case RULE0:
        if (!isMatch(RULE0_PATTERN, a.strOffset, letter)) return false;
        a.isFinal = a.strOffset + 1 === RULE0_PATTERN.length;
        break;
      case PART: {
        let left = 0;
        let final = false;
        for (let i = 0; i < PART_PATTERNS.length; i++) {
          if (a.state & (1 << i) && isMatch(PART_PATTERNS[i]!, a.strOffset, letter)) {
            left |= 1 << i;
            if (PART_PATTERNS[i]!.length === a.strOffset + 1) final = true;
          }
        }
        if (left === 0) return false;
        a.state = left;
        a.isFinal = final;
        break;
      }
      default: {
        const child = this.trie.child(a.state, letter);
        if (child === NONE) return false;
        a.state = child;
        a.isFinal = this.trie.isWord(child);
      }
    }
    a.strOffset++;
    return true;
  }
}

/** wordcut's path info: the best way found to cut the text up to a letter. */
export interface PathInfo {
  /** Where the last word starts (null for the start of the path). */
  p: number | null;
  /** Total words (w), unknown letters (unk) and wordcut's unused `mw` along the path. */
  w: number;
  unk: number;
  mw: number;
  type: string;
  /** Set on the letters a PART acceptor spans: they merge into the word starting here. */
  merge?: number | undefined;
}

/**
 * wordcut's PathInfoBuilder and PathSelector in one: `build` works out the info each final
 * acceptor would add (with wordcut's side effect of marking PART spans for merging) and returns
 * only the one `selectPath` would pick: fewest unknown letters, then fewest `mw`, then fewest
 * words, the first on ties. With no final acceptor it is wordcut's fallback: one unknown letter.
 */
export class PathBuilder {
  private readonly chosen: PathInfo[] = [];

  build(path: PathInfo[], finals: FinalAcceptors, i: number, leftBoundary: number, text: string): PathInfo[] {
    let best: PathInfo | undefined;
    for (let k = 0; k < finals.length; k++) {
      const a = finals.items[k]!;
      const p = i - a.strOffset + 1;
      const before = path[p]!;
      const part = a.kind === PART;
      const unk = (part ? 1 : 0) + before.unk;
      const mw = before.mw;
      const w = 1 + before.w;
      if (part) for (let j = p + 1; j <= i; j++) path[j]!.merge = p;
      if (!best || unk < best.unk || (unk === best.unk && (mw < best.mw || (mw === best.mw && w < best.w)))) {
        best = { p, mw, w, unk, type: TYPES[a.kind]!, merge: part ? p : undefined };
      }
    }
    this.chosen[0] = best ?? fallback(path, leftBoundary, text, i);
    return this.chosen;
  }

  /** Takes what `build` chose. */
  selectPath(infos: PathInfo[]): PathInfo {
    return infos[0]!;
  }

  createPath(): PathInfo[] {
    return [{ p: null, w: 0, unk: 0, type: "INIT", mw: 0, merge: undefined }];
  }
}

/** wordcut's fallback: letter `i` is unknown; a tone mark or the like reaches back one word further. */
function fallback(path: PathInfo[], leftBoundary: number, text: string, i: number): PathInfo {
  const before = path[leftBoundary]!;
  const code = text.charCodeAt(i);
  if (code >= 0x0e48 && code <= 0x0e4e) {
    const p = leftBoundary !== 0 ? path[leftBoundary]!.p : leftBoundary;
    return { p, mw: 0, w: 1 + before.w, unk: 1 + before.unk, type: "UNK", merge: undefined };
  }
  return { p: leftBoundary, mw: before.mw, w: 1 + before.w, unk: 1 + before.unk, type: "UNK", merge: undefined };
}
