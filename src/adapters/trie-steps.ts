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
 * - What a step reads of a node (its failure link, its longest word, its depth, its next shorter
 *   word) is one record of four numbers side by side: one cache line, not four arrays.
 * - Steps from the root, where every failed walk ends, are a table by letter.
 *
 * It is also an Aho-Corasick automaton over the dictionary: {@link next} follows the text with
 * one state, the longest suffix of the text read so far that is a path of the trie, and the
 * words ending at a letter are that state (when it is a word) and its chain of shorter word
 * suffixes ({@link wordSuffix}), longest first. One step per letter instead of one per running
 * walk.
 *
 * Building it takes ~20 ms; the build stores its arrays beside the trie's in the dictionary cache
 * (wordcut.ts), and a worker loads them ({@link fromArrays}).
 */
import { NONE, ROOT, searchChild, type TrieArrays, type WordTrie } from "./word-trie.js";

const THAI = 0x0e00;
const THAI_END = 0x0e80;

/** A node's record in {@link StepArrays.nodes}: four numbers from node × RECORD. */
const RECORD = 4;
const FAIL = 0;
const LONGEST = 1;
const DEPTH = 2;
const SUFFIX = 3;

/** What TrieSteps adds to its trie's arrays, to store and load again. */
export interface StepArrays {
  /** Open-addressing hash table of (node × 128 + letter − U+0E00, child) pairs; -1: empty. */
  pairs: Int32Array;
  /** By node × RECORD: failure link, longest word ending there (NONE: none), depth, longest proper suffix that is a word. */
  nodes: Int32Array;
  /** By Thai letter − U+0E00: the root's child (NONE: none). */
  rootSteps: Int32Array;
}

export class TrieSteps {
  private readonly shift: number;
  private readonly mask: number;

  private constructor(private readonly trie: TrieArrays, private readonly pairs: Int32Array, private readonly nodes: Int32Array, private readonly rootSteps: Int32Array) {
    const slots = pairs.length >>> 1;
    this.shift = 32 - Math.log2(slots);
    this.mask = slots - 1;
  }

  /** The automaton of a trie. */
  static of(wordTrie: WordTrie): TrieSteps {
    const trie = wordTrie.toArrays();
    const { firstChild, childCount, final, letters, childNode } = trie;
    let bits = 4;
    while (1 << bits < 2 * letters.length) bits++;
    const pairs = new Int32Array(2 << bits).fill(-1);
    const shift = 32 - bits;
    const mask = (1 << bits) - 1;
    const rootSteps = new Int32Array(THAI_END - THAI).fill(NONE);
    for (let node = 0; node < firstChild.length; node++) {
      for (let e = firstChild[node]!, last = e + childCount[node]!; e < last; e++) {
        const letter = letters[e]!;
        if (letter < THAI || letter >= THAI_END) continue;
        if (node === ROOT) rootSteps[letter - THAI] = childNode[e]!;
        const key = (node << 7) | (letter - THAI);
        let slot = Math.imul(key, 0x9e3779b1) >>> shift;
        while (pairs[2 * slot] !== -1) slot = (slot + 1) & mask;
        pairs[2 * slot] = key;
        pairs[2 * slot + 1] = childNode[e]!;
      }
    }
    const count = firstChild.length;
    const nodes = new Int32Array(count * RECORD);
    const steps = new TrieSteps(trie, pairs, nodes, rootSteps);
    nodes[ROOT * RECORD + LONGEST] = NONE;
    nodes[ROOT * RECORD + SUFFIX] = NONE;
    // Breadth first, so that a node's failure link (a shallower node) is known before it is used.
    const queue = new Int32Array(count);
    let tail = 1;
    for (let head = 0; head < tail; head++) {
      const node = queue[head]!;
      for (let e = firstChild[node]!, last = e + childCount[node]!; e < last; e++) {
        const child = childNode[e]!;
        queue[tail++] = child;
        const link = node === ROOT ? ROOT : steps.next(nodes[node * RECORD + FAIL]!, letters[e]!);
        const suffix = final[link] === 1 ? link : nodes[link * RECORD + SUFFIX]!;
        nodes[child * RECORD + FAIL] = link;
        nodes[child * RECORD + LONGEST] = final[child] === 1 ? child : suffix;
        nodes[child * RECORD + DEPTH] = nodes[node * RECORD + DEPTH]! + 1;
        nodes[child * RECORD + SUFFIX] = suffix;
      }
    }
    return steps;
  }

  /** The arrays {@link of} built, to store (v8.serialize) and load with {@link fromArrays}. */
  toArrays(): StepArrays {
    return { pairs: this.pairs, nodes: this.nodes, rootSteps: this.rootSteps };
  }

  /** The automaton of `trie` from {@link toArrays}' arrays; undefined when they do not fit it. */
  static fromArrays(trie: WordTrie, a: StepArrays): TrieSteps | undefined {
    const arrays = trie.toArrays();
    const slots = a.pairs instanceof Int32Array ? a.pairs.length >>> 1 : 0;
    const ok = slots >= 16 && (slots & (slots - 1)) === 0 && a.pairs.length === 2 * slots
      && a.nodes instanceof Int32Array && a.nodes.length === arrays.firstChild.length * RECORD
      && a.rootSteps instanceof Int32Array && a.rootSteps.length === THAI_END - THAI;
    return ok ? new TrieSteps(arrays, a.pairs, a.nodes, a.rootSteps) : undefined;
  }

  /**
   * The automaton's state after `state` reads `letter`: the longest suffix so far that is a path
   * of the trie (ROOT: none). It runs at every letter cut: a Thai letter's steps are looked up
   * here rather than through {@link child}, so that the loop needs no call to be inlined.
   */
  next(state: number, letter: number): number {
    if (letter < THAI || letter >= THAI_END) {
      for (let at = state; ; at = this.nodes[at * RECORD + FAIL]!) {
        const child = this.search(at, letter);
        if (child !== NONE) return child;
        if (at === ROOT) return ROOT;
      }
    }
    const { pairs, mask, shift, nodes } = this;
    const thai = letter - THAI;
    for (let at = state; at !== ROOT; at = nodes[at * RECORD + FAIL]!) {
      const key = (at << 7) | thai;
      for (let slot = Math.imul(key, 0x9e3779b1) >>> shift; ; slot = (slot + 1) & mask) {
        const found = pairs[2 * slot]!;
        if (found === key) return pairs[2 * slot + 1]!;
        if (found === -1) break;
      }
    }
    const child = this.rootSteps[thai]!;
    return child === NONE ? ROOT : child;
  }

  /** The longest word ending where `state` was reached, or NONE. */
  wordAt(state: number): number {
    return this.nodes[state * RECORD + LONGEST]!;
  }

  /** The next shorter word ending at the same letter as word `node`, or NONE. */
  wordSuffix(node: number): number {
    return this.nodes[node * RECORD + SUFFIX]!;
  }

  /** How many letters spell `node`. */
  depth(node: number): number {
    return this.nodes[node * RECORD + DEPTH]!;
  }

  /** A binary search among the children of `node`, sorted by letter. */
  private search(node: number, letter: number): number {
    const { firstChild, childCount, letters, childNode } = this.trie;
    return searchChild(firstChild, childCount, letters, childNode, node, letter);
  }
}
