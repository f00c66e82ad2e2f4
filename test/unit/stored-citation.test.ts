import v8 from "node:v8";
import { describe, expect, it } from "vitest";
import { citationReader, tableCitations } from "../../src/cache/snapshot-citations.ts";
import { isStoredCitation, passageNumber, storedCitation } from "../../src/cache/stored-citation.ts";
import type { SourceRef } from "../../src/types.ts";

// A citation read back makes its passage id when read: every reader (answers, JSON, spreads,
// worker messages, the next snapshot) must see the same record a fresh build gives.
const plain: SourceRef = {
  docId: "harbour-strike",
  passageId: "harbour-strike:12",
  outlet: "Coast Courier",
  url: "https://example.org/strike",
  published: "2024-03-02",
  start: 140,
  end: 212,
};
const read = () =>
  storedCitation(
    plain.docId,
    plain.passageId,
    plain.outlet,
    plain.url,
    plain.published,
    plain.start,
    plain.end,
  );

describe("a citation read back", () => {
  it("reads, serializes and spreads as the plain record, keys in the same order", () => {
    const c = read();
    expect(isStoredCitation(c)).toBe(true);
    expect(c.passageId).toBe("harbour-strike:12");
    expect(JSON.stringify(c)).toBe(JSON.stringify(plain));
    expect(Object.keys(c)).toEqual(Object.keys(plain));
    expect({ ...c, text: "dockers walked out" }).toEqual({ ...plain, text: "dockers walked out" });
    expect(structuredClone(c)).toEqual(plain);
    expect(v8.deserialize(v8.serialize(c))).toEqual(plain);
  });

  it("holds an id of any other form as written", () => {
    const odd = storedCitation("a", "a:07", null, null, null, 0, 4);
    expect(isStoredCitation(odd)).toBe(false);
    expect(odd.passageId).toBe("a:07");
    expect(passageNumber("a", "b:3")).toBeNull();
    expect(passageNumber("a", "a:x")).toBeNull();
    expect(passageNumber("doc:1", "doc:1:4")).toBe(4);
  });

  it("is written to the next snapshot's citation table like a fresh one", () => {
    const root = { events: [{ sources: [read(), read()] }] };
    const { table, restore } = tableCitations(root);
    const again = citationReader(table, (s) => s)(root.events[0]!.sources[0]!);
    restore();
    expect(again).toEqual(plain);
    expect(root.events[0]!.sources[1]).toEqual(plain);
  });
});
