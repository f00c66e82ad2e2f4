// Error classes session 39 found (PolNeAR train, BBC study sets), on invented text.
import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/analysis/quotes/index.ts";
import { switchOff } from "../../src/analysis/steps.ts";
import { corpusModel } from "../helpers/actors.ts";
import { allQuotes, directQuotes, speakerOf, speakerOnOff } from "../helpers/quotes.ts";

/** The speaker of the quotation starting with `start` (for classes without a switch). */
const speakerIn = (body: string, start: string): string | null => speakerOf(directQuotes(body), start);

describe("a verb with 'back' that delivers the quotation", () => {
  const step = "quotes.hit-back-comma";

  it("before a comma: 'Ms Vold hit back, “…”'", () => {
    const body =
      'Port row\n\nHarbour chief Rina Vold was asked about the closure. Ms Vold hit back, "Nobody has shown me a better plan."';
    expect(speakerOnOff(body, "Nobody has", step)).toEqual(["Rina Vold", null]);
  });

  it("with a he/she: 'She shot back, “…”'", () => {
    const body =
      'Port row\n\nRina Vold was asked about the closure. She shot back, "Nobody has shown me a better plan."';
    expect(speakerOnOff(body, "Nobody has", step)).toEqual(["Rina Vold", null]);
  });

  it("with a manner adverb before the colon: 'Mr Brack fired back forcefully: “…”'", () => {
    const body =
      'Port row\n\nTom Brack runs the ferry line. Asked about the fees, Mr Brack fired back forcefully: "If they sue us, they will lose."';
    expect(speakerOnOff(body, "If they sue", step)).toEqual(["Tom Brack", null]);
  });

  it("not for a body that is no name or he/she, nor for a word after 'came back'", () => {
    const body =
      'Port row\n\nThe union struck back, "we will strike" its members said. Tom Brack came back, "tired" and late.';
    expect(speakerOnOff(body, "we will strike", step)[0]).not.toBe("Tom Brack");
    expect(speakerOnOff(body, "tired", step)).toEqual([null, null]);
  });
});

describe("an opening participle phrase before the subject", () => {
  it("is read past: 'Appearing before reporters, <Name> said … but added, “…”'", () => {
    const body =
      'Count\n\nAppearing before reporters at the party office, Mira Holm, 70, said it was too early to claim victory but added, "I think you all know the results."';
    expect(speakerIn(body, "I think you all")).toBe("Mira Holm");
  });
});

describe("an office written in lower case with 'of' in an inverted tag", () => {
  it("keeps the name after it: 'said former secretary of state <Name>'", () => {
    const body =
      'Values\n\n"The first line of defence is the community," said former secretary of state Vera Lind, who praised the plan.';
    expect(speakerIn(body, "The first line")).toBe("Vera Lind");
  });

  it("leaves an office with no name after it as the description", () => {
    const body = 'Values\n\n"We will cut taxes," said the secretary of state for health.';
    expect(speakerIn(body, "We will cut")).not.toMatch(/health/);
  });
});

describe("an anonymous source tied to someone by 'close to' or 'familiar with'", () => {
  const open = "Talks\n\nSenator Ada Roe met her colleagues on Monday. ";

  it("speaks as the source, never as the person it is close to", () => {
    const body = `${open}A source close to Ms Roe said: "She will try to be friendlier."`;
    expect(speakerIn(body, "She will try")).toBe("A source close to Ms Roe");
  });

  it("keeps the whole source after the quotation and with modifiers", () => {
    const body = `${open}"We are close," a senior aide familiar with the talks said. "It is done," said a person familiar with Ms Roe's thinking.`;
    expect(speakerIn(body, "We are close")).toBe("a senior aide familiar with the talks");
    expect(speakerIn(body, "It is done")).toBe("a person familiar with Ms Roe's thinking");
  });

  it("leaves a named speaker who is close to someone as the name", () => {
    const body = `${open}"We will win," Tom Lee, who is close to Ms Roe, said.`;
    expect(speakerIn(body, "We will win")).toBe("Tom Lee");
  });
});

describe("a pronoun's 's before a quotation ('It's “…”')", () => {
  const body =
    'Journalism\n\nThe union backed the suit. "It is ambush journalism," Ann Reynolds says. It\'s "this new in-your-face journalism."';

  it("is a contraction, no owner and no subject: the words stay with who said the last", () => {
    expect(speakerIn(body, "this new")).toBe("Ann Reynolds");
  });

  it("leaves a name's possessive and a name's quoted predicate as they were", () => {
    const more =
      'Deals\n\nAnn Roe spoke. Ann Roe "totally condemned" the plan. Labour\'s "new deal" was signed.';
    expect(speakerIn(more, "totally condemned")).toBe("Ann Roe");
    expect(speakerIn(more, "new deal")).toBe("Labour Party");
  });
});

describe("a document noun after lower-case adjectives", () => {
  it("speaks: '“…,” the congressional report said'", () => {
    const body =
      'Hacking\n\nThe committee met. "Even her computer had been hacked," the congressional report said.';
    expect(speakerIn(body, "Even her computer")).toBe("the congressional report");
  });

  it("speaks after an indefinite article too: '“…,” a new report said'", () => {
    const body = 'Hacking\n\n"It was routine work for them," a new report said.';
    expect(speakerIn(body, "It was routine")).toBe("a new report");
  });
});

describe("a tag with a verb outside the speech lexicon between two parts of one quotation", () => {
  const step = "quotes.split-tag-any-verb";

  it("gives the second part to the tag's he/she or name", () => {
    const body =
      'Sacrifice\n\nDora Wend spoke at the memorial. "The way I see it," she elaborated, "no one ever questioned his sacrifice."';
    expect(speakerOnOff(body, "no one ever", step)).toEqual(["Dora Wend", null]);
  });

  it("not when the words before the verb are a description", () => {
    const body = 'Sacrifice\n\nDora Wend spoke. "We tried," the coach reasoned, "but the plan failed."';
    expect(speakerOnOff(body, "but the plan", step)[0]).not.toBe("Dora Wend");
  });
});

describe("'adding' after a name that a preposition governs", () => {
  const step = "quotes.adding-main-speaker";

  it("goes on with the speaker of the sentence's verb of saying", () => {
    const body =
      'Party row\n\nLabour MP Dai Rees said the leaders had a "scorching" from MPs adding: "It was a meeting like no other."';
    expect(speakerOnOff(body, "It was a meeting", step)).toEqual(["Dai Rees", "MPs"]);
  });

  it("leaves a name that is the participle's own subject when no verb of saying comes before", () => {
    const body = 'Film\n\nDai Rees made a film. It shows footage of Ann Vale adding, "Who is next?"';
    expect(speakerOnOff(body, "Who is next", step)).toEqual(["Ann Vale", "Ann Vale"]);
  });
});

describe("an anonymous source opening the sentence before, over a person it names after its verb", () => {
  const step = "quotes.anonymous-subject-over-name";

  it("speaks on in the he/she tag", () => {
    const body =
      'Trade\n\nAnalysts were gloomy. The official sounded pessimistic about Prime Minister Ken Abe. "I do not think it will be solved," he said.';
    expect(speakerOnOff(body, "I do not think", step)).toEqual(["The official", "Ken Abe"]);
  });

  it("not when the person is named before the source or the source is of the other gender", () => {
    const body =
      'Trade\n\nKen Abe met the press. The spokeswoman said Mr Abe was tired. "I will rest," he said.';
    expect(speakerOnOff(body, "I will rest", step)).toEqual(["Ken Abe", "Ken Abe"]);
  });
});

describe("a reporting verb's base form after a determiner and one capitalised word", () => {
  const reported = (body: string) =>
    allQuotes(body)
      .filter((q) => q.kind === "reported")
      .map((q) => q.speakerText);

  it("is a noun: 'the Olympic champion went down' reports nothing", () => {
    expect(
      reported("Tennis\n\nThe previous day, the Olympic champion went down 6-2 7-5 to Nadia Roe."),
    ).toEqual([]);
  });

  it("is still a verb in its -s form after a name", () => {
    const body = "Policy\n\nThe Olympic champion retired. Senator Ann Roe champions the new health plan.";
    expect(reported(body)).toEqual(["Senator Ann Roe"]);
  });
});

describe("an opening description the actor model ties to a person, over a corpus", () => {
  it("stands for that person in the he/she tag after it, not the name after its verb", () => {
    const { m, doc } = corpusModel({
      "sport/001.txt":
        "Gold\n\nOlympic champion Justine Henard won gold in Athens on Saturday. The Olympic champion beat Kelly Rowe.",
      "sport/002.txt":
        'Comeback\n\nJustine Henard lost to Elena Demova on Sunday. "I will be back," she said. The previous day, the Olympic champion went down 6-2 7-5 to France\'s Nathalie Dechy.\n\n"I have to be positive," she said.',
    });
    const speaker = (off?: string) =>
      extractQuotes(doc("sport/002.txt"), m, off ? switchOff(off) : undefined).find((q) =>
        q.text.startsWith("I have to be"),
      )?.speakerName;
    expect([speaker(), speaker("quotes.opening-role-model-link")]).toEqual([
      "Justine Henard",
      "Nathalie Dechy",
    ]);
  });
});

describe("'Even' opening a sentence", () => {
  it("is no part of the speaker's words: 'Even his campaign sent … saying: “…”'", () => {
    const body =
      'Vote\n\nSenator Dai Rees won. Even his campaign sent a text message to supporters saying: "We did it."';
    const q = directQuotes(body).find((x) => x.text.startsWith("We did it"));
    expect(q?.speakerText).toBe("his campaign");
  });
});
