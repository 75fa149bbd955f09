/**
 * A dictionary of words as a letter trie in typed arrays, for the cutter's dictionary acceptor
 * (word-cutter.ts).
 *
 * wordcut builds its own dictionary as an object keyed by `String([node, offset, letter])`: a
 * string for every letter of its ~24,000 words, ~300 ms and ~20 MB per thread, and a string
 * built again for every lookup. Here the same words give the same answers (which nodes exist,
 * which end a word) from five flat typed arrays, built in ~25 ms (sorting included).
 */

/** A trie's arrays (see the constructor). */
export interface TrieArrays {
  firstChild: Int32Array;
  childCount: Int32Array;
  final: Uint8Array;
  letters: Uint16Array;
  childNode: Int32Array;
}

/** The node every word starts from. */
export const ROOT = 0;

/** No such child. */
export const NONE = -1;

export class WordTrie {
  /**
   * @param firstChild index into `letters`/`childNode` of a node's first child (by node)
   * @param childCount number of children (by node), sorted by letter from `firstChild`
   * @param final whether the path to a node spells a whole word (by node, 1 or 0)
   * @param letters the UTF-16 code unit leading to each child
   * @param childNode the child node each entry leads to
   */
  private constructor(
    private readonly firstChild: Int32Array,
    private readonly childCount: Int32Array,
    private readonly final: Uint8Array,
    private readonly letters: Uint16Array,
    private readonly childNode: Int32Array,
  ) {}

  /**
   * The trie of `words` (any order, repeats allowed). Empty words are ignored: like wordcut's
   * tree, the trie then has no word that ends at the root.
   */
  static of(words: readonly string[]): WordTrie {
    const sorted = [...new Set(words)].filter((w) => w.length > 0).sort();
    // Nodes are numbered as they are first reached, walking the sorted words: a word's new nodes
    // start where it first differs from the previous word. So a node's children are numbered
    // in letter order, and a stable sort of the nodes by parent lays them out flat.
    const capacity = sorted.reduce((n, w) => n + w.length, 1);
    const parent = new Int32Array(capacity);
    const letter = new Uint16Array(capacity);
    const final = new Uint8Array(capacity);
    const path = new Int32Array(sorted.reduce((n, w) => Math.max(n, w.length), 0) + 1); // path[j]: the node after j letters
    let nodes = 1;
    let previous = "";
    for (const word of sorted) {
      let shared = 0;
      while (shared < previous.length && shared < word.length && previous.charCodeAt(shared) === word.charCodeAt(shared)) shared++;
      for (let j = shared; j < word.length; j++) {
        parent[nodes] = path[j]!;
        letter[nodes] = word.charCodeAt(j);
        path[j + 1] = nodes++;
      }
      final[path[word.length]!] = 1;
      previous = word;
    }
    const firstChild = new Int32Array(nodes);
    const childCount = new Int32Array(nodes);
    for (let node = 1; node < nodes; node++) childCount[parent[node]!]!++;
    for (let node = 1; node < nodes; node++) firstChild[node] = firstChild[node - 1]! + childCount[node - 1]!;
    const letters = new Uint16Array(nodes - 1);
    const childNode = new Int32Array(nodes - 1);
    const next = firstChild.slice();
    for (let node = 1; node < nodes; node++) {
      const at = next[parent[node]!]!++;
      letters[at] = letter[node]!;
      childNode[at] = node;
    }
    return new WordTrie(firstChild, childCount, final.slice(0, nodes), letters, childNode);
  }

  /** The trie as plain typed arrays, to store (v8.serialize) and load again with {@link fromArrays}. */
  toArrays(): TrieArrays {
    return { firstChild: this.firstChild, childCount: this.childCount, final: this.final, letters: this.letters, childNode: this.childNode };
  }

  /** A trie from {@link toArrays}' arrays; undefined when they do not hold together. */
  static fromArrays(a: TrieArrays): WordTrie | undefined {
    const nodes = a.firstChild?.length;
    const ok = a.firstChild instanceof Int32Array && a.childCount instanceof Int32Array && a.final instanceof Uint8Array
      && a.letters instanceof Uint16Array && a.childNode instanceof Int32Array
      && nodes > 0 && a.childCount.length === nodes && a.final.length === nodes
      && a.letters.length === nodes - 1 && a.childNode.length === nodes - 1;
    return ok ? new WordTrie(a.firstChild, a.childCount, a.final, a.letters, a.childNode) : undefined;
  }

  /** The child of `node` reached by the UTF-16 code unit `letter`, or NONE. */
  child(node: number, letter: number): number {
    return searchChild(this.firstChild, this.childCount, this.letters, this.childNode, node, letter);
  }

  /** Whether the letters from the root to `node` are a whole word. */
  isWord(node: number): boolean {
    return this.final[node] === 1;
  }
}

/**
 * The child of `node` by `letter` in a trie's arrays (see {@link WordTrie}), by binary search
 * among the node's children, sorted by letter; NONE when it has none.
 */
export function searchChild(firstChild: Int32Array, childCount: Int32Array, letters: Uint16Array, childNode: Int32Array, node: number, letter: number): number {
  let lo = firstChild[node]!;
  let hi = lo + childCount[node]! - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const at = letters[mid]!;
    if (at === letter) return childNode[mid]!;
    if (at < letter) lo = mid + 1;
    else hi = mid - 1;
  }
  return NONE;
}
