/**
 * Overlap resolution, the documented order: higher `priority` wins; at equal priority the
 * longer match wins; then the earlier one; then the rule defined first. Winners never overlap.
 */
import type { Candidate } from "../extract/candidates.js";
import type { Refiner } from "./types.js";

export interface Loss {
  loser: Candidate;
  winner: Candidate;
  reason: "priority" | "length" | "position" | "rule order";
}

export function resolveOverlaps(candidates: readonly Candidate[]): { winners: Candidate[]; losses: Loss[] } {
  const ranked = [...candidates].sort(compare);
  const winners: Candidate[] = [];
  const losses: Loss[] = [];
  // Offset → the winner covering it (its index in winners, plus one; 0: none): checking a
  // candidate costs its own length, not the number of winners (which made long one-line
  // documents quadratic). A typed array over the candidates' stretch, not a map per offset.
  let low = Infinity;
  let high = 0;
  for (const c of candidates) {
    if (c.start < low) low = c.start;
    if (c.end > high) high = c.end;
  }
  const taken = new Int32Array(Math.max(0, high - low));
  for (const candidate of ranked) {
    let index = 0;
    for (let i = candidate.start; i < candidate.end && index === 0; i++) index = taken[i - low]!;
    if (index !== 0) {
      const winner = winners[index - 1]!;
      losses.push({ loser: candidate, winner, reason: why(winner, candidate) });
      continue;
    }
    winners.push(candidate);
    taken.fill(winners.length, candidate.start - low, candidate.end - low);
  }
  winners.sort((a, b) => a.start - b.start || a.end - b.end);
  return { winners, losses };
}

function compare(a: Candidate, b: Candidate): number {
  return b.rule.priority - a.rule.priority
    || (b.end - b.start) - (a.end - a.start)
    || a.start - b.start
    || a.rule.order - b.rule.order;
}

function why(winner: Candidate, loser: Candidate): Loss["reason"] {
  if (winner.rule.priority !== loser.rule.priority) return "priority";
  if (winner.end - winner.start !== loser.end - loser.start) return "length";
  if (winner.start !== loser.start) return "position";
  return "rule order";
}

/** The chain's step: keeps one reading of each stretch of text, in document order. */
export const overlap: Refiner = {
  name: "overlap",
  refine(context, drafts) {
    const byCandidate = new Map(drafts.map((d) => [d.candidate, d]));
    const { winners, losses } = resolveOverlaps(drafts.map((d) => d.candidate));
    if (context.explain) context.losses.push(...losses);
    return winners.map((c) => byCandidate.get(c)!);
  },
};
