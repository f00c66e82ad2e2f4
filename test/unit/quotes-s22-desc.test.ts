// Session 22's description and role-tag classes (issue #13), on invented text: each rule's own
// sentences, and the same sentences with its switch off.
import { describe, expect, it } from "vitest";
import { switchOff } from "../../src/analysis/steps.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

describe("a bare role after an inverted tag's verb is the speaker, not the body named before", () => {
  const body =
    'Kestrel sales climb\n\nKestrel sales rose in March, according to figures from the Harbour Trade Board (HTB).\n\nThe HTB said the rise was driven by a "strong" month for exports. "This rounds off a good quarter for the region," said chairman of the HTB\'s audit panel. "We expect the pace to hold through the summer."';

  it("is the role and its body, for both parts of the quotation", () => {
    const qs = directQuotes(body);
    expect(speakerOf(qs, "This rounds off")).toBe("chairman of the HTB's audit panel");
    expect(speakerOf(qs, "We expect")).toBe("chairman of the HTB's audit panel");
  });

  it("is the body the sentence before opens on with the switch off", () => {
    const qs = directQuotes(body, switchOff("quotes.tag-said-bare-role-of"));
    expect(speakerOf(qs, "This rounds off")).toBe("Harbour Trade Board");
  });
});

describe("an indefinite role the next sentence names after the same role noun is that person", () => {
  const judge =
    'Late bars blamed for rowdy streets\n\nCouncils want licensing hours reviewed.\n\nOn Monday a judge said cheap late drinking was creating "weekend mayhem" in market towns. Judge Ellen Varga made her comments as she fined four men for fighting outside a club.';
  const spokeswoman =
    'Union rally planned\n\nThe Harbour Workers Union is holding a rally on Friday. But a spokeswoman insisted the event was "not a strike". "We want talks, not a walkout," HWU spokeswoman Dr Rina Holt said of the rally.';

  it("is the name the role opens in the next sentence's subject or tag", () => {
    expect(speakerOf(directQuotes(judge), "weekend mayhem")).toBe("Ellen Varga");
    expect(speakerOf(directQuotes(spokeswoman), "not a strike")).toBe("Rina Holt");
  });

  it("stays the role as written with the switch off", () => {
    const off = switchOff("quotes.indefinite-role-named-next");
    expect(speakerOf(directQuotes(judge, off), "weekend mayhem")).toBe("a judge");
    expect(speakerOf(directQuotes(spokeswoman, off), "not a strike")).toBe("a spokeswoman");
  });
});

describe("an age description in a paragraph about someone of the other sex is not the man named before", () => {
  // (the corpus lost the new paragraph's name, a link in the source: it opens on the verb)
  const body =
    'Varga edges sprint\n\nTomas Varga held on to win the men\'s 200m title in Leeds. "I was tired at the end," said Varga. Newcomer\n\ntook the women\'s 400m title in 51.9 seconds. "I knew I could win it," said the 19-year-old.';

  it("stays the description", () => {
    const qs = directQuotes(body);
    expect(speakerOf(qs, "I was tired")).toBe("Tomas Varga");
    expect(speakerOf(qs, "I knew")).toBe("the 19-year-old");
  });

  it("is the man named before with the switch off", () => {
    const qs = directQuotes(body, switchOff("quotes.description-other-thread"));
    expect(speakerOf(qs, "I knew")).toBe("Tomas Varga");
  });
});

describe("a description is whom its possessive took up, not the person it owns", () => {
  const body =
    "Hale 'rejected' pirate role\n\nLate film star Victor Hale is said to have repeatedly turned down his best-known role in Harbour Lights.\n\nThe actor's friend Sam Ortiz told Film Weekly that Hale's agent suggested he read the script. The actor repeatedly refused, throwing the script at her and saying: \"I will never play a pirate\". But Hale, who died last year, eventually took the part.";

  it("is the star, not his friend", () => {
    expect(speakerOf(directQuotes(body), "I will never")).toBe("Victor Hale");
  });

  it("is the friend with the switch off", () => {
    const qs = directQuotes(body, switchOff("quotes.description-possessive-owner"));
    expect(speakerOf(qs, "I will never")).toBe("Sam Ortiz");
  });
});

describe("an office after a he/she for the one person named before is not tied to that person", () => {
  const body =
    'Drummer back on stage\n\nDrummer Leo Marsh has played his first show since his arrest.\n\nOn Monday Marsh faced assault charges in court, which he denies. He is out on bail and the judge agreed to lift his curfew for the night.\n\nThe band played for two hours. On Monday, the judge said any further requests would have to be "truly exceptional".';

  it("stays the office", () => {
    expect(speakerOf(directQuotes(body), "truly exceptional")).toBe("the judge");
  });

  it("is the person named before with the switch off (and session 45's drummer-is-no-judge rule)", () => {
    const qs = directQuotes(body, switchOff("quotes.office-tied-not-pronoun", "quotes.office-tie-roles"));
    expect(speakerOf(qs, "truly exceptional")).toBe("Leo Marsh");
  });
});

describe("a body's own role closing a sentence is the person the next sentence opens on by full name", () => {
  const body =
    'Kestrel bidder in talks with port\n\nKestrel Holdings bosses have held "friendly and useful" talks with the Harbour Port Authority, its chief has said.\n\nMaria Lindqvist met port director Owen Pryce amid talk the firm may raise its offer.';

  it("is the person named next", () => {
    expect(speakerOf(directQuotes(body), "friendly and useful")).toBe("Maria Lindqvist");
  });

  it("stays the role with the switch off", () => {
    const qs = directQuotes(body, switchOff("quotes.own-role-named-next"));
    expect(speakerOf(qs, "friendly and useful")).toBe("its chief");
  });
});
