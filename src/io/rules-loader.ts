/**
 * Finds and reads rule files: the built-in ones shipped in the package's `rules/` directory,
 * then the user's (`-r FILE|DIR`, in the order given), so that user rules layer on top.
 * Reading only: checking and compiling is the core's job (compileRules).
 */
import { readdir, readFile, stat } from "node:fs/promises";
import { isAbsolute, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { RuleSource } from "../core/index.js";
import { displayJoin } from "./file-names.js";
import { compareCodePoints, describeFsError } from "./inputs.js";

/** A rule path that could not be used; `path` as the user gave it. */
export interface RulesLoadError {
  path: string;
  message: string;
}

export interface RulesLoadOptions {
  /** Include the package's built-in rules (false for `--no-default-rules`). */
  builtIn: boolean;
  /** User rule files or directories, in order. */
  userPaths: readonly string[];
  /** Overrides where built-in rules are looked for (tests). */
  builtInDir?: string;
  /** For showing built-in rule paths relative to it; defaults to process.cwd(). */
  cwd?: string;
}

/**
 * The package's `rules/` directory. This file compiles to dist/io/rules-loader.js, so the
 * package root is two levels up; resolving from import.meta.url (not the working directory)
 * keeps it right wherever the package is installed.
 */
export const BUILT_IN_RULES_DIR = fileURLToPath(new URL("../../rules/", import.meta.url));

const isRuleFile = (name: string): boolean => /\.ya?ml$/i.test(name) && !name.startsWith(".");

/** A built-in rule path shown relative to the working directory when inside it (clickable in an editor), else absolute. */
function shownPath(absolute: string, cwd: string): string {
  const rel = relative(cwd, absolute);
  return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel) ? rel.split(sep).join("/") : absolute;
}

/** The rule files of a directory (not its subdirectories), sorted by name. */
async function ruleFilesIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .filter((e) => (e.isFile() || e.isSymbolicLink()) && isRuleFile(e.name))
    .map((e) => e.name)
    .sort(compareCodePoints);
}

async function readSource(file: string, path: string, origin: string): Promise<RuleSource> {
  return { file, text: await readFile(path, "utf8"), origin };
}

/**
 * Reads the rule sources in layering order: built-in files sorted by name (origin
 * "built-in"), then each user path (origin "user"): a file as given, a directory's
 * `.yaml`/`.yml` files sorted by name. Every unusable path is reported, not thrown;
 * a user directory without rule files is an error, as it is almost certainly a mistake.
 */
export async function loadRuleSources(options: RulesLoadOptions): Promise<{ sources: RuleSource[]; errors: RulesLoadError[] }> {
  const sources: RuleSource[] = [];
  const errors: RulesLoadError[] = [];
  const cwd = options.cwd ?? process.cwd();

  if (options.builtIn) {
    const dir = options.builtInDir ?? BUILT_IN_RULES_DIR;
    try {
      for (const name of await ruleFilesIn(dir)) {
        const absolute = displayJoin(dir, name);
        sources.push(await readSource(shownPath(absolute, cwd), absolute, "built-in"));
      }
    } catch (error) {
      errors.push({ path: dir, message: `cannot read the built-in rules: ${describeFsError(error)}` });
    }
  }

  for (const path of options.userPaths) {
    try {
      if ((await stat(path)).isDirectory()) {
        const names = await ruleFilesIn(path);
        if (names.length === 0) {
          errors.push({ path, message: "directory contains no .yaml or .yml rule files" });
          continue;
        }
        for (const name of names) {
          const file = displayJoin(path, name);
          try {
            sources.push(await readSource(file, file, "user"));
          } catch (error) {
            errors.push({ path: file, message: describeFsError(error) });
          }
        }
      } else {
        sources.push(await readSource(path, path, "user"));
      }
    } catch (error) {
      errors.push({ path, message: describeFsError(error) });
    }
  }
  return { sources, errors };
}
