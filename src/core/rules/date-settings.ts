/**
 * The `date_*` context settings: each names a lexicon of the words the date recognizer reads
 * (through words, era markers, quarter and half words and their ordinals, the words linking a
 * period to its year). They are read here into DateWords, checked, and built into the rule set's
 * Calendar before any pattern is compiled, since `{date:…}` and `{year:…}` embed its sources.
 */
import type { Diagnostic } from "../diagnostic.js";
import type { Calendar, DateWords, WrittenEra } from "../dates/date-words.js";
import { buildCalendar } from "../dates/recognizer.js";
import { matchView } from "../text/match-view.js";
import type { Lexicon } from "./compile.js";
import type { ContextKey, LexiconEntry, RawRuleFile } from "./rule-file.js";

/** The context keys of the date recognizer's words. */
type DateKey = Extract<ContextKey, `date_${string}`>;

const ERAS: readonly WrittenEra[] = ["BE", "CE"];

/** The rule set's calendar, and the lexicons its words came from (they stay out of the segmenter's dictionary). */
export interface CompiledCalendar {
  calendar: Calendar;
  lexicons: Lexicon[];
}

/**
 * Reads the `date_*` settings of `files` (a later file's key replaces an earlier one's) from the
 * merged `lexicons`; a key left out leaves its form out of the recognizer (no era markers: a year
 * is read by its size alone). Problems go to `diagnostics`.
 */
export function compileCalendar(files: readonly RawRuleFile[], lexicons: ReadonlyMap<string, Lexicon>, diagnostics: Diagnostic[]): CompiledCalendar {
  const settings: RawRuleFile["context"]["values"] = {};
  for (const file of files) Object.assign(settings, file.context.values);
  const used: Lexicon[] = [];
  const entries = (key: DateKey): LexiconEntry[] => {
    const setting = settings[key];
    if (!setting) return [];
    const lexicon = lexicons.get(String(setting.value));
    if (!lexicon) {
      diagnostics.push({ file: setting.pos.file, line: setting.pos.line, col: setting.pos.col, code: "LEXICON_UNDEFINED",
        message: `context ${key}: no lexicon named "${setting.value}" (known: ${[...lexicons.keys()].join(", ")})` });
      return [];
    }
    used.push(lexicon);
    return [...lexicon.entries.values()];
  };
  const words = (key: DateKey): string[] => entries(key).map((e) => matchView(e.surface));
  const problem = (key: DateKey, entry: LexiconEntry, message: string): void => {
    diagnostics.push({ file: entry.pos.file, line: entry.pos.line, col: entry.pos.col, code: "RULE_INVALID",
      message: `context ${key}: lexicon ${settings[key]?.value} entry "${entry.surface}": ${message}` });
  };
  const eras = entries("date_era").flatMap((e): Array<[string, WrittenEra]> => {
    if ((ERAS as readonly string[]).includes(e.canonical)) return [[matchView(e.surface), e.canonical as WrittenEra]];
    problem("date_era", e, `era "${e.canonical}"; expected ${ERAS.join(" or ")}`);
    return [];
  });
  const ordinals = (key: DateKey, most: number): Array<[string, number]> => entries(key).flatMap((e): Array<[string, number]> => {
    const n = Number(e.canonical);
    if (Number.isInteger(n) && n >= 1 && n <= most) return [[matchView(e.surface), n]];
    problem(key, e, `value "${e.canonical}"; expected a whole number from 1 to ${most}`);
    return [];
  });
  const dateWords: DateWords = {
    through: words("date_through"),
    dayWord: words("date_day_word"),
    monthWord: words("date_month_word"),
    eras,
    quarter: words("date_quarter"),
    quarterOrdinals: ordinals("date_quarter_ordinal", 4),
    half: words("date_half"),
    halfOrdinals: ordinals("date_half_ordinal", 2),
    yearLink: words("date_year_link"),
    yearWord: words("date_year_word"),
  };
  return { calendar: buildCalendar(dateWords), lexicons: used };
}
