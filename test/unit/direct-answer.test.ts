import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ask } from "../../src/answers/ask.ts";
import { questionShape } from "../../src/answers/question-type.ts";
import type { AskAnswer } from "../../src/answers/types.ts";
import { loadCorpus } from "../../src/corpus/load.ts";
import { buildCoverage, type Coverage } from "../../src/coverage.ts";
import { renderDiscord } from "../../src/render/discord.ts";
import { renderJson } from "../../src/render/json.ts";
import { renderTerminal } from "../../src/render/terminal.ts";
import { tempCorpus } from "../helpers/corpus.ts";

// A corpus written for this test: three outlets on a flood in an invented town; two agree on the
// toll, one prints another; a second story about a ferry company.
const files = {
  "sources.json": JSON.stringify({
    "a.txt": { outlet: "Valley Post", url: "https://example.org/a", published: "2031-04-09" },
    "b.txt": { outlet: "River Herald", url: "https://example.org/b", published: "2031-04-09" },
    "c.txt": { outlet: "Delta Wire", url: "https://example.org/c", published: "2031-04-10" },
    "d.txt": { outlet: "Harbour Times", url: "https://example.org/d", published: "2031-04-11" },
    "e.txt": { outlet: "Harbour Times", url: "https://example.org/e", published: "2031-04-12" },
  }),
  "a.txt":
    "Floods swept through the town of Kellmoor on Tuesday, officials said.\n\n" +
    "Floodwater from the Arno Dam killed 14 people in Kellmoor, the regional governor said.\n\n" +
    "Repairs to the dam will cost £42m, according to the water board.\n",
  "b.txt":
    "Floodwater from the Arno Dam killed 14 people in Kellmoor on Tuesday, rescue teams said.\n\n" +
    "Thousands of residents slept in school halls.\n",
  "c.txt":
    "Floodwater from the Arno Dam killed 17 people in Kellmoor, a local hospital said on Wednesday.\n\n" +
    "The hospital treated dozens of injured residents.\n",
  "d.txt":
    "Ferry operator Bluewake has a new chief executive.\n\n" +
    "Bluewake chief executive Tamsin Oduya said the company would add four routes this summer.\n\n" +
    "She was appointed in Port Ellery after a board meeting.\n",
  "e.txt": "The regulator fined Quillon Rail £2m over late trains.\n\nQuillon Rail said it would appeal.\n",
};

let coverage: Coverage;
let cleanup = () => {};
beforeAll(async () => {
  const t = tempCorpus(files);
  cleanup = t.cleanup;
  coverage = buildCoverage(await loadCorpus(t.dir));
});
afterAll(() => cleanup());

const answerTo = (q: string) => (ask(coverage, q) as AskAnswer).answer ?? null;

describe("question shapes", () => {
  it("reads the kind from the question's opening words only", () => {
    expect(questionShape("How many people died?")?.kind).toBe("count");
    expect(questionShape("So, how much will the bridge cost?")?.kind).toBe("money");
    expect(questionShape("In what year was the dam built?")?.kind).toBe("when");
    expect(questionShape("Who runs the ferry company?")?.kind).toBe("who");
    expect(questionShape("Where did the ferry sink?")?.kind).toBe("where");
    expect(questionShape("The man who runs the ferry company")).toBeNull();
    expect(questionShape("What tariffs apply to steel?")).toBeNull();
  });

  it("keeps what a count counts, and the verb of a who question", () => {
    expect(questionShape("How many ferry routes will open?")?.focus).toContain("rout");
    expect(questionShape("Who opened the bridge?")?.verb).toBe("open");
    expect(questionShape("Who is the mayor?")?.verb).toBeNull();
  });
});

describe("direct answers", () => {
  it("answers a count with the figure, the outlets agreeing and the one disagreeing", () => {
    const a = answerTo("How many people did the floodwater from the Arno Dam kill?")!;
    expect(a.kind).toBe("count");
    expect(a.value).toBe("14");
    expect(a.agreement.outlets.sort()).toEqual(["River Herald", "Valley Post"]);
    expect(a.agreement.status).toBe("disagree");
    expect(a.agreement.others[0]!.value).toBe("17");
    expect(a.agreement.others[0]!.outlets).toEqual(["Delta Wire"]);
    expect(a.text).toMatch(/14 people — .*Valley Post.*; .*17 people — Delta Wire/);
  });

  it("answers how much with the amount and its currency", () => {
    const a = answerTo("How much will repairs to the Arno Dam cost?")!;
    expect(a.kind).toBe("money");
    expect(a.words).toBe("£42m");
    expect(a.unit).toBe("GBP");
  });

  it("answers when with the resolved day beside the article's words", () => {
    const a = answerTo("When did floods sweep through the town of Kellmoor?")!;
    expect(a.kind).toBe("when");
    expect(a.value).toBe("2031-04-08");
    expect(a.words).toBe("Tuesday");
  });

  it("answers who with a named actor the question does not name", () => {
    const a = answerTo("Who is the chief executive of Bluewake?")!;
    expect(a.value).toBe("Tamsin Oduya");
    expect(a.agreement.outlets).toEqual(["Harbour Times"]);
  });

  it("never answers who with the actor the question names, its punctuation aside", () => {
    expect(answerTo("Who fined Quillon Rail?")?.value ?? null).not.toBe("Quillon Rail");
  });

  it("answers where with a place, read through a pronoun in the next passage", () => {
    const a = answerTo("Where was Tamsin Oduya appointed?")!;
    expect(a.kind).toBe("where");
    expect(a.words).toBe("Port Ellery");
  });

  it("gives the value as the words of a cited sentence", () => {
    for (const q of [
      "How many people did the floodwater kill in Kellmoor?",
      "Who is the chief executive of Bluewake?",
    ]) {
      const a = answerTo(q)!;
      const text = coverage.articles.get(a.span.docId)!.text;
      expect(text.slice(a.span.start, a.span.end)).toBe(a.words);
      expect(a.sources[0]!.start).toBeLessThanOrEqual(a.span.start);
      expect(a.sources[0]!.end).toBeGreaterThanOrEqual(a.span.end);
    }
  });

  it("gives no answer when the top passages hold no value of the asked kind", () => {
    expect(answerTo("Where do the residents of Kellmoor sleep after the floods?")?.kind).not.toBe("count");
    expect(answerTo("How much did the school halls cost?")).toBeNull();
    expect(answerTo("Who invented the ferry?")).toBeNull();
    expect(answerTo("Floods in Kellmoor")).toBeNull();
  });

  it("is shown above the excerpts in the terminal and Discord, and in JSON", () => {
    const a = ask(coverage, "How many people did the floodwater from the Arno Dam kill?") as AskAnswer;
    const term = renderTerminal(a);
    expect(term).toMatch(
      /Answer: killed 14 people — Valley Post, River Herald; killed 17 people — Delta Wire/,
    );
    expect(term.indexOf("Answer:")).toBeLessThan(term.indexOf(" 1. "));
    const discord = renderDiscord(a).embeds[0]!.description!;
    expect(discord.startsWith("**Answer:** killed 14 people")).toBe(true);
    expect(discord).toContain("[Valley Post](https://example.org/a)");
    expect(JSON.parse(renderJson(a)).answer.value).toBe("14");
    const none = ask(coverage, "Floods in Kellmoor") as AskAnswer;
    expect(JSON.parse(renderJson(none)).answer).toBeNull();
  });
});
