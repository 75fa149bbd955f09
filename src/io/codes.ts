/**
 * The codes of what reading inputs reports (inputs.ts), apart so that the library's declarations
 * can name them without Node's types.
 */

/**
 * BINARY_SKIPPED: a binary file (or another office file, or a damaged page, DOCX or PDF) met
 * while walking a directory; INVALID_BYTES: bytes that are not valid in the file's encoding were
 * replaced with U+FFFD (the line is that of the first one); NO_TEXT_LAYER: a PDF (or pages of
 * one) without text; TEXT_REPAIRED: a PDF's ำ repaired; DOCUMENT_NOTE: what mammoth said of a DOCX;
 * OUTPUT_SKIPPED: a review page this tool wrote (`-f html`), or the `-o` file of this run, met
 * while walking a directory; DIRECTORY_REPEATED: a directory already read in this run (reached
 * again through a link).
 */
export type InputWarningCode = "BINARY_SKIPPED" | "INVALID_BYTES" | "NO_TEXT_LAYER" | "TEXT_REPAIRED" | "DOCUMENT_NOTE" | "OUTPUT_SKIPPED" | "DIRECTORY_REPEATED";

/**
 * NOT_FOUND: no such file (or a dangling symbolic link); PERMISSION_DENIED; SYMLINK_LOOP: a link
 * that leads back to itself or to a directory being walked; BINARY_FILE: a binary file named
 * explicitly (or on standard input); TOO_LARGE: more text than one string can hold;
 * UNREADABLE: any other read error (its OS code in the message); UNREADABLE_DOCUMENT: an HTML,
 * DOCX or PDF file that its converter could not read (damaged, or not of its kind).
 */
export type InputErrorCode = "NOT_FOUND" | "PERMISSION_DENIED" | "SYMLINK_LOOP" | "BINARY_FILE" | "TOO_LARGE" | "UNREADABLE" | "UNREADABLE_DOCUMENT";
