/**
 * A static guard against catastrophic backtracking in rule patterns: a group that can repeat
 * without bound and itself contains something that repeats without bound (`(a+)+`, `(\s*x)*`,
 * `({number} )+`) is rejected as REGEX_UNSAFE before any text is read. This catches the
 * classic exponential shapes; the CLI additionally bounds the time a document may take.
 */

export interface UnsafeSpot {
  /** Offset of the quantifier that repeats an already repeating group. */
  offset: number;
  message: string;
}

/** Returns where `source` (a pattern before placeholder expansion) nests unbounded quantifiers. */
export function findNestedQuantifier(source: string): UnsafeSpot | undefined {
  // For each open group: does it contain an unbounded repetition? Bottom = the whole pattern.
  const stack: boolean[] = [false];
  let i = 0;
  const unboundedAt = (at: number): number => {
    // Returns the length of an unbounded quantifier at `at`, 0 if none.
    const ch = source[at];
    if (ch === "*" || ch === "+") return 1;
    if (ch === "{") {
      const m = /^\{(\d+),\}/.exec(source.slice(at));
      if (m) return m[0].length;
    }
    return 0;
  };
  while (i < source.length) {
    const ch = source[i];
    if (ch === "\\") {
      i += 2;
    } else if (ch === "[") {
      let j = i + 1;
      if (source[j] === "^") j++;
      if (source[j] === "]") j++;
      while (j < source.length && source[j] !== "]") j += source[j] === "\\" ? 2 : 1;
      i = j + 1;
    } else if (ch === "(") {
      stack.push(false);
      i++;
      if (source[i] === "?") {
        // (?: (?= (?! (?<= (?<!
        i++;
        if (source[i] === "<" && (source[i + 1] === "=" || source[i + 1] === "!")) i += 2;
        else i++;
      }
    } else if (ch === ")") {
      const inner = stack.pop() ?? false;
      i++;
      const q = unboundedAt(i);
      if (q > 0) {
        if (inner) return { offset: i, message: "a repeated group contains a repetition (nested quantifiers can backtrack catastrophically); make the inner or outer repetition bounded, e.g. {1,5}" };
        stack[stack.length - 1] = true;
        i += q;
      } else if (inner) stack[stack.length - 1] = true;
    } else if (ch === "{" && /^\{[A-Za-z_]/.test(source.slice(i))) {
      // A placeholder: recognizers and lexicons may repeat inside.
      const close = source.indexOf("}", i);
      i = close < 0 ? source.length : close + 1;
      stack[stack.length - 1] = true;
      const q = unboundedAt(i);
      if (q > 0) return { offset: i, message: "a placeholder repeated without bound can backtrack catastrophically; bound it, e.g. {1,5}" };
    } else {
      const q = unboundedAt(i);
      if (q > 0) {
        stack[stack.length - 1] = true;
        i += q;
      } else i++;
    }
  }
  return undefined;
}
