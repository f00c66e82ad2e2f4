import { describe, expect, it } from "vitest";
import { PassageIndex } from "../../src/search/index.ts";
import { terms } from "../../src/search/tokenize.ts";

// A small invented corpus: repeated words, different lengths, a term in every passage.
const TEXTS = [
  "The harbor council voted to close the old ferry pier on Monday.",
  "Ferry operators said the pier closure would strand island commuters.",
  "Island commuters crowded the ferry terminal; the ferry ran late, and the ferry was full.",
  "A council report said the harbor dredging would cost $4 million.",
  "Dredging the harbor begins in spring, the council said.",
  "Teachers in the valley district voted to strike over pay.",
  "The valley district said pay talks with teachers would resume.",
  "Nothing here mentions boats at all, only weather: rain, wind and more rain.",
];

/** Textbook BM25 computed from scratch, the way the index should score. */
function bruteForce(texts: string[], query: string, k = 1.2, b = 0.75) {
  const docs = texts.map((t) => terms(t));
  const N = docs.length;
  const avg = docs.reduce((s, d) => s + d.length, 0) / N;
  const q = [...new Set(terms(query))];
  const out: Array<{ ref: number; score: number; matched: string[] }> = [];
  docs.forEach((d, ref) => {
    let score = 0;
    const matched: string[] = [];
    for (const t of q) {
      const tf = d.filter((x) => x === t).length;
      if (tf === 0) continue;
      const df = docs.filter((x) => x.includes(t)).length;
      const idf = Math.log(1 + (N - df + 0.5) / (df + 0.5));
      score += idf * ((tf * (k + 1)) / (tf + k * (1 - b + (b * d.length) / avg)));
      matched.push(t);
    }
    if (matched.length) out.push({ ref, score, matched });
  });
  return out.sort((x, y) => y.score - x.score || x.ref - y.ref);
}

describe("PassageIndex", () => {
  const index = new PassageIndex(TEXTS.map((text) => ({ text })));

  it.each([
    "ferry pier",
    "What did the council say about the harbor?",
    "teachers strike pay",
    "island commuters ferry terminal",
    "$4 million dredging",
    "rain",
  ])("ranks %j exactly as brute-force BM25 does", (query) => {
    const expected = bruteForce(TEXTS, query);
    const got = index.search(query, 100);
    expect(got.map((h) => h.ref)).toEqual(expected.map((h) => h.ref));
    got.forEach((h, i) => {
      expect(h.score).toBeCloseTo(expected[i]!.score, 10);
      expect(h.matched).toEqual(expected[i]!.matched);
    });
  });

  it("keeps the best `limit` hits, ties broken by passage order", () => {
    const all = index.search("ferry council harbor", 100);
    expect(index.search("ferry council harbor", 2)).toEqual(all.slice(0, 2));
    const twins = new PassageIndex([{ text: "red kite" }, { text: "red kite" }, { text: "red kite" }]);
    expect(twins.search("kite", 2).map((h) => h.ref)).toEqual([0, 1]);
  });

  it("reports document frequencies and BM25 idf", () => {
    expect(index.size).toBe(TEXTS.length);
    expect(index.df("ferri")).toBe(3);
    expect(index.df("council")).toBe(3);
    expect(index.df("zeppelin")).toBe(0);
    expect(index.idf("ferri")).toBeCloseTo(Math.log(1 + (8 - 3 + 0.5) / 3.5), 12);
    expect(index.idf("zeppelin")).toBeCloseTo(Math.log(1 + 8.5 / 0.5), 12);
    expect(index.idf("zeppelin")).toBeGreaterThan(index.idf("ferri"));
  });

  it("returns nothing for empty, stopword-only or unknown queries", () => {
    expect(index.search("", 10)).toEqual([]);
    expect(index.search("what did they say about it?", 10)).toEqual([]);
    expect(index.search("zeppelin", 10)).toEqual([]);
    expect(index.search("ferry", 0)).toEqual([]);
    expect(new PassageIndex([]).search("ferry", 10)).toEqual([]);
  });

  it("survives parts() → fromParts() unchanged", () => {
    const again = PassageIndex.fromParts(index.parts());
    for (const q of ["ferry pier", "teachers strike pay", "rain wind"])
      expect(again.search(q, 10)).toEqual(index.search(q, 10));
    expect(again.df("council")).toBe(3);
  });

  it("can multiply by matched terms (MiniSearch's coordination) when asked", () => {
    const coord = new PassageIndex(
      TEXTS.map((text) => ({ text })),
      { coordination: true },
    );
    const plain = index.search("ferry council", 100);
    const scaled = coord.search("ferry council", 100);
    for (const h of scaled) {
      const p = plain.find((x) => x.ref === h.ref)!;
      expect(h.score).toBeCloseTo(p.score * h.matched.length, 10);
    }
  });
});

describe("PassageIndex headline field", () => {
  // Two invented articles of two passages each; only the headlines name the "lighthouse".
  const passages = [
    { text: "Engineers finished the repairs on Friday after a storm." },
    { text: "The keeper said the lamp would shine again by winter." },
    { text: "The ferry timetable changes on Monday for the summer." },
    { text: "Operators said the ferry would add a late sailing." },
  ];
  const titles = {
    titles: ["Old lighthouse relit after storm repairs", "Summer ferry timetable"],
    starts: Uint32Array.from([0, 2, 4]),
  };
  const withTitles = (titleWeight: number) => new PassageIndex(passages, { titleWeight }, undefined, titles);

  it("finds an article by a word only its headline has, through its first passage", () => {
    const hits = withTitles(2).search("lighthouse", 10);
    expect(hits.map((h) => h.ref)).toEqual([0]);
    expect(hits[0]!.matched).toEqual([]);
    expect(hits[0]!.titleMatched).toEqual(["lighthous"]);
  });

  it("adds the weighted headline score to every matching passage of the article", () => {
    const plain = new PassageIndex(passages).search("storm repairs keeper", 10);
    const titled = withTitles(2).search("storm repairs keeper", 10);
    // Passage 1 (the keeper) matches no headline word in its text, but its article's headline does.
    const gain = (ref: number) =>
      titled.find((h) => h.ref === ref)!.score - (plain.find((h) => h.ref === ref)?.score ?? 0);
    expect(gain(0)).toBeGreaterThan(0);
    expect(gain(1)).toBeCloseTo(gain(0), 10);
    expect(titled.find((h) => h.ref === 1)!.titleMatched).toEqual(["storm", "repair"]);
  });

  it("searches no headline at weight 0", () => {
    expect(withTitles(0).search("lighthouse", 10)).toEqual([]);
  });

  it("weighs each query term: a lower weight lowers that term's share of the score", () => {
    const index = withTitles(2);
    const full = index.searchTerms([{ term: "ferri", weight: 1 }], 10);
    const half = index.searchTerms([{ term: "ferri", weight: 0.5 }], 10);
    expect(half.map((h) => h.ref)).toEqual(full.map((h) => h.ref));
    for (const [i, h] of half.entries()) expect(h.score).toBeCloseTo(full[i]!.score / 2, 10);
  });
});
