// The event index finds a term's number through a table of hashes (term-keys.ts), not a Map of
// the terms: every term put in must come back with its own number, any other term with none.

import fc from "fast-check";
import { expect, it } from "vitest";
import { runAll } from "../../src/answers/indexes.ts";
import { hash52, TermKeys } from "../../src/answers/term-keys.ts";

it("gives each term its own number and none to a term it was not given", () => {
  fc.assert(
    fc.property(
      fc.uniqueArray(fc.string({ minLength: 1, maxLength: 12 }), { maxLength: 300 }),
      fc.string(),
      (words, other) => {
        const terms = new Map(words.map((w, i) => [w, i] as const));
        const table = runAll(TermKeys.fromMap(terms, 7));
        for (const [w, i] of terms) expect(table.get(w)).toBe(i);
        if (!terms.has(other)) expect(table.get(other)).toBeUndefined();
      },
    ),
  );
});

it("keeps 100,000 distinct terms apart (no two share a key)", () => {
  const terms = new Map<string, number>();
  for (let i = 0; i < 100_000; i++) terms.set(`w${i.toString(36)}`, i);
  const keys = new Set([...terms.keys()].map(hash52));
  expect(keys.size).toBe(terms.size);
  const table = runAll(TermKeys.fromMap(terms));
  expect(table.get("w0")).toBe(0);
  expect(table.get("w1z")).toBe(71);
  expect(table.get("absent")).toBeUndefined();
});
