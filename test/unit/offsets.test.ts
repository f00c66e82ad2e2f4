import { describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/load.ts";

describe("passage offsets", () => {
  it("every passage of the shipped corpus is its file sliced at its offsets, with stable ids", async () => {
    const c = await loadCorpus("seeds");
    expect(c.articles.length).toBeGreaterThan(0);
    for (const a of c.articles) {
      a.passages.forEach((p, n) => {
        expect(p.id).toBe(`${a.docId}:${n}`);
        expect(a.text.slice(p.start, p.end)).toBe(p.text);
        expect(p.text).toBe(p.text.trim());
      });
      for (const d of a.dropped) expect(a.text.slice(d.start, d.end)).toBe(d.text);
    }
    // Loading twice gives the same passages: ids are stable.
    const again = await loadCorpus("seeds");
    expect(again.articles.flatMap((a) => a.passages)).toEqual(c.articles.flatMap((a) => a.passages));
  });
});
