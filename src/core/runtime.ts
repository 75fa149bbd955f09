/**
 * What extraction needs once the rules are compiled: the core's surface without the rule
 * compiler (and so without yaml). Worker threads are given compiled rules and import this,
 * which keeps their start-up short; index.ts has the whole surface.
 */
export type { RuleSet, CompiledRule } from "./rules/compile.js";
export { extractFacts, type ExtractOptions, type Trace } from "./extract/extract.js";
export { DocumentDateScan, findDocumentDate, findDocumentDates, findTitleYear, lastDatelineIn, type DocumentDates } from "./extract/document.js";
export type { Ymd } from "./dates/calendar.js";
export type { Segmenter } from "./segmenter.js";
export type { ExtractResult, Fact, Kind, Qualifier, Warning, WarningCode } from "./types.js";
export { formatPlain } from "./numbers/decimal.js";
export { exampleOutcome } from "./rules/examples.js";
export { longLineCut } from "./text/line-cut.js";
export { compileNow } from "./text/regex.js";
export { compileForDocuments, compileForExtraction, extractionPatterns } from "./rules/precompile.js";
