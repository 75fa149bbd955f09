/**
 * How much input a run has, for the progress line's total and time left: the files the
 * arguments name and their sizes on disk, found by the same walk readInputs makes (walk.ts,
 * with the run's WalkSettings: filter, links, the -o file). A cheap stat per file, run beside
 * the extraction. (Globs given as paths are not measured: the total is then short.)
 */
import { stat } from "node:fs/promises";
import type { FsPath } from "./file-names.js";
import { walkFilter } from "./filters.js";
import type { WalkSettings } from "./inputs.js";
import { walkTree, type WalkedDirectories } from "./walk.js";

export interface InputSizes {
  files: number;
  /** Undefined when an input has no size known in advance (standard input, a pipe). */
  bytes: number | undefined;
}

/** Counts the files under `args` and adds up their sizes; unreadable paths count as nothing. */
export async function measureInputs(args: readonly FsPath[], settings: WalkSettings = {}): Promise<InputSizes> {
  const { exclude, filter = walkFilter({}), followLinks = true } = settings;
  const total: InputSizes = { files: 0, bytes: 0 };
  const addFile = (size: number, regular: boolean): void => {
    total.files++;
    if (regular && total.bytes !== undefined) total.bytes += size;
    else total.bytes = undefined;
  };
  const walked: WalkedDirectories = new Map();
  for (const arg of args) {
    if (arg === "-") {
      addFile(0, false);
      continue;
    }
    try {
      const s = await stat(arg);
      if (!s.isDirectory()) {
        addFile(s.size, s.isFile());
        continue;
      }
      const root = typeof arg === "string" ? arg : "";
      for await (const item of walkTree(root, arg, { walked, followLinks, filter, root })) {
        if (item.kind !== "file") continue;
        const f = await stat(item.path).catch(() => undefined);
        if (f && !(exclude && f.dev === exclude.dev && f.ino === exclude.ino)) addFile(f.size, true);
      }
    } catch {
      // Reported by readInputs.
    }
  }
  return total;
}
