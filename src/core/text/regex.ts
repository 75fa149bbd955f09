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
