/**
 * Which files a directory walk reads: `--include GLOB` / `--exclude GLOB`, globs given as paths
 * (`extract 'news/**\/*.txt'`, quoted so that the shell left them alone), and the tool's own
 * output formats, which a walk leaves alone unless asked for. The one place picomatch is imported.
 *
 * A glob is matched against a file's path as shown (`news/2024/a.txt`) and against its path
 * inside the directory argument (`2024/a.txt`); a glob without `/` is matched against the name
 * alone (`*.txt`, `draft-*`), as in .gitignore. `--exclude` also prunes directories
 * (`--exclude drafts` or `'drafts/**'` does not walk into `drafts/`). Files named on the command
 * line are read whatever the filters say.
 */
import picomatch from "picomatch";

/**
 * Extensions of what this tool writes (`-f csv|json|jsonl|xlsx`): a walk skips them, so that
 * `extract news/ -o news/facts.csv` followed by `extract news/` does not read the facts back as
 * text. Named on the command line, matched by a glob or `--include` that spells the extension,
 * or the format of `--input` (`.jsonl` with `--input jsonl`), they are read.
 */
const OUTPUT_EXTENSIONS: readonly string[] = [".csv", ".json", ".jsonl", ".xlsx"];

export interface WalkFilter {
  /** Whether a file met in a walk is read. */
  file(shown: string, relative: string): boolean;
  /** Whether a directory met in a walk is entered. */
  directory(shown: string, relative: string): boolean;
  /** This filter for the walk of a glob given as a path: also only what the glob matches. */
  withGlob(glob: string): WalkFilter;
}

type Matcher = (path: string) => boolean;

const GLOB_OPTIONS = { dot: false, nocase: false } as const;

function matcher(glob: string): Matcher {
  const pattern = glob.replace(/^\.\//, "").replace(/\/+$/, "");
  const test = picomatch(pattern, { ...GLOB_OPTIONS, basename: !pattern.includes("/") });
  return (path) => test(path);
}

/** The extension of a name, lower-cased, with its dot ("" without one). */
export function extensionOf(name: string): string {
  const base = name.slice(name.lastIndexOf("/") + 1);
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(dot).toLowerCase() : "";
}

export interface FilterOptions {
  include?: readonly string[];
  exclude?: readonly string[];
  /** Output extensions to read all the same (`.jsonl` and `.json` for `--input jsonl`). */
  readExtensions?: readonly string[];
  /** A glob given as a path: only what it matches (by its shown path) is read. */
  glob?: string;
}

/** The filter of a walk. */
export function walkFilter(options: FilterOptions): WalkFilter {
  const includes = (options.include ?? []).map(matcher);
  const excludes = (options.exclude ?? []).map(matcher);
  const glob = options.glob === undefined ? undefined : picomatch(options.glob.replace(/^\.\//, ""), GLOB_OPTIONS);
  // An output extension is read when something the user wrote spells it.
  const spelled = [options.glob ?? "", ...(options.include ?? [])].join("\n").toLowerCase();
  const skipped = new Set(OUTPUT_EXTENSIONS.filter((ext) => !spelled.includes(ext) && !(options.readExtensions ?? []).includes(ext)));
  const any = (matchers: readonly Matcher[], shown: string, relative: string): boolean =>
    matchers.some((m) => m(shown) || m(relative));
  return {
    file(shown, relative) {
      if (skipped.has(extensionOf(shown))) return false;
      if (glob && !glob(shown.replace(/^\.\//, ""))) return false;
      if (includes.length > 0 && !any(includes, shown, relative)) return false;
      return !any(excludes, shown, relative);
    },
    directory(shown, relative) {
      return !any(excludes, shown, relative);
    },
    withGlob: (glob) => walkFilter({ ...options, glob }),
  };
}

/** Whether a path argument is a glob (has `*`, `?`, `[…]` or `{…}`), and if so the directory to walk for it. */
export function globBase(arg: string): { base: string; glob: string } | undefined {
  const scan = picomatch.scan(arg);
  if (!scan.isGlob) return undefined;
  return { base: scan.base === "" ? "." : scan.base, glob: arg };
}
