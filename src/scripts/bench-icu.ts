/**
 * The benchmark's second baseline, run as its own process: ICU's Thai word segmentation
 * (`Intl.Segmenter("th")`, built into Node) over a file line by line, every segment visited.
 * Prints one JSON object: lines, words, the seconds spent segmenting.
 * Usage: node dist/scripts/bench-icu.js FILE
 */
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";

const file = process.argv[2];
if (!file) {
  process.stderr.write("usage: node dist/scripts/bench-icu.js FILE\n");
  process.exitCode = 2;
} else {
  const segmenter = new Intl.Segmenter("th", { granularity: "word" });
  for (const _ of segmenter.segment("ทดสอบ")); // load ICU's dictionary outside the timing
  let lines = 0;
  let words = 0;
  let seconds = 0;
  for await (const line of createInterface({ input: createReadStream(file, { encoding: "utf8" }), crlfDelay: Infinity })) {
    const t = performance.now();
    for (const segment of segmenter.segment(line)) if (segment.isWordLike) words++;
    seconds += (performance.now() - t) / 1000;
    lines++;
  }
  process.stdout.write(`${JSON.stringify({ lines, words, seconds })}\n`);
}
