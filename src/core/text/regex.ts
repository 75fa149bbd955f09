/** Building regular expressions from words: escaping, and one alternation of many words. */

/** `s` with every character a regex gives a meaning escaped. */
export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Regex source (no capturing groups) matching any of `words`, longest first (so a word is never
 * cut short by a shorter one it starts with), a space matching any run of spaces and tabs; with
 * `optionalDot`, a final dot may be left out (`พ.ศ 2563`).
 */
export function alternativesSource(words: Iterable<string>, optionalDot = false): string {
  const forms = [...new Set(words)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map((w) => {
    const dot = optionalDot && w.endsWith(".");
    return escapeRegex(dot ? w.slice(0, -1) : w).replace(/ +/g, "[ \\t]*") + (dot ? "\\.?" : "");
  });
  return `(?:${forms.join("|")})`;
}

/** A long text in two-byte characters (the kind of text extraction reads), that no pattern is about. */
const LONG_TEXT = "\u0e00".repeat(1024);

/**
 * Has V8 compile `pattern` to machine code now. V8 compiles a regular expression on its first
 * run; run first on a short text, it is compiled twice (to bytecode, then, run again, to machine
 * code), which for a pattern of thousands of characters of alternatives (a date) takes ~15 ms;
 * run first on a long two-byte text, it is compiled to machine code at once, in about a quarter
 * of that. The pattern's lastIndex is left as it was.
 */
export function compileNow(pattern: RegExp): void {
  const { lastIndex } = pattern;
  pattern.lastIndex = 0;
  pattern.exec(LONG_TEXT);
  pattern.lastIndex = lastIndex;
}
