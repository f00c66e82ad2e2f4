import { describe, expect, it } from "vitest";
import { buildArticle } from "../../src/corpus/article.ts";

// Ends of articles written for these tests in the styles of several kinds of publisher: the page
// below the last paragraph (related lists, sign-ups, notices) is not coverage; the reporting is.
function article(lines: string[]) {
  const text = lines.join("\n");
  const r = buildArticle("x.txt", text);
  if (!r.ok) throw new Error(r.reason);
  return { a: r.article, text, kept: r.article.passages.map((p) => p.text).join(" ") };
}

const body = [
  "Harbour pilots in Lindqvist voted on Friday to end a two-week stoppage over night-shift pay.",
  "",
  "The port authority said ships would move again from Monday, and that 14 vessels were waiting offshore.",
];

describe("the end of an article", () => {
  it("drops a newsletter prompt, a Related coverage list in sentence case and a copyright line", () => {
    const { a, kept } = article([
      ...body,
      "",
      "Sign up for our morning briefing to get the day's top stories in your inbox.",
      "",
      "Related coverage",
      "Pilots threaten new walkout over rosters",
      "Port authority names interim chief",
      "",
      "© 2031 Lindqvist Evening Post. All rights reserved.",
    ]);
    expect(kept).toContain("14 vessels were waiting offshore");
    for (const gone of ["Sign up", "Related coverage", "new walkout", "interim chief", "All rights"])
      expect(kept).not.toContain(gone);
    expect(a.dropped.map((d) => d.reason)).toEqual(
      expect.arrayContaining(["sign-up prompt", "related headline", "copyright line"]),
    );
  });

  it("drops a wire service's More from heading with bulleted headlines, above a subscription prompt", () => {
    const { kept } = article([
      ...body,
      "",
      "More from Northwire:",
      "• Freight rates ease as port queues shorten",
      "• Analysis: why pilots hold the key to the harbour",
      "",
      "Subscribe to Northwire Business for unlimited access to our reporting.",
    ]);
    expect(kept).toContain("ships would move again from Monday");
    expect(kept).not.toMatch(/Freight rates|why pilots hold|unlimited access|More from/);
  });

  it("drops a Read more heading and its list even when a follow-us line and a rule come after", () => {
    const { kept } = article([
      ...body,
      "",
      "READ MORE",
      "",
      "Lindqvist harbour: a history of strikes",
      "",
      "What the new pay deal means for ferry fares",
      "",
      "Follow us on Instagram for more local news",
      "---",
    ]);
    expect(kept).toContain("14 vessels");
    expect(kept).not.toMatch(/history of strikes|ferry fares|Instagram/);
  });

  it("keeps a last paragraph that talks about subscribers or newsletters as news", () => {
    const { kept } = article([
      ...body,
      "",
      "The pilots' union newsletter, which has 3,000 subscribers, called the deal a victory.",
    ]);
    expect(kept).toContain("called the deal a victory");
  });

  it("keeps short lines at the end when no heading opens a list of other stories", () => {
    const { kept } = article([...body, "", "Ships waiting: 14", "", "Days of stoppage: 15"]);
    expect(kept).toContain("Days of stoppage: 15");
  });

  it("cites only the original text: every dropped span slices the file exactly", () => {
    const { a, text } = article([
      ...body,
      "",
      "Related stories:",
      "  - Pilots threaten new walkout over rosters",
      "Copyright 2031 Example Media Ltd",
    ]);
    for (const d of a.dropped) expect(text.slice(d.start, d.end)).toBe(d.text);
    expect(a.dropped.map((d) => d.reason)).toContain("related headline");
  });
});

describe("a short article of figures", () => {
  it("keeps its lines: a run of short lines up to the headline is the article itself", () => {
    const { a, kept } = article([
      "LINDQVIST PORT CO <LPC> 1ST QTR NET",
      "",
      "Shr 41 cts vs 38 cts",
      "",
      "Net 12 Mln Vs 11 Mln",
      "",
      "Revs 98 Mln Vs 91 Mln",
    ]);
    expect(a.passages.length).toBeGreaterThan(0);
    expect(kept).toContain("Revs 98 Mln");
  });
});
