import { describe, expect, it } from "vitest";
import { buildArticle } from "../../src/corpus/article.ts";

// Articles written for these tests: the rules must work on text they were not tuned on.
const wire = [
  "HAVANA (Reuters) — Cuba's foreign minister met his Brazilian counterpart on Monday to discuss grain imports.",
  "By Ana Lucía Torres and Peter Okafor",
  "The talks covered wheat, soy and a new credit line worth $40 million, officials said.",
  "",
  "Brazil ramps up soy exports as prices climb",
  "",
  "Analysts expect the deal to be signed before the end of the year.",
  "* * *",
  "Reporting by Peter Okafor; Editing by Jane Doe",
  "Ana Lucía Torres is a senior correspondent covering Latin American trade.",
  "Copyright 2031 Example Wire Service. All rights reserved.",
].join("\n");

const sidebar = [
  "The city council approved the new tram line after a four-hour debate on Thursday.",
  "Residents had opposed the route through the old market for years.",
  "",
  "Local Bakery Wins National Award for Sourdough Bread Again",
  "Stock Markets Rally as Central Bank Signals Pause in Rate Hikes",
  "Heatwave Warning Issued for Southern Counties This Weekend",
  "Football Club Appoints Former Captain as Interim Manager",
].join("\n");

function dropped(text: string, meta = {}) {
  const r = buildArticle("x.txt", text, meta);
  if (!r.ok) throw new Error(r.reason);
  return r.article;
}

describe("cleaning", () => {
  it("drops a wire dateline but keeps the sentence it opens", () => {
    const a = dropped(wire);
    expect(a.dropped.find((d) => d.reason === "dateline")?.text).toBe("HAVANA (Reuters) — ");
    expect(a.passages[0]!.text.startsWith("Cuba's foreign minister")).toBe(true);
  });

  it("drops a dateline opening the story after a title line that ends like a sentence", () => {
    const text =
      "Port strike: unions reject the latest offer.\n\nLISBON, Dec. 8 (UPI) — Dock workers voted on Monday to extend the strike.\n\nTalks resume next week.";
    const a = dropped(text);
    expect(a.dropped.find((d) => d.reason === "dateline")?.text).toBe("LISBON, Dec. 8 (UPI) — ");
    expect(a.passages.some((p) => p.text.startsWith("Dock workers voted"))).toBe(true);
  });

  it("keeps a capitalised opening of a later paragraph ('NATO (the alliance) — …')", () => {
    const text =
      "Alliance talks\n\nMinisters met in Brussels on Monday.\n\nNATO (the alliance) — which has 30 members — will meet again.";
    expect(dropped(text).dropped.some((d) => d.reason === "dateline")).toBe(false);
  });

  it("drops byline, bio, rule, credits and copyright lines; keeps the reporting", () => {
    const a = dropped(wire);
    const reasons = a.dropped.map((d) => d.reason);
    expect(reasons).toEqual(
      expect.arrayContaining([
        "byline",
        "rule",
        "contributor line",
        "author bio",
        "copyright line",
        "inline heading",
      ]),
    );
    const kept = a.passages.map((p) => p.text).join(" ");
    expect(kept).toContain("new credit line worth $40 million");
    expect(kept).toContain("Analysts expect the deal");
    for (const gone of ["Ana Lucía Torres is", "Copyright", "Editing by", "Brazil ramps up", "By Ana"]) {
      expect(kept).not.toContain(gone);
    }
  });

  it("drops a trailing run of sidebar headlines of other stories", () => {
    const a = dropped(sidebar);
    expect(a.dropped.filter((d) => d.reason === "sidebar headline")).toHaveLength(4);
    expect(a.passages.map((p) => p.text).join(" ")).not.toContain("Sourdough");
    expect(a.passages).toHaveLength(2);
  });

  it("treats a first-line headline as the title, not as coverage", () => {
    const a = dropped("Tram line approved after long debate\n\nThe council voted 31 to 12 in favour.\n");
    expect(a.displayTitle).toBe("Tram line approved after long debate");
    expect(a.passages.map((p) => p.text)).toEqual(["The council voted 31 to 12 in favour."]);
  });

  it("drops the byline named in metadata wherever it stands", () => {
    const a = dropped("Maria Gonzalez\nThe port reopened on Friday after the strike ended.\n", {
      byline: "Maria Gonzalez",
    });
    expect(a.dropped.map((d) => d.reason)).toContain("byline");
    expect(a.passages[0]!.text).toBe("The port reopened on Friday after the strike ended.");
  });

  it("keeps ordinary short paragraphs that end sentences, and lists inside the article", () => {
    const text = [
      "The minister resigned on Tuesday.",
      "",
      '"I have no regrets," she said.',
      "",
      "Winners included:",
      "",
      "Best Film - The Long Road",
      "",
      "The ceremony ended at midnight.",
    ].join("\n");
    const a = dropped(text);
    expect(a.passages.map((p) => p.text).join(" ")).toContain("I have no regrets");
    expect(a.passages.map((p) => p.text).join(" ")).toContain("Best Film - The Long Road");
  });
});
