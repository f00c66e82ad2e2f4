// Speaker classes found on BBC study set 32 (issue #13), on invented text: each rule's own
// sentences, and the same sentences with its switch off.
import { describe, expect, it } from "vitest";
import { buildActorModel } from "../../src/analysis/actors/index.ts";
import { extractQuotes } from "../../src/analysis/quotes/index.ts";
import { ALL_STEPS, type StepSwitches, switchOff } from "../../src/analysis/steps.ts";
import { buildArticle } from "../../src/corpus/article.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

/** An article with a headline line (the lead is its first body sentence), its direct quotations. */
const headlined = (title: string, body: string, switches: StepSwitches = ALL_STEPS) => {
  const r = buildArticle("news/001.txt", `${title}\n\n${body}`);
  if (!r.ok) throw new Error(r.reason);
  return extractQuotes(r.article, buildActorModel([r.article], switches), switches).filter(
    (q) => q.kind !== "reported",
  );
};

describe("a name between commas after a fronted role phrase is the sentence's subject", () => {
  const body =
    'Harbour plans new cranes\n\nThe harbour board wants to replace its cranes, a board spokesman said on Monday.\n\nA board spokesman said the old cranes were slow and often broke down. Chief engineer at the harbour, Tom Varley, would like the new cranes to be run from the shore. "The operators could sit in a warm room," he said. "It would be much safer."';

  it("is the named engineer", () => {
    const qs = directQuotes(body);
    expect(speakerOf(qs, "The operators could")).toBe("Tom Varley");
    expect(speakerOf(qs, "It would be")).toBe("Tom Varley");
  });

  it("is the spokesman who spoke before with the switch off", () => {
    const qs = directQuotes(body, switchOff("quotes.role-first-apposed-subject"));
    expect(speakerOf(qs, "The operators could")).not.toBe("Tom Varley");
  });
});

describe('"the", capitalised words and an office head before a name in apposition is a role', () => {
  const body =
    'Colleges get new funds\n\nColleges in poorer towns will get more money, ministers say.\n\nThe Further Learning Minister, Ruth Ellery, said: "We want every town to have a good college."';

  it("is the name after the office", () => {
    expect(speakerOf(directQuotes(body), "We want every")).toBe("Ruth Ellery");
  });

  it("is not the name with the switch off", () => {
    expect(
      speakerOf(directQuotes(body, switchOff("quotes.definite-capital-office")), "We want every"),
    ).not.toBe("Ruth Ellery");
  });
});

describe("an inverted tag's name past a portfolio holding 'and' and its office speaks", () => {
  const body =
    'Exports rise again\n\nExports rose for a third month in March.\n\n"Our makers are winning orders abroad," said Farming and Fisheries Minister Alan Brodie.';

  it("is the minister", () => {
    expect(speakerOf(directQuotes(body), "Our makers")).toBe("Alan Brodie");
  });

  it("is the portfolio's first word with the switch off", () => {
    expect(speakerOf(directQuotes(body, switchOff("quotes.tag-portfolio-and-name")), "Our makers")).not.toBe(
      "Alan Brodie",
    );
  });
});

describe("a name after a preposition, before ', who', is no subject a he/she takes up", () => {
  const body =
    'Rovers eye striker\n\nRovers boss Dan Pryce is planning a summer move for striker Leon Abbott.\n\nHe sees Abbott as the right successor to Carl Mendes, who is due to retire in May, although he hopes to keep Mendes for one more year. "Leon would excite our fans," he told Radio Calder.';

  it("is the manager the paragraph is about", () => {
    expect(speakerOf(directQuotes(body), "Leon would")).toBe("Dan Pryce");
  });

  it("is the preposition's object with the switch off", () => {
    expect(speakerOf(directQuotes(body, switchOff("quotes.preposition-object-who")), "Leon would")).toBe(
      "Carl Mendes",
    );
  });
});

describe("a statement named by a body's kind is that body's", () => {
  const body =
    'Water agency wants funds\n\nThe Calder Water Agency says its pumps are too old.\n\nThe agency has asked for more money. "Failure to replace the pumps will carry large risks," said an agency statement.';

  it("is the agency", () => {
    expect(speakerOf(directQuotes(body), "Failure to replace")).toBe("Calder Water Agency");
  });

  it("is the statement itself with the rule off", () => {
    expect(speakerOf(directQuotes(body, switchOff("quotes.kind-noun-statement")), "Failure to replace")).toBe(
      "an agency statement",
    );
  });
});

describe('"the minister" takes up a secretary of state, whose later "general election. Ms …" is no rank', () => {
  const body =
    'Rail plan defended\n\nRail fares could be capped under a new plan, Transport Secretary Joan Pelling has said.\n\nMs Pelling told the paper the trains had improved but passengers still worried about delays. The minister also said she backed "fair fares" for everyone. Buses are one of the main issues before the next general election. Ms Pelling is expected to set out the plan in a month.';

  it("is the secretary", () => {
    expect(speakerOf(directQuotes(body), "fair fares")).toBe("Joan Pelling");
  });

  it("is the office unnamed with either switch off", () => {
    for (const off of ["quotes.minister-holds-secretary", "quotes.name-lead-sentence-end"])
      expect(speakerOf(directQuotes(body, switchOff(off)), "fair fares")).toBe("The minister");
  });
});

describe("a given name apposed to 'his wife' takes the family's surname", () => {
  const body =
    'Painter dies at 90\n\nThe painter Tom Aldous has died at the age of 90.\n\nAldous painted the coast for sixty years. "I only ever wanted to paint the sea," he once said. He died at home on Sunday. "He was happiest with a brush in his hand," said his wife, Ruth.';

  it("is Ruth Aldous", () => {
    expect(speakerOf(directQuotes(body), "He was happiest")).toBe("Ruth Aldous");
  });

  it("is the given name alone with the switch off", () => {
    expect(speakerOf(directQuotes(body, switchOff("quotes.apposed-kin-surname")), "He was happiest")).toBe(
      "Ruth",
    );
  });
});

describe("the words on a note someone carried are theirs", () => {
  const body =
    'Prize jury picks unknowns\n\nFive little-known novels are on the prize list.\n\nOne judge, Carla Benn, carried around a card pinned to her coat that said: "Good books need readers, not sales charts."';

  it("is the judge who carried it", () => {
    expect(speakerOf(directQuotes(body), "Good books")).toBe("Carla Benn");
  });

  it("is no one with the rule off", () => {
    expect(speakerOf(directQuotes(body, switchOff("quotes.carried-note-clause")), "Good books")).toBeNull();
  });
});

describe("'the group' is the body named right before the sentence the article opened with 'The … group'", () => {
  const body =
    'Ferry firm criticised\n\nHarbour Lines has been accused of cutting safety checks by the sea safety charity, Safe Passage Trust.\n\nThe Leith-based campaign group said crews were tired. Ferry operators such as Northlink and Harbour Lines run most routes. "Crews are working far too many hours," said the group in a statement.';

  it("is the charity", () => {
    expect(speakerOf(directQuotes(body), "Crews are working")).toBe("Safe Passage Trust");
  });

  it("is another body with the rule off", () => {
    expect(
      speakerOf(directQuotes(body, switchOff("quotes.kind-opening-after-named-org")), "Crews are working"),
    ).not.toBe("Safe Passage Trust");
  });
});

describe("a headline's quoted charge is the accuser the lead names as a passive's agent", () => {
  const body =
    "The port of Dunmere has been accused of hiding fuel leaks from the public by the river charity, Clean Tay Trust.\n\nThe Dundee-based charity said it had photographs of oil on the water.";

  it("is the charity", () => {
    expect(speakerOf(headlined("Port 'hides fuel leaks'", body), "hides fuel leaks")).toBe("Clean Tay Trust");
  });

  it("is no one with the switch off", () => {
    const off = switchOff("quotes.headline-lead-accused-by");
    expect(speakerOf(headlined("Port 'hides fuel leaks'", body, off), "hides fuel leaks")).toBeNull();
  });
});

describe("a stray closing mark with a speech verb after it closes a quotation", () => {
  const body =
    'Clinics plan attacked\n\nOpposition health spokesman Tom Dean said the plan was "a paper exercise".\n\nClinics were already short of nurses and there was nothing in the plan to help them," said Mr Dean. Ministers say the money is there.';

  it("is the words before the mark, Mr Dean's", () => {
    expect(speakerOf(directQuotes(body), "Clinics were already")).toBe("Tom Dean");
  });

  it("is no quotation with the switch off", () => {
    const qs = directQuotes(body, switchOff("quotes.stray-mark-tagged"));
    expect(qs.some((q) => q.text.startsWith("Clinics were already"))).toBe(false);
  });
});
