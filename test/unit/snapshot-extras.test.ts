// The snapshot's extras (the analyses' fields) decode a piece at a time: a long list is split
// into pieces, the fields come back exactly, and objects shared between fields stay shared.
// Pieces are counted, never timed.

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
});

describe("one item holding thousands of objects", () => {
  const source = (k: number) => ({ docId: `d${k}`, start: k, end: k + 9 });
  const big = {
    label: "a wire story",
    sources: Array.from({ length: 20_000 }, (_, k) => source(k)),
    places: ["Arden"],
  };
  const values = {
    events: [{ label: "small", sources: [source(1)] }, big, { label: "after", sources: [] }],
    byLabel: new Map([["a wire story", big]]),
  };

  it("is decoded over many pieces (its long lists cut like a long list), to the same fields", () => {
    const steps = extrasSteps(serializeExtras(values));
    let pieces = 1;
    let r = steps.next();
    for (; !r.done; r = steps.next()) pieces++;
    // 20,000 sources of four values each, about 2,048 values a piece.
    expect(pieces).toBeGreaterThanOrEqual(35);
    expect(r.value).toEqual(values);
  });

  it("stays one object with every field that holds it, and the caller's values are left whole", () => {
    // The field holding it is written after the list, or before it (then it is written there first).
    const before = { byLabel: values.byLabel, events: values.events, again: [big] };
    for (const stored of [values, before]) {
      const back = decodeExtras(serializeExtras(stored)) as typeof before;
      expect(back.byLabel.get("a wire story")).toBe(back.events[1]);
      expect(back.events[1]!.sources).toEqual(big.sources);
      expect(back).toEqual(stored);
    }
    expect(big.sources).toHaveLength(20_000);
  });
});

describe("citations", () => {
  const cite = (docId: string, n: number, start: number, url: string | null) => ({
    docId,
    passageId: `${docId}:${n}`,
    outlet: url ? "The Arden Post" : null,
    url,
    published: url ? "2024-05-01" : null,
    start,
    end: start + 40,
  });
  const shared = cite("post-1", 3, 120, "https://example.com/post-1");
  const events = Array.from({ length: 400 }, (_, i) => ({
    label: `flood ${i}`,
    sources: [shared, cite(`wire-${i}`, i % 5, i * 10, i % 2 ? null : `https://example.com/w${i}`)],
    figures: [{ value: "12", unit: "killed", text: "12 people", sources: [shared] }],
  }));

  it("come back with every field, each cited span one object wherever it is cited", () => {
    const back = decodeExtras(serializeExtras({ events })) as { events: typeof events };
    // A citation read back makes its passage id when read: compared as plain data.
    expect(structuredClone(back.events)).toStrictEqual(events);
    expect(back.events[399]!.sources[0]).toBe(back.events[0]!.figures[0]!.sources[0]);
    expect(Object.keys(back.events[7]!.sources[1]!)).toEqual(Object.keys(events[7]!.sources[1]!));
  });

  it("are put back in the stored coverage once written, as the same objects", () => {
    const before = events.map((e) => [...e.sources]);
    serializeExtras({ events });
    for (const [i, e] of events.entries())
      for (const [k, s] of e.sources.entries()) expect(s).toBe(before[i]![k]);
  });

  it("write each cited span once: citing it again costs a few bytes, not the record", () => {
    const one = serializeExtras({ events: [{ label: "x", sources: [shared] }] }).length;
    const many = serializeExtras({ events: [{ label: "x", sources: Array(1000).fill(shared) }] }).length;
    expect(many - one).toBeLessThan(1000 * 8);
  });

  it("read back, equal short lists of citations are one list; other lists stay their own", () => {
    const mixed = [shared, "a note"];
    const stored = {
      events: [
        { label: "a", sources: [shared], figures: [{ value: "1", sources: [shared] }], notes: mixed },
        { label: "b", sources: [shared], figures: [], notes: [shared, "a note"] },
      ],
    };
    const back = decodeExtras(serializeExtras(stored)) as typeof stored;
    expect(structuredClone(back)).toStrictEqual(stored);
    const [a, b] = back.events;
    expect(a!.figures[0]!.sources).toBe(a!.sources);
    expect(b!.sources).toBe(a!.sources);
    expect(b!.notes).not.toBe(a!.notes);
  });
});
