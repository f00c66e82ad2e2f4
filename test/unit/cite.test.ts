// Spotting the same sentence carried by several outlets: case, punctuation and accents never
// make two copies differ; different words do.

import { describe, expect, it } from "vitest";
import { gramSet, overlap, sameTextKey } from "../../src/answers/cite.ts";

describe("the same sentence in several outlets", () => {
  it("ignores case, punctuation and accents, whichever way the text is written", () => {
    const plain = "Ramon Okafor said the dam is safe, and inspectors agreed.";
    expect(overlap(plain, "RAMON OKAFOR SAID: the dam is safe -- and inspectors agreed")).toBe(1);
    expect(overlap(plain, "Ramón Okafor said “the dam is safe”, and inspectors agreed.")).toBe(1);
    expect(sameTextKey("Ramón  Okafor, said")).toBe("ramon okafor said");
  });

  it("scores shared word runs, not shared words", () => {
    const a = "The council will publish the report on Monday";
    expect(overlap(a, "Monday on report the publish will council the")).toBe(0);
    const half = overlap(a, "The council will publish the budget on Friday");
    expect(half).toBeGreaterThan(0.2);
    expect(half).toBeLessThan(0.6);
  });

  it("treats short and empty texts as one gram", () => {
    expect(gramSet("Yes.").size).toBe(1);
    expect(overlap("Yes.", "yes")).toBe(1);
    expect(overlap("Yes.", "No.")).toBe(0);
    expect(overlap("", "…")).toBe(1);
    expect(gramSet("one two three four").size).toBe(2);
  });
});
