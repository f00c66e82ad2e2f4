// Error classes session 36 found (BBC study sets), on invented text.
import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/analysis/quotes/index.ts";
import { switchOff } from "../../src/analysis/steps.ts";
import { buildArticle } from "../../src/corpus/article.ts";
import { model } from "../helpers/actors.ts";
import { directQuotes, speakerOf, speakerOnOff, speakerWithout } from "../helpers/quotes.ts";

describe("a quotation ending on a passive participle before 'by'", () => {
  const off = "quotes.quoted-participle-not-saying";

  it("gives the words to the sentence's speaker when the agent's deed is no saying", () => {
    const body =
      'Ferries\n\nSmall harbours are hard to keep open when safety breaches are "relentlessly pursued" by port inspectors, said Harwick Line director Mara Quennell. The line runs four boats.';
    expect(speakerOf(directQuotes(body), "relentlessly")).toBe("Mara Quennell");
    expect(speakerWithout(body, "relentlessly", off)).not.toBe("Mara Quennell");
  });

  it("still gives them to the agent of a deed of saying or judging", () => {
    const body =
      'Ferries\n\nThe timetable was "roundly condemned" by the Harwick Passengers Association. The line runs four boats.';
    expect(speakerOf(directQuotes(body), "roundly")).toBe("Harwick Passengers Association");
    const rebuke =
      'Ferries\n\nThe captain was "formally reprimanded" by Elna Storvik. The line runs four boats.';
    expect(speakerOf(directQuotes(rebuke), "formally")).toBe("Elna Storvik");
  });
});

describe("a reporting verb's noun after a graded modifier", () => {
  it("is a noun, so no adjective phrase before it becomes a speaker", () => {
    const report = directQuotes(
      'Ports\n\nMayor Ann Lo published a highly critical report on the "failing" port.',
    );
    expect(speakerOf(report, "failing")).toBe("Ann Lo");
    const statement = directQuotes('Ports\n\nMayor Ann Lo made a most bitter comment on the "failing" port.');
    expect(speakerOf(statement, "failing")).toBe("Ann Lo");
  });

  it("is not read after a pronoun's contraction and 'to' ('he's entirely to blame' keeps its verb)", () => {
    const a = buildArticle(
      "x/001.txt",
      "Senate\n\nSenator Dan Cruse wants peace. His allies bristle at the suggestion that he’s entirely to blame for the bad blood between him and other senators.",
    );
    if (!a.ok) throw new Error(a.reason);
    const reported = extractQuotes(a.article).filter((q) => q.kind === "reported");
    expect(reported.map((q) => q.speakerName)).toContain("Dan Cruse");
  });
});

describe("a he/she after a 'but' clause whose subject spoke earlier in the paragraph", () => {
  const body =
    'Ferries\n\nThe timetable will change, said Mr Quennell. The crews will rest more, he said. Mr Dorne ran the last review but Mr Quennell is running this one. In a break with the past, the line will not publish a daily notice. It will not be a "rolling" timetable either, he said.';

  it("goes on from that subject, not the sentence's opening name", () => {
    expect(speakerOnOff(body, "rolling", "quotes.but-clause-subject-history")).toEqual(["Quennell", "Dorne"]);
    expect(speakerWithout(body, "rolling", "quotes.pronoun-subject-who-spoke")).toBe("Dorne");
  });

  it("leaves the model's choice when that subject had not spoken", () => {
    const silent = body.replace("said Mr Quennell", "said Mr Dorne");
    expect(speakerOf(directQuotes(silent), "rolling")).toBe("Dorne");
  });
});

describe("a lone word the next sentence calls he or she", () => {
  const body =
    'Open\n\nSeeded players went through on Monday. After a slow first set, Varnakova grew in confidence and won in an hour. She will now meet the top seed. "Bring it on," said the 23-year-old. Her match with Varnakova is on Thursday.';

  it("is a person, so a description after it stands for her", () => {
    const kinds = (off?: boolean) =>
      model(body, off ? switchOff("actors.lone-word-he-she-follows") : undefined).m.actors.map(
        (a) => `${a.kind}:${a.name}`,
      );
    expect(kinds()).toContain("person:Varnakova");
    expect(kinds(true)).not.toContain("person:Varnakova");
    expect(speakerOf(directQuotes(body), "Bring")).toBe("Varnakova");
  });

  it("is not when the word is a place or the pronoun is 'it'", () => {
    const place = body.replace(/Varnakova/g, "Melbourne");
    expect(model(place).m.actors.map((a) => `${a.kind}:${a.name}`)).not.toContain("person:Melbourne");
    const it = body.replace("She will now meet", "It will now meet");
    expect(model(it).m.actors.map((a) => `${a.kind}:${a.name}`)).not.toContain("person:Varnakova");
  });
});

describe("'the government' after a party is named", () => {
  const body =
    'Pensions\n\nThe Tories attacked the plan on Monday. The Conservative Party wants a review. The government wanted retirement ages to be "consigned to the past".';

  it("is the government as written, never that party", () => {
    expect(speakerOnOff(body, "consigned", "quotes.government-not-party")).toEqual([
      "The government",
      "Conservative Party",
    ]);
  });
});

describe("a news agency that reports someone 'as saying'", () => {
  const body =
    'Exchange\n\nTalks went on in Frankfurt. "The works council has concerns about the move," the Harbour Wire agency reports a union source as saying. Talks go on.';

  it("passes the words on: the one reported as saying spoke them", () => {
    expect(speakerOnOff(body, "The works council", "quotes.reports-as-saying")).toEqual([
      "a union source",
      "Harbour Wire agency",
    ]);
  });
});

describe("a quoted yes or no naming a side or an answer", () => {
  const body =
    'Referendum\n\n"We will win this," said Foreign Secretary Ann Roe, who along with the rest of the cabinet will back a "yes" vote. The Greens will campaign for a "no" vote.';

  it("has no speaker", () => {
    const qs = directQuotes(body);
    expect(speakerOf(qs, "yes")).toBeNull();
    expect(speakerOf(qs, "We will win")).toBe("Ann Roe");
    expect(speakerWithout(body, "yes", "quotes.yes-no-answer-word")).toBe("Ann Roe");
  });

  it("keeps a spoken no", () => {
    expect(speakerOf(directQuotes('Trial\n\n"No," replied Dan Okoro. He left.'), "No")).toBe("Dan Okoro");
  });
});

describe("a possessor's quoted words before a noun of a measure or programme", () => {
  it("name the measure: the possessor said nothing", () => {
    const body =
      'Budget\n\nThe deficit grew again. Under Ms Farrow\'s "steady growth" rule, debt should stay below 40%. Economists were unsure.';
    expect(speakerOnOff(body, "steady growth", "quotes.possessive-named-measure")).toEqual([null, "Farrow"]);
  });

  it("still gives a possessor their own words", () => {
    const body = 'Budget\n\nThe deficit grew again. Ms Farrow\'s "no comment" angered the unions.';
    expect(speakerOf(directQuotes(body), "no comment")).toBe("Farrow");
  });
});

describe("a stray closing mark after a full stop with no tag", () => {
  const body =
    'Firm turns ten\n\nJerry Lang is proud of the firm. "In one decade, the web has changed everything," he said. Through it all, we wanted to build products people love."\n\nThe firm has 7,600 staff.';

  it("closes words that go on from the paragraph's last quotation, from its own sentence", () => {
    const qs = directQuotes(body);
    expect(speakerOf(qs, "Through it all")).toBe("Jerry Lang");
    expect(qs.find((q) => q.text.startsWith("Through it all"))?.text).toBe(
      "Through it all, we wanted to build products people love.",
    );
    const off = directQuotes(body, switchOff("quotes.stray-mark-goes-on"));
    expect(off.some((q) => q.text.startsWith("Through it all"))).toBe(false);
  });

  it("is not read without a quotation in the sentence before", () => {
    const alone =
      'Firm turns ten\n\nJerry Lang is proud. The firm grew. Through it all, we wanted to build products."';
    expect(directQuotes(alone).some((q) => q.text.startsWith("Through it all"))).toBe(false);
  });
});

describe("an inverted tag after ', too'", () => {
  const body =
    'Web TV\n\nIt could be used for home security, "pet cams", local news services and council TV, too says Harbour Telecom. It plans a trial.';

  it("names its speaker after the verb, not the list before it", () => {
    expect(speakerOf(directQuotes(body), "pet cams")).toBe("Harbour Telecom");
    expect(speakerWithout(body, "pet cams", "quotes.inverted-tag-after-too")).not.toBe("Harbour Telecom");
  });
});

describe("a gerund after a plural noun in a source phrase", () => {
  it("ends the phrase: the source is the noun before it, not the gerund's object", () => {
    const body =
      'Hunting\n\nMr Dunn was told that according to the ministry\'s lawyers chasing away foxes was "not in fact hunting". He left.';
    expect(speakerOf(directQuotes(body), "not in fact")).toBe("the ministry's lawyers");
  });
});

describe("a term in the sentence of a quotation whose opening mark was lost", () => {
  const body =
    'Police plans\n\nThe plans were criticised on Monday.\n\nPolice forces were already "buried" under existing rules and there was little here to reassure them," said Mr Dorne. He left.';

  it("lies inside that quotation: the term is the speaker's", () => {
    expect(speakerOnOff(body, "buried", "quotes.stray-run-term")).toEqual(["Dorne", null]);
  });
});

describe("a plural common noun opening the sentence", () => {
  it("is no clause subject holding a term", () => {
    const body =
      'Visas\n\nThe scheme was closed in May. Inquiries carried out after the closure found 7,000 people had come in as "entrepreneurs". Mr Dunn spoke later.';
    expect(speakerOnOff(body, "entrepreneurs", "quotes.bare-plural-opener-no-name")).toEqual([
      null,
      "Inquiries",
    ]);
  });

  it("still holds one when it names people in a role", () => {
    const body =
      'Tobacco\n\nThe case opened in May. Prosecutors wanted the firms to "disgorge" their profits. The firms deny it.';
    expect(speakerOf(directQuotes(body), "disgorge")).toBe("Prosecutors");
  });
});

describe("a reporting verb's noun after a name run and a modifier", () => {
  it("is a noun ('the Indian Ocean island state'), so the sentence is no tag", () => {
    const body =
      'Currency\n\n"It is above all a question of pride," the Harbour Wire quoted a bank official as saying. "It is symbolic of our independence." The ariary was the name of an old currency in the Indian Ocean island state.';
    expect(speakerOf(directQuotes(body), "It is symbolic")).toBe("a bank official");
  });

  it("is a noun after an adjective and a name ('the famous Kestrel brand'): the spokesman speaks, not the brand", () => {
    const body =
      'Shares\n\nA spokesman for Harbour Goods, which makes the famous Kestrel brand of soap, would not comment on "market speculation". Shares rose.';
    expect(speakerOf(directQuotes(body), "market speculation")).toBe("A spokesman for Harbour Goods");
  });
});

describe("a reporting participle right after a who-clause", () => {
  it("belongs to the name the clause describes, not the sentence's opening subject", () => {
    const body =
      'Derby row\n\nThe club website also reported that Dane Carver, who seemed unrepentant after the match, insisting Holm "would have stayed down longer" if hit, has now apologised. The manager spoke later.';
    expect(speakerOf(directQuotes(body), "would have")).toBe("Dane Carver");
    expect(speakerWithout(body, "would have", "quotes.participle-after-who-clause")).not.toBe("Dane Carver");
  });
});

describe("a who-clause after a 'the <role> of <name>' apposition", () => {
  it("describes the person the apposition describes, not the name in its 'of' phrase", () => {
    const body =
      'Royal row\n\nThe row grew with a comment by his former girlfriend, Princess Anna of Ruritania, the eldest daughter of ex-King Oskar of Ruritania, who said life with him was "politics, politics, politics".';
    expect(speakerOf(directQuotes(body), "politics")).not.toMatch(/Oskar/);
    expect(speakerWithout(body, "politics", "quotes.who-past-of-apposition")).toMatch(/Oskar/);
    const plain =
      'Farm row\n\nMr Dunn spoke to Ann Lee, the daughter of Tom Lee, who said the plan was "rotten".';
    expect(speakerOf(directQuotes(plain), "rotten")).toBe("Ann Lee");
  });
});

describe("'its makers' as a source", () => {
  it("speaks as the organisation named just before", () => {
    const body =
      'Phones\n\nHarbour Telecom launched a phone on Monday. It will be "the best on the market", its makers claim.';
    expect(speakerOnOff(body, "the best", "quotes.its-makers-organisation")).toEqual([
      "Harbour Telecom",
      "its makers",
    ]);
  });
});
