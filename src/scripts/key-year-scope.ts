/**
 * `npm run -s facts:key-years -- GOLD.jsonl TEXTS_DIR [GOLD2 DIR2 …]`: where an answer key's years
 * come from. For each key fact with a year, its sentence (as `facts:check` cuts one: a line end, or
 * a space before a `clause_start` word) and its line are extracted alone, as `facts:check` extracts
 * them (with the document's date and the last dateline before the stretch);
 * the script counts the keys whose year that stretch does not give. It measures the scope readers
 * gave years, against which `facts:check`'s "years from outside their sentence" can be read.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { wordcutSegmenter } from "../adapters/wordcut.js";
import { compileRules, findDocumentDate, type Fact } from "../core/index.js";
import { loadRuleSources } from "../io/rules-loader.js";
import { sentenceOf, stretchExtractor } from "./sentences.js";

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
    // Each text read, dated and extracted by stretches once, however many keys it holds.
    const documents = new Map<string, { text: string; alone: (from: number, to: number) => Fact[] }>();
    for (const key of keys) {
      let doc = documents.get(key.file);
      if (!doc) {
        const text = readFileSync(join(dir, key.file), "utf8").replace(/^\uFEFF/, "");
        doc = { text, alone: stretchExtractor(text, ruleSet, segmenter, findDocumentDate(text, ruleSet) ?? null) };
        documents.set(key.file, doc);
      }
      const { text, alone } = doc;
      const gives = (breaks: readonly string[]): boolean => {
        const [from, to] = sentenceOf(text, key.start, breaks);
        return alone(from, to).find((f) => f.start === key.start - from && f.kind === key.kind)?.year === key.year;
      };
      if (!gives(starts)) sentence++;
      if (!gives([])) line++;
    }
    const pct = (a: number): string => `${a}/${keys.length} (${keys.length ? ((100 * a) / keys.length).toFixed(1) : "0.0"} %)`;
    console.log(`${gold}: keys with a year ${keys.length}; not given by their sentence alone ${pct(sentence)}, by their line alone ${pct(line)}`);
  }
}

await main();
