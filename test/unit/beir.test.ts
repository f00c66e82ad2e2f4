import { describe, expect, it } from "vitest";
import { ndcgAt, parseBeir, recallAt, scoreBot, scoreRanker } from "../../bench/beir.ts";

const corpus = [
  { _id: "d1", title: "Vitamin D", text: "Vitamin D lowers the risk of fractures in older adults." },
  { _id: "d2", title: "Sleep", text: "Short sleep is associated with weight gain." },
  { _id: "d3", title: "Fractures", text: "Bone fractures heal faster with calcium." },
  { _id: "d4", title: "Coffee", text: "Coffee drinking is not linked to heart disease." },
]
  .map((d) => JSON.stringify(d))
  .join("\n");
const queries = [
  { _id: "q1", text: "Vitamin D reduces fractures" },
  { _id: "q2", text: "Does sleep affect weight?" },
  { _id: "q3", text: "unjudged query" },
]
  .map((q) => JSON.stringify(q))
  .join("\n");
const qrels = "query-id\tcorpus-id\tscore\nq1\td1\t1\nq1\td3\t1\nq2\td2\t1\n";

describe("BEIR scorer", () => {
  const set = parseBeir(corpus, queries, qrels);

  it("reads the three files; only judged queries count", () => {
    expect(set.docs).toHaveLength(4);
    expect([...set.queries.keys()]).toEqual(["q1", "q2"]);
    expect(set.qrels.get("q1")?.get("d3")).toBe(1);
  });

  it("computes nDCG@k and Recall@k by the book", () => {
    const rel = new Map([
      ["a", 1],
      ["b", 1],
    ]);
    expect(ndcgAt(["a", "b", "c"], rel, 10)).toBeCloseTo(1, 12);
    // Relevant at ranks 2 and 3: (1/log2 3 + 1/log2 4) / (1 + 1/log2 3).
    const expected = (1 / Math.log2(3) + 1 / Math.log2(4)) / (1 + 1 / Math.log2(3));
    expect(ndcgAt(["c", "a", "b"], rel, 10)).toBeCloseTo(expected, 12);
    expect(ndcgAt(["c", "a", "b"], rel, 1)).toBe(0);
    expect(recallAt(["c", "a"], rel, 100)).toBe(0.5);
    expect(recallAt(["c", "a", "b"], rel, 2)).toBe(0.5);
    expect(recallAt([], new Map(), 10)).toBe(0);
  });

  it("averages over judged queries", () => {
    const perfect = scoreRanker(set, (q) => (q.startsWith("Vitamin") ? ["d1", "d3"] : ["d2"]));
    expect(perfect).toEqual({ ndcg10: 1, recall100: 1, queries: 2 });
    const none = scoreRanker(set, () => []);
    expect(none.ndcg10).toBe(0);
  });

  it("scores the bot's own ranking (title and text as one field)", () => {
    const s = scoreBot(set);
    expect(s.queries).toBe(2);
    expect(s.recall100).toBe(1);
    expect(s.ndcg10).toBeGreaterThan(0.9);
  });
});
