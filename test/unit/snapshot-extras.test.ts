// The snapshot's extras (the analyses' fields) decode a piece at a time: a long list is split
// into pieces, the fields come back exactly, and objects shared between fields stay shared.
// Pieces are counted, never timed.

import v8 from "node:v8";
import { describe, expect, it } from "vitest";
import { decodeExtras, extrasSteps, serializeExtras } from "../../src/cache/snapshot-extras.ts";

describe("the snapshot's extras in pieces", () => {
  const place = { name: "Arden", kind: "town" };
  const values = {
    quotes: Array.from({ length: 10_000 }, (_, i) => ({ text: `quote ${i}`, where: place })),
    events: [{ label: "flood", where: place }],
    counts: new Map([["a", 1]]),
    empty: [],
  };

  it("decodes a long list over several pieces, to the same fields", () => {
    const steps = extrasSteps(serializeExtras(values));
    let pieces = 1;
    let r = steps.next();
    for (; !r.done; r = steps.next()) pieces++;
    expect(pieces).toBeGreaterThan(3);
    expect(r.value).toEqual(values);
  });

  it("gives back every string, typed array, Map and Set as stored when equal strings are made one", () => {
    const source = (i: number) => ({
      outlet: "The Arden Post",
      url: `https://example.com/${i % 3}`,
      start: i,
    });
    const stored = {
      events: Array.from({ length: 600 }, (_, i) => ({
        label: `flood ${i % 7}`,
        sources: [source(i), source(i + 1)],
        places: ["Arden", "Arden", "Bree"],
      })),
      byName: new Map<string, unknown>([
        ["Arden", { names: ["Arden", "the town"] }],
        ["Bree", "village"],
      ]),
      tags: new Set(["a", "b"]),
      counts: new Uint16Array([1, 2, 3]),
    };
    const back = decodeExtras(serializeExtras(stored)) as typeof stored;
    expect(back).toEqual(stored);
    expect(back.counts).toBeInstanceOf(Uint16Array);
    expect(back.byName.get("Bree")).toBe("village");
  });

  it("keeps an object shared between fields shared", () => {
    const back = decodeExtras(serializeExtras(values)) as typeof values;
    expect(back.quotes[9_999]!.where).toBe(back.events[0]!.where);
    expect(back.quotes[0]!.where).toBe(back.quotes[5_000]!.where);
  });
});

describe("a list of large items", () => {
  it("is cut by the objects it holds, not only by items: a piece never holds thousands of sources", () => {
    // 100 events of 500 sources each: fewer items than one piece of small ones, 50,000 objects.
    const events = Array.from({ length: 100 }, (_, i) => ({
      label: `event ${i}`,
      sources: Array.from({ length: 500 }, (_, k) => ({ docId: `d${k}`, start: k, end: k + 9 })),
    }));
    const steps = extrasSteps(serializeExtras({ events }));
    let pieces = 1;
    let r = steps.next();
    for (; !r.done; r = steps.next()) pieces++;
    expect(pieces).toBeGreaterThanOrEqual(20);
    expect(r.value).toEqual({ events });
  });

  it("writes a repeated citation and a repeated long string once, and gives them back equal", () => {
    const cite = (doc: number, at: number) => ({
      docId: `valley-post-${doc}`,
      passageId: `valley-post-${doc}:${at % 5}`,
      outlet: "The Valley Post",
      url: `https://valley.example/2031/04/${doc}/dam-deal-agreed-after-long-talks`,
      published: "2031-04-06",
      start: at * 40,
      end: at * 40 + 39,
    });
    const events = Array.from({ length: 400 }, (_, i) => {
      const sources = [cite(i % 20, i % 7), cite((i + 1) % 20, 3)];
      return {
        label: `dam talks ${i % 9}`,
        sources,
        figures: [{ value: "12", unit: "km", text: "12 km", sources: [cite(i % 20, i % 7)] }],
      };
    });
    const bytes = serializeExtras({ events });
    expect(bytes.length).toBeLessThan(v8.serialize({ events }).length / 3);
    const back = decodeExtras(bytes) as { events: typeof events };
    expect(back).toEqual({ events });
    // One object for one citation, wherever it is cited.
    expect(back.events[0]!.figures[0]!.sources[0]).toBe(back.events[0]!.sources[0]);
  });
});
