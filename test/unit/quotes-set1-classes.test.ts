// Speaker classes left on BBC study set 1 and recurring over the study sets (issue #13), on
// invented text: each rule's own sentences, and the same sentences with its switch off.
import { describe, expect, it } from "vitest";
import { switchOff } from "../../src/analysis/steps.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

describe("a verb of manner after its subject closes the tag", () => {
  const body =
    'Critics hail young striker\n\nThe daily Norte Hoy was full of praise for the home side. "Tomas did things on Sunday which were worthy of a legend," the paper beams, adding, "What a player, what a vision!" Coach Ivan Rossi was pleased. "We won the game," Mr Rossi grinned, adding that the team was tired.';

  it("is no part of the speaker, and its participle gives the next quotation the same speaker", () => {
    const qs = directQuotes(body);
    expect(speakerOf(qs, "Tomas did")).toBe("Norte Hoy");
    expect(speakerOf(qs, "What a player")).toBe("Norte Hoy");
    expect(speakerOf(qs, "We won")).toBe("Ivan Rossi");
  });

  it("is swallowed into the speaker with the switch off", () => {
    const qs = directQuotes(body, switchOff("quotes.tag-x-manner-verb"));
    expect(speakerOf(qs, "Tomas did")).not.toBe("Norte Hoy");
    expect(speakerOf(qs, "What a player")).not.toBe("Norte Hoy");
  });
});

describe("a body shown to be a newspaper at an earlier mention is 'the paper'", () => {
  const body =
    'Press reacts to the derby\n\nMarea refers in passing to the crowd. The Norte newspaper blames the referee. "It was a disgrace," the paper says. Marea\'s headline says it all: "A night of shame." And like Norte, Marea criticises the coach. "The players were worthy of better," the paper says.';

  it("is that body, not the paper named as one before it", () => {
    expect(speakerOf(directQuotes(body), "The players")).toBe("Marea");
  });

  it("is the paper named as one with the switch off", () => {
    const qs = directQuotes(body, switchOff("quotes.paper-any-mention"));
    expect(speakerOf(qs, "The players")).not.toBe("Marea");
  });
});

describe("a role with its acronym in brackets before a name", () => {
  const body =
    'Regulator backs broadband plan\n\nThe regulator has welcomed the new plan. Mobile network operator (MNO) Tellex.net also backed the proposals saying "we will be entirely happy if the regulator accepts them".';

  it("is the name, the subject of the participle", () => {
    expect(speakerOf(directQuotes(body), "we will be")).toBe("Tellex.net");
  });

  it("is the role with the switch off", () => {
    const qs = directQuotes(body, switchOff("quotes.role-acronym-name"));
    expect(speakerOf(qs, "we will be")).not.toBe("Tellex.net");
  });
});

describe("a determiner and modifiers before an organisation's name", () => {
  const body =
    'Bloggers plan day of protest\n\nBloggers are being asked to back a jailed writer. The year-old Committee for Free Voices is asking those with blogs to mark 3 May as "Free Speech Day". The newly formed Alliance of Small Brewers says the tax is "a disaster". A spokesman for the Grain Board said it was "fair".';

  it("is the organisation, not the words up to the name's first link", () => {
    const qs = directQuotes(body);
    expect(speakerOf(qs, "Free Speech")).toBe("Committee for Free Voices");
    expect(speakerOf(qs, "a disaster")).toBe("Alliance of Small Brewers");
    expect(speakerOf(qs, "fair")).not.toBe("Grain Board");
  });

  it("is the words as written with the switch off", () => {
    const qs = directQuotes(body, switchOff("quotes.modified-organisation-name"));
    expect(speakerOf(qs, "Free Speech")).not.toBe("Committee for Free Voices");
    expect(speakerOf(qs, "a disaster")).not.toBe("Alliance of Small Brewers");
  });
});

describe("a name with a participle of praise before a partial quotation", () => {
  const body =
    'Plaudits for the hosts\n\nMore plaudits are given to the home team, with Ivo Marsh lauding the manner in which "Calder beat Westmoor with order and quality". The paper adds that the win was deserved. Critics were also kind, with Dana Oyelaran extolling the way "the young keeper stood firm".';

  it("is the participle's subject ('laud', 'extol' are verbs of stance)", () => {
    const qs = directQuotes(body);
    expect(speakerOf(qs, "Calder beat")).toBe("Ivo Marsh");
    expect(speakerOf(qs, "the young keeper")).toBe("Dana Oyelaran");
  });

  it("is no one with the reported-only verbs switched off", () => {
    const qs = directQuotes(body, switchOff("quotes.reported-more-verbs"));
    expect(speakerOf(qs, "Calder beat")).toBeNull();
  });
});

describe("an owner's document on a topic, a time between them", () => {
  const body =
    "Report attacks dossier\n\nLord Marsh's report earlier this year into the agency said the council's flood dossier did not make clear that evidence was \"very thin\". Meanwhile the minister said the plans were sound.";

  it("is the owner's, not the topic's", () => {
    expect(speakerOf(directQuotes(body), "very thin")).toBe("Lord Marsh");
  });

  it("is not the owner's with the switch off", () => {
    const qs = directQuotes(body, switchOff("quotes.document-owner-topic"));
    expect(speakerOf(qs, "very thin")).not.toBe("Lord Marsh");
  });
});

describe('"continues to" before a quotation opening on a verb', () => {
  const body =
    'Adverts answer report\n\nCalder Holdings has launched adverts against a Westmoor Times report. In the adverts, the company says the report continues to "needlessly spread fear among patients".';
  const cueOf = (qs: ReturnType<typeof directQuotes>) => qs.find((q) => q.text.startsWith("needlessly"))?.cue;

  it("is no cue: the verb of saying before it speaks", () => {
    const qs = directQuotes(body);
    expect(speakerOf(qs, "needlessly")).toBe("Calder Holdings");
    expect(cueOf(qs)).toBe("says");
  });

  it("is the cue with the switch off", () => {
    expect(cueOf(directQuotes(body, switchOff("quotes.continue-to-verb")))).toBe("continues");
  });
});

describe("a body's minutes", () => {
  const body =
    'Rates held at Westmoor bank\n\nThe Bank of Westmoor kept interest rates on hold this month. Its nine-member committee voted to keep rates at 4.75%. The Bank\'s minutes said that risks to the forecast were "sufficiently to the downside" to keep rates on hold. However, the minutes added: "Some members noted that an increase might be warranted."';

  it("are a document speaking for the body ('minutes' is a document head)", () => {
    const qs = directQuotes(body);
    expect(speakerOf(qs, "sufficiently")).toBe("Bank of Westmoor");
    expect(speakerOf(qs, "Some members")).toBe("Bank of Westmoor");
  });
});

describe("a parliamentary committee named in lowercase words", () => {
  const body =
    'MPs attack farm payments\n\nFarm payments should be cut, says a new MPs\' report. The influential Commons farming select committee was responding to new rules issued this summer. The committee said the rules had not reflected "public disquiet" over the payments.';

  it('is "the committee"', () => {
    expect(speakerOf(directQuotes(body), "public disquiet")).toBe("Commons farming select committee");
  });

  it("is no one named with the rule off", () => {
    const qs = directQuotes(body, switchOff("quotes.lowercase-committee"));
    expect(speakerOf(qs, "public disquiet")).not.toBe("Commons farming select committee");
  });
});

describe("an apposition with an acronym in brackets after a name opening on 'However,'", () => {
  const body =
    'Union attacks investment plan\n\nThe government has opened the housing sector to foreign investment. However, Ravi Sundaram, general secretary of the Federation of Westmoor Trade Unions (FWTU), said allowing investment is compromising Westmoor\'s own "self reliance".';

  it("is read past to the name", () => {
    expect(speakerOf(directQuotes(body), "self reliance")).toBe("Ravi Sundaram");
  });

  it("stops the reading with the switch off", () => {
    const qs = directQuotes(body, switchOff("quotes.apposition-bracketed-acronym"));
    expect(speakerOf(qs, "self reliance")).toBeNull();
  });
});

describe("a closing tag opening on a role in lowercase words before the name", () => {
  const body =
    'Band bassist exits group\n\nGlass Harbour had "no other course of action" but to ask their bassist to leave the band, lead singer Tom Bellamy has said. The band is touring.';

  it("speaks for the quotation the sentence runs on past", () => {
    expect(speakerOf(directQuotes(body), "no other course")).toBe("Tom Bellamy");
  });

  it("is no tag with the switch off", () => {
    const qs = directQuotes(body, switchOff("quotes.tail-tag-role-name"));
    expect(speakerOf(qs, "no other course")).toBeNull();
  });
});

describe("a lawsuit", () => {
  const body =
    'Music firm sued over player\n\nA Westmoor man has sued Calder Music over its digital player. Westmoor resident Tom Reed filed the suit in the district court and is seeking damages. "Calder has turned an open standard into a trap," the lawsuit says. Calder Music declined to comment.';

  it("speaks for the one who filed it", () => {
    expect(speakerOf(directQuotes(body), "Calder has turned")).toBe("Tom Reed");
  });

  it("is the lawsuit with the rule off", () => {
    const qs = directQuotes(body, switchOff("quotes.lawsuit-filer"));
    expect(speakerOf(qs, "Calder has turned")).not.toBe("Tom Reed");
  });
});

describe('"questioned" right before a quotation', () => {
  const body =
    'Institute attacks TV news\n\nThe Westmoor Film Institute has published its annual list of media moments. The WFI also questioned "the long-term viability of evening news broadcasts", in the light of online news.';

  it("is a verb of saying: its subject speaks", () => {
    expect(speakerOf(directQuotes(body), "the long-term")).toBe("Westmoor Film Institute");
  });
});
