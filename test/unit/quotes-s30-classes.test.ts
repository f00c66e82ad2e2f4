// Error classes study set 60 showed, on invented text: a question's opening word taken as the
// speaker, "I'd" read as a name, "the magazine" given to a product named since the magazine, and a
// possessor kept in a person's name when "The" opens the sentence.
import { describe, expect, it } from "vitest";
import { switchOff } from "../../src/analysis/steps.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

describe("a question's opening word is no speaker", () => {
  it("leaves the quoted word of a reader's question unattributed", () => {
    const body =
      'Singer wins award\n\nJoss Carter won the prize on Monday. How can she be "urban" if she grew up on a farm? Nonsense, wrote one reader.';
    expect(speakerOf(directQuotes(body), "urban")).toBeNull();
  });

  it("still gives a name opening a sentence its quotation", () => {
    const body = 'Singer wins award\n\nJoss Carter won the prize. Carter called the win "a dream".';
    expect(speakerOf(directQuotes(body), "a dream")).toBe("Joss Carter");
  });
});

describe("a first-person contraction is a pronoun, never a name", () => {
  it("gives no speaker named I'd", () => {
    const body =
      'Letters\n\nMany readers wrote in. I\'d say that an attack is a "when" not an "if" question, wrote Ann Lowe.';
    for (const q of directQuotes(body)) expect(q.speakerName).not.toBe("I'd");
  });
});

describe("said the magazine: the body the article introduced by that kind", () => {
  const body =
    'Laptop tops list\n\nThe Zentec Notebook 100 has been chosen as the best gadget ever by US magazine Pocket Tech.\n\nThe list also names the Ardent Radio and the Corvo Camera. "We looked for things you can carry," said the magazine.';

  it("gives the magazine's quotation to the magazine, not the product named since", () => {
    expect(speakerOf(directQuotes(body), "We looked")).toBe("Pocket Tech");
  });

  it("falls back to the latest body named with the switch off", () => {
    expect(speakerOf(directQuotes(body, switchOff("quotes.body-kind-first")), "We looked")).not.toBe(
      "Pocket Tech",
    );
  });

  it("keeps a generic kind (club) with the latest body named, not a rival introduced as a club", () => {
    const clubs =
      'Takeover talks\n\nRival club Northfield Rovers has asked fans to stay calm. Southport Athletic has received a bid from Ray Dunn. "We will consider any offer," the club said.';
    expect(speakerOf(directQuotes(clubs), "We will consider")).toBe("Southport Athletic");
  });
});

describe("an opening The before a possessor and a person's name", () => {
  it("gives the person's own name, not the possessor's words with it", () => {
    const body =
      'Succession bill\n\nThe bill would end the rule. The Wessex Society\'s Ravi Mistry said the change was "long overdue".';
    expect(speakerOf(directQuotes(body), "long overdue")).toBe("Ravi Mistry");
  });
});

describe("a quoted nickname between a given name and a surname", () => {
  const body =
    'Snooker stars\n\nThe best player never to win the title - Danny "the Comet" Harlow - has admitted missing lessons. "We loved the game," Mr Harlow said.\n\nMusic boss Marcus "MJ" Ferrant, chairman of Arlo Records, praised the band. "They are great," said Ferrant.';

  it("gives a later surname the full name around the nickname", () => {
    const qs = directQuotes(body);
    expect(speakerOf(qs, "We loved")).toBe("Danny Harlow");
    expect(speakerOf(qs, "They are great")).toBe("Marcus Ferrant");
  });

  it("gives the nickname itself no speaker", () => {
    const qs = directQuotes(body);
    expect(speakerOf(qs, "the Comet")).toBeNull();
    expect(speakerOf(qs, "MJ")).toBeNull();
  });

  it("leaves the surname alone with the switch off", () => {
    const qs = directQuotes(body, switchOff("quotes.nickname-full-name"));
    expect(speakerOf(qs, "We loved")).toBe("Harlow");
  });
});
