// Error classes session 37 found (BBC study sets), on invented text.
import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/analysis/quotes/index.ts";
import { buildArticle } from "../../src/corpus/article.ts";
import { directQuotes, speakerOf, speakerOnOff } from "../helpers/quotes.ts";

describe("an office after sentences that name no one", () => {
  const body =
    'Harbours\n\nNew rules for small harbours were unveiled by Maren Tollef.\n\nThe rules include a weekly inspection. The harbour minister said the rules would be "fair to everyone".';

  it("takes up the one person named before them, speaker or not", () => {
    expect(speakerOnOff(body, "fair to", "quotes.office-sole-named-back")).toEqual([
      "Maren Tollef",
      "The harbour minister",
    ]);
  });

  it("takes up no one when two people are named there", () => {
    const two = body.replace("by Maren Tollef", "by Maren Tollef and Oskar Brede");
    expect(speakerOf(directQuotes(two), "fair to")).toBe("The harbour minister");
  });
});

describe("a person the article already called by one office", () => {
  const body =
    'Harbours\n\nNew rules were unveiled by Maren Tollef.\n\nThe rules include a weekly inspection. The fisheries secretary said they would be "fair". Ms Tollef was joined in Bergen by Oskar Brede. Ms Tollef said she wanted "safer quays". The prime minister said the rules were "long overdue".';

  it("does not hold another office; the other person named just before does", () => {
    expect(speakerOnOff(body, "long overdue", "quotes.office-held-other")).toEqual([
      "Oskar Brede",
      "Maren Tollef",
    ]);
  });

  it("still holds an office the article gives before her name", () => {
    const titled = body.replace("Ms Tollef was joined", "Prime Minister Maren Tollef was joined");
    expect(speakerOf(directQuotes(titled), "long overdue")).toBe("Maren Tollef");
  });
});

describe("a plural noun after a preposition and a name", () => {
  const reportedSpeakers = (body: string) => {
    const a = buildArticle("x/001.txt", body);
    if (!a.ok) throw new Error(a.reason);
    return extractQuotes(a.article)
      .filter((q) => q.kind === "reported")
      .map((q) => q.speakerText);
  };

  it("is no reporting verb with the name as its subject", () => {
    const body =
      "Harbours\n\nA Harbour Party spokesman said the party avoided owners on HPA lists when calling about fees. The rules are new.";
    expect(reportedSpeakers(body)).not.toContain("HPA");
    expect(reportedSpeakers(body)).toContain("A Harbour Party spokesman");
  });

  it("leaves a name that holds the preposition ('Citizens for Harbour Justice warns')", () => {
    const body = "Harbours\n\nCitizens for Harbour Justice warns that the fees will rise. The rules are new.";
    expect(reportedSpeakers(body).join(" ")).toContain("Harbour Justice");
  });
});

describe("a joint subject with 'both' before its reporting verb", () => {
  it("is the reported speech's speaker", () => {
    const a = buildArticle(
      "x/001.txt",
      "Harbours\n\nThe Greens and the Harbour Party both say the new fees are unfair to small boats. The rules are new.",
    );
    if (!a.ok) throw new Error(a.reason);
    const reported = extractQuotes(a.article).filter((q) => q.kind === "reported");
    expect(reported.map((q) => q.speakerText)).toContain("The Greens and the Harbour Party");
  });
});

describe("an office after a sentence opening on a capitalised common word", () => {
  const body =
    'Harbours\n\nMr Dan Rowe spoke on Monday.\n\nIdeas already floated include cutting fees, although some in the party are urging Mr Rowe to go further. As the party leader declared, the aim is "a real divide" with the rivals.';

  it("takes up the person named there, the word naming no one", () => {
    expect(speakerOnOff(body, "a real divide", "quotes.office-past-unknown-word")).toEqual([
      "Dan Rowe",
      "the party leader",
    ]);
  });

  it("takes up no one when that sentence's subject is two people joined by 'nor'", () => {
    const joint = body.replace(
      "Ideas already floated include cutting fees, although some in the party are urging Mr Rowe to go further.",
      "Neither Mr Rowe nor Mr Ferris would say how they would cut fees.",
    );
    expect(speakerOf(directQuotes(joint), "a real divide")).toBe("the party leader");
  });
});

describe("post-nominal letters after a speaker's name", () => {
  it("are no part of the name: the quotation goes to the person the article names", () => {
    const body =
      'Harbours\n\nMaren Tollef has backed the harbour plan. "It is a good day for the town," said Maren Tollef MSP. "We will win."';
    const q = directQuotes(body).find((x) => x.text.startsWith("It is a good day"))!;
    expect(q.speakerName).toBe("Maren Tollef");
    expect(q.speakerId).toBeTruthy();
  });
});

describe("a tag phrase naming all of an organisation whose first word reads as a title", () => {
  it("is that organisation, not the name after the title", () => {
    const body =
      'Laptops\n\nThe Zed 4 laptop was named best buy by PC Pro magazine this week. A good basic machine that, according to PC Pro, has "superb upgrade potential". Shops sell it for £399.';
    expect(speakerOnOff(body, "superb upgrade", "quotes.whole-phrase-organisation")).toEqual([
      "PC Pro",
      "Pro",
    ]);
  });
});

describe("a lower-case job, a name and 'of' an organisation before the verb", () => {
  it("gives the words to the named person, not the organisation", () => {
    const body =
      'Ports\n\nHarbour shares rose on Monday. "The market likes the deal," analyst Tomas Brede of Harbour Securities said. Trading was heavy.';
    expect(speakerOf(directQuotes(body), "The market likes")).toBe("Tomas Brede");
  });

  it("leaves a phrase that opens on 'the' to the organisation rules", () => {
    const body =
      'Ports\n\nOn Thursday, Ann Vale from the Port Authority of Harwick told the panel that "there is no need" for the levy. The panel met again on Friday.';
    expect(speakerOf(directQuotes(body), "there is no need")).toBe("Ann Vale");
  });
});

describe("a name of capitals linked by 'of' after 'the'", () => {
  it("is one organisation's name, not the place after 'of'", () => {
    const body =
      'Steel\n\nThe United Harbourworkers of America said the ruling was "a gross denial of due process". The union will appeal.';
    expect(speakerOf(directQuotes(body), "a gross denial")).toBe("United Harbourworkers of America");
  });
});

describe("'the <place> Democrat' as a tag", () => {
  const body =
    'Airlines\n\nThe issue was aired at a hearing of a House subcommittee whose chairman, Rep. Carla Dunmore, called the record "pathetic."\n\n"It strikes me as odd," said the Illinois Democrat, "that so few pilots are women."';

  it("is the member the sentence before names, not a name 'Illinois Democrat'", () => {
    expect(speakerOnOff(body, "It strikes me", "quotes.description-sole-named")).toEqual([
      "Carla Dunmore",
      "Illinois Democrat",
    ]);
  });

  it("takes up no one when the sentence before names two people", () => {
    const two = body.replace("Rep. Carla Dunmore,", "Rep. Carla Dunmore, and her deputy Rep. Tom Ashe,");
    expect(speakerOf(directQuotes(two), "It strikes me")).not.toBe("Carla Dunmore");
  });
});

describe("a titled name 'of' a place before the verb", () => {
  it("is the person, past capitalised titles the model reads no name in", () => {
    const body =
      'Trade\n\nThe sanctions won praise today. "We will fight it," Senate Democratic Leader Robert Byrne of West Virginia said. Talks go on.';
    expect(speakerOnOff(body, "We will fight", "quotes.of-place-given-name-tail")).toEqual([
      "Robert Byrne",
      "West Virginia",
    ]);
  });
});

describe("a he/she after an anonymous source whose words name a body's deed", () => {
  it("goes to the source, the body being no he or she", () => {
    const body =
      'Banks\n\nA senior official at one of four banks said the ministry told his bank it would give approval soon. "We expect the ministry to give us permission by April," he said.';
    expect(speakerOnOff(body, "We expect the ministry", "quotes.pronoun-past-other-gender")).toEqual([
      "A senior official at one of four banks",
      null,
    ]);
  });
});

describe("a name opening on dotted initials", () => {
  it("is a person the model holds, so a he after it is that person", () => {
    const body =
      'Banks\n\nThe bank was led by A.W. Clawson, who said the loans were sound. "We will be repaid," he said.';
    expect(speakerOf(directQuotes(body), "We will be repaid")).toBe("A.W. Clawson");
  });
});

describe("a body's name run on into a title and a person's name", () => {
  it("names the person, not the body", () => {
    const body =
      'Farms\n\nExports will rise this year. "We expect a record harvest," said U.S. Department of Agriculture Deputy Administrator William Banner.';
    expect(speakerOf(directQuotes(body), "We expect a record")).toBe("William Banner");
  });
});

describe("a name, then an office in capitals running on to a body and its bracketed initials", () => {
  it("is the named person, not the body's last words", () => {
    const body =
      'Funds\n\nRamon Dalisay, Chairman of the Presidential Commission on Good Government (PCGG) told reporters: "There is every reason to believe the funds were hidden."';
    expect(speakerOnOff(body, "There is every reason", "quotes.role-chain-capital-office")).toEqual([
      "Ramon Dalisay",
      "Chairman of the Presidential Commission on Good Government",
    ]);
  });
});

describe("a capitalised run with no given name, then a given name and a surname", () => {
  it("names the person: the titles and the body before are no part of the name", () => {
    const body =
      'Gold\n\nThe tax would hurt the market, Australian Treasurer Paul Keeting said on Monday. "It is a bad tax," Keeting said. Harbour Bank Vice-President David Knoxley agreed. "It will fail," Knoxley said.';
    const qs = directQuotes(body);
    expect(speakerOf(qs, "It is a bad tax")).toBe("Paul Keeting");
    expect(speakerOf(qs, "It will fail")).toBe("David Knoxley");
  });
});
