import { describe, expect, it } from "vitest";
import { NameLookup } from "../../src/answers/name-lookup.ts";
import { misspell } from "../../src/eval/misspell.ts";

// Names written for this test; the owner's number is its prominence (higher: more mentioned).
const NAMES: Array<[number, string]> = [
  [0, "Odalys Brennecke"],
  [0, "Brennecke"],
  [1, "Tamsin Oduya"],
  [2, "Tamsin Oakhurst"],
  [3, "Bluewake Ferries"],
  [4, "Jean-Luc Ferrand"],
  [5, "Ramón Okafor"],
];
const lookup = new NameLookup(NAMES, (owner) => owner);
const owners = (hits: ReadonlyArray<{ owner: number }>) => hits.map((h) => h.owner);

describe("MiniSearch name lookup", () => {
  it("completes any word of a name or alias, the name that starts so first, then the most prominent", () => {
    expect(owners(lookup.complete("tams", 5))).toEqual([2, 1]);
    expect(owners(lookup.complete("oduy", 5))[0]).toBe(1);
    expect(owners(lookup.complete("Tamsin Od", 5))).toEqual([1]);
    expect(owners(lookup.complete("bren", 5))).toEqual([0]);
    expect(owners(lookup.complete("luc", 5))).toEqual([4]);
  });

  it("folds case and diacritics, and completes through one typo from four letters", () => {
    expect(owners(lookup.complete("RAMON", 5))).toEqual([5]);
    expect(owners(lookup.complete("okafr", 5))).toEqual([5]);
    expect(lookup.complete("zzz", 5)).toEqual([]);
    expect(lookup.complete("", 5)).toEqual([]);
  });

  it("completes through a typo in any typed word, and the words of a name in any order", () => {
    expect(owners(lookup.complete("Tamsn Oakh", 5))).toEqual([2]);
    expect(owners(lookup.complete("luc ferr", 5))).toEqual([4]);
    expect(owners(lookup.complete("oduya tamsin", 5))).toEqual([1]);
    expect(owners(lookup.complete("Bluewke", 5))).toEqual([3]);
    expect(lookup.complete("Tamsin Zq", 5)).toEqual([]);
  });

  it("ranks the names that start so, then a word that does, then typos; the most prominent first", () => {
    const many = new NameLookup(
      [
        [0, "Odell Marsh"],
        [1, "Marsh Odell"],
        [2, "Odella Grant"],
        [3, "Oxdell Ray"],
        [4, "Piet Odelly"],
      ],
      (owner) => [5, 50, 1, 500, 20][owner]!,
    );
    const hits = many.complete("odell", 5);
    expect(owners(hits)).toEqual([0, 2, 1, 4, 3]);
    expect(hits.map((h) => h.match)).toEqual([3, 3, 2, 2, 1]);
    expect(owners(many.complete("odell", 3))).toEqual([0, 2, 1]);
  });

  it("gives at most the number asked, the most prominent of many that match", () => {
    const names: Array<[number, string]> = [];
    for (let i = 0; i < 300; i++) names.push([i, `Varrow ${String.fromCharCode(97 + (i % 26))}${i}`]);
    const many = new NameLookup(names, (owner) => (owner * 37) % 300);
    const hits = many.complete("varr", 25);
    expect(hits).toHaveLength(25);
    const best = [...names.keys()].sort((a, b) => ((b * 37) % 300) - ((a * 37) % 300)).slice(0, 25);
    expect(owners(hits)).toEqual(best);
    expect(many.complete("v", 25)).toHaveLength(25);
    expect(many.complete("varrow a", 100).length).toBeGreaterThan(0);
    expect(many.complete("varrow a", 100).every((h) => names[h.owner]![1].includes(" a"))).toBe(true);
  });

  it("suggests names one edit away (two from six letters), the closest first", () => {
    expect(owners(lookup.closest("Brenecke", 3))[0]).toBe(0);
    expect(owners(lookup.closest("Odalys Brenneckx", 3))[0]).toBe(0);
    expect(owners(lookup.closest("Tamsin Oduja", 3))[0]).toBe(1);
    expect(owners(lookup.closest("Blewake", 3))[0]).toBe(3);
    expect(lookup.closest("Quartermaine", 3)).toEqual([]);
  });

  it("suggests the right name for every one-edit misspelling of these names", () => {
    let seed = 1;
    const rnd = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    for (const [owner, name] of NAMES) {
      for (let i = 0; i < 10; i++) {
        const typed = misspell(name, rnd);
        if (typed) expect(owners(lookup.closest(typed, 5)), typed).toContain(owner);
      }
    }
  });
});
