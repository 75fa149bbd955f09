/**
 * Counts the work a backtracking regular-expression engine does, for tests: a small
 * interpreter of the syntax the rule files use (literals, classes, `.`, `\s \d \w \t \uXXXX`,
 * groups, alternation, greedy and lazy quantifiers, look-ahead and look-behind, `^ $ \b`), run
 * the way V8's irregexp runs a pattern: depth first, trying each alternative and each repetition
 * count in order, look-behinds matched backwards. Every character test, alternative tried and
 * repetition counts one step, so that a pattern that goes quadratic on a long run of digits shows
 * it as a count, independent of the machine's speed.
 *
 * It is a model, not V8: irregexp also skips start positions by quick checks; the counts are for
 * comparing a pattern with itself (on adversarial text and on plain text, at two lengths).
 */

type CharTest = (c: number) => boolean;

type Node =
  | { t: "char"; test: CharTest }
  | { t: "seq"; items: Node[] }
  | { t: "alt"; alts: Node[] }
  | { t: "look"; body: Node; ahead: boolean; negate: boolean }
  | { t: "rep"; body: Node; min: number; max: number; lazy: boolean }
  | { t: "assert"; kind: "^" | "$" | "b" | "B" };

const SPACE = /\s/u;
const WORD = /\w/;
const isSpace: CharTest = (c) => SPACE.test(String.fromCharCode(c));
const isDigit: CharTest = (c) => c >= 0x30 && c <= 0x39;
const isWord: CharTest = (c) => WORD.test(String.fromCharCode(c));
const isLineEnd = (c: number): boolean => c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;

class Parser {
  i = 0;
  constructor(private readonly src: string) {}

  parse(): Node {
    const node = this.alternation();
    if (this.i < this.src.length) throw new SyntaxError(`unexpected ${this.src[this.i]} at ${this.i}`);
    return node;
  }

  private alternation(): Node {
    const alts = [this.sequence()];
    while (this.src[this.i] === "|") {
      this.i++;
      alts.push(this.sequence());
    }
    return alts.length === 1 ? alts[0]! : { t: "alt", alts };
  }

  private sequence(): Node {
    const items: Node[] = [];
    while (this.i < this.src.length && this.src[this.i] !== "|" && this.src[this.i] !== ")") {
      let atom = this.atom();
      atom = this.quantified(atom);
      items.push(atom);
    }
    return { t: "seq", items };
  }

  private quantified(atom: Node): Node {
    const s = this.src;
    let min: number;
    let max: number;
    const ch = s[this.i];
    if (ch === "*") [min, max] = [0, Infinity];
    else if (ch === "+") [min, max] = [1, Infinity];
    else if (ch === "?") [min, max] = [0, 1];
    else if (ch === "{") {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(s.slice(this.i));
      if (!m) throw new SyntaxError(`bad quantifier at ${this.i}`);
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === "" ? Infinity : Number(m[3]);
      this.i += m[0].length - 1;
    } else return atom;
    this.i++;
    const lazy = s[this.i] === "?";
    if (lazy) this.i++;
    return { t: "rep", body: atom, min, max, lazy };
  }

  private atom(): Node {
    const s = this.src;
    const ch = s[this.i]!;
    if (ch === "(") {
      this.i++;
      let look: { ahead: boolean; negate: boolean } | undefined;
      if (s.startsWith("?:", this.i)) this.i += 2;
      else if (s.startsWith("?=", this.i)) { look = { ahead: true, negate: false }; this.i += 2; }
      else if (s.startsWith("?!", this.i)) { look = { ahead: true, negate: true }; this.i += 2; }
      else if (s.startsWith("?<=", this.i)) { look = { ahead: false, negate: false }; this.i += 3; }
      else if (s.startsWith("?<!", this.i)) { look = { ahead: false, negate: true }; this.i += 3; }
      else if (s.startsWith("?<", this.i)) this.i = s.indexOf(">", this.i) + 1;
      const body = this.alternation();
      if (s[this.i] !== ")") throw new SyntaxError(`missing ) at ${this.i}`);
      this.i++;
      return look ? { t: "look", body, ...look } : body;
    }
    if (ch === "[") return { t: "char", test: this.charClass() };
    if (ch === ".") {
      this.i++;
      return { t: "char", test: (c) => !isLineEnd(c) };
    }
    if (ch === "^" || ch === "$") {
      this.i++;
      return { t: "assert", kind: ch };
    }
    if (ch === "\\") {
      const next = s[this.i + 1];
      if (next === "b" || next === "B") {
        this.i += 2;
        return { t: "assert", kind: next };
      }
      return { t: "char", test: this.escape(false) };
    }
    this.i++;
    const code = ch.charCodeAt(0);
    return { t: "char", test: (c) => c === code };
  }

  /** An escape at `i` (a backslash), as a test; `inClass`: `\b` is a backspace. */
  private escape(inClass: boolean): CharTest {
    const s = this.src;
    const e = s[this.i + 1]!;
    this.i += 2;
    switch (e) {
      case "d": return isDigit;
      case "D": return (c) => !isDigit(c);
      case "s": return isSpace;
      case "S": return (c) => !isSpace(c);
      case "w": return isWord;
      case "W": return (c) => !isWord(c);
      case "t": return (c) => c === 9;
      case "n": return (c) => c === 10;
      case "r": return (c) => c === 13;
      case "v": return (c) => c === 11;
      case "f": return (c) => c === 12;
      case "0": return (c) => c === 0;
      case "b": if (inClass) return (c) => c === 8; break;
      case "u": {
        const m = /^\{([0-9a-fA-F]+)\}|^([0-9a-fA-F]{4})/.exec(s.slice(this.i));
        if (!m) throw new SyntaxError(`bad \\u at ${this.i}`);
        this.i += m[0].length;
        const code = parseInt(m[1] ?? m[2]!, 16);
        return (c) => c === code;
      }
      case "x": {
        const code = parseInt(s.slice(this.i, this.i + 2), 16);
        this.i += 2;
        return (c) => c === code;
      }
      default:
        if (/[\^$\\.*+?()[\]{}|/\-]/.test(e)) {
          const code = e.charCodeAt(0);
          return (c) => c === code;
        }
    }
    throw new SyntaxError(`unsupported escape \\${e}`);
  }

  /** The single code unit an escape or character in a class stands for (for ranges), if one. */
  private classAtom(): { test: CharTest; code?: number } {
    const s = this.src;
    if (s[this.i] === "\\") {
      const start = this.i;
      const test = this.escape(true);
      const text = s.slice(start, this.i);
      const m = /^\\u\{?([0-9a-fA-F]+)\}?$|^\\x([0-9a-fA-F]{2})$/.exec(text);
      if (m) return { test, code: parseInt(m[1] ?? m[2]!, 16) };
      if (/^\\[\^$\\.*+?()[\]{}|/\-]$/.test(text)) return { test, code: text.charCodeAt(1) };
      if (text === "\\t") return { test, code: 9 };
      return { test };
    }
    const code = s.charCodeAt(this.i++);
    return { test: (c) => c === code, code };
  }

  private charClass(): CharTest {
    const s = this.src;
    this.i++;
    const negate = s[this.i] === "^";
    if (negate) this.i++;
    const tests: CharTest[] = [];
    while (s[this.i] !== "]") {
      if (this.i >= s.length) throw new SyntaxError("unterminated class");
      const first = this.classAtom();
      if (s[this.i] === "-" && s[this.i + 1] !== "]" && first.code !== undefined) {
        this.i++;
        const last = this.classAtom();
        const [lo, hi] = [first.code, last.code!];
        tests.push((c) => c >= lo && c <= hi);
      } else tests.push(first.test);
    }
    this.i++;
    return negate ? (c) => !tests.some((t) => t(c)) : (c) => tests.some((t) => t(c));
  }
}

/** Thrown when a count goes over the budget given to countWork. */
export class OverBudget extends Error {}

/**
 * The steps a backtracking engine takes to find every match of `source` in `text`, scanning as
 * `exec` with the global flag does (after a match, on from its end). Stops with OverBudget past
 * `budget` steps.
 */
export function countWork(source: string, text: string, budget = Infinity, found?: Array<[number, number]>): number {
  const root = new Parser(source).parse();
  const n = text.length;
  const codes = Uint16Array.from(text, (ch) => ch.charCodeAt(0));
  let steps = 0;
  const step = (): void => {
    if (++steps > budget) throw new OverBudget(`over ${budget} steps`);
  };
  const wordAt = (i: number): boolean => i >= 0 && i < n && isWord(codes[i]!);

  /** Matches `node` at `i` going forward (dir 1) or backward (dir -1), then the continuation. */
  const match = (node: Node, i: number, dir: 1 | -1, k: (j: number) => boolean): boolean => {
    switch (node.t) {
      case "char": {
        step();
        const at = dir === 1 ? i : i - 1;
        return at >= 0 && at < n && node.test(codes[at]!) && k(i + dir);
      }
      case "seq": {
        const { items } = node;
        const from = (index: number, j: number): boolean => {
          if (index === items.length) return k(j);
          const item = items[dir === 1 ? index : items.length - 1 - index]!;
          return match(item, j, dir, (next) => from(index + 1, next));
        };
        return from(0, i);
      }
      case "alt":
        for (const alt of node.alts) {
          step();
          if (match(alt, i, dir, k)) return true;
        }
        return false;
      case "look": {
        const seen = match(node.body, i, node.ahead ? 1 : -1, () => true);
        return seen !== node.negate && k(i);
      }
      case "assert": {
        step();
        const ok = node.kind === "^" ? i === 0 : node.kind === "$" ? i === n
          : (wordAt(i - 1) !== wordAt(i)) === (node.kind === "b");
        return ok && k(i);
      }
      case "rep": {
        const { body, min, max, lazy } = node;
        if (body.t === "char") {
          // One character a time: how far the run goes, then back off (greedy) or on (lazy),
          // in a loop rather than a recursion per character.
          let count = 0;
          const positions = [i];
          const extend = (): boolean => {
            step();
            const at = dir === 1 ? positions[count]! : positions[count]! - 1;
            if (count >= max || at < 0 || at >= n || !body.test(codes[at]!)) return false;
            count++;
            positions.push(positions[count - 1]! + dir);
            return true;
          };
          while (count < min) if (!extend()) return false;
          if (lazy) {
            for (;;) {
              if (k(positions[count]!)) return true;
              if (!extend()) return false;
            }
          }
          while (extend());
          for (let c = count; c >= min; c--) {
            step();
            if (k(positions[c]!)) return true;
          }
          return false;
        }
        const again = (count: number, j: number): boolean => {
          step();
          const more = (): boolean => count < max && match(body, j, dir, (next) => next !== j && again(count + 1, next));
          const stop = (): boolean => count >= min && k(j);
          if (count < min) return match(body, j, dir, (next) => again(count + 1, next));
          return lazy ? stop() || more() : more() || stop();
        };
        return again(0, i);
      }
    }
  };

  for (let start = 0; start <= n;) {
    step();
    let end = -1;
    if (match(root, start, 1, (j) => ((end = j), true))) {
      found?.push([start, end]);
      start = end > start ? end : start + 1;
    } else start++;
  }
  return steps;
}
