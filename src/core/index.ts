/** The core's public surface: compile rules, extract facts. Pure: no I/O. */
export { compileRules, type RuleSet, type RuleSource, type CompiledRule } from "./rules/compile.js";
export { extractFacts, type ExtractOptions, type Trace } from "./extract/extract.js";
export { DocumentDateScan, findDocumentDate, findDocumentDates, findTitleYear, type DocumentDates } from "./extract/document.js";
export type { Ymd } from "./dates/calendar.js";
export { formatDiagnostic, formatExcerpt, type Diagnostic } from "./diagnostic.js";
export type { Segmenter } from "./segmenter.js";
export type { ExtractResult, Fact, Kind, Qualifier, Warning, WarningCode } from "./types.js";
export { formatPlain } from "./numbers/decimal.js";
export { exampleCases, judgeExample, runExamples, type ExampleCase, type ExampleResult } from "./rules/examples.js";
export { validateRules } from "./rules/validate.js";
