// Speaker classes found on BBC study set 14 (issue #13), on invented text: each rule's own
// sentences, and the same sentences with its switch off.
import { describe, expect, it } from "vitest";
import { switchOff } from "../../src/analysis/steps.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

describe("a person named after the he/she's own speech verb is not the he/she", () => {
  const body =
    'Mayor stands by deputy\n\nMayor Colin Tarrant has spoken about his deputy for the first time.\n\nDeputy mayor Owen Pryce quit last week after an audit of the parking contract. "I did nothing wrong," Mr Pryce said in a statement. He said Mr Pryce\'s honesty was not in doubt: "He asked for the audit himself."';

  it("is the speaker before, not the person the clause names", () => {
    expect(speakerOf(directQuotes(body), "He asked for")).toBe("Colin Tarrant");
  });

  it("is the person the clause names with the switch off", () => {
    const qs = directQuotes(body, switchOff("quotes.pronoun-not-named-after-verb"));
    expect(speakerOf(qs, "He asked for")).toBe("Owen Pryce");
  });
});

describe("the person a fronted question names is asked about, not the one who answers", () => {
  const body =
    'Row over deputy should end - Tarrant\n\nMayor Colin Tarrant said it was time to draw a line under the row surrounding Owen Pryce.\n\nThe Greens have called for a second inquiry into the contract. An audit found a "chain of errors" linked Mr Pryce to the deal. Mr Tarrant said he still admired Mr Pryce.\n\nIn his first comments since the audit, Mr Tarrant told the Courier he had not yet read it. But told the Courier: "We have drawn a line under that."\n\nAsked if Mr Pryce could return to the council at some point, he replied: "I have made my admiration for Owen very clear."';

  it("is the speaker before, not the person asked about", () => {
    expect(speakerOf(directQuotes(body), "I have made")).toBe("Colin Tarrant");
  });

  it("is the person asked about with the switch off", () => {
    const qs = directQuotes(body, switchOff("quotes.topic-asked-question"));
    expect(speakerOf(qs, "I have made")).toBe("Owen Pryce");
  });
});

describe("a speech noun after a past verb is its object; its agent after 'from' owns the quotation", () => {
  const body =
    'Mayor hits back at critics\n\nMayor Colin Tarrant has defended his record on the town\'s roads.\n\nThe mayor brushed off claims from Green leader Tom Ames that he ran a "shabby council". He said the roads budget had doubled: "We have done more than any council before us."';

  it("gives the term to the claims' author, and the next he/she to the sentence's subject", () => {
    const qs = directQuotes(body);
    expect(speakerOf(qs, "shabby council")).toBe("Tom Ames");
    expect(speakerOf(qs, "We have done")).toBe("Colin Tarrant");
  });

  it("lets the he/she go on from the claims' author with the switch off", () => {
    const qs = directQuotes(body, switchOff("quotes.speech-noun-not-history"));
    expect(speakerOf(qs, "We have done")).toBe("Tom Ames");
  });

  it("reads no verb-and-particle as a speaker's name", () => {
    const qs = directQuotes(body.replace("claims from Green leader Tom Ames that", "claims that"));
    expect(speakerOf(qs, "shabby council")).not.toMatch(/brushed off/);
  });
});

describe("a sentence with a clause of its own and a speech verb with its own subject is no tag", () => {
  const body =
    'Town drops parking fees\n\nParking will be free in the town centre from May.\n\n"This is a victory for shoppers," said Ada Greer, head of the Traders Guild. "Now people will come back to the high street." The change will have no effect on the cost of permits for residents, the council has said.';

  it("leaves the quotation to the speaker before", () => {
    expect(speakerOf(directQuotes(body), "Now people will")).toBe("Ada Greer");
  });

  it("reads the sentence as its tag with the switch off", () => {
    const qs = directQuotes(body, switchOff("quotes.tag-own-subject-after-clause"));
    expect(speakerOf(qs, "Now people will")).not.toBe("Ada Greer");
  });
});

describe("a body named 'Chambers of …' is an organisation", () => {
  const body =
    'Traders back late opening\n\nShops in Kettleby will stay open until nine on Thursdays.\n\nTown manager Ruth Ames said the idea came from shoppers. The Northern Chambers of Trade welcomed the plan. "It is good news for everyone," it said.';

  it("is the 'it' that speaks after it", () => {
    expect(speakerOf(directQuotes(body), "It is good news")).toBe("Northern Chambers of Trade");
  });
});

describe("an age before any lower-case head describes a person", () => {
  const body =
    'Singer plans quieter life\n\nSinger Lola Brandt says her new tour will be her last.\n\nThe 52-year-old hitmaker told reporters she wanted to "write for other people" from now on.';

  it("is the one person named before it", () => {
    expect(speakerOf(directQuotes(body), "write for other")).toMatch(/Lola Brandt$/);
  });

  it("is not that person with the step off", () => {
    // (session 37's description-sole-named reads the same person from the sentence before: off too)
    const off = switchOff(
      "quotes.sole-person-description",
      "quotes.description-focus",
      "quotes.description-sole-named",
    );
    expect(speakerOf(directQuotes(body, off), "write for other")).not.toMatch(/Lola Brandt$/);
  });
});

describe("a speech verb coordinated after a closing tag has the tag's speaker", () => {
  const body =
    'Chef closes restaurant\n\nTV chef Marco Bellini is to close his London restaurant.\n\n"I will still be cooking," he said, but added that he was "tired of the long nights". "It was good while it lasted," said Dora Finch, and insisted the menu was "never better".';

  it("is the he/she or the name of the tag before", () => {
    const qs = directQuotes(body);
    expect(speakerOf(qs, "tired of the")).toBe("Marco Bellini");
    expect(speakerOf(qs, "never better")).toBe("Dora Finch");
  });

  it("is no one with the step off", () => {
    const qs = directQuotes(body, switchOff("quotes.coordination-after-tag"));
    expect(speakerOf(qs, "tired of the")).toBeNull();
  });
});

describe("a name in apposition to a role, followed by 'of' and a place or body", () => {
  const body =
    'Treaty talks go on\n\nTalks on the fishing treaty have been slow.\n\nBut the chairman of the working party, Ambassador Lars Hedqvist of Iceland, warned that there was "still a lot to do".';

  it("is the name before 'of'", () => {
    expect(speakerOf(directQuotes(body), "still a lot")).toMatch(/Lars Hedqvist$/);
  });

  it("is no one with the switch off", () => {
    // (session 43's apposition-described-name reads a name before "of" too: off with it)
    const qs = directQuotes(
      body,
      switchOff("quotes.apposition-name-of-place", "quotes.apposition-described-name"),
    );
    expect(speakerOf(qs, "still a lot")).toBeNull();
  });
});
