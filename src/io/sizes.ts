/**
 * How much input a run has, for the progress line's total and time left: the files the
 * arguments name and their sizes on disk, found by a walk that skips what readInputs skips
 * (names starting with ".", what the walk's filter leaves out). A cheap stat per file, run beside
 * the extraction. (Globs given as paths are not measured: the total is then short.)
 */
import { readdir, realpath, stat } from "node:fs/promises";
import { resolve } from "node:path";
import type { WalkFilter } from "./filters.js";
import { displayJoin } from "./inputs.js";

export interface InputSizes {
  files: number;
  /** Undefined when an input has no size known in advance (standard input, a pipe). */
  bytes: number | undefined;
}

/** Counts the files under `args` and adds up their sizes; unreadable paths count as nothing. */
export async function measureInputs(args: readonly string[], exclude: readonly string[] = [], filter?: WalkFilter): Promise<InputSizes> {
  const excluded = new Set(exclude.map((p) => resolve(p)));
  const total: InputSizes = { files: 0, bytes: 0 };
  const addFile = (size: number, regular: boolean): void => {
    total.files++;
    if (regular && total.bytes !== undefined) total.bytes += size;
    else total.bytes = undefined;
  };
  const walk = async (path: string, seen: Set<string>, root: string): Promise<void> => {
    let real: string;
    try {
      real = await realpath(path);
    } catch {
      return;
    }
    if (seen.has(real)) return;
    seen.add(real);
    let names: string[];
    try {
      names = (await readdir(path)).filter((n) => !n.startsWith("."));
    } catch {
      return;
    }
    for (const name of names) {
      const child = displayJoin(path, name);
      const relative = child.slice(displayJoin(root, "").length);
      try {
        const s = await stat(child);
        if (s.isDirectory()) {
          if (!filter || filter.directory(child, relative)) await walk(child, seen, root);
        } else if (s.isFile() && !excluded.has(resolve(child)) && (!filter || filter.file(child, relative))) {
          addFile(s.size, true);
        }
      } catch {
        // Unreadable: readInputs reports it; it adds nothing here.
      }
    }
    seen.delete(real);
  };
  for (const arg of args) {
    if (arg === "-") {
      addFile(0, false);
      continue;
    }
    try {
      const s = await stat(arg);
      if (s.isDirectory()) await walk(arg, new Set(), arg);
      else addFile(s.size, s.isFile());
    } catch {
      // Reported by readInputs.
    }
  }
  return total;
}
