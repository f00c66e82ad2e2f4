// Pronoun classes of session 27 (issue #13), on invented text: a name after a lowercase role noun
// opening its sentence is the subject a he/she goes on from; a stale speaker of unknown gender
// gives way to the model's person of the he/she's gender; and an inner speech verb whose
// "subject" is a preposition's object gives way to the outer verb of saying.
import { describe, expect, it } from "vitest";
import { OPENING } from "../../src/analysis/actors/coref/speech-cues.ts";
import { withoutRoleTail } from "../../src/analysis/actors/s27-pron-steps.ts";
import { switchOff } from "../../src/analysis/steps.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

describe("a name after a lowercase role noun opening the sentence is its subject", () => {
  const body = `Harbour gala

Welsh stars Megan Pryce and Dylan Moss are hoping for prizes at the harbour gala tonight.

Howard Kemp, who is handing out the top prize, said: "It is a grand night for the coast."

Welsh actor Moss is hoping to repeat his spring success with the top prize for his role alongside Gwen Tarrant. He drew the loudest cheer of the evening when he walked in. "I was always a fan of the old harbour, so this is a thrill," he said.`;

  it("the he/she after it is that person", () => {
    expect(speakerOf(directQuotes(body), "I was always a fan")).toBe("Dylan Moss");
  });

  it("not with the switch off (the earlier speaker keeps it)", () => {
    // (session 43's coref-only-fitting-gender finds Moss too, by gender: off with it)
    const off = switchOff("actors.coref-role-premodified-subject", "actors.coref-only-fitting-gender");
    expect(speakerOf(directQuotes(body, off), "I was always a fan")).toBe("Howard Kemp");
  });

  it("but a role noun after a verb, or a word that is no role noun, is no opening", () => {
    const opens = (before: string) => OPENING.test(withoutRoleTail(before));
    expect(opens("beat fellow actor ")).toBe(false);
    expect(opens("co-host ")).toBe(false);
    expect(opens("fellow actor ")).toBe(true);
  });
});

describe("a stale speaker of unknown gender gives way to the model's person of that gender", () => {
  const body = `Folk awards

Jordan Vail collected the best newcomer prize. Jordan Vail said: "I cannot believe it. Thank you all."

The crowd also cheered the Tarn Valley Choir, which sang two songs.

Comedians Amy Stroud and Lila Brent presented the best song prize to Martin Oakes, leading him to quip he was "always the quiet one".

Oakes' ballad beat songs by three other bands in a vote by radio listeners. It is his ninth folk award. He told the audience: "I am just amazed that people still listen."`;

  it("the he/she is the model's man", () => {
    expect(speakerOf(directQuotes(body), "I am just amazed")).toBe("Martin Oakes");
  });

  it("not with the switch off (the stale speaker keeps it)", () => {
    const off = switchOff("quotes.pronoun-model-over-stale-fallback");
    expect(speakerOf(directQuotes(body, off), "I am just amazed")).toBe("Jordan Vail");
  });

  it("but a speaker of the paragraph before still keeps it", () => {
    const near = `Folk awards

Comedians Amy Stroud and Lila Brent presented the best song prize to Martin Oakes, leading him to quip he was "always the quiet one".

Jordan Vail collected the best newcomer prize. Jordan Vail said: "I cannot believe it. Thank you all."

Oakes' ballad beat songs by three other bands in a vote by radio listeners. It is his ninth folk award. He told the audience: "I am just amazed that people still listen."`;
    expect(speakerOf(directQuotes(near), "I am just amazed")).toBe("Jordan Vail");
  });
});

describe("an inner speech verb whose subject is a preposition's object gives way to the outer verb", () => {
  const body = `Nuisance calls

Green Party chair Owen Tully has written to the regulator. He says evidence from local branches around the region suggests there are "worrying" numbers of such calls.`;

  it("the outer verb's subject speaks", () => {
    expect(speakerOf(directQuotes(body), "worrying")).toBe("Owen Tully");
  });

  it("not with the switch off", () => {
    const off = switchOff("quotes.report-in-report-object");
    expect(speakerOf(directQuotes(body, off), "worrying")).not.toBe("Owen Tully");
  });

  it("but an inner subject of its own, no preposition's object, keeps the cue", () => {
    const near = body.replace(
      "He says evidence from local branches around the region suggests",
      "He says Mary Quill suggests",
    );
    expect(speakerOf(directQuotes(near), "worrying")).toBe("Mary Quill");
  });
});
