// Error classes session 38 found (BBC study sets, PolNeAR train), on invented text.
import { describe, expect, it } from "vitest";
import { namedMentions } from "../helpers/actors.ts";
import { directQuotes, speakerOf, speakerOnOff } from "../helpers/quotes.ts";

describe("the writer's own I", () => {
  const column =
    'Harbour fees\n\nMaren Tollef said the new fees were "fair to everyone". Critics disagree.\n\nI\'d say the fees are a "tax on fishing" and nothing else. I would simply ask her: "Would you pay them?"';

  it("outside every quotation names no speaker, not the person quoted last", () => {
    expect(speakerOnOff(column, "tax on", "quotes.narrator-i")).toEqual([null, "Maren Tollef"]);
    expect(speakerOnOff(column, "Would you", "quotes.narrator-i")).toEqual([null, "Maren Tollef"]);
  });

  it("leaves the person quoted before with her own words", () => {
    expect(speakerOf(directQuotes(column), "fair to")).toBe("Maren Tollef");
  });
});

describe("a surname whose particle is written lower case and run on", () => {
  const body =
    'Awards night\n\nHollywood stars Leonardo diCaprio and Clive Owen are in the audience. The Aviator, starring DiCaprio, leads the field. DiCaprio faces competition from Jamie Foxx, Jim Carrey and Johnny Depp. The crowd screamed when he arrived. "It is very loud," he told reporters.';

  it("is a person's name, so the surname alone is the same person", () => {
    const names = namedMentions(body).filter((m) => /caprio/i.test(m.text));
    expect(names.map((m) => m.name)).toEqual(["Leonardo diCaprio", "Leonardo diCaprio", "Leonardo diCaprio"]);
  });

  it("gives the he after a list of rivals to the subject, not the last rival", () => {
    expect(speakerOf(directQuotes(body), "It is very")).toBe("Leonardo diCaprio");
  });

  it("leaves a product name written the same way alone", () => {
    const body = "Music\n\nMusic fans Anna Berg and Tom Lind said iTunes Mobile was slow.";
    const people = namedMentions(body).filter((m) => m.actorId.startsWith("person:"));
    expect(people.map((m) => m.text)).toEqual(["Anna Berg", "Tom Lind"]);
  });
});

describe("a music group as a sentence's subject", () => {
  const body =
    'Awards night\n\nUS band Scissor Twins won two prizes. Singer Ana Lind said: "We are thrilled." The band - whose first album was the year\'s best seller - thanked "all our fans", adding: "We could not do it without you."';

  it("speaks a participle's quotation, as the band the article named", () => {
    expect(speakerOf(directQuotes(body), "We could not")).toBe("Scissor Twins");
  });

  it("stays the band as written when the article named none", () => {
    const unnamed = body.replace("US band Scissor Twins won two prizes. ", "");
    expect(speakerOf(directQuotes(unnamed), "We could not")).toBe("The band");
  });
});

describe("the object of a causative verb before 'to <speech verb>'", () => {
  it("speaks when it is a pronoun, as the person it stands for", () => {
    const body =
      'Harbours\n\nTom Berg met the harbour board on Monday. The row prompted him to say the plan was "dead in the water".';
    expect(speakerOnOff(body, "dead in", "quotes.caused-to-say")).toEqual(["Tom Berg", null]);
  });

  it("speaks after an -ing form of the causative too", () => {
    const body =
      'Harbours\n\nAna Lind met the fans. The crowd cheered, prompting her to say she was "very happy".';
    expect(speakerOf(directQuotes(body), "very happy")).toBe("Ana Lind");
  });

  it("never shows an object pronoun it cannot resolve as the speaker", () => {
    const body =
      'Harbours\n\nThe crowd cheered loudly on the quay, leading him to quip he was "always the best man of the band".';
    expect(speakerOf(directQuotes(body), "always the")).toBeNull();
  });
});

describe("an acronym in brackets inside a speaker's phrase", () => {
  it("reads on to the head noun after it (an official, not the body)", () => {
    const body =
      'Harbours\n\nFees will rise, a senior Harbour Board of Norland (HBN) official said. "We have yet to finalise details," he said.';
    const qs = directQuotes(body);
    expect(speakerOf(qs, "We have yet")).toBe("a senior Harbour Board of Norland (HBN) official");
  });

  it("reads on in a tag after the quotation too", () => {
    const body = 'Harbours\n\n"It is good news," a senior Harbour Board of Norland (HBN) economist said.';
    expect(speakerOf(directQuotes(body), "It is good")).toBe(
      "a senior Harbour Board of Norland (HBN) economist",
    );
  });

  it("gives the person after it, not the body", () => {
    const body =
      'Harbours\n\n"It is good news," Harbour Board of Norland (HBN) director general Ola Strand said.';
    expect(speakerOf(directQuotes(body), "It is good")).toBe("Ola Strand");
  });

  it("stays the body when the body's own noun follows, or the verb does", () => {
    const agency = 'Harbours\n\n"It is good news," the Norland Press Trust (NPT) news agency said.';
    expect(speakerOf(directQuotes(agency), "It is good")).toBe("Norland Press Trust");
    const plain = 'Harbours\n\n"It is good news," the Harbour Board of Norland (HBN) said.';
    expect(speakerOf(directQuotes(plain), "It is good")).toBe("Harbour Board of Norland");
  });
});

describe("an acronym run into a person's full name", () => {
  it("is the body and the person, so the person speaks", () => {
    const body =
      'Growth\n\n"Europe is a piece of luck," president of the employers\' federation NEF Michael Perigot said.';
    expect(speakerOf(directQuotes(body), "Europe is")).toBe("Michael Perigot");
  });

  it("leaves a country's letters before a name alone", () => {
    const texts = namedMentions("Sport\n\nUS Michael Jordan played on Monday.").map((m) => m.text);
    expect(texts).toEqual(["Michael Jordan"]);
  });
});

describe("a he/she after an anonymous source opening the sentence before", () => {
  const body =
    'Sugar\n\nPrices fell on Monday. A Hong Kong trader estimated stocks at three mln tonnes. "Now they are falling," he said.';

  it("is that source when nothing else resolves it", () => {
    expect(speakerOnOff(body, "Now they", "quotes.pronoun-anonymous-subject")).toEqual([
      "A Hong Kong trader",
      null,
    ]);
  });

  it("is not a source of the other gender, nor a plural one", () => {
    const she = body.replace("A Hong Kong trader", "A spokeswoman");
    expect(speakerOf(directQuotes(she), "Now they")).not.toBe("A spokeswoman");
    const many = body.replace("A Hong Kong trader", "Traders");
    expect(speakerOf(directQuotes(many), "Now they")).not.toBe("Traders");
  });
});

describe("a he/she no rule resolves", () => {
  it("names no speaker, rather than showing 'he' as a name", () => {
    const body = 'Sugar\n\nPrices fell on Monday in thin trade. "Now they are falling," he said.';
    expect(speakerOnOff(body, "Now they", "quotes.unresolved-pronoun-no-speaker")).toEqual([null, "he"]);
  });
});
