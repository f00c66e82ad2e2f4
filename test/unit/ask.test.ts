import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ask } from "../../src/answers/ask.ts";
import type { AskAnswer } from "../../src/answers/types.ts";
import { loadCorpus } from "../../src/corpus/load.ts";
import { buildCoverage, type Coverage } from "../../src/coverage.ts";
import { tempCorpus } from "../helpers/corpus.ts";

// A corpus written for this test: two outlets carry the same wire sentence.
const files = {
  "sources.json": JSON.stringify({
    "a.txt": { outlet: "Harbour Times", url: "https://example.org/a", published: "2031-05-02" },
    "b.txt": { outlet: "Coast Daily", url: "https://example.org/b", published: "2031-05-03" },
  }),
  "a.txt":
    "Dockworkers in Portmere walked out on Tuesday over pay, halting 1,200 containers.\nThe union said the strike would last 48 hours.\nGrain prices rose 4% in the region.\n",
  "b.txt":
    "The union said the strike would last 48 hours.\nThe mayor of Portmere, Ines Ramírez, urged both sides to talk.\nShe said she was confident of a deal.\n" +
    "Crowds gathered at the gates. “We will not accept these terms at any price!”\n",
  "c.txt": "“We will not accept these terms at any price!” union leader Mara Quint said.\n",
};

let coverage: Coverage;
let cleanup = () => {};
beforeAll(async () => {
  const t = tempCorpus(files);
  cleanup = t.cleanup;
  coverage = buildCoverage(await loadCorpus(t.dir));
});
afterAll(() => cleanup());

const results = (q: string) => (ask(coverage, q) as AskAnswer).results;

describe("/ask", () => {
  it("finds the passage and cites outlet, day and link", () => {
    const [r] = results("How long will the dockworkers strike last?");
    expect(r!.text).toContain("48 hours");
    expect(r!.sources.map((s) => s.outlet)).toEqual(expect.arrayContaining(["Harbour Times"]));
    expect(r!.url).toMatch(/^https:\/\/example\.org\//);
  });

  it("folds diacritics and keeps numbers and percentages", () => {
    expect(results("Ines Ramirez")[0]!.text).toContain("Ramírez");
    expect(results("1,200 containers")[0]!.text).toContain("1,200 containers");
    expect(results("4% grain")[0]!.text).toContain("4%");
  });

  it("makes the same wire sentence one result citing both outlets", () => {
    const r = results("union strike 48 hours");
    const hit = r.find((x) => x.text.includes("48 hours"))!;
    expect(hit.sources.map((s) => s.outlet).sort()).toEqual(["Coast Daily", "Harbour Times"]);
    expect(r.filter((x) => x.text.includes("48 hours"))).toHaveLength(1);
  });

  it("merges a quotation one outlet attributes and another prints bare", () => {
    const r = results("accept these terms at any price");
    expect(r).toHaveLength(1);
    expect(r[0]!.sources.map((s) => s.docId).sort()).toEqual(["b", "c"]);
    for (const src of r[0]!.sources) {
      expect(coverage.articles.get(src.docId)!.text.slice(src.start, src.end)).toContain(
        "We will not accept these terms at any price!”",
      );
    }
  });

  it("emphasises the matched words, and each excerpt slices its file exactly", () => {
    const [r] = results("grain prices");
    const marked = r!.highlights.map(([s, e]) => r!.text.slice(s, e));
    expect(marked).toEqual(["Grain", "prices"]);
    const article = coverage.articles.get(r!.docId)!;
    expect(article.text.slice(r!.start, r!.end)).toBe(r!.text);
  });

  it("says plainly that the coverage has nothing rather than padding", () => {
    expect(results("volcano eruption in Iceland")).toEqual([]);
    expect(results("Portmere moon landing astronauts")).toEqual([]);
  });

  it("answers bad queries with a clear message, never an exception", () => {
    const error = (q: unknown) => (ask(coverage, q) as { error?: string }).error;
    expect(error("")).toMatch(/give a question/i);
    expect(error("   ")).toMatch(/give a question/i);
    expect(error("x".repeat(5000))).toMatch(/too long/);
    expect(error("what is the")).toMatch(/common words/);
    expect(error("<@123456789012345678> <@&987654321098765432>")).toMatch(/no words/);
    const regex = ask(coverage, "strike (.*)+[a-z]{2,}$") as AskAnswer;
    expect(Array.isArray(regex.results)).toBe(true);
    for (const q of [
      "@everyone strike",
      "@here **strike** __union__ ~~48~~",
      "strike\u0000\u0007\u001b[31m",
      "strike 🔥🚢",
    ]) {
      const a = ask(coverage, q) as AskAnswer;
      expect(a.results[0]?.text ?? "").toContain("strike");
      expect(a.query).not.toMatch(/@everyone|[*`~\u0000-\u001f]/);
    }
  });
});
