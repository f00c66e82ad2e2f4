import v8 from "node:v8";
import { describe, expect, it } from "vitest";
import { compactDecoded, compactDecodedSteps, interning } from "../../src/text/intern.ts";

// Decoded data is compacted in place after a snapshot or a worker message: whatever it does to
// memory, a reader must find every value, every field order and every shared object as before.
const roundTrip = <T>(x: T): T => v8.deserialize(v8.serialize(x)) as T;

describe("compactDecoded", () => {
  it("keeps every value and field order of records wider than four fields", () => {
    const cite = {
      docId: "a1",
      passageId: "a1:3",
      outlet: "Daily Post",
      url: null,
      published: "2024-05-01",
      start: 4,
      end: 9,
    };
    const data = roundTrip({ events: [{ label: "strike", sources: [cite, { ...cite, start: 20 }] }] });
    compactDecoded(data, interning());
    expect(data).toEqual({ events: [{ label: "strike", sources: [cite, { ...cite, start: 20 }] }] });
    expect(Object.keys(data.events[0]!.sources[0]!)).toEqual(Object.keys(cite));
  });

  it("keeps one object shared where the decoded data shared it", () => {
    const actor = { id: "person:ada-vale", name: "Ada Vale", kind: "person", aliases: [], mentions: 3 };
    const data = roundTrip({ byQuote: [actor, actor], lead: actor });
    compactDecoded(data, interning());
    expect(data.byQuote[0]).toBe(data.byQuote[1]);
    expect(data.lead).toBe(data.byQuote[0]);
    data.lead.mentions = 4;
    expect(data.byQuote[1]!.mentions).toBe(4);
  });

  it("rewrites Map values and nested lists, and leaves typed arrays, Sets and Map keys alone", () => {
    const hashes = new Uint32Array([7, 8, 9]);
    const data = roundTrip({
      genders: new Map([["doc-1", new Map([["person:kim-oru", "female"]])]]),
      words: new Set(["strike", "port"]),
      hashes,
      rows: [[{ a: 1, b: "x", c: "y", d: "z", e: [1, { f: "g", h: 1, i: 2, j: 3, k: 4 }] }]],
    });
    compactDecoded(data, interning());
    expect(data.genders.get("doc-1")?.get("person:kim-oru")).toBe("female");
    expect([...data.words]).toEqual(["strike", "port"]);
    expect([...data.hashes]).toEqual([7, 8, 9]);
    expect(data.rows[0]![0]).toEqual({
      a: 1,
      b: "x",
      c: "y",
      d: "z",
      e: [1, { f: "g", h: 1, i: 2, j: 3, k: 4 }],
    });
  });

  it("never turns an own __proto__ field or an odd key into anything else", () => {
    const data = [
      JSON.parse('{"__proto__": {"x": 1}, "a": 1, "b": 2, "c": 3, "d": 4}'),
      roundTrip({ "odd key": 1, "2": 2, b: 3, c: 4, d: 5 }),
    ];
    compactDecoded(data, interning());
    expect(Object.getPrototypeOf(data[0])).toBe(Object.prototype);
    expect(Object.keys(data[0])).toEqual(["__proto__", "a", "b", "c", "d"]);
    expect(data[1]).toEqual({ "odd key": 1, "2": 2, b: 3, c: 4, d: 5 });
  });

  /** A citation-like record of seven fields. */
  const wide = () => ({
    docId: "a1",
    passageId: "a1:3",
    outlet: "Post",
    url: null,
    published: null,
    start: 4,
    end: 9,
  });

  it("keeps a wide record one object when the list holding it is held by two fields", () => {
    const cite = wide();
    const sources = [cite];
    const data = roundTrip({
      sources: [cite],
      figure: { value: "12", sources },
      conflict: { values: [{ value: "12", sources }] },
    });
    compactDecoded(data, interning());
    expect(data.figure.sources).toBe(data.conflict.values[0]!.sources);
    expect(data.figure.sources[0]).toBe(data.sources[0]);
    expect(data.figure.sources[0]).toEqual(cite);
  });

  it("puts the stand-in given for an object wherever that object was, taken as it is", () => {
    const standIn = wide();
    const marker = { $c: 0 };
    const data = roundTrip({ a: [marker], b: { list: [marker, { $c: 1 }] } });
    compactDecoded(data, interning(), (o) => ((o as { $c?: number }).$c === 0 ? standIn : undefined));
    expect(data.a[0]).toBe(standIn);
    expect(data.b.list[0]).toBe(standIn);
    expect(data.b.list[1]).toEqual({ $c: 1 });
  });

  it("works a long list in pieces, and leaves it as compactDecoded would", () => {
    const cite = (n: number) => ({
      docId: `d${n % 7}`,
      passageId: `d${n % 7}:${n}`,
      outlet: "Post",
      url: null,
      published: "2024-05-01",
      start: n,
      end: n + 3,
    });
    const figure = {
      value: "12",
      unit: "killed",
      sources: Array.from({ length: 20_000 }, (_, n) => cite(n)),
    };
    const a = roundTrip({ figures: [figure] });
    const b = roundTrip({ figures: [figure] });
    compactDecoded(a, interning());
    const steps = compactDecodedSteps(b, interning());
    let pieces = 0;
    while (!steps.next().done) pieces++;
    // 20,000 citations of seven fields: many pieces, never one call over the whole list.
    expect(pieces).toBeGreaterThan(10);
    expect(b).toEqual(a);
    expect(b.figures[0]!.sources[5]!.outlet).toBe(b.figures[0]!.sources[6]!.outlet);
  });

  it("takes an instance of a class as it is: never walked, never rebuilt", () => {
    // Like a citation read back: an own getter-only field, which an assignment would throw on.
    class Cited {
      constructor(readonly docId: string) {
        Object.defineProperty(this, "passageId", { get: () => `${this.docId}:1`, enumerable: true });
      }
    }
    const cited = new Cited("d1");
    const data = { events: [{ a: 1, b: 2, c: 3, d: 4, e: 5, sources: [cited] }] };
    expect(() => compactDecoded(data, interning())).not.toThrow();
    expect(data.events[0]!.sources[0]).toBe(cited);
  });
});
