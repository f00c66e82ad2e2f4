// Speaker-name classes found in session 25 (issue #13, BBC study sets 36-55), on invented text:
// each rule's own sentences, and the same sentences with its switch off.
import { describe, expect, it } from "vitest";
import { switchOff } from "../../src/analysis/steps.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

describe("two named people or bodies who say it in one text speak together", () => {
  const letter =
    'Mill to close\n\nThe Harbour Mill will close next month, its owners have said.\n\n"We tried every way to keep the mill open," Harbour chief executive Ann Roe and finance director Ivo Brandt said in a letter to staff. "We are deeply sorry."';

  it("is both names, for the tag's quotation and the one after it", () => {
    const qs = directQuotes(letter);
    expect(speakerOf(qs, "We tried every way")).toBe("Ann Roe and Ivo Brandt");
    expect(speakerOf(qs, "We are deeply sorry")).toBe("Ann Roe and Ivo Brandt");
  });

  it("is the last name alone with the switch off", () => {
    const qs = directQuotes(letter, switchOff("quotes.joint-named-speakers"));
    expect(speakerOf(qs, "We tried every way")).toBe("Ivo Brandt");
  });

  it("holds for two bodies' joint statement and an inverted tag", () => {
    const bodies =
      'Port plan rejected\n\nThe plan for a new port was rejected by the Kestrel Trust on Monday.\n\nThe Kestrel Trust and the Harbour Council said in a joint statement: "This plan was never going to work."';
    expect(speakerOf(directQuotes(bodies), "This plan")).toBe("Kestrel Trust and Harbour Council");
    const inverted =
      'Mill to close\n\nThe Harbour Mill will close next month.\n\n"We tried every way to keep the mill open," said Ann Roe and Ivo Brandt in a joint statement.';
    expect(speakerOf(directQuotes(inverted), "We tried every way")).toBe("Ann Roe and Ivo Brandt");
  });

  it("needs the pair to open the clause: an object and a new subject are not joined", () => {
    const object =
      'Cup draw\n\nKettleby were drawn against Harbour City.\n\nCoach Ann Roe praised Ivo Brandt and Tessa Lind wrote that she was "thrilled" with the draw.';
    expect(speakerOf(directQuotes(object), "thrilled")).not.toBe("Ivo Brandt and Tessa Lind");
  });

  it("needs one text: words two people said alike stay no one's", () => {
    const alike =
      'Port plan rejected\n\nThe plan for a new port was rejected by the Kestrel Trust on Monday.\n\nThe Kestrel Trust and the Harbour Council said: "This plan was never going to work."';
    expect(speakerOf(directQuotes(alike), "This plan")).toBeNull();
  });
});

describe("a document speaks for the owner its own phrase names", () => {
  const head =
    "Port plan rejected\n\nThe plan for a new port at Kettleby was rejected on Monday by Ivo Brandt, the minister. The Kestrel Trust opposed it.\n\n";
  const OFF = switchOff("quotes.document-owner-in-phrase");

  it("is the body whose website holds it, in an inverted tag", () => {
    const body = `${head}"Never feed the seals," says the advice on the Kestrel Trust's website.`;
    expect(speakerOf(directQuotes(body), "Never feed")).toBe("Kestrel Trust");
    expect(speakerOf(directQuotes(body, OFF), "Never feed")).not.toBe("Kestrel Trust");
  });

  it("is the body for its website and for 'the Trust's latest report'", () => {
    const site = `${head}The Kestrel Trust website said: "The port would destroy the bay."`;
    expect(speakerOf(directQuotes(site), "The port would")).toBe("Kestrel Trust");
    expect(speakerOf(directQuotes(site, OFF), "The port would")).not.toBe("Kestrel Trust");
    const own = `${head}The Trust's latest statement said: "The port would destroy the bay."`;
    expect(speakerOf(directQuotes(own), "The port would")).toBe("Kestrel Trust");
  });

  it("needs a name: a website no one is named for leaves the document as written", () => {
    const place = `${head}"Never feed the seals," says the advice on the harbour website.`;
    expect(speakerOf(directQuotes(place), "Never feed")).toBe("the advice");
  });
});

describe("a body's national branch keeps its whole name", () => {
  const body =
    'Detainees freed\n\nFour men were freed on Monday in the UK.\n\nHarbour Watch International UK questioned whether the decision rested on "secret evidence".';

  it("is the branch, an organisation, not the country", () => {
    expect(speakerOf(directQuotes(body), "secret evidence")).toBe("Harbour Watch International UK");
  });

  it("is cut with the switch off", () => {
    const off = switchOff("quotes.national-branch-name");
    expect(speakerOf(directQuotes(body, off), "secret evidence")).not.toBe("Harbour Watch International UK");
  });

  it("leaves a person's name alone", () => {
    const person = body.replace("Harbour Watch International UK", "Ivo Brandt");
    expect(speakerOf(directQuotes(person), "secret evidence")).toBe("Ivo Brandt");
  });
});

describe("a verb-like word between a place and a role before a name modifies the role", () => {
  const body =
    'Archive opens\n\nThe county archive opened its doors on Monday.\n\n"It is a treasure house," said Kettleby state archivist Ann Roe.';

  it("is the name at the end", () => {
    expect(speakerOf(directQuotes(body), "It is a treasure")).toBe("Ann Roe");
  });

  it("is the place with the switch off", () => {
    const off = switchOff("quotes.verb-like-role-modifier");
    expect(speakerOf(directQuotes(body, off), "It is a treasure")).toBe("Kettleby");
  });
});
