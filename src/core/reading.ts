/**
 * What the thread that reads the inputs needs of the core, without extraction: where to cut a
 * line too long for one piece, what a document cut in pieces gives each of them (its date, its
 * title's year, the datelines before each: engine/document-context.ts), and numbers written out
 * plainly for the writers. runtime.ts adds extraction, which this thread never runs: importing
 * only this, the main thread loads half the core's modules, before its first piece can go.
 */
export type { RuleSet } from "./rules/compile.js";
export { DocumentDateScan, findDocumentDate, findDocumentDates, findTitlePeriod, lastDatelineIn, reportedYear, type DocumentDates, type LineReference, type TitlePeriod } from "./extract/document.js";
export { readArticles, type ArticleState, type LeadCandidate } from "./extract/article-lead.js";
export type { Ymd } from "./dates/calendar.js";
export { formatPlain } from "./numbers/decimal.js";
export { longLineCut } from "./text/line-cut.js";
export { compileForDocuments } from "./rules/precompile.js";
