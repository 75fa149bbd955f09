/**
 * Preloaded by the benchmark (`node --import …/rss-probe.js`) into the process it measures:
 * at exit, writes the process's peak resident set size in kilobytes and the CPU time it used
 * in microseconds (user and system, worker threads included: they share the process) to the
 * file named by BENCH_RSS_FILE, as "RSS CPU". Not part of the command.
 */
import { writeFileSync } from "node:fs";

const out = process.env["BENCH_RSS_FILE"];
if (out) {
  process.on("exit", () => {
    const usage = process.resourceUsage();
    writeFileSync(out, `${usage.maxRSS} ${usage.userCPUTime + usage.systemCPUTime}`);
  });
}
