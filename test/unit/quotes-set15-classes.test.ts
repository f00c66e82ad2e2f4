// Speaker classes found on BBC study set 15 (issue #13), on invented text: each rule's own
// sentences, and the same sentences with its switch off.
import { describe, expect, it } from "vitest";
import { switchOff } from "../../src/analysis/steps.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

describe('"continue to" and a verb is no speech verb', () => {
  const body =
    'Mill sold at auction\n\nA small firm has bought the main unit of paper group Harlow at auction.\n\nHarlow said the buyer had bought itself trouble. "The buyer has a serious headache," said Harlow spokesman Peter Vance. He said the company would continue to make "every lawful move" to keep the mill.';

  it("leaves the quotation to the speaker who said it", () => {
    expect(speakerOf(directQuotes(body), "every lawful move")).toBe("Peter Vance");
  });

  it("gives it to the company with the switch off", () => {
    const qs = directQuotes(body, switchOff("quotes.continue-to-verb"));
    expect(speakerOf(qs, "every lawful move")).toBe("Harlow");
  });

  it('keeps "he continued" as a tag', () => {
    const qs = directQuotes(`${body} "We will fight on," he continued.`);
    expect(speakerOf(qs, "We will fight on")).toBe("Peter Vance");
  });
});

describe("a capitalised adverb opening the sentence is no subject", () => {
  const body =
    'Web guide turns ten\n\nThe web guide was set up by two students in a trailer.\n\nLocally dubbed "Pete\'s Paper Shop" the firm took its new name in 1996. Its founder Ted Amis is proud. "It has been a great ride," he said.';

  it("gives a name after it no speaker", () => {
    expect(speakerOf(directQuotes(body), "Pete's Paper Shop")).toBeNull();
  });

  it("takes the adverb for a speaker with the switch off", () => {
    const qs = directQuotes(body, switchOff("quotes.front-adverb-subject"));
    expect(speakerOf(qs, "Pete's Paper Shop")).toBe("Locally");
  });
});

describe("a name, a verb of no saying and a colon before a statement", () => {
  const body =
    'Folk record tops charts\n\nSinger Ted Morgan has topped the charts for a third week.\n\nThe album sold well, with Sound Monthly magazine describing it as "a cross between folk and punk". Ted Morgan himself was at a loss to explain the record\'s success: "I suppose people like a sad song."';

  it("introduce the statement as the name's", () => {
    expect(speakerOf(directQuotes(body), "I suppose")).toBe("Ted Morgan");
  });

  it("leave it to the quotation before with the rule off", () => {
    const qs = directQuotes(body, switchOff("quotes.subject-colon"));
    expect(speakerOf(qs, "I suppose")).toBe("Sound Monthly magazine");
  });

  it("do not hand on words put to the name", () => {
    const asked = body.replace(
      "himself was at a loss to explain the record's success:",
      "was asked by fans about the record's success:",
    );
    expect(speakerOf(directQuotes(asked), "I suppose")).not.toBe("Ted Morgan");
  });
});

describe("a name after through/via/to is no subject of the participle after it", () => {
  const body =
    'Vidal plays down move\n\nStriker Tomas Vidal has played down talk of a move to Lisbon.\n\nBefore the story broke, Vidal had moved to calm the reports, issuing a statement through Norwood describing the talk as "flattering". "I am happy here," he said.';

  it("leaves the words to the sentence's subject", () => {
    expect(speakerOf(directQuotes(body), "flattering")).toBe("Tomas Vidal");
  });

  it("gives them to the name with the switch off", () => {
    const qs = directQuotes(body, switchOff("quotes.participle-not-after-channel"));
    expect(speakerOf(qs, "flattering")).toBe("Norwood");
  });

  it('keeps "footage of a name asking"', () => {
    const qs = directQuotes(
      'Clip goes viral\n\nA clip has spread online.\n\nIt shows footage of Ann Vale asking, "Where is the money?"',
    );
    expect(speakerOf(qs, "Where is the money")).toBe("Ann Vale");
  });
});

describe("a headline the sentence puts in a newspaper", () => {
  const body =
    'Prince told to say sorry\n\nFormer MP Lord Amble said the prince should apologise.\n\nHe added: "I would send him away." A photograph appears in the Daily Echo under the headline: "Ted the Sad." Mr Cole later said: "It was a joke."';

  it("is the paper's", () => {
    expect(speakerOf(directQuotes(body), "Ted the Sad")).toBe("Daily Echo");
  });

  it("goes to the speaker before with the rule off", () => {
    const qs = directQuotes(body, switchOff("quotes.headline-colon"));
    expect(speakerOf(qs, "Ted the Sad")).toBe("Lord Amble");
  });

  it("is left alone with no paper in the sentence", () => {
    const none = body.replace("in the Daily Echo ", "online ");
    expect(speakerOf(directQuotes(none), "Ted the Sad")).not.toBe("Daily Echo");
  });
});

describe("an office named for a role", () => {
  const body =
    'Pay scandal in Westland\n\nWestland says fraud in its farm ministry has cost it millions.\n\nPrime Minister Joseph Amani, who came to office last year, said those found guilty would be punished.\n\nThe prime minister\'s office said auditors had found "irregularities in the pay of some staff". It added that the staff "appear to have been overpaid".';

  it("is a body named as written, for its tag and the it after it", () => {
    const qs = directQuotes(body);
    expect(speakerOf(qs, "irregularities")).toBe("The prime minister's office");
    expect(speakerOf(qs, "appear to have")).toBe("The prime minister's office");
  });

  it("is the role's holder taken for an organisation with the switch off", () => {
    const qs = directQuotes(body, switchOff("quotes.role-office"));
    expect(speakerOf(qs, "irregularities")).toBe("Prime Minister Joseph Amani");
  });
});

describe('"the … chief" the model links to no one', () => {
  const body =
    'Hale exit saga to drag on\n\nDunmore chairman Peter Ashby says he does not expect a quick end to the saga of captain Tom Hale\'s move.\n\n"It came as a shock to us," admitted Ashby. "He just fancies a challenge."\n\nAshby also said he understood why other clubs were so keen on Hale. "It would be a great loss for us," said the Rovers chief.';

  it("is the person the sentence before opens on", () => {
    expect(speakerOf(directQuotes(body), "It would be a great loss")).toBe("Peter Ashby");
  });

  it("stays unnamed with the switch off", () => {
    const qs = directQuotes(body, switchOff("quotes.chief-description-subject"));
    expect(speakerOf(qs, "It would be a great loss")).toBe("the Rovers chief");
  });

  it("stays unnamed when no person opens the sentence before", () => {
    const none = body.replace(
      "Ashby also said he understood why other clubs were so keen on Hale.",
      "Other clubs are keen on the player.",
    );
    expect(speakerOf(directQuotes(none), "It would be a great loss")).not.toBe("Peter Ashby");
  });
});
