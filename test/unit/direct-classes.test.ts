import { describe, expect, it } from "vitest";
import { ask } from "../../src/answers/ask.ts";
import { placeFit } from "../../src/answers/direct-context.ts";
import { askedRole, roleFit } from "../../src/answers/direct-role.ts";
import { type StatedValue, valuesIn } from "../../src/answers/direct-values.ts";
import type { AskAnswer } from "../../src/answers/types.ts";
import { buildCoverage } from "../../src/coverage.ts";
import { corpusOf } from "../helpers/corpus.ts";

// The error classes of direct answers, each on text written for this test: who holds a role (a
// name in apposition with the asked role of the asked owner), where an event happened (a place
// tied to the asked event), how much was asked for (a sum named as another thing fits less).

/** The value at `name`'s first place in `sentence`, as the value readers give it. */
function valueAt(sentence: string, name: string): StatedValue {
  const start = sentence.indexOf(name);
  return { key: name, value: name, unit: null, text: name, start, end: start + name.length, fit: 1 };
}

const noActors = { mentionsIn: () => [], byId: new Map() } as unknown as Parameters<typeof valuesIn>[3];

describe("who holds a role", () => {
  it("reads the role and its owner from the question", () => {
    expect(askedRole("is the chief executive of Bluewake?")).toMatchObject({
      head: "executive",
      of: ["bluewake"],
      past: false,
    });
    expect(askedRole("is Bluewake's chairman?")).toMatchObject({ head: "chairman", of: ["bluewake"] });
    expect(askedRole("was the Tarnby mayor?")).toMatchObject({ head: "mayor", of: ["tarnby"], past: true });
    expect(askedRole("is Dora Pask?")).toBeNull();
    expect(askedRole("won the race in Tarnby?")).toBeNull();
  });

  const role = askedRole("is the mayor of Tarnby?")!;
  const roleOf = (sentence: string, name: string, inHeadline = false) =>
    roleFit(sentence, 0, valueAt(sentence, name), role, inHeadline);

  it("takes a name in apposition with the asked role of the asked owner", () => {
    expect(roleOf("Tarnby mayor Dora Pask opened the bridge.", "Dora Pask")).toBe(1);
    expect(roleOf("The mayor of Tarnby, Dora Pask, opened the bridge.", "Dora Pask")).toBe(1);
    expect(roleOf("Dora Pask, the mayor of Tarnby, opened the bridge.", "Dora Pask")).toBe(1);
    expect(roleOf("Dora Pask is the mayor of Tarnby.", "Dora Pask")).toBe(1);
  });

  it("refuses another owner's holder, another role, a former or deputy holder, a name merely near", () => {
    expect(roleOf("Ostrand mayor Ike Brand visited Tarnby.", "Ike Brand")).toBe(0);
    expect(roleOf("Tarnby goalkeeper Ike Brand met the mayor.", "Ike Brand")).toBe(0);
    expect(roleOf("Former Tarnby mayor Ike Brand spoke.", "Ike Brand")).toBe(0);
    expect(roleOf("Tarnby deputy mayor Ike Brand spoke.", "Ike Brand")).toBe(0);
    expect(roleOf("Ike Brand met the mayor of Tarnby on Friday.", "Ike Brand")).toBe(0);
  });

  it("takes an unqualified role only in a story whose headline names the owner", () => {
    expect(roleOf("Dora Pask, the mayor, said the bridge would open.", "Dora Pask", true)).toBe(0.8);
    expect(roleOf("Dora Pask, the mayor, said the bridge would open.", "Dora Pask", false)).toBe(0);
  });

  it("counts a former holder when the question asks who was", () => {
    const was = askedRole("was the mayor of Tarnby?")!;
    const s = "Former Tarnby mayor Ike Brand spoke.";
    expect(roleFit(s, 0, valueAt(s, "Ike Brand"), was, false)).toBe(1);
  });
});

describe("how much was asked for", () => {
  it("keeps the noun a sum stands before, past its conversion, and none before a function word", () => {
    const sums = (text: string) =>
      valuesIn("money", { docId: "x", text, start: 0, published: null }, [], noActors).map((v) => v.noun);
    expect(sums("They agreed a £50m settlement with the city.")).toEqual(["settlement"]);
    expect(sums("The city's $90m (£70m) claim was rejected.")).toEqual(["claim"]);
    expect(sums("The builders will pay £90m to settle the case.")).toEqual([undefined]);
  });
});

describe("where an event happened", () => {
  const event = ["confer"];
  it("refuses a place in a sentence saying nothing of the asked event", () => {
    const s = "Ona Velt said she had flown from Lorvin to Carrow to race again.";
    expect(placeFit(s, 0, valueAt(s, "Carrow"), event)).toBe(0);
  });

  it("prefers a place right after the event's words", () => {
    const s = "Ona Velt told a press conference in Marrowby that she would race again.";
    expect(placeFit(s, 0, valueAt(s, "Marrowby"), event)).toBe(1);
    const far = "At Marrowby, Ona Velt told a press conference that she would race again.";
    expect(placeFit(far, 0, valueAt(far, "Marrowby"), event)).toBe(0.8);
  });
});

// A corpus written for these tests (in memory: the outlets play no part here).
const files = {
  "a.txt":
    "Mayors meet over Tarnby bridge\n\n" +
    "Ostrand mayor Ike Brand urged the people of Tarnby to back the new bridge over the Velm.\n\n" +
    "The mayor said the bridge would bring trade to Tarnby and to Ostrand.\n",
  "b.txt":
    "Bridge vote set for June\n\n" +
    "The vote on the bridge will be held in June, Tarnby mayor Dora Pask said on Friday.\n",
  "c.txt":
    "Velt sorry for missed race\n\n" +
    "Ona Velt said she had flown from Lorvin to Carrow to race again for the national team.\n\n" +
    "The 24-year-old told a press conference in Marrowby on Sunday that she regretted missing the race.\n",
  "d.txt":
    "Builders meet Tarnby council demands\n\n" +
    "The builders said they had met the council's demands in a £50m settlement with the city of Tarnby.\n",
  "f.txt":
    "Dancer Mira Solt dies at 90\n\n" +
    "Mira Solt, who has died in Carrow aged 90, danced with the Velm Ballet for thirty years.\n",
  "g.txt":
    "Milan and Velm Motors both win\n\n" +
    "Milan beat Roma 2-0 on Sunday, and Milan coach Ado Renz praised his defence.\n\n" +
    "Velm Motors shares on the Milan stock exchange rose 3% after the carmaker's results.\n",
  "e.txt":
    "Council sues builders\n\nTarnby council demanded £90m from the builders over the flooded tunnel.\n",
};

const coverage = buildCoverage(corpusOf(files));

const answerTo = (q: string) => (ask(coverage, q) as AskAnswer).answer ?? null;

describe("direct answers by class", () => {
  it("answers who holds a role with the holder the text names, not another owner's", () => {
    expect(answerTo("Who is the mayor of Tarnby?")?.value).toBe("Dora Pask");
    expect(answerTo("Who is the mayor of Ostrand?")?.value).toBe("Ike Brand");
    expect(answerTo("Who is the mayor of Velm?")).toBeNull();
  });

  it("answers where with the place of the asked event", () => {
    expect(answerTo("Where did Ona Velt give her press conference?")?.words).toBe("Marrowby");
    // A place the gazetteer reads in a locative phrase, though a club has its name.
    expect(answerTo("Where did Velm Motors shares rise?")?.words).toBe("Milan");
    // "died" is the asked "die", which the stemmer keeps apart.
    expect(answerTo("Where did Mira Solt die?")?.words).toBe("Carrow");
  });

  it("answers how much with the sum named as what was asked", () => {
    expect(answerTo("How much did Tarnby council demand from the builders?")?.words).toBe("£90m");
  });
});
