// Reported speech ("X said the plan failed", "according to X, …") on articles written for these
// tests: content spans that slice back exactly, speakers through the actor model, the checks
// that drop an unsure speaker, and every face labelling it as the outlet's paraphrase.
import { describe, expect, it } from "vitest";
import { extractQuotes, type QuoteFound } from "../../src/analysis/quotes/index.ts";
import { switchOff } from "../../src/analysis/steps.ts";
import { actor } from "../../src/answers/actor.ts";
import { quotes } from "../../src/answers/quotes.ts";
import { whosaid } from "../../src/answers/whosaid.ts";
import { buildArticle } from "../../src/corpus/article.ts";
import { buildCoverage } from "../../src/coverage.ts";
import { renderDiscord } from "../../src/render/discord.ts";
import { renderJson } from "../../src/render/json.ts";
import { limitViolations } from "../../src/render/limits.ts";
import { renderTerminal } from "../../src/render/terminal.ts";
import type { Article } from "../../src/types.ts";

function article(docId: string, body: string, outlet = "Lakeside Ledger"): Article {
  const text = `---\noutlet: ${outlet}\ntitle: ${docId}\nurl: https://example.org/${docId}\npublished: 2031-04-09\n---\n${body}`;
  const r = buildArticle(`${docId}.txt`, text);
  if (!r.ok) throw new Error(r.reason);
  return r.article;
}

const BRIDGE = article(
  "bridge",
  [
    "Senator Margaret Whitlow of Ohio spoke in Columbus on Monday. Whitlow said the new bridge toll would hurt night-shift commuters.",
    "According to Mayor Luis Ortega, the city will open three warming shelters before winter.",
    "The water plan failed twice last year, Ortega said.",
    "Whitlow told reporters the vote on the levy was a mistake. She has warned that the county budget is too small.",
    "“We will keep fighting for the valley,” Whitlow said.",
    "Do you think Whitlow said the toll was fair?",
    "They said the march along the river would go ahead.",
    "Whitlow and Ortega said the ferry would stay open all year.",
  ].join("\n\n"),
);

const reported = (qs: QuoteFound[]) => qs.filter((q) => q.kind === "reported");
const byText = (qs: QuoteFound[], start: string) => {
  const q = qs.find((x) => x.text.startsWith(start));
  if (!q) throw new Error(`no record starting ${start}: ${qs.map((x) => x.text).join(" | ")}`);
  return q;
};

describe("reported speech extraction", () => {
  const qs = extractQuotes(BRIDGE);

  it("gives each clause after a reporting verb its content span and the verb's subject, canonical", () => {
    const toll = byText(reported(qs), "the new bridge toll");
    expect(toll.text).toBe("the new bridge toll would hurt night-shift commuters");
    expect(BRIDGE.text.slice(toll.start, toll.end)).toBe(toll.text);
    expect(toll.speakerName).toBe("Margaret Whitlow");
    expect(toll.cue).toBe("said");
    expect(byText(reported(qs), "the vote on the levy").speakerName).toBe("Margaret Whitlow");
  });

  it("reads 'according to X, …', a tag after the words, and 'has warned that'", () => {
    const shelters = byText(reported(qs), "the city will open");
    expect(shelters.speakerName).toBe("Luis Ortega");
    expect(shelters.cue).toBe("according to");
    const water = byText(reported(qs), "The water plan");
    expect(water.text).toBe("The water plan failed twice last year");
    expect(water.speakerName).toBe("Luis Ortega");
    expect(byText(reported(qs), "the county budget").speakerName).toBe("Margaret Whitlow");
  });

  it("leaves direct quotations direct, credits no question or unsure pronoun, and a pair only together", () => {
    expect(byText(qs, "We will keep fighting").kind).toBe("statement");
    const texts = reported(qs).map((q) => q.text);
    expect(texts.some((t) => /toll was fair|march/.test(t))).toBe(false);
    // A pair of speakers: neither alone said it, so no actor is credited.
    const ferry = byText(reported(qs), "the ferry would stay");
    expect([ferry.speakerName, ferry.speakerKind, ferry.speakerId]).toEqual([
      "Margaret Whitlow and Luis Ortega",
      "person",
      null,
    ]);
  });

  it("is one named step: switched off, nothing reported and the quotations unchanged", () => {
    const off = extractQuotes(BRIDGE, null, switchOff("quotes.reported-speech"));
    expect(reported(off)).toEqual([]);
    expect(off).toEqual(qs.filter((q) => q.kind !== "reported"));
  });

  it("keeps a surname that looks like a plural, drops a group plural", () => {
    const a = article(
      "plural",
      "Governor Ruth Flanders toured the mill on Monday.\n\nFlanders said the mill would reopen in spring. Hoosierites said the mill was doomed.",
    );
    const rs = reported(extractQuotes(a));
    expect(rs.map((q) => q.speakerName)).toEqual(["Ruth Flanders"]);
  });

  it("drops a capitalised non-name and a clause read as a subject", () => {
    const a = article(
      "odd",
      "Obviously said the budget would pass. Clinton would said the budget would pass.\n\nThe Harbour Board met on Friday.",
    );
    expect(reported(extractQuotes(a))).toEqual([]);
  });
});

describe("reported speech in the answers", () => {
  const direct = article(
    "direct",
    "“The new bridge toll would hurt night-shift commuters,” Senator Margaret Whitlow said on Tuesday.",
    "Valley Courier",
  );
  const cov = buildCoverage({ dir: "test", articles: [BRIDGE, direct], warnings: [] });

  it("/whosaid gives direct quotations first, then the paraphrase labelled with its outlet", () => {
    const a = whosaid(cov, "bridge toll would hurt night-shift commuters");
    if ("error" in a) throw new Error(a.error);
    expect(a.matches.map((m) => m.kind)).toEqual(["statement", "reported"]);
    const para = a.matches[1]!;
    expect(para.speaker).toBe("Margaret Whitlow");
    expect(para.paraphrase).toBe("reported by Lakeside Ledger, not a direct quotation");
    expect(a.matches[0]!.paraphrase).toBeUndefined();
    const json = JSON.parse(renderJson(a));
    expect(json.matches[1].kind).toBe("reported");
    expect(json.matches[1].paraphrase).toContain("not a direct quotation");
  });

  it("never prints a paraphrase in quotation marks, in the terminal or on Discord", () => {
    const a = whosaid(cov, "the city will open three warming shelters");
    if ("error" in a) throw new Error(a.error);
    expect(a.matches[0]!.kind).toBe("reported");
    const text = renderTerminal(a);
    expect(text).toContain("Paraphrase (reported by Lakeside Ledger, not a direct quotation)");
    // (the first line repeats the question in marks: the user's words, not the speaker's)
    expect(text.split("\n").slice(1).join("\n")).not.toMatch(/[“"]the city will open/);
    expect(text).toContain("attributed to Luis Ortega");
    const msg = renderDiscord(a);
    expect(limitViolations(msg)).toEqual([]);
    const d = msg.embeds[0]!.description!;
    expect(d).toContain("reported by Lakeside Ledger, not a direct quotation");
    expect(d).not.toContain("> “");
    expect(d).not.toMatch(/[“"]the city will open/);
  });

  it("/quotes lists a speaker's paraphrases after the quotations; /actor shows only the quotations", () => {
    const q = quotes(cov, "Margaret Whitlow");
    if ("error" in q) throw new Error(q.error);
    const kinds = q.quotes.map((r) => r.kind);
    expect(kinds).toContain("reported");
    expect(q.quotes.find((r) => r.kind === "reported")!.paraphrase).toContain("not a direct quotation");
    const pages = quotes(cov, "Margaret Whitlow", q.pages);
    if ("error" in pages) throw new Error(pages.error);
    expect(pages.items.at(-1)!.kind).toBe("reported");
    const msg = renderDiscord(pages);
    expect(limitViolations(msg)).toEqual([]);
    expect(msg.embeds[0]!.description).toContain(
      "*Paraphrase (reported by Lakeside Ledger, not a direct quotation):*",
    );
    expect(msg.embeds[0]!.description).not.toMatch(/“the county budget|> “the county budget/);
    expect(renderTerminal(pages)).toMatch(
      /Paraphrase \(reported by Lakeside Ledger, not a direct quotation\): /,
    );
    expect(q.items[0]!.kind).not.toBe("reported");
    const prof = actor(cov, "Margaret Whitlow");
    if ("error" in prof || !prof.actor) throw new Error("no actor");
    expect(prof.actor.quotes.some((x) => /county budget|levy/.test(x.quote))).toBe(false);
  });
});
