// Documents as speakers, session 23 (issue #13, s23-doc-switches.ts), on invented text: a
// document that says something speaks for the author the article ties to it, and with the switch
// off it does not.
import { describe, expect, it } from "vitest";
import { switchOff } from "../../src/analysis/steps.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

const OFF = switchOff("quotes.document-source-tie");

describe("a document with its sender in an apposition speaks for the sender", () => {
  const body =
    'Toll rise delayed\n\nMinisters have written to three harbour owners about the new toll rules, the Liberal Democrats said.\n\nThe letter, from the Department for Transport, says: "We intend to review the charges before the summer."';

  it("is the sender", () => {
    expect(speakerOf(directQuotes(body), "We intend")).toBe("Department for Transport");
  });

  it("is not the sender with the switch off", () => {
    expect(speakerOf(directQuotes(body, OFF), "We intend")).not.toBe("Department for Transport");
  });
});

describe("a statement right after someone's quoted words is theirs", () => {
  const body =
    'Pier closure row\n\nThe pier will stay shut all summer, its owners have confirmed.\n\nA Marlow Pier Company spokeswoman rejected the criticism, insisting: "Safety comes first." The statement added: "We will reopen as soon as the repairs are signed off."';

  it("is the spokeswoman", () => {
    expect(speakerOf(directQuotes(body), "We will reopen")).toBe("A Marlow Pier Company spokeswoman");
  });

  it("is the statement with the switch off", () => {
    expect(speakerOf(directQuotes(body, OFF), "We will reopen")).toBe("The statement");
  });
});

describe("a statement the article says a body issued speaks for that body", () => {
  const body =
    'Ferry delays\n\nFerry operator Brightsea said in a statement that it regretted the delays on its island routes. Passenger group Ferrywatch called the service "a disgrace".\n\nThe statement added: "New vessels will join the fleet next spring."';

  it("is the body", () => {
    expect(speakerOf(directQuotes(body), "New vessels")).toBe("Brightsea");
  });

  it("is another body with the switch off", () => {
    expect(speakerOf(directQuotes(body, OFF), "New vessels")).not.toBe("Brightsea");
  });
});

describe("his or her document speaks for its writer", () => {
  const body =
    'Boat hull for hire\n\nA fisherman from Cornwall is selling space on his boat\'s hull to advertisers.\n\nCarl Benton says the money will pay for a new engine. His sales pitch adds: "Be part of the biggest floating billboard in Europe."';

  it("is the writer", () => {
    expect(speakerOf(directQuotes(body), "Be part")).toBe("Carl Benton");
  });

  it("is the document with the switch off", () => {
    expect(speakerOf(directQuotes(body, OFF), "Be part")).toBe("His sales pitch");
  });
});

describe("a court submission speaks for the one suing", () => {
  const body =
    'Singer sues label\n\nThe singer Mara Kell is suing her former label for £2m in a claim filed at the High Court.\n\nThe legal submission described Kell as "the most gifted vocalist of her generation".';

  it("is the one suing", () => {
    expect(speakerOf(directQuotes(body), "the most gifted")).toMatch(/Mara Kell$/);
  });

  it("is the document with the switch off", () => {
    expect(speakerOf(directQuotes(body, OFF), "the most gifted")).toBe("The legal submission");
  });
});

describe("a titled document the article calls a body's report speaks for the body", () => {
  const body =
    'Exports pick up\n\nExports rose in most regions last month, the Coastal Trade Board said in its quarterly Harbour Index report.\n\n"Orders for machinery were strongest in the north," the Harbour Index said.';

  it("is the body", () => {
    expect(speakerOf(directQuotes(body), "Orders for machinery")).toBe("Coastal Trade Board");
  });

  it("is the title with the switch off", () => {
    expect(speakerOf(directQuotes(body, OFF), "Orders for machinery")).not.toBe("Coastal Trade Board");
  });
});

describe("'with a spokesperson saying' after a body's act is the body's spokesperson", () => {
  const body =
    'Lighthouse tolls stay\n\nShipowners had asked for the charges to be dropped.\n\nThe Harbour Board defended the tolls, with a spokesperson saying: "The lights must be paid for."';

  it("is the spokesperson", () => {
    expect(speakerOf(directQuotes(body), "The lights")).toBe("a spokesperson");
  });

  it("is the body with the switch off", () => {
    const off = switchOff("quotes.with-spokesperson-saying");
    expect(speakerOf(directQuotes(body, off), "The lights")).toBe("Harbour Board");
  });
});
