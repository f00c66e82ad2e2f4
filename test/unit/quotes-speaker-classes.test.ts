// Speaker classes of direct quotations (issue #13), on invented text: a name closing a clause
// whose "that" is left out, a time phrase before a speech verb, an alias the article gives for a
// short form, a peer's styled name, and descriptions taking up the person just named.
import { describe, expect, it } from "vitest";
import { directQuotes as quotes, speakerOf } from "../helpers/quotes.ts";

describe("speaker classes of direct quotations", () => {
  it("takes the name out of a noun phrase running into it, a clause with its 'that' left out", () => {
    const qs = quotes(
      'Maria Okafor lives alone. Thieves took a ring and a Harlow Brothers clock Maria said was "priceless". "It cannot be replaced."',
    );
    expect(speakerOf(qs, "priceless")).toBe("Maria Okafor");
    expect(speakerOf(qs, "It cannot be replaced")).toBe("Maria Okafor");
  });

  it("reads no speaker in a time phrase before a speech verb", () => {
    const qs = quotes(
      'The Coastal Towns Alliance had said on the eve of the vote said that "deep" cuts were coming.',
    );
    expect(speakerOf(qs, "deep") ?? "").not.toMatch(/eve|vote/);
  });

  it("gives a short form the full name the article says it stands for, not an organisation", () => {
    const qs = quotes(
      '"The show is changing," says DK, also known as Dana Kemble. "Listeners want more," DK said.',
    );
    const q = qs.find((x) => x.text.startsWith("Listeners"))!;
    expect(q.speakerName).toBe("Dana Kemble");
    expect(q.speakerKind).toBe("person");
  });

  it("keeps a peer's styled name when the article names them by title alone", () => {
    const qs = quotes(
      'Former harbour board chief Lord Pellow said the port was "badly run". The former chairman said: "Nobody listened to the staff."',
    );
    expect(speakerOf(qs, "badly run")).toBe("Lord Pellow");
    expect(speakerOf(qs, "Nobody listened")).toBe("Lord Pellow");
  });

  it("gives an age or former-team description to the person just named, not a later namesake", () => {
    const qs = quotes(
      [
        'Coach Tom Hale said the side was "in good shape".',
        "",
        'Few have impressed more than Daniel Barros, who scored twice. The 22-year-old is not worried. "I like the pressure," he said.',
        "",
        "Another 22-year-old, Sam Ode, was left out.",
      ].join("\n"),
    );
    expect(speakerOf(qs, "I like the pressure")).toBe("Daniel Barros");
  });

  it("gives quoted words in a clause with no speech verb to the clause's subject, never a passive's", () => {
    const qs = quotes(
      [
        'Ruth Penhallow slated the festival for its "lazy" choices of "tired" plays. She also attacked the way prizes were "handed out".',
        "",
        'Poet Ade Morrow has been praised by critics for his "fearless" verse.',
        "",
        'Admission rules in "Open Door Week" confused Harlow Arts Council staff.',
      ].join("\n"),
    );
    expect(speakerOf(qs, "lazy")).toBe("Ruth Penhallow");
    expect(speakerOf(qs, "tired")).toBe("Ruth Penhallow");
    expect(speakerOf(qs, "handed out")).toBe("Ruth Penhallow");
    expect(speakerOf(qs, "fearless")).not.toBe("Ade Morrow");
    expect(speakerOf(qs, "Open Door Week")).toBeNull();
  });

  it("gives quoted words right after a possessive name to that name, but not a title-cased name", () => {
    const qs = quotes(
      'The deal collapsed after Brightwater\'s "final offer" was refused. Users of Brightwater\'s "Cloud Locker" service were told on Monday.',
    );
    expect(speakerOf(qs, "final offer")).toBe("Brightwater");
    expect(speakerOf(qs, "Cloud Locker")).toBeNull();
  });

  it("reads a hyphenated office before a name, so a pronoun after it finds the person", () => {
    const qs = quotes(
      'Finance minister Karl Obuya backed the fund. But US Treasury Under-Secretary Ruth Adeyemi said the US could not join. "The mechanism does not work for us," she said.',
    );
    expect(speakerOf(qs, "The mechanism")).toBe("Ruth Adeyemi");
  });

  it("keeps the model's choice for he/she over an older name that never spoke", () => {
    const qs = quotes(
      [
        "Hospital chief Keith Dunmore resigned in May. Mr Dunmore's deputy, Ann Hale, took over.",
        "",
        'On Monday\'s radio programme Mr Pryce was asked why Mr Dunmore had been allowed to go. He replied: "It was his own decision."',
      ].join("\n"),
    );
    expect(speakerOf(qs, "It was his own")).toBe("Pryce");
  });

  it("gives words described by a named agent to the agent", () => {
    const qs = quotes(
      'Thieves took a ring bought for their son, described by Maria Okafor as "the only thing that mattered".',
    );
    expect(speakerOf(qs, "the only thing")).toBe("Maria Okafor");
  });

  it("ends a speaker's name at an adverb after it", () => {
    const qs = quotes(
      'Rafael Ortiz won the final. "What a way to finish," said Ortiz afterwards. Coach Ben Ode afterwards said: "He was superb."',
    );
    expect(speakerOf(qs, "What a way")).toBe("Rafael Ortiz");
    expect(speakerOf(qs, "He was superb")).toBe("Ben Ode");
  });

  it("gives 'the paper' to the newspaper named last, not to the latest organisation", () => {
    const qs = quotes(
      'In an interview with the Harbour Gazette, minister Tom Obi would not give a date. The Ferry Workers Union said the delay was "a scandal". The paper said the minister had "dodged" every question.',
    );
    expect(speakerOf(qs, "dodged")).toBe("Harbour Gazette");
  });
});
