// Speaker classes found on BBC study set 17 (issue #13), on invented text: each rule's own
// sentences, and the same sentences with its switch off.
import { describe, expect, it } from "vitest";
import { switchOff } from "../../src/analysis/steps.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

describe("a relative named by the given name after a bare possessive apostrophe", () => {
  const body =
    'Fair tickets to carry photos\n\nTickets for the Marlow Fair will carry photos, organiser Dennis Fauls said.\n\n"There is only one way to buy them," he said. When the plan was floated, Mr Fauls\' daughter Nora said it would be "a big step for the fair" if it worked.';

  it("takes the family's surname", () => {
    expect(speakerOf(directQuotes(body), "a big step")).toBe("Nora Fauls");
  });

  it("is the given name alone with the switch off", () => {
    // set 19's plural-possessive-word keeps "Fauls'" one word, which reads the kin noun too
    const off = switchOff("quotes.kin-bare-possessive", "quotes.plural-possessive-word");
    expect(speakerOf(directQuotes(body, off), "a big step")).toBe("Nora");
  });
});

describe("a kin noun in apposition gives a person of unknown given name a gender", () => {
  const body =
    "Row threatens Moreau gallery\n\nPlans for a gallery for the painter Luc Moreau are stalling.\n\nThe studio in Lyon has been moved once. Now Mr Dalle wants the city to move it to the old town, where Moreau grew up. Mirel Moreau, the painter's stepsister, said the family still hoped the painter would be honoured with a square named after him. \"That's something my uncle really wanted,\" she said.";

  it("is the stepsister who goes on with she", () => {
    expect(speakerOf(directQuotes(body), "That's something")).toBe("Mirel Moreau");
  });

  it("is the man of the same surname with the switch off", () => {
    const qs = directQuotes(body, switchOff("actors.coref-apposition-gender"));
    expect(speakerOf(qs, "That's something")).not.toBe("Mirel Moreau");
  });
});

describe("a role noun that only owns the apposition's head is another person's role", () => {
  const body =
    'Guitarist opens club\n\nGuitarist Jon Weller is to open a music club in Hale.\n\nMirel Dane, the guitarist\'s stepsister, said the plans were ready. "We start in May," the guitarist told reporters.';

  it("gives the role to the person the article named with it", () => {
    expect(speakerOf(directQuotes(body), "We start")).toBe("Jon Weller");
  });

  it("gives it to the stepsister with the switch off", () => {
    const qs = directQuotes(body, switchOff("actors.coref-role-not-owner"));
    expect(speakerOf(qs, "We start")).toBe("Mirel Dane");
  });
});

describe("the person a quotation reports words said to", () => {
  const body =
    "Coach poised for Rovers\n\nHale Rovers are set to unveil Tom Birch as their new coach.\n\nBirch left Hale Town last month. Town chairman Karl Jensen said he was \"let down\". According to Jensen, Birch promised he would not join their rivals. \"I said to Tom 'do not go to Rovers', and he told me 'never',\" he said.";

  it("is not the speaker of the he/she tag", () => {
    expect(speakerOf(directQuotes(body), "I said to Tom")).toBe("Karl Jensen");
  });

  it("is the speaker with the switch off", () => {
    const qs = directQuotes(body, switchOff("quotes.addressee-in-quote"));
    expect(speakerOf(qs, "I said to Tom")).toBe("Tom Birch");
  });
});

describe("a his/her description reporting the lead, named in the next sentence", () => {
  const body = [
    'Mayor Jon Hale will balance the town budget "with room to spare", according to his former finance adviser.',
    "",
    "Once one of Mr Hale's closest aides, Ed Lane hinted at a tax cut in May. He said the town was doing well.",
  ].join("\n");

  it("is the person named next, not the one 'his' takes up", () => {
    expect(speakerOf(directQuotes(body), "with room")).toBe("Ed Lane");
  });

  it("stays the unnamed adviser with the switch off", () => {
    const qs = directQuotes(body, switchOff("quotes.lead-owned-description"));
    expect(speakerOf(qs, "with room")).toBe("his former finance adviser");
  });
});
