/**
 * `npm run -s facts:check -- OUT.jsonl TEXT [--sample N] [--seed S] [--few K]`: gold-free checks of the
 * attributes of a run's facts over one text (a corpus slice, extracted as one file):
 *
 * - bare subjects: the share whose subject is only a verb, a function or cue word, a unit or
 *   classifier, or a number (the context and unit lexicons of the built-in rules say which);
 * - years from outside their sentence: the share of facts with a year whose sentence, extracted
 *   alone (with the document's date), does not give the fact that year. A sentence ends at a
 *   line end, or at a space before a `clause_start` word; and, beside it, the share whose line
 *   (a paragraph, the scope the year step reads) does not give it;
 * - a sample of facts, each with its text around it and its attributes, to read by eye.
 */
import { readFileSync } from "node:fs";
import { wordcutSegmenter } from "../adapters/wordcut.js";
import { compileRules, findDocumentDate, type Fact, type RuleSet } from "../core/index.js";
import { loadRuleSources } from "../io/rules-loader.js";
import { HAS_WORD } from "../core/extract/subject-words.js";
import { sentenceOf, stretchExtractor } from "./sentences.js";

type OutFact = Fact & { file: string };


/**
 * Lexicons whose words alone name no subject: function and cue words, verbs of change, of
 * reporting and of acting on what is measured (`subject_action`: มอบ, จัดสรร), words of time
 * (measure nouns, มูลค่า, and nouns among the target cues, เป้าหมาย, do). A verb no lexicon lists
 * (กู้, ผ่อน) is not caught: the check is a floor.
 */
const BARE_LEXICONS = [
  "subject_trim", "subject_verbs", "subject_time", "qualifier_before", "qualifier_after", "change_before",
  "cue_skip", "sign_negative", "year_link", "clause_start", "percent_sign", "subject_action",
];

/** The bare words: those lexicons' and every unit or classifier a rule captures. */
function bareWords(rules: RuleSet): Set<string> {
  const words = new Set<string>(rules.context.unitWords);
  for (const name of BARE_LEXICONS) for (const key of rules.lexicons.get(name)?.entries.keys() ?? []) words.add(key);
  return words;
}


/** A deterministic sample (a linear congruential generator), so that a reading can be repeated. */
function sample<T>(items: readonly T[], n: number, seed: number): T[] {
  const pool = [...items];
  let state = seed >>> 0;
  const out: T[] = [];
  while (out.length < n && pool.length > 0) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    out.push(pool.splice(state % pool.length, 1)[0]!);
  }
  return out;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const option = (name: string, fallback: number): number => {
    const i = args.indexOf(name);
    return i < 0 ? fallback : Number(args.splice(i, 2)[1]);
  };
  const n = option("--sample", 50);
  const seed = option("--seed", 1);
  const few = option("--few", 10);
  const [outPath, textPath] = args;
  if (!outPath || !textPath) throw new Error("usage: npm run -s facts:check -- OUT.jsonl TEXT [--sample N] [--seed S] [--few K]");
  const facts = readFileSync(outPath, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as OutFact)
    .filter((f) => f.kind !== "date");
  const text = readFileSync(textPath, "utf8").replace(/^\uFEFF/, "");
  const { sources } = await loadRuleSources({ builtIn: true, userPaths: [] });
  const { ruleSet } = compileRules(sources);
  const segmenter = wordcutSegmenter(ruleSet.words);
  const documentDate = findDocumentDate(text, ruleSet) ?? null;
  const bare = bareWords(ruleSet);
  const starts = [...(ruleSet.lexicons.get("clause_start")?.entries.keys() ?? [])];

  const isBare = (subject: string): boolean => {
    const s = subject.replace(/\s+/g, "");
    return bare.has(s) || !HAS_WORD.test(s);
  };
  const withSubject = facts.filter((f) => f.subject !== undefined);
  const bareOnes = withSubject.filter((f) => isBare(f.subject!));

  const withYear = facts.filter((f) => f.year !== undefined);
  const alone = stretchExtractor(text, ruleSet, segmenter, documentDate);
  /** The facts whose year their stretch of text, extracted alone, does not give them. */
  const yearsFromOutside = (stretchOf: (offset: number) => [number, number]): OutFact[] => withYear.filter((f) => {
    const [from, to] = stretchOf(f.start);
    return alone(from, to).find((g) => g.start === f.start - from && g.kind === f.kind)?.year !== f.year;
  });
  const outside = yearsFromOutside((offset) => sentenceOf(text, offset, starts));
  // A line is a paragraph here (the corpus is not hard-wrapped): the year step's own scope.
  const outsideParagraph = yearsFromOutside((offset) => sentenceOf(text, offset, []));

  const pct = (a: number, b: number): string => `${a}/${b} (${b ? ((100 * a) / b).toFixed(2) : "0.00"} %)`;
  console.log(`facts (not dates): ${facts.length}`);
  console.log(`bare subjects: ${pct(bareOnes.length, withSubject.length)} of the facts with a subject`);
  console.log(`years from outside their sentence: ${pct(outside.length, withYear.length)} of the facts with a year`);
  console.log(`years from outside their paragraph (a line): ${pct(outsideParagraph.length, withYear.length)} of the facts with a year`);
  const around = (f: OutFact): string => JSON.stringify(`${text.slice(Math.max(0, f.start - 90), f.start)}[${f.text}]${text.slice(f.end, f.end + 30)}`);
  const show = (f: OutFact): string => `  ${around(f)}\n    subject=${f.subject ?? "-"} year=${f.year ?? "-"} target=${f.target} change=${f.change ?? "-"} qualifier=${f.qualifier}`;
  console.log("\nbare subjects, a few:");
  for (const f of sample(bareOnes, few, seed)) console.log(show(f));
  console.log("\nyears from outside their sentence, a few:");
  for (const f of sample(outside, few, seed)) console.log(show(f));
  console.log(`\n${n} facts to read (seed ${seed}):`);
  for (const f of sample(facts, n, seed)) console.log(show(f));
}

await main();
