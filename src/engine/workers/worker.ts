/**
 * An extraction worker thread: given compiled rules, it loads the segmenter, then answers
 * batches of ExtractRequests, one batch at a time. Started by pool.ts, which resolves this file
 * next to itself (dist/engine/workers/worker.js), with its setup as workerData; or started
 * before the rules were read (spare-worker.ts) and sent its setup as its first message.
 */
import { setFlagsFromString } from "node:v8";
import { parentPort, workerData } from "node:worker_threads";
import { wordcutSegmenter } from "../../adapters/wordcut.js";
import { compileForExtraction, compileNow, exampleOutcome, extractionPatterns } from "../../core/runtime.js";
import { formatTrace } from "../../output/explain.js";
import { createFactWriter } from "../../output/formats.js";
import { extractPiece } from "./extract-piece.js";
import type { BatchItem, ExtractRequest, ExtractResult, WorkerReply, WorkerSetup } from "./protocol.js";

const port = parentPort;
if (!port) throw new Error("engine/workers/worker.js runs as a worker thread (started by the pool), not on its own");

const { ruleSet, output } = (workerData as WorkerSetup | null | undefined)
  ?? await new Promise<WorkerSetup>((resolve) => port.once("message", resolve));
const segmenter = wordcutSegmenter(ruleSet.words);
// Only for formats whose batches format apart: this writer's state is never relied on.
const writer = output ? createFactWriter(output.format, output.options) : undefined;
// The segmenter loads wordcut and its dictionary on first use, and patterns compile on theirs:
// do both now, while the first request is still on its way, so that a request's time budget
// measures extraction only.
segmenter.load();
compileForExtraction(ruleSet);

const reply = (message: WorkerReply): void => port.postMessage(message);

/**
 * V8's budget for inlining into one optimized function (default 920 bytes of bytecode), lowered
 * when the first batch comes. The refine steps and the subject's phrase search are large and call
 * many small functions: optimized at the default budget, they took ~1.7 s of compiler time in a
 * run over 20 MB (node --trace-opt), on threads that share two cores with the workers and the
 * main thread, and each deoptimization paid it again. With this budget that run took ~0.86x the
 * CPU and ~0.92x the time. Not set at start-up: a V8 flag set makes V8 refuse Node's cached code
 * for the built-in modules loaded after it, and by the first batch the threads have loaded theirs.
 */
const INLINING_BUDGET = "--max-inlined-bytecode-size-cumulative=100";

let batches = 0;
port.on("message", (batch: ExtractRequest[]) => {
  if (batches++ === 0) setFlagsFromString(INLINING_BUDGET);
  const results = batch.map((request): BatchItem => {
    try {
      if (request.example) return { kind: "done", id: request.id, ...exampleAnswer(request, request.example) };
      const { trace, ...result } = extractPiece(request, ruleSet, segmenter, writer, request.explain === true);
      if (trace) result.explain = formatTrace(request.text, trace, request.offset);
      return { kind: "done", id: request.id, ...result };
    } catch (error) {
      return { kind: "failed", id: request.id, message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    }
  });
  reply({ kind: "batch", results });
});
/** A rule's example or counterexample, run as the tests run it in their thread (exampleOutcome). */
function exampleAnswer(request: ExtractRequest, example: NonNullable<ExtractRequest["example"]>): ExtractResult {
  const rule = ruleSet.rules.find((r) => r.id === example.rule) ?? ruleSet.masks.find((m) => m.id === example.rule);
  if (!rule) throw new Error(`no rule ${example.rule} in the worker's rule set`);
  const { facts, masks, why } = exampleOutcome({ rule, text: request.text, kind: example.kind }, ruleSet, segmenter);
  const rows = facts.map((f) => ({ ...f, file: request.file }));
  return { facts: rows, count: rows.length, warnings: [], masks: [...masks], ...(why !== undefined ? { why } : {}) };
}

reply({ kind: "ready" });

// Until the first batch comes, the patterns extraction runs are compiled, one per turn of the
// event loop (a few milliseconds each), so that a batch waits for one at most.
const patterns = extractionPatterns(ruleSet);
const compileNext = (): void => {
  const pattern = patterns.shift();
  if (batches > 0 || !pattern) return;
  compileNow(pattern);
  setImmediate(compileNext);
};
setImmediate(compileNext);
