// Speaker classes found on BBC study set 6 (issue #13), on invented text: each rule's own
// sentences, and the same sentences with the rule switched off, where the speaker goes wrong.
import { describe, expect, it } from "vitest";
import { buildActorModel } from "../../src/analysis/actors/index.ts";
import { extractQuotes } from "../../src/analysis/quotes/index.ts";
import { ALL_STEPS, type StepSwitches, switchOff } from "../../src/analysis/steps.ts";
import { buildArticle } from "../../src/corpus/article.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

const quotes = (body: string, switches: StepSwitches = ALL_STEPS) => directQuotes(body, switches);

describe("an indefinite description reporting the lead, named in the next sentence", () => {
  const text = [
    'Country bus services are in a "state of collapse", a transport campaigner has warned.',
    "",
    'Maria Fenwick told a meeting in Leeds that fares had doubled in five years. "Nobody can afford to travel," she said.',
  ].join("\n");

  it("is the person named next", () => {
    expect(speakerOf(quotes(text), "state of collapse")).toBe("Maria Fenwick");
  });

  it("stays an unnamed campaigner with the rule off", () => {
    const qs = quotes(text, switchOff("quotes.lead-description-ahead"));
    expect(speakerOf(qs, "state of collapse")).toBe("a transport campaigner");
  });

  it("is nobody named later when someone is named before it", () => {
    const before = text.replace("Country bus services", "Ann Pike says country bus services");
    expect(speakerOf(quotes(before), "state of collapse")).not.toBe("Maria Fenwick");
  });
});

describe("single-quoted words in a headline", () => {
  const headlined = (title: string, body: string, switches: StepSwitches = ALL_STEPS) => {
    const r = buildArticle("news/001.txt", `${title}\n\n${body}`);
    if (!r.ok) throw new Error(r.reason);
    return extractQuotes(r.article, buildActorModel([r.article], switches), switches).filter(
      (q) => q.kind !== "reported",
    );
  };
  const body = [
    "The novelist Clara Holt has criticised the way newspapers review first books.",
    "",
    'Ms Holt said most reviews were written in an afternoon. "They are lazy and they are cruel," she said.',
  ].join("\n");

  it("go to the person the title names before them with a verb", () => {
    expect(speakerOf(headlined("Holt attacks 'lazy' reviews", body), "lazy")).toBe("Clara Holt");
  });

  it("go to the person named after them with a dash", () => {
    expect(speakerOf(headlined("Book reviews 'lazy and cruel' - Holt", body), "lazy and cruel")).toBe(
      "Clara Holt",
    );
  });

  it("go to the body's speaker of the same words", () => {
    expect(speakerOf(headlined("Reviews are 'lazy and cruel'", body), "lazy and cruel")).toBe("Clara Holt");
  });

  it("go to the reporter of the first sentence", () => {
    const lead = [
      "Bus users could see fares double under plans to cut subsidies, a committee of MPs has warned.",
      "",
      'Its chairman Tom Reddy said: "Nobody is listening to us."',
    ].join("\n");
    expect(speakerOf(headlined("Fares 'could double'", lead), "could double")).toBe("a committee of MPs");
  });

  it("stay no one's when neither title nor lead says who spoke", () => {
    const plain =
      'A row has broken out over the new role of wardens in the town.\n\nWardens began work on Monday. "We keep the peace," one warden said.';
    expect(speakerOf(headlined("Row over 'police' wardens", plain), "police")).toBeNull();
  });

  it("are not found with the rule off", () => {
    const qs = headlined("Holt attacks 'lazy' reviews", body, switchOff("quotes.headline-quote"));
    expect(qs.some((q) => q.text === "lazy")).toBe(false);
  });
});

describe("names read whole before a speech verb", () => {
  it("keeps a middle initial with no full stop after a known first name", () => {
    const text = 'Shares rose. Peter A Lindqvist, head of Norvik Steel, said the deal "changes everything".';
    expect(speakerOf(quotes(text), "changes everything")).toBe("Peter A Lindqvist");
  });

  it("gives a job, a name with particles and its firm to the person", () => {
    const text = 'Retail analyst Lena van der Berg of Hollis Capital called the figures "a shock".';
    expect(speakerOf(quotes(text), "a shock")).toBe("Lena van der Berg");
  });

  it("gives a name with lower-case words before its firm to the person", () => {
    const text = 'Tom Reddy of campaign group Fair Fares said: "Nobody listens to us."';
    expect(speakerOf(quotes(text), "Nobody listens")).toBe("Tom Reddy");
  });

  it("reads a name's own exclamation mark as part of it", () => {
    const text = 'The web firm Zoomly! said the outage was "regrettable".';
    expect(speakerOf(quotes(text), "regrettable")).toBe("Zoomly");
  });
});

describe("a verb of manner before its speaker in a tag", () => {
  const text =
    'The index rose again. "You can call it a bonus," smiles one trader. "Let us see how long it lasts."';

  it("gives the quotation and the next to that speaker", () => {
    const qs = quotes(text);
    expect(speakerOf(qs, "You can call")).toBe("one trader");
    expect(speakerOf(qs, "Let us see")).toBe("one trader");
  });

  it("finds no speaker with the rule off", () => {
    expect(speakerOf(quotes(text, switchOff("quotes.tag-manner-verb-x")), "You can call")).toBeNull();
  });

  it("is no tag before a thing", () => {
    const thing = 'He read the card. "Welcome home," smiles the banner over the door.';
    expect(speakerOf(quotes(thing), "Welcome home")).not.toBe("the banner over the door");
  });
});

describe("he after a quotation, when the sentence before opens on someone's aide", () => {
  const text = [
    'Governor Leon Marsh spoke on Monday. In a radio address, Governor Marsh\'s chief aide said the tax was "unavoidable".',
    "",
    '"The state has no other way to pay its debts," he said.',
  ].join("\n");

  it("is the aide, not the governor", () => {
    expect(speakerOf(quotes(text), "The state has")).toBe("Governor Marsh's chief aide");
  });

  it("is the governor with the rule off", () => {
    const qs = quotes(text, switchOff("quotes.possessed-spokesperson"));
    expect(speakerOf(qs, "The state has")).toBe("Leon Marsh");
  });
});

describe("two coordinated terms before a passive's agent", () => {
  const text = 'The mayor\'s plan has been called "reckless" and "unworkable" by the Harbour Traders Guild.';

  it("gives both terms to the agent", () => {
    const qs = quotes(text);
    expect(speakerOf(qs, "reckless")).toBe("Harbour Traders Guild");
    expect(speakerOf(qs, "unworkable")).toBe("Harbour Traders Guild");
  });

  it("gives neither with the rule off", () => {
    const qs = quotes(text, switchOff("quotes.tag-passive-agent"));
    expect(speakerOf(qs, "reckless")).not.toBe("Harbour Traders Guild");
    expect(speakerOf(qs, "unworkable")).not.toBe("Harbour Traders Guild");
  });
});

describe("a role in a place, then the name in apposition, before the verb", () => {
  const text =
    'The council met. "We are outraged," the festival organiser in Leeds, Mary Stone, told the BBC.';

  it("is the named person, not the place", () => {
    expect(speakerOf(quotes(text), "We are outraged")).toBe("Mary Stone");
  });

  it("is not the person with the role-for-place rule off", () => {
    expect(speakerOf(quotes(text, switchOff("quotes.role-for-place")), "We are outraged")).not.toBe(
      "Mary Stone",
    );
  });
});

describe("a month right after a known given name is a surname", () => {
  it("names the person whole, and she is that person", () => {
    const text =
      'Labour MSP Joanna May said the minister had been "very clever". "He knew the answer he would get," she said.';
    const qs = quotes(text);
    expect(speakerOf(qs, "very clever")).toBe("Joanna May");
    expect(speakerOf(qs, "He knew")).toBe("Joanna May");
  });

  it("leaves a month after other words a date", () => {
    const text = 'The vote was held in May. Rita Ode said: "We won in May and we will win again."';
    expect(speakerOf(quotes(text), "We won")).toBe("Rita Ode");
  });
});

describe("a tag quoting someone as saying", () => {
  const text =
    'Fares rose. "We need cheaper fuel," the Courier quoted Harbour Air chief executive Tom Reddy as saying.';

  it("is the one quoted", () => {
    expect(speakerOf(quotes(text), "We need")).toBe("Tom Reddy");
  });

  it("is not with the rule off", () => {
    expect(speakerOf(quotes(text, switchOff("quotes.tag-quoted-as-saying")), "We need")).not.toBe(
      "Tom Reddy",
    );
  });
});

describe("a quotation as the predicate of an anonymous source", () => {
  const text =
    'The striker was said to have left the club. A club spokesman "strongly denied" the reports on Monday.';

  it("is the source's words", () => {
    expect(speakerOf(quotes(text), "strongly denied")).toMatch(/club spokesman/i);
  });

  it("has no speaker with the rule off", () => {
    expect(speakerOf(quotes(text, switchOff("quotes.name-predicate")), "strongly denied")).toBeNull();
  });
});
