/** Placeholder; see below. */
export function repairSaraAm(text: string): { text: string; repairs: number } {
  return { text, repairs: 0 };
}
