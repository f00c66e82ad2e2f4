// Speaker classes found on BBC study set 5 (issue #13), on invented text: each rule's own
// sentences, and the same sentences with the rule switched off, where the speaker goes wrong.
import { describe, expect, it } from "vitest";
import { ALL_STEPS, type StepSwitches, switchOff } from "../../src/analysis/steps.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

const quotes = (body: string, switches: StepSwitches = ALL_STEPS) => directQuotes(body, switches);

describe("quotation paragraphs run into one sentence after reported speech", () => {
  const text = [
    'Council leader Tom Hale said: "We keep too much paper."',
    "",
    'Rita Ode, the archives officer, said: "Old files matter." Records must be kept for ten years unless they are useless, said Ms Ode.',
    "",
    '"If in doubt, keep it; that has always been the rule in the council. Only a file of no use may go. "But nobody may destroy a file to hide it."',
  ].join("\n");

  it("gives each quotation the reporter of the sentence before", () => {
    const qs = quotes(text);
    expect(speakerOf(qs, "If in doubt")).toBe("Rita Ode");
    expect(speakerOf(qs, "But nobody")).toBe("Rita Ode");
  });

  it("leaves them without a speaker with the rule off", () => {
    // (inverted-reported-history, session 18, puts "said Ms Ode." in the history too: both off)
    const qs = quotes(text, switchOff("quotes.merged-quote-sentence", "quotes.inverted-reported-history"));
    expect(speakerOf(qs, "If in doubt")).toBeNull();
  });
});

describe("a document with an indefinite article, named for its author", () => {
  const text = [
    'The International Federation of Rowing Clubs will appeal against the ruling, its president Ola Berg said. An IFRC statement said: "The panel got the facts wrong."',
    "",
    'Mr Berg added: "We will win in the end."',
  ].join("\n");

  it("speaks for the organisation the model holds", () => {
    expect(speakerOf(quotes(text), "The panel")).toBe("International Federation of Rowing Clubs");
  });

  it("stays a description with the rule off", () => {
    const qs = quotes(text, switchOff("quotes.indefinite-document-author"));
    expect(speakerOf(qs, "The panel")).not.toBe("International Federation of Rowing Clubs");
  });
});

describe("a word given in brackets after a full name", () => {
  const text = [
    'The ban was lifted by the Nordic Sailing Union (Nosu) last month. Nosu said the appeal was "expected".',
    "",
    'Its chairman Per Holm said: "We will wait for the verdict."',
  ].join("\n");

  it("stands for that name", () => {
    expect(speakerOf(quotes(text), "expected")).toBe("Nordic Sailing Union");
  });

  it("stays the short word with the rule off", () => {
    expect(speakerOf(quotes(text, switchOff("quotes.bracketed-abbreviation")), "expected")).toBe("Nosu");
  });
});

describe("a description whose modifier is a word of an organisation's name", () => {
  const text = [
    "Presenter Lou Bank will leave Harbour Radio 4 in May, and Dee Marsh takes over the breakfast show.",
    "",
    '"Nobody can replace Lou," said the radio station. Its head, Ian Cole, said: "We wish him well."',
  ].join("\n");

  it("stands for that name", () => {
    expect(speakerOf(quotes(text), "Nobody can replace")).toBe("Harbour Radio 4");
  });

  it("goes elsewhere with the rule off", () => {
    const qs = quotes(text, switchOff("quotes.org-by-modifier"));
    expect(speakerOf(qs, "Nobody can replace")).not.toBe("Harbour Radio 4");
  });
});

describe("he/she after a sentence opening on someone's spokesman", () => {
  const text = [
    'Ministers plan to close 40 rural post offices. Ann Kerr, the minister, said: "It is a hard choice."',
    "",
    'On Tuesday, Peter Lomax\'s official spokesman refused to say whether the mayor agreed. He said: "We will study the plan first."',
  ].join("\n");

  it("is the spokesman, not the person whose spokesman it is", () => {
    expect(speakerOf(quotes(text), "We will study")).toBe("Peter Lomax's official spokesman");
  });

  it("goes to the person named with the rule off", () => {
    const qs = quotes(text, switchOff("quotes.possessed-spokesperson"));
    expect(speakerOf(qs, "We will study")).not.toBe("Peter Lomax's official spokesman");
  });
});

describe("a document noun opening the subject without a comma", () => {
  const text = [
    'Search firm Boxly Inc has added a BookLink button to its toolbar. Critics at Webwatch said the button was "a bad idea".',
    "",
    'In a statement Boxly said the tool was still a trial and that the firm wanted feedback. It said: "Users can switch BookLink off."',
  ].join("\n");

  it("is the name after the document noun", () => {
    expect(speakerOf(quotes(text), "Users can switch")).toBe("Boxly Inc");
  });

  it("goes elsewhere with the rule off", () => {
    expect(speakerOf(quotes(text, switchOff("quotes.document-opener")), "Users can switch")).not.toBe(
      "Boxly Inc",
    );
  });
});

describe("a quotation that is the predicate of the name before it", () => {
  const text = [
    "The data watchdog is looking into the deleted files.",
    "",
    'Hana Rudd "strongly condemned" the loss of the records, and Leo Sharp of the archive board called it "a scandal".',
  ].join("\n");

  it("is the name's", () => {
    expect(speakerOf(quotes(text), "strongly condemned")).toBe("Hana Rudd");
  });

  it("has no speaker with the rule off", () => {
    expect(speakerOf(quotes(text, switchOff("quotes.name-predicate")), "strongly condemned")).not.toBe(
      "Hana Rudd",
    );
  });
});

describe("a quotation predicate of a name, with a description in the tag after it", () => {
  const text = [
    "Storms closed three airports at the weekend, and flights were cut across the north.",
    "",
    'Skyhop "sincerely regrets the delays to all our passengers," the budget carrier said in a statement.',
  ].join("\n");

  it("is the name's", () => {
    expect(speakerOf(quotes(text), "sincerely regrets")).toBe("Skyhop");
  });

  it("goes to the description with the rule off", () => {
    const qs = quotes(text, switchOff("quotes.name-predicate-over-description"));
    expect(speakerOf(qs, "sincerely regrets")).not.toBe("Skyhop");
  });
});
