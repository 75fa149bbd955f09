/**
 * The codes of what reading inputs reports (inputs.ts), apart so that the library's declarations
 * can name them without Node's types.
 */

/**
 * Every warning of reading inputs, and whether it says that an input was skipped whole (nothing
 * else comes of it: the run counts it as done, with a `skipped` row in the summaries).
 */
const INPUT_WARNINGS = {
  /** A binary file (or another office file, or a damaged page, DOCX or PDF) met while walking a directory. */
  BINARY_SKIPPED: true,
  /** Bytes that are not valid in the file's encoding were replaced with U+FFFD (the line is that of the first one). */
  INVALID_BYTES: false,
  /** A PDF (or pages of one) without text. */
  NO_TEXT_LAYER: false,
  /** A PDF's ำ repaired. */
  TEXT_REPAIRED: false,
  /** What mammoth said of a DOCX. */
  DOCUMENT_NOTE: false,
  /** A review page this tool wrote (`-f html`), or the `-o` file of this run, met while walking a directory. */
  OUTPUT_SKIPPED: true,
  /** A directory already read in this run (reached again through a link): no input of its own. */
  DIRECTORY_REPEATED: false,
} as const satisfies Record<string, boolean>;

export type InputWarningCode = keyof typeof INPUT_WARNINGS;

/** Whether a message's code is a warning that an input was skipped whole. */
export function isSkip(code: string): boolean {
  return Object.hasOwn(INPUT_WARNINGS, code) && INPUT_WARNINGS[code as InputWarningCode];
}

/**
 * NOT_FOUND: no such file (or a dangling symbolic link); PERMISSION_DENIED; SYMLINK_LOOP: a link
 * that leads back to itself or to a directory being walked; BINARY_FILE: a binary file named
 * explicitly (or on standard input); TOO_LARGE: more text than one string can hold;
 * UNREADABLE: any other read error (its OS code in the message); UNREADABLE_DOCUMENT: an HTML,
 * DOCX or PDF file that its converter could not read (damaged, or not of its kind).
 */
export type InputErrorCode = "NOT_FOUND" | "PERMISSION_DENIED" | "SYMLINK_LOOP" | "BINARY_FILE" | "TOO_LARGE" | "UNREADABLE" | "UNREADABLE_DOCUMENT";
