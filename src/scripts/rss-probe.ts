/**
 * Preloaded by the benchmark (`node --import …/rss-probe.js`) into the process it measures:
 * at exit, writes the process's peak resident set size in kilobytes (worker threads included,
 * they share the process) to the file named by BENCH_RSS_FILE. Not part of the command.
 */
import { writeFileSync } from "node:fs";

const out = process.env["BENCH_RSS_FILE"];
if (out) process.on("exit", () => writeFileSync(out, String(process.resourceUsage().maxRSS)));
