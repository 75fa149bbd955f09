/** What a command line asks for, as far as can be told before its options are parsed. */

/** First arguments that select a subcommand (subcommands.ts); write `./rules` for a directory of that name. */
export const SUBCOMMANDS: ReadonlySet<string> = new Set(["rules", "explain", "text"]);

/** Options that only print something (help, the version). */
const PRINT_ONLY: ReadonlySet<string> = new Set(["-h", "--help", "-V", "--version"]);

/** Whether `argv` may run an extraction: not a subcommand, not only help or the version. */
export function mayExtract(argv: readonly string[]): boolean {
  return !SUBCOMMANDS.has(argv[0] ?? "") && !argv.some((arg) => PRINT_ONLY.has(arg));
}
