// Pronoun classes of session 25 (issue #13), on invented text: each rule, and the older answer
// with its switch off.
import { describe, expect, it } from "vitest";
import { switchOff } from "../../src/analysis/steps.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

describe("an 'it' goes on from the bare name that spoke just before", () => {
  const tagged =
    'Kettles with screens\n\nThe Harbour Institute tested a dozen new kitchen gadgets this month. The smart kettle from Brevando may win over sceptics. "It is the kind of kettle people want on the counter," said Brevando. "It boils in a minute." "Nobody has made a kettle fun before," it said.';
  const subject =
    'Fishing quotas end\n\nThe Maritime Council is to lift its quotas in March. "Some ports will grow," said council spokesman Dev Arkin.\n\nLaurel Hope has called on shops not to drop local suppliers, in a report out on Monday. It added that many crews would "lose everything they have built" within a year.';

  it("is that name, over an organisation named further back", () => {
    expect(speakerOf(directQuotes(tagged), "Nobody has made")).toBe("Brevando");
    expect(speakerOf(directQuotes(subject), "lose everything")).toBe("Laurel Hope");
  });

  it("is the organisation named further back with the switch off", () => {
    const off = switchOff("quotes.it-last-speaker-body");
    expect(speakerOf(directQuotes(tagged, off), "Nobody has made")).toBe("Harbour Institute");
    expect(speakerOf(directQuotes(subject, off), "lose everything")).toBe("Maritime Council");
  });

  it("is not a person's name nor a word opening a sentence", () => {
    const person =
      'Ports reopen\n\nThe Maritime Council is to lift its quotas. Mr Dev Arkin said the ports were ready. "Some ports will grow," it said.';
    const opener =
      'Ports reopen\n\nThe Maritime Council is to lift its quotas. Harbour demand will stay weak this year. "Some ports will shrink," it said.';
    expect(speakerOf(directQuotes(person), "Some ports")).toBe("Maritime Council");
    expect(speakerOf(directQuotes(opener), "Some ports")).toBe("Maritime Council");
  });
});

describe("a run after a role noun only a person holds is a person's name", () => {
  const body = (name: string, surname: string) =>
    `Unsure future for ${surname}\n\nHarbourside winger ${name} does not know whether he will play in the final on Sunday.\n\n${surname} was left out of the squad last week. He told a local paper: "Nobody has told me anything yet."`;

  it("so a later he finds him, whatever the tagger reads", () => {
    expect(speakerOf(directQuotes(body("Bayern Holt", "Holt")), "Nobody has")).toBe("Bayern Holt");
    expect(speakerOf(directQuotes(body("Ajax Teodor", "Teodor")), "Nobody has")).toBe("Ajax Teodor");
  });

  it("is the tagger's organisation with the switch off (and session 36's he/she reading), and he finds no one", () => {
    const off = switchOff("actors.tagger-org-after-person-role", "actors.lone-word-he-she-follows");
    expect(speakerOf(directQuotes(body("Bayern Holt", "Holt"), off), "Nobody has")).toBeNull();
    expect(speakerOf(directQuotes(body("Ajax Teodor", "Teodor"), off), "Nobody has")).toBeNull();
  });
});

describe("a verb with a hyphenated prefix after a name makes it the subject", () => {
  const body =
    'Comic artist wins royalties\n\nA court has ruled that publisher Brightline owes artist Nico Farrant a share of its film profits. His lawyer said the sum could be large. As well as the Night Owl, Farrant co-created the Glass Knight and Iron Wolf characters. He said: "I am glad this is over."';

  it("so a he after it takes that subject up", () => {
    expect(speakerOf(directQuotes(body), "I am glad")).toBe("Nico Farrant");
  });

  it("is another reading with the switch off", () => {
    const off = switchOff("quotes.subject-prefixed-verb");
    expect(speakerOf(directQuotes(body, off), "I am glad")).not.toBe("Nico Farrant");
  });
});
