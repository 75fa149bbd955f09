/** Offsets point into the original text: text === document.slice(start, end), lines agree. */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { ROOT, factsOf } from "./helpers.js";

function checkDocument(text: string): number {
  const facts = factsOf(text);
  for (const f of facts) {
    expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(f.start).toBeLessThan(f.end);
    expect(text.slice(0, f.start).split("\n").length).toBe(f.line);
    if (f.qualifier === "range") expect(f.value_max).toBeGreaterThan(Number(f.value));
    else expect(f.value_max).toBeUndefined();
    if (typeof f.value === "number") expect(Number.isFinite(f.value)).toBe(true);
  }
  return facts.length;
}

describe("span invariant", () => {
  test.each(readdirSync(join(ROOT, "seeds")).sort())("seeds/%s", (name) => {
    const text = readFileSync(join(ROOT, "seeds", name), "utf8").replace(/^\uFEFF/, "");
    expect(checkDocument(text)).toBeGreaterThan(0);
  });

  test("corpus sample (fixtures/corpus-sample.txt, ~0.9 MB of government news)", () => {
    const articles = readFileSync(join(ROOT, "fixtures/corpus-sample.txt"), "utf8").split("\n\n");
    let total = 0;
    for (const article of articles) total += checkDocument(article);
    expect(total).toBeGreaterThan(1000);
  });
});
