// A snapshot's actor model keeps its mentions as rows of numbers (mention-table.ts): every article
// must give back the mentions it was given, and the same "mention at" answers, as the objects did.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { longestCovering, MentionTable, mentionMap } from "../../src/analysis/actors/mention-table.ts";
import { IntRows } from "../../src/text/int-rows.ts";
import type { Mention } from "../../src/types.ts";

const VIA = ["name", "surname", "acronym", "alias", "pronoun", "role"] as const;

const mentionArb = fc.record({
  actorId: fc.constantFrom("person:ana-ruiz", "organization:acme", "person:li-wei"),
  start: fc.nat(400),
  length: fc.integer({ min: 1, max: 30 }),
  text: fc.constantFrom("Ana Ruiz", "she", "Acme", "the minister", "Li"),
  via: fc.constantFrom(...VIA),
  candidates: fc.option(fc.array(fc.constantFrom("person:ana-ruiz", "person:li-wei"), { maxLength: 3 }), {
    nil: undefined,
  }),
});

/** Articles of mentions in text order, as the model builds them. */
const articlesArb = fc.array(fc.array(mentionArb, { maxLength: 12 }), { maxLength: 6 }).map((docs) =>
  docs.map((list, d): [string, Mention[]] => {
    const docId = `doc-${d}`;
    const mentions = list
      .map(({ length, candidates, ...m }): Mention => {
        const out: Mention = { ...m, docId, end: m.start + length };
        if (candidates) out.candidates = candidates;
        return out;
      })
      .sort((a, b) => a.start - b.start || b.end - a.end);
    return [docId, mentions];
  }),
);

describe("mention table", () => {
  it("gives back each article's mentions, candidates included, and none for an unknown article", () => {
    fc.assert(
      fc.property(articlesArb, (docs) => {
        const table = new MentionTable();
        for (const [docId, list] of docs) table.add(docId, list);
        for (const [docId, list] of docs) {
          expect(table.mentionsIn(docId)).toStrictEqual(list);
          for (const [i, m] of list.entries()) expect(table.mentionIn(docId, i)).toStrictEqual(m);
          expect(table.mentionIn(docId, list.length)).toBeUndefined();
        }
        expect([...table.entries()]).toStrictEqual(docs);
        expect(table.mentionsIn("elsewhere")).toEqual([]);
      }),
    );
  });

  it("finds the same longest mention covering a span as the objects did", () => {
    fc.assert(
      fc.property(articlesArb, fc.nat(420), fc.integer({ min: 0, max: 20 }), (docs, start, length) => {
        const table = new MentionTable();
        for (const [docId, list] of docs) table.add(docId, list);
        const map = mentionMap(new Map(docs));
        for (const [docId, list] of docs) {
          const want = longestCovering(list, start, start + length);
          expect(table.mentionAt(docId, start, start + length)).toStrictEqual(want);
          expect(map.mentionAt(docId, start, start + length)).toBe(want);
        }
      }),
    );
  });
});

describe("int rows", () => {
  it("keeps every field of every row across chunk boundaries", () => {
    const rows = new IntRows(3);
    const n = 200_000; // three chunks and a part
    for (let i = 0; i < n; i++) {
      const r = rows.append();
      rows.set(r, 0, i);
      rows.set(r, 2, -i - 1);
    }
    expect(rows.length).toBe(n);
    for (const r of [0, 65_535, 65_536, 131_072, n - 1]) {
      expect([rows.get(r, 0), rows.get(r, 1), rows.get(r, 2)]).toEqual([r, 0, -r - 1]);
    }
  });
});
