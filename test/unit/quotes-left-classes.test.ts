// Speaker classes left after session 13 (issue #13), found on the BBC study sets, on invented
// text: each rule's own sentences, and the same sentences with its switch off.
import { describe, expect, it } from "vitest";
import { buildActorModel } from "../../src/analysis/actors/index.ts";
import { extractQuotes } from "../../src/analysis/quotes/index.ts";
import { ALL_STEPS, type StepSwitches, switchOff } from "../../src/analysis/steps.ts";
import { buildArticle } from "../../src/corpus/article.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

describe("a sentence run on after a quotation that ends on its own inverted tag", () => {
  const body =
    'Cinema plan\n\nAnn Vale, director of Reelco, said the network was ready.\n\n"Access to film is restricted," said Tom Pike, head of film at the Screen Board. "Many films are shown in cities, but the network will improve access," Digital copies cost less than a traditional film print - giving owners more choice, said Ms Vale. "It can cost up to £900 to make a copy. "In the digital world you can make them for less."';

  it("gives no phrase of the run-on sentence as a speaker; the quotations after are the tag's", () => {
    const qs = directQuotes(body);
    expect(qs.map((q) => q.speakerName)).not.toContain("a traditional film print");
    expect(speakerOf(qs, "It can cost")).toBe("Ann Vale");
    expect(speakerOf(qs, "In the digital world")).toBe("Ann Vale");
  });

  it("takes the phrase before the verb with the rule off", () => {
    const qs = directQuotes(body, switchOff("quotes.tag-inverted-own-speaker"));
    expect(speakerOf(qs, "It can cost")).not.toBe("Ann Vale");
  });
});

describe("a name alone after a quotation closing on a comma is its tag, the verb left out", () => {
  const body =
    'Economy warning\n\nTom Hale, chief economist at Calder Capital, expects rate cuts.\n\n"Although this may not be the year when things go wrong, it will mark a harder year," Mr Hale. The pound fell.\n\n"Harbour has a strong record," Ann Vale. Similarly, analysts expect little change.';

  it("gives the quotation to the titled name or the full name", () => {
    const qs = directQuotes(body);
    expect(speakerOf(qs, "Although this may")).toBe("Tom Hale");
    expect(speakerOf(qs, "Harbour has")).toBe("Ann Vale");
  });

  it("leaves a lone capitalised word alone", () => {
    const qs = directQuotes('Shops\n\nTrade was slow.\n\n"We had a strong record," Harbour. Sales fell.');
    expect(speakerOf(qs, "We had")).toBeNull();
  });

  it("finds no speaker with the rule off", () => {
    const qs = directQuotes(body, switchOff("quotes.tag-name-no-verb"));
    expect(speakerOf(qs, "Harbour has")).not.toBe("Ann Vale");
  });
});

describe("a partial quotation in a clause whose verb is an irregular past, or after a who-clause", () => {
  const body =
    'Awards night\n\nAnd Jo Marr, who had two nominations this year, paid tribute to the "beautiful legacy" of the singer Ray Lamb.\n\nAnn Lee gave a warning of "dark days" for the industry.';

  it("is the clause subject's", () => {
    const qs = directQuotes(body);
    expect(speakerOf(qs, "beautiful legacy")).toBe("Jo Marr");
    expect(speakerOf(qs, "dark days")).toBe("Ann Lee");
  });

  it("is no one's with the rule off", () => {
    const qs = directQuotes(body, switchOff("quotes.clause-subject-more"));
    expect(speakerOf(qs, "beautiful legacy")).toBeNull();
    expect(speakerOf(qs, "dark days")).toBeNull();
  });

  it("stays no one's after a verb of moving ('took')", () => {
    const text =
      'Court case\n\nThe board took the pair to the Harbour Court, which ruled the pact could not be put "in abeyance".';
    expect(speakerOf(directQuotes(text), "in abeyance")).not.toBe("Harbour Board");
  });
});

describe("a study's or a body's finding tags the quotation; a bare report is the reporting body's", () => {
  const body =
    'College waste\n\nA failed scheme has been branded a "waste" by MPs.\n\nThe Commons science select committee called this "morally wrong" but the government said the project had "improved skills".\n\nThe college had had "too much money to spend", the report found.\n\nThe college had "no clear aim", a new study by the Harbour Institute has found.';

  it("gives the finding's quotation to the report, and the report to the committee", () => {
    const qs = directQuotes(body);
    expect(speakerOf(qs, "too much money")).toBe("Commons science select committee");
  });

  it("reads no finding tag with the rule off", () => {
    const qs = directQuotes(body, switchOff("quotes.tag-finding"));
    expect(speakerOf(qs, "too much money")).toBeNull();
  });

  it("gives the bare report to the organisation quoted last with report-of-body off", () => {
    const qs = directQuotes(body, switchOff("quotes.report-of-body"));
    expect(speakerOf(qs, "too much money")).not.toBe("Commons science select committee");
  });

  it("leaves a person who found something alone", () => {
    const qs = directQuotes('Keys\n\nAnn Lee lost her keys.\n\n"It was a long day," Tom Reed found.');
    expect(speakerOf(qs, "It was a long day")).toBeNull();
  });
});

describe("a group speaker opened by a quantifier", () => {
  it.each(["Some", "Many", "Several"])("'%s users said' is the users' word", (q) => {
    const qs = directQuotes(
      `Search tool row\n\nHarbour Search has launched a link tool.\n\n${q} users said the tool was "unfair".`,
    );
    expect(speakerOf(qs, "unfair")).toMatch(/users$/);
  });

  it("gives no group for a quantifier before a number", () => {
    const qs = directQuotes('Poll\n\nA poll was taken.\n\nSome 87% said the plan was "a waste".');
    expect(speakerOf(qs, "a waste")).not.toBe("users");
  });
});

describe("a person's description opening the clause after ', but' stands for the person named before", () => {
  const body =
    'Rugby boss speaks\n\nSale director of rugby Pierre Blanc has re-opened the club-versus-country debate.\n\nSale host Bath on Friday, but the Frenchman has endured a "hard month" with six players away.';

  it("gives the partial quotation to the named person", () => {
    expect(speakerOf(directQuotes(body), "hard month")).toBe("Pierre Blanc");
  });

  it("gives none with the rule off", () => {
    expect(
      speakerOf(directQuotes(body, switchOff("quotes.clause-described-person")), "hard month"),
    ).toBeNull();
  });

  it("gives none when the description stands for no named person", () => {
    const text =
      'Rugby\n\nSale host Bath on Friday, but the coach has endured a "hard month" with six players away.';
    expect(speakerOf(directQuotes(text), "hard month")).toBeNull();
  });
});

describe("a role and a verb before a headline's words stand for the person the lead opens on", () => {
  const headlined = (text: string, switches: StepSwitches = ALL_STEPS) => {
    const r = buildArticle("news/001.txt", text);
    if (!r.ok) throw new Error(r.reason);
    return extractQuotes(r.article, buildActorModel([r.article], switches), switches);
  };
  const text =
    "Bank boss hails 'genius' Brand\n\nHarbour Reserve chairman Alan Green has given a speech at a church in honour of the economist, Adam Brand.\n\nHe delivered the lecture in Kirkby.";

  it("gives the headline's words to the lead's person", () => {
    expect(speakerOf(headlined(text), "genius")).toBe("Alan Green");
  });

  it("gives them to no one with the rule off", () => {
    expect(speakerOf(headlined(text, switchOff("quotes.headline-role-lead-person")), "genius")).toBeNull();
  });

  it("gives them to no one when the lead opens on no styled person", () => {
    const plain = text.replace(
      "Harbour Reserve chairman Alan Green has",
      "On Monday, Alan Green, who chairs the reserve, has",
    );
    expect(speakerOf(headlined(plain), "genius")).toBeNull();
  });
});

describe("a quotation in a possessive speech noun's complement is the owner's", () => {
  const body =
    'Union warning\n\nUnion chief Dan Pratt said the party faced a hard fight. He warned voters would not be moved by Mr Hale\'s promise to produce an "utterly new" election manifesto.';

  it("gives it to the owner, not the clause's speaker", () => {
    expect(speakerOf(directQuotes(body), "utterly new")).toBe("Hale");
  });

  it("gives it to the clause's speaker with the rule off", () => {
    expect(speakerOf(directQuotes(body, switchOff("quotes.possessive-speech-noun")), "utterly new")).toBe(
      "Dan Pratt",
    );
  });
});
