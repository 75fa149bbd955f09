/**
 * `npm run -s facts:key-years -- GOLD.jsonl TEXTS_DIR [GOLD2 DIR2 …]`: where an answer key's years
 * come from. For each key fact with a year, its sentence (as `facts:check` cuts one: a line end, or
 * a space before a `clause_start` word) and its line are extracted alone, with the document's date;
 * the script counts the keys whose year that stretch does not give. It measures the scope readers
 * gave years, against which `facts:check`'s "years from outside their sentence" can be read.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { wordcutSegmenter } from "../adapters/wordcut.js";
import { compileRules, extractFacts, findDocumentDate } from "../core/index.js";
import { loadRuleSources } from "../io/rules-loader.js";
import { sentenceOf } from "./sentences.js";

interface Key {
  file: string;
  start: number;
  kind: string;
  year?: number | null;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.length < 2 || args.length % 2 !== 0) throw new Error("usage: npm run -s facts:key-years -- GOLD.jsonl TEXTS_DIR [GOLD2 DIR2 …]");
  const { sources } = await loadRuleSources({ builtIn: true, userPaths: [] });
  const { ruleSet } = compileRules(sources);
  const segmenter = wordcutSegmenter(ruleSet.words);
  const starts = [...(ruleSet.lexicons.get("clause_start")?.entries.keys() ?? [])];
  for (let i = 0; i < args.length; i += 2) {
    const [gold, dir] = [args[i]!, args[i + 1]!];
    const keys = readFileSync(gold, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as Key)
      .filter((k) => k.kind !== "date" && k.year != null);
    let sentence = 0;
    let line = 0;
    for (const key of keys) {
      const text = readFileSync(join(dir, key.file), "utf8").replace(/^\uFEFF/, "");
      const documentDate = findDocumentDate(text, ruleSet) ?? null;
      const gives = (breaks: readonly string[]): boolean => {
        const [from, to] = sentenceOf(text, key.start, breaks);
        const facts = extractFacts(text.slice(from, to), ruleSet, segmenter, { documentDate, titleYear: null, datelineBefore: null }).facts;
        return facts.find((f) => f.start === key.start - from)?.year === key.year;
      };
      if (!gives(starts)) sentence++;
      if (!gives([])) line++;
    }
    const pct = (a: number): string => `${a}/${keys.length} (${keys.length ? ((100 * a) / keys.length).toFixed(1) : "0.0"} %)`;
    console.log(`${gold}: keys with a year ${keys.length}; not given by their sentence alone ${pct(sentence)}, by their line alone ${pct(line)}`);
  }
}

await main();
