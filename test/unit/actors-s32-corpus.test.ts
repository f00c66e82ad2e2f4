// Names the whole-corpus model read worse than one article alone, on invented text: the corpus
// prints their words in lower case elsewhere ("marks", "standard"), or reads them as a person's
// name by shape in most articles and as a body with evidence in one.
import { describe, expect, it } from "vitest";
import { switchOff } from "../../src/analysis/steps.ts";
import { actorAt, corpusModel, model } from "../helpers/actors.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

// An article that prints the words below in lower case, so the corpus takes them for prose.
const prose = (words: string[]) =>
  `Market notes\n\n${words.map((w) => `Traders said the ${w} was up and the ${w} was down.`).join(" ")}`;

describe("a firm named 'A & B' at the start of a sentence", () => {
  const files = {
    "business/001.txt":
      "Prices cut\n\nBishops & Fairley has cut prices across its stores. Analysts said Bishops & Fairley would gain.",
    "business/002.txt": prose(["bishops", "bishops", "bishops"]),
  };

  it("keeps its common first word in the name", () => {
    const { m, doc } = corpusModel(files);
    expect(actorAt(m, doc("business/001.txt"), "Bishops & Fairley")).toBe("Bishops & Fairley");
  });

  it("lost it with the step off", () => {
    const { m, doc } = corpusModel(files, switchOff("actors.sentence-initial-ampersand"));
    expect(actorAt(m, doc("business/001.txt"), "Bishops & Fairley")).toBeNull();
  });
});

describe("a bank's name without its tail, in common words", () => {
  const files = {
    "business/001.txt":
      'Banks to merge\n\nShareholders of Global Trust Bank and the Bank of Kent back a merger. Staff at Global Trust were told on Monday. "It is a good deal," Global Trust said.',
    "business/002.txt": prose(["global", "global", "trust", "trust", "global", "trust"]),
  };

  it("is that bank when the article writes it capitalised mid-sentence", () => {
    const { m, doc } = corpusModel(files);
    expect(actorAt(m, doc("business/001.txt"), "Global Trust", 2)).toBe("Global Trust Bank");
  });

  it("stayed a body of its own with the step off", () => {
    const { m, doc } = corpusModel(files, switchOff("actors.short-form-named-mid-sentence"));
    expect(actorAt(m, doc("business/001.txt"), "Global Trust", 2)).not.toBe("Global Trust Bank");
  });
});

describe("a name read as a person by shape and as a body with evidence", () => {
  const said = (i: number) =>
    `Story ${i}\n\nHarlow Vance said on Monday that sales had risen. Harlow Vance said more was to come.`;
  const files = {
    "media/001.txt": "Magazine story\n\nHarlow Vance magazine reported the news first. Readers wrote in.",
    "media/002.txt": said(2),
    "media/003.txt": said(3),
    "media/004.txt": said(4),
  };
  const kind = (switches?: ReturnType<typeof switchOff>) =>
    corpusModel(files, switches).m.actors.find((a) => a.name === "Harlow Vance")?.kind;

  it("takes the kind the evidence gives", () => {
    expect(kind()).toBe("organization");
  });

  it("took the kind most mentions had with the step off", () => {
    expect(kind(switchOff("actors.kind-by-evidence"))).toBe("person");
  });
});

describe("a name written with a lower-case first letter and a capital after it", () => {
  const body =
    'Auction results\n\nOnline auction firm zQuest had a good year. "Sales rose by a fifth," zQuest said in a statement. Shares in the firm eMerca fell.';

  it("is an organisation the article names", () => {
    const { m, a } = model(body);
    expect(actorAt(m, a, "zQuest", 1)).toBe("zQuest");
    expect(actorAt(m, a, "eMerca")).toBe("eMerca");
  });

  it("speaks the quotation its tag gives it", () => {
    expect(speakerOf(directQuotes(body), "Sales rose")).toBe("zQuest");
  });
});

describe("a common word capitalised mid-sentence before 'magazine'", () => {
  const files = {
    "media/001.txt":
      'Top shows\n\nThe sitcom came first in the Ledger magazine survey. "It is a classic," the magazine said.',
    "media/002.txt": prose(["ledger", "ledger", "ledger"]),
  };

  it("is the magazine's title, though the corpus prints the word in lower case", () => {
    const { m, doc } = corpusModel(files);
    expect(actorAt(m, doc("media/001.txt"), "Ledger")).toBe("Ledger");
  });

  it("was no name with the step off", () => {
    const { m, doc } = corpusModel(files, switchOff("actors.common-word-title"));
    expect(actorAt(m, doc("media/001.txt"), "Ledger")).toBeNull();
  });
});

describe("a name-shaped run before a plural verb", () => {
  const draw = (i: number) =>
    `Cup draw ${i}\n\nHolders Wexley Rovers face Bath. Kestrel Vale beat Leeds on Saturday. "It was a fine win," he said.`;
  const files = {
    "sport/001.txt": "Cup draw\n\nBolton meet Ipswich, while Kestrel Vale were drawn against Leeds.",
    "sport/002.txt": draw(2),
    "sport/003.txt": draw(3),
  };

  it("is a team, here and in the articles that read it as a person by its shape", () => {
    const { m, doc } = corpusModel(files);
    expect(m.actors.find((a) => a.name === "Kestrel Vale")?.kind).toBe("organization");
    expect(actorAt(m, doc("sport/002.txt"), "Kestrel Vale")).toBe("Kestrel Vale");
  });

  it("was a person with the step off", () => {
    const { m } = corpusModel(files, switchOff("actors.plural-verb-body"));
    expect(m.actors.find((a) => a.name === "Kestrel Vale")?.kind).toBe("person");
  });

  it("is still a person after 'and', a role after 'and', a title or an honorific", () => {
    const { m } = model(
      "Squad named\n\nLock Ian Rees and wing Jed Larkin have been named. Mr Tom Harrow were there. Dan Vole and Ben Ash were in Leeds.",
    );
    const kindOf = (name: string) => m.actors.find((a) => a.name === name)?.kind;
    expect(kindOf("Jed Larkin")).toBe("person");
    expect(kindOf("Tom Harrow")).toBe("person");
    expect(kindOf("Ben Ash")).toBe("person");
  });
});

describe("a member of a parliament's abbreviation", () => {
  it("names no body that has those initials elsewhere in the coverage", () => {
    const { m, doc } = corpusModel({
      "music/001.txt": "Band news\n\nMarble Street Poets were named best band. The group toured.",
      "politics/001.txt": "Expenses row\n\nAs an MSP, Mr Dunn signed the motion. He denied any wrong.",
    });
    expect(actorAt(m, doc("politics/001.txt"), "MSP")).toBeNull();
  });
});

describe("a name in apposition to the description a sentence opens on, before 'said'", () => {
  const body =
    "Piracy case\n\nAlex Birch was known online as Mr 2940. A spokesman for the customs service, Dean Royle, said the group did not appear to be motivated by money. Their motive was the kudos of cracking software. He told reporters it was about notoriety.";

  it("is the man a he in the next sentences takes up ('Dean' a given name, not a title)", () => {
    const { m, a } = model(body);
    expect(actorAt(m, a, "Dean Royle")).toBe("Dean Royle");
    expect(actorAt(m, a, "He")).toBe("Dean Royle");
  });

  it("was passed over with the step off", () => {
    const { m, a } = model(body, switchOff("actors.coref-apposed-speaker"));
    expect(actorAt(m, a, "He")).not.toBe("Dean Royle");
  });

  it("leaves 'the Dean of …' an office", () => {
    const { m } = model("College news\n\nThe Dean of Kellow College, Ann Price, said fees would rise.");
    expect(m.actors.some((x) => x.name === "Dean")).toBe(false);
    expect(m.actors.some((x) => x.name === "Ann Price")).toBe(true);
  });
});
