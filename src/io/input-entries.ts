/**
 * An input's bytes as entries (inputs.ts): its document, or its parts when it is large, after a
 * warning when bytes had to be replaced; a binary file is an error when named on the command
 * line and skipped with a warning when found in a directory.
 */
import type { BinaryEvidence, Encoding, InvalidBytes } from "./decode.js";
import { decodeBytes } from "./decode.js";
import type { InputEntry } from "./inputs.js";
import type { PartResult } from "./parts.js";

const ENCODING_NAMES: Readonly<Record<Encoding, string>> = {
  "utf-8": "UTF-8", "utf-16le": "UTF-16 LE", "utf-16be": "UTF-16 BE", "windows-874": "Windows-874",
};

export interface ReadContext {
  /** Named on the command line (or standard input): a binary file is an error, not skipped. */
  explicit: boolean;
  encoding: Encoding | undefined;
}

/** The entries for a file's bytes: its document, after a warning if bytes had to be replaced. */
export function* decoded(file: string, bytes: Uint8Array, context: ReadContext): Generator<InputEntry> {
  let result: ReturnType<typeof decodeBytes>;
  try {
    result = decodeBytes(bytes, context.encoding);
  } catch (error) {
    // V8 strings stop at about 512 Mi code units: a bigger file cannot be one document.
    yield { kind: "error", file, code: "TOO_LARGE", message: `cannot hold ${bytes.length} bytes as text: ${error instanceof Error ? error.message : String(error)}` };
    return;
  }
  if (!result.ok) {
    yield binaryEntry(file, result.binary, context);
    return;
  }
  if (result.invalid) yield invalidBytesWarning(file, result.encoding, result.invalid, context);
  yield { kind: "document", file, text: result.text, encoding: result.encoding, bytes: bytes.length };
}

function invalidBytesWarning(file: string, encoding: Encoding, invalid: InvalidBytes, context: ReadContext): InputEntry {
  const { offset, line, count } = invalid;
  return {
    kind: "warning", file, line, code: "INVALID_BYTES",
    message: `not valid ${ENCODING_NAMES[encoding]} from byte ${offset}: ${count} byte${count === 1 ? "" : "s"} replaced with U+FFFD`
      + (context.encoding === undefined ? " (another encoding? try --encoding)" : ""),
  };
}

/** The entries for a large input read in parts (parts.ts). */
export async function* partEntries(file: string, parts: AsyncIterable<PartResult>, context: ReadContext): AsyncGenerator<InputEntry> {
  for await (const part of parts) {
    if (!part.ok) {
      yield binaryEntry(file, part.binary, context);
      return;
    }
    if (part.invalid) yield invalidBytesWarning(file, part.encoding, part.invalid, context);
    const { text, encoding, offset, lines, index, last, bytes } = part;
    yield { kind: "part", file, text, encoding, offset, lines, index, last, bytes };
  }
}

export function binaryEntry(file: string, binary: BinaryEvidence, context: ReadContext): InputEntry {
  const hint = binary.hint === undefined ? "" : `; ${binary.hint}`;
  return context.explicit
    ? { kind: "error", file, code: "BINARY_FILE", message: `not a text file (${binary.reason})${hint}` }
    : { kind: "warning", file, code: "BINARY_SKIPPED", message: `looks binary (${binary.reason}); skipped${hint}` };
}
