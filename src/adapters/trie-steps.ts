/**
 * A dictionary trie laid out for walking it a letter at a time, as the cutter's dictionary
 * acceptors do (word-cutter.ts): every letter of the text starts a walk at the root and moves
 * every running walk on by one step.
 *
 * - Steps by a Thai letter are an open-addressing hash table of (key, child) pairs side by side
 *   (key: node × 128 + letter − U+0E00; -1: empty): one probe, one cache line, where a binary
 *   search among a node's children touches four arrays several times.
 * - Steps by other letters (a few hundred edges: Latin, digits, punctuation in the dictionary)
 *   are a binary search among the node's children, as in the trie itself.
 *
 * (A direct table for the root and the nodes one letter deep, with the nodes renumbered breadth
 * first, measured no faster: the misses are in the deeper nodes.)
 *
 * It is also an Aho-Corasick automaton over the dictionary: {@link next} follows the text with
 * one state, the longest suffix of the text read so far that is a path of the trie, and the
 * words ending at a letter are that state (when it is a word) and its chain of shorter word
 * suffixes ({@link wordSuffix}), longest first. One step per letter instead of one per running
 * walk.
 */
import { NONE, ROOT, searchChild, type WordTrie } from "./word-trie.js";

const THAI = 0x0e00;
const THAI_END = 0x0e80;

export class TrieSteps {
  private readonly firstChild: Int32Array;
  private readonly childCount: Int32Array;
  private readonly final: Uint8Array;
  private readonly letters: Uint16Array;
  private readonly childNode: Int32Array;
  private readonly pairs: Int32Array;
  private readonly shift: number;
  /** By node: its depth (letters from the root), its failure link, its longest proper suffix that is a word (NONE: none). */
  private readonly depths: Int32Array;
  private readonly fail: Int32Array;
  private readonly suffixWord: Int32Array;

  constructor(trie: WordTrie) {
    ({ firstChild: this.firstChild, childCount: this.childCount, final: this.final, letters: this.letters, childNode: this.childNode } = trie.toArrays());
    let bits = 4;
    while (1 << bits < 2 * this.letters.length) bits++;
    this.pairs = new Int32Array(2 << bits).fill(-1);
    this.shift = 32 - bits;
    const mask = (1 << bits) - 1;
    for (let node = 0; node < this.firstChild.length; node++) {
      for (let e = this.firstChild[node]!, last = e + this.childCount[node]!; e < last; e++) {
        const letter = this.letters[e]!;
        if (letter < THAI || letter >= THAI_END) continue;
        const key = (node << 7) | (letter - THAI);
        let slot = Math.imul(key, 0x9e3779b1) >>> this.shift;
        while (this.pairs[2 * slot] !== -1) slot = (slot + 1) & mask;
        this.pairs[2 * slot] = key;
        this.pairs[2 * slot + 1] = this.childNode[e]!;
      }
    }
    const count = this.firstChild.length;
    this.depths = new Int32Array(count);
    this.fail = new Int32Array(count);
    this.suffixWord = new Int32Array(count).fill(NONE);
    // Breadth first, so that a node's failure link (a shallower node) is known before it is used.
    const queue = new Int32Array(count);
    let tail = 1;
    for (let head = 0; head < tail; head++) {
      const node = queue[head]!;
      for (let e = this.firstChild[node]!, last = e + this.childCount[node]!; e < last; e++) {
        const child = this.childNode[e]!;
        queue[tail++] = child;
        this.depths[child] = this.depths[node]! + 1;
        const link = node === ROOT ? ROOT : this.next(this.fail[node]!, this.letters[e]!);
        this.fail[child] = link;
        this.suffixWord[child] = this.final[link] === 1 ? link : this.suffixWord[link]!;
      }
    }
  }

  /** The automaton's state after `state` reads `letter`: the longest suffix so far that is a path of the trie (ROOT: none). */
  next(state: number, letter: number): number {
    for (let at = state; ; at = this.fail[at]!) {
      const child = this.child(at, letter);
      if (child !== NONE) return child;
      if (at === ROOT) return ROOT;
    }
  }

  /** The longest word ending where `state` was reached, or NONE. */
  wordAt(state: number): number {
    return this.final[state] === 1 ? state : this.suffixWord[state]!;
  }

  /** The next shorter word ending at the same letter as word `node`, or NONE. */
  wordSuffix(node: number): number {
    return this.suffixWord[node]!;
  }

  /** How many letters spell `node`. */
  depth(node: number): number {
    return this.depths[node]!;
  }

  /** The trie's child of `node` by the UTF-16 code unit `letter`, or NONE. */
  private child(node: number, letter: number): number {
    if (letter < THAI || letter >= THAI_END) return this.search(node, letter);
    const key = (node << 7) | (letter - THAI);
    const { pairs } = this;
    const mask = (pairs.length >>> 1) - 1;
    for (let slot = Math.imul(key, 0x9e3779b1) >>> this.shift; ; slot = (slot + 1) & mask) {
      const found = pairs[2 * slot]!;
      if (found === key) return pairs[2 * slot + 1]!;
      if (found === -1) return NONE;
    }
  }

  /** A binary search among the children of `node`, sorted by letter. */
  private search(node: number, letter: number): number {
    return searchChild(this.firstChild, this.childCount, this.letters, this.childNode, node, letter);
  }
}
