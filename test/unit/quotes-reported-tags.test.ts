// Reported speech, session-6 classes of PolNeAR train misses (issue #13): a participle after a
// speech tag, and paraphrase whose writer's words frame a quotation. Each on sentences written
// for this test (sport, business, local politics), with the step switched off to show what it adds.
import { describe, expect, it } from "vitest";
import { extractQuotes, type QuoteFound } from "../../src/analysis/quotes/index.ts";
import { ALL_STEPS, type StepSwitches, switchOff } from "../../src/analysis/steps.ts";
import { buildArticle } from "../../src/corpus/article.ts";
import type { Article } from "../../src/types.ts";

function article(body: string): Article {
  const text = `---\noutlet: Valley Courier\ntitle: t\nurl: https://example.org/t\npublished: 2031-09-14\n---\n${body}`;
  const r = buildArticle("t.txt", text);
  if (!r.ok) throw new Error(r.reason);
  return r.article;
}

/** People are introduced, then the sentence under test follows. */
const INTRO =
  "Coach Marta Okonkwo led the Riverside Hawks to the cup final on Saturday. Finance chief Dmitri Halvorsen of Brightwell Foods joined the club board in May.";

const reported = (body: string, switches: StepSwitches = ALL_STEPS): QuoteFound[] =>
  extractQuotes(article(`${INTRO}\n\n${body}`), null, switches).filter((q) => q.kind === "reported");

const pairs = (body: string, switches: StepSwitches = ALL_STEPS) =>
  reported(body, switches).map((q) => ({ text: q.text, speaker: q.speakerName }));

describe("reported speech: a participle after a speech tag", () => {
  it("gives the participle's clause to the speaker of a tag after a quotation", () => {
    const s =
      "“We were tired in the second half,” Okonkwo said, adding that two players had flu before the match.";
    expect(pairs(s)).toContainEqual({
      text: "two players had flu before the match",
      speaker: "Marta Okonkwo",
    });
    expect(pairs(s, switchOff("quotes.reported-tag-participle"))).toEqual([]);
  });

  it("reads the name after an inverted tag's verb", () => {
    const s =
      "“Margins will recover by spring,” said Halvorsen, noting that grain prices fell for a third month.";
    expect(pairs(s)).toContainEqual({
      text: "grain prices fell for a third month",
      speaker: "Dmitri Halvorsen",
    });
    expect(pairs(s, switchOff("quotes.reported-tag-participle"))).toEqual([]);
  });

  it("skips a short phrase between the tag's verb and its comma", () => {
    const s = "“The stadium plan is dead,” Halvorsen told shareholders on Tuesday, citing the cost of steel.";
    expect(pairs(s)).toContainEqual({ text: "the cost of steel", speaker: "Dmitri Halvorsen" });
    expect(pairs(s, switchOff("quotes.reported-tag-participle"))).toEqual([]);
  });

  it("takes no tag whose verb is followed by another verb", () => {
    // "said the squad was ready, hoping …": "was" opens a clause, so "said" is no tag of the participle.
    const s = "Okonkwo said the squad was ready, hoping the rain would stop before kick-off.";
    expect(pairs(s).filter((p) => p.text.startsWith("the rain"))).toEqual([]);
  });
});

describe("reported speech: writer's words framing a quotation", () => {
  it("keeps a paraphrase opened by the writer's words though most of it is quoted", () => {
    const s = "Okonkwo said the league was “rotten to the core and beyond repair.”";
    expect(pairs(s)).toContainEqual({
      text: "the league was “rotten to the core and beyond repair.”",
      speaker: "Marta Okonkwo",
    });
    expect(pairs(s, switchOff("quotes.reported-writer-opens"))).toEqual([]);
  });

  it("still leaves a quotation that opens the content to the direct record", () => {
    const s = "Halvorsen said “the dividend is safe, the pension fund is safe, and the jobs are safe.”";
    expect(pairs(s)).toEqual([]);
  });
});
