// Names study set 60 and the whole-corpus model showed, on invented text: a body named right after
// a noun only a body is ("games firm Pocket Tech"), and a foreign name whose inner word is an
// ordinary word elsewhere in the corpus ("Fathi Bin Shatwan": "bin", "won", "sung").
import { describe, expect, it } from "vitest";
import { switchOff } from "../../src/analysis/steps.ts";
import { corpusModel, mentionAt, model } from "../helpers/actors.ts";

describe("a name right after a noun only a body is", () => {
  const text =
    "Gadget list\n\nThe prize went to games firm Pocket Tech and to US magazine Ardent Weekly. " +
    "Veteran broadcaster Cyril Hatton presented it. He told the magazine Gordon Brown had written in.\n";
  const { m, a } = model(text);
  const kindAt = (words: string) => {
    const hit = mentionAt(m, a, words);
    return hit ? m.byId.get(hit.actorId)!.kind : null;
  };

  it("reads the name as that organisation", () => {
    expect(kindAt("Pocket Tech")).toBe("organization");
    expect(kindAt("Ardent Weekly")).toBe("organization");
  });

  it("keeps a person after a noun a person may be, or a given name after the noun", () => {
    expect(kindAt("Cyril Hatton")).toBe("person");
    expect(kindAt("Gordon Brown")).toBe("person");
  });

  it("reads the firm as a person with the rule off", () => {
    const off = model(text, switchOff("actors.kind-noun-name"));
    const hit = mentionAt(off.m, off.a, "Pocket Tech");
    expect(hit && off.m.byId.get(hit.actorId)!.kind).toBe("person");
  });
});

describe("a foreign name with an ordinary word inside it, over a corpus", () => {
  // Elsewhere the corpus prints "bin", "won" and "sung" in lower case, as ordinary words.
  const files = {
    "x/001.txt":
      'Oil price\n\nPrices rose again. "We need not cut supply," Fathi Bin Shatwan, Libya\'s oil minister, told reporters. "Prices are high," he added.\n',
    "x/002.txt":
      'Rates rise\n\n"The Fed is cautious," said Sung Won Sohn, chief economist at Lakeland Bank. "The economy is better," he said.\n',
    "x/003.txt":
      "Council news\n\nThe council emptied every bin on time. The team won the cup after the anthem was sung. " +
      "Every bin was full and the side won again; a hymn was sung and the bin was moved. They won.\n",
  };

  it("keeps the whole name as a person", () => {
    const { m, doc } = corpusModel(files);
    expect(mentionAt(m, doc("x/001.txt"), "Fathi Bin Shatwan")?.name).toBe("Fathi Bin Shatwan");
    expect(mentionAt(m, doc("x/002.txt"), "Sung Won Sohn")?.name).toBe("Sung Won Sohn");
  });

  it("keeps a given name and a surname that is also a word, beside a speech verb", () => {
    const more = {
      ...files,
      "x/004.txt":
        'Tax plans\n\nFor the Lib Dems, Vince Roper said the plan would fail. "It is a mess," he said.\n',
      "x/005.txt":
        "Cable news\n\nThe roper tied the knot. A roper works with rope, and every roper knows it.\n",
    };
    const { m, doc } = corpusModel(more);
    expect(mentionAt(m, doc("x/004.txt"), "Vince Roper")?.name).toBe("Vince Roper");
    // (the given name alone before a verb of saying makes one too, session 34: both off)
    const off = corpusModel(more, switchOff("actors.rare-ends-name", "actors.gendered-given-name"));
    expect(mentionAt(off.m, off.doc("x/004.txt"), "Vince Roper")).toBeNull();
  });

  it("loses the name with the rule off", () => {
    const { m, doc } = corpusModel(files, switchOff("actors.rare-ends-name"));
    expect(mentionAt(m, doc("x/001.txt"), "Fathi Bin Shatwan")).toBeNull();
  });
});

describe("a past office is no present one", () => {
  const text =
    "Budget row\n\nMr Brand told MPs the rules would change. The chancellor said the plan was sound. " +
    "Earlier, ex-Conservative chancellor Ken Dale welcomed the relaxation of the rules.\n";

  it("does not make the former chancellor 'the chancellor'", () => {
    const { m, a } = model(text);
    expect(mentionAt(m, a, "The chancellor")?.name ?? null).not.toBe("Ken Dale");
  });

  it("links them with the step off", () => {
    const off = model(text, switchOff("actors.coref-role-past-agrees"));
    expect(mentionAt(off.m, off.a, "The chancellor")?.name).toBe("Ken Dale");
  });

  it("still gives 'the former chancellor' to the former chancellor", () => {
    const { m, a } = model(`${text}The former chancellor said he was pleased.\n`);
    expect(mentionAt(m, a, "The former chancellor")?.name).toBe("Ken Dale");
  });
});
