// The CoNLL-2003 actor scorer on a two-story snippet written for this test: reading (IOB1 spans,
// detokenising, the sports rule) and counting (found gold, matched pairs, last names, kinds).
import { describe, expect, it } from "vitest";
import { classifyErrors } from "../../src/eval/conll-errors.ts";
import { detokenize, goldOf, isSports, readConll, storyText } from "../../src/eval/conll-read.ts";
import { matchesGold, type PredActor, scoreStories } from "../../src/eval/conll-score.ts";

const SNIPPET = `-DOCSTART- -X- O O

Acme NNP I-NP I-ORG
hires NNP I-NP O
Zoë NNP I-NP I-PER
Brandt NNP I-NP I-PER
. . O O

LONDON NNP I-NP I-LOC
1996-08-22 CD I-NP O

Acme NNP I-NP I-ORG
Corp. NNP I-NP I-ORG
said VBD I-VP O
Brandt NNP I-NP I-PER
does VBZ I-VP O
n't RB I-ADVP O
need VB I-VP O
" " O O
help NN I-NP O
" " O O
from IN I-PP O
Kim NNP I-NP I-PER
Lee NNP I-NP B-PER
Park NNP I-NP I-PER
's POS B-NP O
firm NN I-NP O
. . O O

-DOCSTART- -X- O O

SOCCER NN I-NP O
- : O O
ROVERS NNP I-NP I-ORG
WIN NNP I-NP O
. . O O

Rovers NNP I-NP I-ORG
beat VBD I-VP O
Ajax NNP I-NP I-ORG
2-1 CD I-NP O
. . O O
`;

const person = (name: string, ...aliases: string[]): PredActor => ({
  name,
  kind: "person",
  names: [name, ...aliases],
});
const org = (name: string, ...aliases: string[]): PredActor => ({
  name,
  kind: "organization",
  names: [name, ...aliases],
});

describe("reading CoNLL-2003", () => {
  const stories = readConll(SNIPPET);

  it("splits stories at -DOCSTART- and sentences at blank lines", () => {
    expect(stories).toHaveLength(2);
    expect(stories[0]!.sentences).toHaveLength(3);
    expect(stories[0]!.date).toBe("1996-08-22");
    expect(stories[1]!.date).toBeNull();
  });

  it("reads IOB1 spans: I- continues a span, B- starts a new one of the same type", () => {
    expect(goldOf(stories[0]!, "PER")).toEqual(["Zoë Brandt", "Brandt", "Kim", "Lee Park"]);
    expect(goldOf(stories[0]!, "ORG")).toEqual(["Acme", "Acme Corp."]);
    expect(goldOf(stories[1]!, "ORG")).toEqual(["ROVERS", "Rovers", "Ajax"]);
  });

  it("writes the headline on the first line and detokenises sensibly", () => {
    const text = storyText(stories[0]!);
    expect(text.split("\n")[0]).toBe("Acme hires Zoë Brandt.");
    expect(text).toContain(`Acme Corp. said Brandt doesn't need "help" from Kim Lee Park's firm.`);
    expect(detokenize(["(", "AP", ")", "$", "5", "%"])).toBe("(AP) $5%");
  });

  it("tells sports stories by the headline's sport and dash", () => {
    expect(stories.map(isSports)).toEqual([false, true]);
  });
});

describe("counting", () => {
  const stories = readConll(SNIPPET);

  it("ignores case, diacritics, dots and possessive 's, and takes a person's last name for PER", () => {
    expect(matchesGold(org("ACME CORP"), "Acme Corp.", "ORG")).toBe(true);
    expect(matchesGold(person("Zoe Brandt's"), "Zoë Brandt", "PER")).toBe(true);
    expect(matchesGold(person("Zoë Brandt"), "Brandt", "PER")).toBe(true);
    expect(matchesGold(org("Zoë Brandt"), "Brandt", "PER")).toBe(false);
    expect(matchesGold(person("Zoë Brandt"), "Brandt", "ORG")).toBe(false);
  });

  it("counts found gold per type, matched pairs for precision, and kinds over matched pairs", () => {
    const s = scoreStories([
      // story 0: Acme (alias Acme Corp.) found twice; Zoë Brandt found, Brandt by last name;
      // Kim and Lee Park missed; London is no gold PER/ORG; Lee Park's kind is wrong
      {
        story: stories[0]!,
        sports: false,
        actors: [org("Acme Corp.", "Acme"), person("Zoë Brandt"), org("London"), org("Lee Park")],
      },
      { story: stories[1]!, sports: true, actors: [person("Rovers")] },
    ]);
    expect(s.goldPer).toBe(4);
    expect(s.goldOrg).toBe(5);
    expect(s.foundPer).toBe(3);
    expect(s.foundOrg).toBe(4);
    expect(s.predicted).toBe(5);
    expect(s.matched).toBe(4);
    expect(s.kindOk).toBe(2);
    expect(s.precision).toBe(0.8);
    expect(s.recall).toBe(0.778);
    expect(s.personRecall).toBe(0.75);
  });

  it("sorts errors into classes", () => {
    const classes = classifyErrors([
      { story: stories[0]!, sports: false, actors: [org("Zoë Brandt"), person("Kim Lee Park")] },
      { story: stories[1]!, sports: true, actors: [] },
    ]);
    const count = (name: string) => classes.find((c) => c.name === name)?.count ?? 0;
    expect(count("kind: PER typed as organisation")).toBe(1);
    expect(count("missed ORG: sports team/body")).toBe(3);
    expect(count("boundary: predicted name longer than gold (descriptor glued)")).toBe(1);
  });
});
