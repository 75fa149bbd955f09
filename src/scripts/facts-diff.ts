/**
 * `npm run -s facts:diff -- BEFORE.jsonl AFTER.jsonl [TEXT]`: what a rule change did to a run's
 * facts, for reading through before committing it. Both files are `extract -f jsonl` output of
 * the same input; a fact is known by its file, span and kind. Prints the facts only BEFORE has
 * (`-`), only AFTER has (`+`), and those whose other fields changed (`~`, with the fields), each
 * with the text around it when TEXT (the input, one file) is given, then a count of each.
 */
import { readFileSync } from "node:fs";

type Fact = Record<string, unknown> & { file: string; start: number; end: number; kind: string; text: string; unit?: string };

function load(path: string): Map<string, Fact> {
  const facts = new Map<string, Fact>();
  for (const line of readFileSync(path, "utf8").split("\n")) {
    if (line.trim() === "") continue;
    const fact = JSON.parse(line) as Fact;
    facts.set(`${fact.file}:${fact.start}:${fact.end}:${fact.kind}`, fact);
  }
  return facts;
}

function main(): void {
  const [beforePath, afterPath, textPath] = process.argv.slice(2);
  if (!beforePath || !afterPath) throw new Error("usage: npm run -s facts:diff -- BEFORE.jsonl AFTER.jsonl [TEXT]");
  const before = load(beforePath);
  const after = load(afterPath);
  const text = textPath ? readFileSync(textPath, "utf8").replace(/^\uFEFF/, "") : undefined;
  const around = (f: Fact): string => (text === undefined ? `«${f.text}»`
    : JSON.stringify(`${text.slice(Math.max(0, f.start - 25), f.start)}[${text.slice(f.start, f.end)}]${text.slice(f.end, f.end + 15)}`));
  const counts = { removed: 0, added: 0, changed: 0 };
  for (const [key, f] of before) {
    if (after.has(key)) continue;
    counts.removed++;
    console.log(`- ${f.kind} ${f.unit ?? ""} ${around(f)}`);
  }
  for (const [key, f] of after) {
    if (before.has(key)) continue;
    counts.added++;
    console.log(`+ ${f.kind} ${f.unit ?? ""} ${around(f)}`);
  }
  for (const [key, f] of before) {
    const g = after.get(key);
    if (!g) continue;
    const fields = [...new Set([...Object.keys(f), ...Object.keys(g)])].filter((k) => JSON.stringify(f[k]) !== JSON.stringify(g[k]));
    if (fields.length === 0) continue;
    counts.changed++;
    console.log(`~ ${around(f)} ${fields.map((k) => `${k}: ${JSON.stringify(f[k])} → ${JSON.stringify(g[k])}`).join("; ")}`);
  }
  console.log(`${counts.removed} removed, ${counts.added} added, ${counts.changed} changed`);
}

try {
  main();
} catch (error) {
  process.stderr.write(`facts:diff: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
}
