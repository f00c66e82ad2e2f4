// /quotes lists what a speaker said whole first, then the words they used for things (quoted
// terms), then the outlets' paraphrases — whatever order the articles hold them in.
import { describe, expect, it } from "vitest";
import { quotes } from "../../src/answers/quotes.ts";
import { buildCoverage } from "../../src/coverage.ts";
import { corpusOf } from "../helpers/corpus.ts";

const FILES: Record<string, string> = {
  "a.txt": `---\noutlet: Fen Gazette\npublished: 2031-03-01\n---\nToll row\n\nMayor Ilse Farrow called the toll a "stealth tax" on Monday. Farrow said the council would vote in May.`,
  "b.txt": `---\noutlet: Fen Gazette\npublished: 2031-03-02\n---\nToll vote\n\n"We will scrap the toll before the summer," Mayor Ilse Farrow said on Tuesday.`,
};

describe("/quotes order", () => {
  it("puts statements before quoted terms, and paraphrases last", () => {
    const a = quotes(buildCoverage(corpusOf(FILES)), "Ilse Farrow");
    if ("error" in a) throw new Error(a.error);
    const kinds = a.items.map((i) => i.kind);
    expect(kinds.slice(0, 2)).toEqual(["statement", "term"]);
    expect(kinds.slice(2).length).toBeGreaterThan(0);
    expect(new Set(kinds.slice(2))).toEqual(new Set(["reported"]));
    expect(a.items[0]!.quote).toContain("We will scrap the toll");
  });
});
