/**
 * The benchmark's baseline, run as its own process: wordcut alone, as it comes (no cache, no
 * extra words), segmenting a file line by line. Prints one JSON object: lines, words, the
 * seconds spent segmenting. Usage: node dist/scripts/bench-wordcut.js FILE
 */
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { plainWordcut } from "../adapters/wordcut.js";

const file = process.argv[2];
if (!file) {
  process.stderr.write("usage: node dist/scripts/bench-wordcut.js FILE\n");
  process.exitCode = 2;
} else {
  const cut = plainWordcut();
  cut("ทดสอบ"); // load the dictionary outside the timing, as extract's workers do
  let lines = 0;
  let words = 0;
  let seconds = 0;
  for await (const line of createInterface({ input: createReadStream(file, { encoding: "utf8" }), crlfDelay: Infinity })) {
    const t = performance.now();
    words += cut(line).length;
    seconds += (performance.now() - t) / 1000;
    lines++;
  }
  process.stdout.write(`${JSON.stringify({ lines, words, seconds })}\n`);
}
