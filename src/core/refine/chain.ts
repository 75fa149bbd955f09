/**
 * The refine chain, in order: every candidate of every rule goes in, the document's facts come
 * out. Each step reads the document through the context and sets one thing.
 *
 *   vetoes → overlap → dates → time references → qualifier → sign → change → year → target → subject
 *
 * The time references come after overlap (a period date is one only if it won its stretch of
 * text); the qualifier reads them (a comparison with another period), the year and the subject
 * step use them. The target step reads the year (a figure of a year after the document's is a plan).
 */
import { change } from "./change.js";
import { dates } from "./dates.js";
import { overlap } from "./overlap.js";
import { qualifier } from "./qualifier.js";
import { sign } from "./sign.js";
import { subject } from "./subject.js";
import { target } from "./target.js";
import { timeReferences } from "./time-references.js";
import type { Draft, RefineContext, Refiner } from "./types.js";
import { vetoes } from "./vetoes.js";
import { year } from "./year.js";

export const CHAIN: readonly Refiner[] = [vetoes, overlap, dates, timeReferences, qualifier, sign, change, year, target, subject];

export function refine(context: RefineContext, drafts: Draft[]): Draft[] {
  let out = drafts;
  for (const step of CHAIN) out = step.refine(context, out);
  return out;
}
