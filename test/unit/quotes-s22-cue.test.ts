// Session 22 "tag from the wrong clause or noun" classes (issue #13; BBC study sets 36 and 38,
// PolNeAR train), on invented text: each rule's own sentences, and the same with its switch off.
import { describe, expect, it } from "vitest";
import { switchOff } from "../../src/analysis/steps.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

describe("a participle right after a tag with no comma takes the tag's speaker", () => {
  const body =
    'Ferry crowd fills harbour\n\nDock union leader Ola Brandvik said that Monday had been a "loud day for the port". Families had come down "to show the ferry cuts were wrong", he said adding that the police had been helpful.';

  it("is the he of the tag, not the noun opening the sentence", () => {
    expect(speakerOf(directQuotes(body), "to show the ferry")).toBe("Ola Brandvik");
  });

  it("is the noun opening the sentence with the switch off", () => {
    const off = switchOff("quotes.participle-after-tag-no-comma");
    expect(speakerOf(directQuotes(body, off), "to show the ferry")).toBe("Families");
  });
});

describe("a name before a role running through its prepositions with no closing comma", () => {
  const body =
    'Lift maker plans faster cars\n\nTall towers need quicker lifts. The plans may be bold, but Ilse Marwick, head of the cable unit at the company says that: "By the end of the decade every tower will want twice the speed."';

  it("is the name, not the role's last object", () => {
    expect(speakerOf(directQuotes(body), "By the end")).toBe("Ilse Marwick");
  });

  it("is the role's last object with the switch off", () => {
    const off = switchOff("quotes.name-before-role-chain");
    expect(speakerOf(directQuotes(body, off), "By the end")).toBe("the company");
  });
});

describe("a plural role noun's own 'said' over a closing report tag", () => {
  const body =
    'Forger jailed\n\nA printer was jailed on Monday. Prosecutors said Dell Varga was "a forger with a laptop", using cheap ink to fake tickets, news agency Reuters reported.';

  it("is the role noun that said it", () => {
    expect(speakerOf(directQuotes(body), "a forger")).toBe("Prosecutors");
  });

  it("is the news agency with the switch off", () => {
    const off = switchOff("quotes.plural-role-own-speech");
    expect(speakerOf(directQuotes(body, off), "a forger")).toBe("Reuters");
  });
});

describe("a speech verb in a fronted subordinate clause cues no quotation after the main clause", () => {
  const body =
    'Council row over bridge\n\nThe meeting was tense.\n\nWhen Rolf Baine suggested that the bridge would shut, Mira Lund fired back at once: "If they shut the bridge, they will lose the market."';

  it("is not the clause's subject", () => {
    expect(speakerOf(directQuotes(body), "If they shut")).not.toBe("Rolf Baine");
  });

  it("is the clause's subject with the switch off", () => {
    const off = switchOff("quotes.fronted-clause-verb");
    expect(speakerOf(directQuotes(body, off), "If they shut")).toBe("Rolf Baine");
  });
});
