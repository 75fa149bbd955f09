/**
 * Typed arrays stored side by side in one buffer after a small JSON header, and read back as
 * views on that buffer: loading a file of them copies nothing (v8.deserialize copies every
 * array out of the file's bytes, so the bytes were held twice while a worker started).
 *
 * Layout: a 4-byte little-endian header length, the header (UTF-8 JSON: the caller's fields and
 * each array's name, type, byte offset and length), then each array at an offset that is a
 * multiple of 8.
 */

export type PackedArray = Int32Array | Uint16Array | Uint8Array;

const TYPES = { Int32Array, Uint16Array, Uint8Array } as const;
type TypeName = keyof typeof TYPES;

interface Header {
  fields: Record<string, string>;
  arrays: Array<{ name: string; type: TypeName; offset: number; length: number }>;
}

const align = (n: number): number => Math.ceil(n / 8) * 8;

/** `fields` and `arrays` in one buffer (see the file's comment). */
export function packArrays(fields: Record<string, string>, arrays: Record<string, PackedArray>): Uint8Array {
  const entries = Object.entries(arrays);
  // Offsets depend on the header's length, which depends on the offsets: laid out again until
  // the arrays start where the header leaves room for them.
  let start = 0;
  let header: Header;
  let json: Buffer;
  for (;;) {
    let offset = start;
    header = {
      fields,
      arrays: entries.map(([name, array]) => {
        const at = offset;
        offset = align(offset + array.byteLength);
        return { name, type: array.constructor.name as TypeName, offset: at, length: array.length };
      }),
    };
    json = Buffer.from(JSON.stringify(header));
    if (align(4 + json.length) <= start) break;
    start = align(4 + json.length);
  }
  const last = header.arrays.at(-1);
  const out = new Uint8Array(last ? last.offset + entries.at(-1)![1].byteLength : align(4 + json.length));
  new DataView(out.buffer).setUint32(0, json.length, true);
  out.set(json, 4);
  entries.forEach(([, array], i) => out.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), header.arrays[i]!.offset));
  return out;
}

/** The fields and arrays of a packed buffer, the arrays as views on it; undefined when it is not one. */
export function unpackArrays(bytes: Uint8Array): { fields: Record<string, string>; arrays: Map<string, PackedArray> } | undefined {
  try {
    if (bytes.byteLength < 4) return undefined;
    const length = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(0, true);
    const header = JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset + 4, length).toString("utf8")) as Header;
    const arrays = new Map<string, PackedArray>();
    for (const { name, type, offset, length: count } of header.arrays) {
      const Type = TYPES[type];
      if (!Type || offset + count * Type.BYTES_PER_ELEMENT > bytes.byteLength) return undefined;
      const start = bytes.byteOffset + offset;
      // A view needs its start aligned to its element size; else (a buffer not from a file) a copy.
      arrays.set(name, start % Type.BYTES_PER_ELEMENT === 0 ? new Type(bytes.buffer as ArrayBuffer, start, count) : new Type(bytes.slice(offset, offset + count * Type.BYTES_PER_ELEMENT).buffer));
    }
    return { fields: header.fields, arrays };
  } catch {
    return undefined;
  }
}
