/**
 * What extraction needs once the rules are compiled: the core's surface without the rule
 * compiler (and so without yaml). Worker threads are given compiled rules and import this,
 * which keeps their start-up short; index.ts has the whole surface. What the reading thread
 * needs alone is reading.ts, included here.
 */
export * from "./reading.js";
export type { CompiledRule } from "./rules/compile.js";
export { extractFacts, type ExtractOptions, type Trace } from "./extract/extract.js";
export type { Segmenter } from "./segmenter.js";
export type { ExtractResult, Fact, Kind, Qualifier, Warning, WarningCode } from "./types.js";
export { exampleOutcome } from "./rules/examples.js";
export { compileNow } from "./text/regex.js";
export { compileForExtraction, extractionPatterns } from "./rules/precompile.js";
