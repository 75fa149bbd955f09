/**
 * An extraction worker thread: compiles the rule sources it is given, then answers
 * ExtractRequests one at a time with the core's facts. Started by pool.ts, which resolves this
 * file next to itself (dist/parallel/worker.js).
 */
import { parentPort, workerData } from "node:worker_threads";
import { wordcutSegmenter } from "../adapters/wordcut.js";
import { compileRules, extractFacts, formatDiagnostic } from "../core/index.js";
import type { ExtractRequest, WorkerReply, WorkerSetup } from "./protocol.js";

const port = parentPort;
if (!port) throw new Error("parallel/worker.js runs as a worker thread (started by the pool), not on its own");

const { sources } = workerData as WorkerSetup;
const { ruleSet, diagnostics } = compileRules(sources);
// The main thread compiled the same sources without a diagnostic; anything else is a bug.
if (diagnostics.length > 0) throw new Error(`rules failed to compile in a worker:\n${diagnostics.map(formatDiagnostic).join("\n")}`);
const segmenter = wordcutSegmenter(ruleSet.words);
// wordcut loads its dictionary on first use (~200 ms): do it now, so that a request's time
// budget measures extraction only.
segmenter.wordEnds("ทดสอบ");

const reply = (message: WorkerReply): void => port.postMessage(message);

port.on("message", (request: ExtractRequest) => {
  try {
    const options = request.documentDate === undefined ? {} : { documentDate: request.documentDate };
    const { facts, warnings } = extractFacts(request.text, ruleSet, segmenter, options);
    reply({ kind: "done", id: request.id, facts, warnings });
  } catch (error) {
    reply({ kind: "failed", id: request.id, message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
reply({ kind: "ready" });
