/**
 * A directory tree, walked without recursion: an explicit stack of open directories, so that
 * depth costs neither call stack nor time per entry (a generator nested once per level passes
 * every entry up through all the levels above it). Entries come in code-point order of their
 * names; names starting with "." are skipped; a symbolic link is followed to what it names.
 *
 * Directories are known by device and inode: one that leads back to a directory on the current
 * branch (a symbolic-link loop) is an error; one already walked in this run (reached again
 * through another link) is walked once and the second time reported, so that a small tree of
 * links cannot multiply into thousands of copies of the same documents.
 */
import type { Dirent, Stats } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { displayJoin, isHiddenName, joinPath, nameOf, shownPath, type FsPath } from "./file-names.js";
import type { WalkFilter } from "./filters.js";

/** What a walk finds, in order. */
export type WalkItem =
  /** A regular file (or a link to one): `file` as shown, `path` to open. */
  | { kind: "file"; file: string; path: FsPath }
  | { kind: "error"; file: string; error: unknown }
  | { kind: "loop"; file: string; ancestor: string }
  | { kind: "repeated"; file: string; first: string };

/** Directories walked so far in a run, by `dev:ino`, to the name they were first walked under. */
export type WalkedDirectories = Map<string, string>;

interface Frame {
  key: string;
  file: string;
  path: FsPath;
  entries: Array<Dirent<Buffer>>;
  next: number;
}

const keyOf = (s: Stats): string => `${s.dev}:${s.ino}`;

export interface WalkOptions {
  /** Shared by the walks of one run. */
  walked?: WalkedDirectories;
  /** False: symbolic links are skipped (`--no-follow-links`). */
  followLinks?: boolean;
  /** Which files are read and which directories entered (`--include`, `--exclude`, globs). */
  filter?: WalkFilter;
  /**
   * The path shown for the walk's root, which the filter's relative paths start after; "" when
   * a glob's base was not written (`*.txt`), and names are then shown without a prefix.
   */
  root?: string;
}

/**
 * The files under directory `path` (shown as `file`). Sockets, FIFOs and devices are not
 * documents: skipped silently.
 */
export async function* walkTree(file: string, path: FsPath, options: WalkOptions = {}): AsyncGenerator<WalkItem> {
  const { walked = new Map(), followLinks = true, filter, root = file } = options;
  const rootPrefix = root === "" ? 0 : (root.endsWith("/") ? root : `${root}/`).length;
  const stack: Frame[] = [];
  const onBranch = new Map<string, string>();
  /** Opens a directory: a frame to push, or what to report instead. */
  const enter = async (dirFile: string, dirPath: FsPath, stats?: Stats): Promise<Frame | WalkItem> => {
    try {
      const key = keyOf(stats ?? (await stat(dirPath)));
      const ancestor = onBranch.get(key);
      if (ancestor !== undefined) return { kind: "loop", file: dirFile, ancestor };
      const first = walked.get(key);
      if (first !== undefined) return { kind: "repeated", file: dirFile, first };
      const entries = await readdir(dirPath, { withFileTypes: true, encoding: "buffer" });
      entries.sort((a, b) => Buffer.compare(a.name, b.name));
      onBranch.set(key, dirFile);
      walked.set(key, dirFile);
      return { key, file: dirFile, path: dirPath, entries, next: 0 };
    } catch (error) {
      return { kind: "error", file: dirFile, error };
    }
  };
  const first = await enter(file, path);
  if ("kind" in first) {
    yield first;
    return;
  }
  stack.push(first);
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    if (top.next >= top.entries.length) {
      onBranch.delete(top.key);
      stack.pop();
      continue;
    }
    const entry = top.entries[top.next++]!;
    const name = nameOf(entry.name);
    if (isHiddenName(name)) continue;
    const childFile = joinShown(top.file, name);
    const childPath = joinPath(top.path, name);
    const relative = childFile.slice(rootPrefix);
    let isDirectory = entry.isDirectory();
    let isFile = entry.isFile();
    let stats: Stats | undefined;
    if (entry.isSymbolicLink()) {
      if (!followLinks) continue;
      try {
        stats = await stat(childPath);
        isDirectory = stats.isDirectory();
        isFile = stats.isFile();
      } catch (error) {
        yield { kind: "error", file: childFile, error };
        continue;
      }
    }
    if (isDirectory) {
      if (filter && !filter.directory(childFile, relative)) continue;
      const opened = await enter(childFile, childPath, stats);
      if ("kind" in opened) yield opened;
      else stack.push(opened);
    } else if (isFile && (!filter || filter.file(childFile, relative))) {
      yield { kind: "file", file: childFile, path: childPath };
    }
  }
}

/** A shown path joined with a name found under it (escaped when it is not UTF-8); "" shows the name alone. */
function joinShown(base: string, name: FsPath): string {
  const shown = shownPath(name);
  return base === "" ? shown : displayJoin(base, shown);
}
