/**
 * Escaping for the review page: the one way document text, file names and messages reach its
 * markup. Text becomes character data that no browser reads as a tag, an entity, an attribute's
 * end or a script; JSON inside a <script> block cannot end the block or open a comment.
 */

const TEXT_ESCAPES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * `text` as HTML character data, safe in element content and in a double- or single-quoted
 * attribute value alike: `& < > " '` become references. U+0000, which a parser drops, becomes
 * U+FFFD, so what is shown is what was read.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => TEXT_ESCAPES[c] ?? c).replace(/\0/g, "\uFFFD");
}

/**
 * JSON for the inside of a `<script type="application/json">` element. A script element ends at
 * the first `</script` whatever the JSON means, and `<!--` changes how that end is found, so
 * every `<` is written as `\u003c` (JSON.parse reads it back as `<`); U+2028 and U+2029 are
 * written escaped too, for tools that read the JSON as JavaScript.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
