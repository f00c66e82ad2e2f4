// Pronoun-antecedent classes of session 18 (issue #13), found on PolNeAR train, on invented text:
// each rule's own sentences, and the same sentences with its switch off.
import { describe, expect, it } from "vitest";
import { switchOff } from "../../src/analysis/steps.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

describe('a fronted "To"/"For" whose person comes after a description', () => {
  const body =
    'Harbour plan\n\nCouncillor Jane Pike backed the harbour plan on Monday. "It will bring jobs," she said.\n\nTo Westport University finance lecturer Kestrel Roe, the plan looked like a costly gamble. "The money will never come back," she said.';

  it("gives the he/she after it to that person", () => {
    expect(speakerOf(directQuotes(body), "The money will")).toBe("Kestrel Roe");
  });

  it("gives it to someone else with the rule off", () => {
    const qs = directQuotes(body, switchOff("quotes.fronted-voice-described"));
    expect(speakerOf(qs, "The money will")).not.toBe("Kestrel Roe");
  });

  it("takes no person from an infinitive", () => {
    const qs = directQuotes(
      'Harbour plan\n\nKestrel Roe opposed the plan. To help Westport builder Tom Pike, the council cut its fees. "It is unfair," she said.',
    );
    expect(speakerOf(qs, "It is unfair")).toBe("Kestrel Roe");
  });
});

describe('a fronted "Asked about …," that names someone else', () => {
  const body =
    'Film star backs rebel\n\nOscar-winning actress Kestrel Roe is not sure she can vote for Mary Pike over Tom Vale, the frontrunner.\n\nThe actress is a campaigner for Senator Dan Orr, who faces a hard task in trying to wrest the nomination from frontrunner Pike.\n\n"That is a fair concern, because they are very passionate," Roe, 69, told the radio station Monday when asked about Orr supporters.\n\n"I think Dan would encourage people to back Pike," she said. "But a lot of people will not."\n\nAsked about her own vote in the event that Pike faces Tom Vale, who has insulted women, she replied: "I will see what happens."';

  it("does not give the she to the person asked about", () => {
    expect(speakerOf(directQuotes(body), "I will see")).toBe("Kestrel Roe");
  });

  it("gives it to the person asked about with the rule off", () => {
    const qs = directQuotes(body, switchOff("quotes.topic-asked-about"));
    expect(speakerOf(qs, "I will see")).toBe("Mary Pike");
  });
});

describe("a lone surname of no known gender opening the sentence before a he/she", () => {
  const body =
    'Summit\n\nPresident Venn hosted the summit of three leaders on Wednesday. The talks had gone well, Venn said.\n\nThe leaders were careful not to comment on the election. Both Tom Reed and Dan Orr gave assurances that they would work with whoever wins. And even Venn tried to help them off the hook, noting that he would demur too in their position. "When I visit other countries, it is not my job to comment," he said.';

  it("gives the he/she to that person", () => {
    expect(speakerOf(directQuotes(body), "When I visit")).toBe("Venn");
  });

  it("gives it to an older gendered name with the rule off", () => {
    const qs = directQuotes(body, switchOff("quotes.pronoun-lone-surname-subject"));
    expect(speakerOf(qs, "When I visit")).toBe("Tom Reed");
  });
});

describe("an inverted tag whose name comes after a description the phrase reader stops in", () => {
  const body =
    'Inquiry\n\nThe inquiry opened on Monday. "We lost everything that day," said 7/7 widow Terry Vance. She continued, "All we ask is a hearing."\n\n"Thanks for coming," said master of ceremonies Asif Tarr, an engineer from the town.';

  it("gives the quotation to the name", () => {
    const qs = directQuotes(body);
    expect(speakerOf(qs, "We lost")).toBe("Terry Vance");
    expect(speakerOf(qs, "Thanks for")).toBe("Asif Tarr");
  });

  it("finds no name with the rule off", () => {
    const qs = directQuotes(body, switchOff("quotes.tag-said-described-name"));
    expect(speakerOf(qs, "We lost")).not.toBe("Terry Vance");
    expect(speakerOf(qs, "Thanks for")).not.toBe("Asif Tarr");
  });

  it("takes the gender of the kin noun before the name over its given name", () => {
    expect(speakerOf(directQuotes(body), "All we ask")).toBe("Terry Vance");
    const off = directQuotes(body, switchOff("actors.coref-role-before-gender"));
    expect(speakerOf(off, "All we ask")).not.toBe("Terry Vance");
  });
});

describe("a reported sentence closing on an inverted tag before a he/she quotation", () => {
  const body =
    'Polls\n\n"People know who she is," said Sean Vale, chief strategist for the committee. However the debates are not likely to alter the race, noted the economist Dan Orrin. "Debates happen late in the campaign," he wrote.';

  it("gives the he/she to the tag's person", () => {
    expect(speakerOf(directQuotes(body), "Debates happen")).toBe("Dan Orrin");
  });

  it("gives it to the speaker of the quotation before with the step off", () => {
    const qs = directQuotes(body, switchOff("quotes.inverted-reported-history"));
    expect(speakerOf(qs, "Debates happen")).toBe("Sean Vale");
  });
});
