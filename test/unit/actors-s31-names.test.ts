// Names the whole-corpus model joined across articles wrongly, on invented text: a given name
// alone ("Charles said", "Prince Charles") taken for the surname of a singer named elsewhere.
import { describe, expect, it } from "vitest";
import { switchOff } from "../../src/analysis/steps.ts";
import { actorAt, corpusModel, model } from "../helpers/actors.ts";

const files = {
  "music/001.txt":
    "Singer honoured\n\nSoul singer Ray Charles was honoured on Monday. Ray Charles said he was proud.",
  "royal/001.txt":
    "Royal wedding\n\nPrince Charles is to marry next month. Charles said he and his bride were delighted.",
  "politics/001.txt": "Budget row\n\nMr Charles said the plan was fair. He spoke in Leeds.",
};

describe("a given name alone is not another article's surname", () => {
  it("leaves 'Prince Charles' and 'Charles' apart from the singer", () => {
    const { m, doc } = corpusModel(files);
    const royal = doc("royal/001.txt");
    expect(actorAt(m, royal, "Charles", 0)).not.toBe("Ray Charles");
    expect(actorAt(m, royal, "Charles", 1)).not.toBe("Ray Charles");
  });

  it("joined them with the step off", () => {
    const { m, doc } = corpusModel(files, switchOff("actors.lone-given-name"));
    expect(actorAt(m, doc("royal/001.txt"), "Charles", 1)).toBe("Ray Charles");
  });

  it("still takes 'Mr Charles' for the one person of that surname", () => {
    const { m, doc } = corpusModel(files);
    expect(actorAt(m, doc("politics/001.txt"), "Charles")).toBe("Ray Charles");
  });
});

describe("a party named only by its everyday word", () => {
  it("is shown by its formal name, the word staying an alias", () => {
    const { m } = model('Pledge row\n\nLabour has unveiled its pledges. Labour said the plan was "fair".');
    const party = m.actors.find((a) => a.aliases.some((x) => x.text === "Labour"));
    expect(party?.name).toBe("Labour Party");
  });
});

describe("a two-letter acronym across the coverage", () => {
  const union = (i: number) =>
    `Trade talks ${i}\n\nThe Northern Union agreed new rules on Monday. The Northern Union said talks went well.`;
  const files = {
    "a/001.txt": union(1),
    "a/002.txt": union(2),
    "a/003.txt": union(3),
    "b/001.txt":
      'Fuel tax\n\nThe NU said a tax on fuel "should not hurt airlines". The NU meets again in May.',
    "c/001.txt": "Software\n\nUsers of XP were told to update. XP is old.",
    "c/002.txt": "Lab news\n\nThe Xerox Park lab opened in May. Xerox Park said it was pleased.",
  };

  it("is the body three articles name in full", () => {
    const { m, doc } = corpusModel(files);
    expect(actorAt(m, doc("b/001.txt"), "NU")).toBe("Northern Union");
  });

  it("is not a body one article names, nor a product's letters", () => {
    const { m, doc } = corpusModel({
      ...files,
      "a/002.txt": "Other\n\nNothing here.",
      "a/003.txt": "Other\n\nNone.",
    });
    expect(actorAt(m, doc("b/001.txt"), "NU")).not.toBe("Northern Union");
    expect(actorAt(m, doc("c/001.txt"), "XP")).not.toBe("Xerox Park");
  });
});

describe("a name before a bare role with several modifiers", () => {
  it("is a person: 'Parul Jain, deputy chief economist at …'", () => {
    const text =
      'Retail sales\n\nSales rose by 0.3%. Parul Jain, deputy chief economist at Nomura Securities International, said spending would rise. "Consumers remain strong," he said.';
    const { m, a } = model(text);
    expect(m.byId.get(m.mentionsIn(a.docId).find((x) => x.text === "Parul Jain")!.actorId)?.kind).toBe(
      "person",
    );
  });
});
