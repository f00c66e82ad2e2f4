import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ask } from "../../src/answers/ask.ts";
import { saidAboutQuestion } from "../../src/answers/said-about.ts";
import type { AskAnswer } from "../../src/answers/types.ts";
import { loadCorpus } from "../../src/corpus/load.ts";
import { buildCoverage, type Coverage } from "../../src/coverage.ts";
import { renderDiscord } from "../../src/render/discord.ts";
import { embedChars, LIMITS } from "../../src/render/limits.ts";
import { renderTerminal } from "../../src/render/terminal.ts";
import { tempCorpus } from "../helpers/corpus.ts";

// A corpus written for this test: two speakers on one bridge, one of them on ferries too.
const files = {
  "sources.json": JSON.stringify({
    "a.txt": { outlet: "Valley Herald", url: "https://example.org/a", published: "2031-03-02" },
    "b.txt": { outlet: "Coast Daily", url: "https://example.org/b", published: "2031-03-04" },
  }),
  "a.txt":
    'Orlin bridge to open in May\n\nMayor Ilse Varga said on Monday that the Orlin bridge would open to traffic in May.\n\n"The bridge is the future of this city and we will not wait another year," Varga told reporters at the town hall.\n\nVarga also warned that ferry fares would rise in the autumn.\n',
  "b.txt":
    'Council split over bridge cost\n\nCouncillor Tomas Brack said the bridge had cost twice what the council was promised.\n\n"Nobody on this council voted for a blank cheque," Brack said.\n\nThe harbour authority declined to comment.\n',
};

let coverage: Coverage;
let cleanup = () => {};
beforeAll(async () => {
  const t = tempCorpus(files);
  cleanup = t.cleanup;
  coverage = buildCoverage(await loadCorpus(t.dir));
});
afterAll(() => cleanup());

const asked = (q: string) => ask(coverage, q) as AskAnswer;

describe("/ask: what did X say about Y", () => {
  it("reads the speaker and the topic from the usual phrasings, and nothing from other questions", () => {
    expect(saidAboutQuestion("What did Varga say about the bridge?")).toEqual({
      who: "Varga",
      topic: "the bridge",
    });
    expect(saidAboutQuestion("what has Mayor Varga said on ferry fares")).toEqual({
      who: "Mayor Varga",
      topic: "ferry fares",
    });
    expect(saidAboutQuestion("What did Brack tell reporters about the cost?")?.who).toBe("Brack");
    expect(saidAboutQuestion("Did Brack say anything about the council?")?.topic).toBe("the council");
    expect(saidAboutQuestion("What Varga said about the bridge")?.who).toBe("Varga");
    expect(saidAboutQuestion("How has Brack spoken of the council?")?.topic).toBe("the council");
    expect(saidAboutQuestion("What did he say about the bridge?")).toBeNull();
    expect(saidAboutQuestion("When will the bridge open?")).toBeNull();
    expect(saidAboutQuestion("Who said the bridge is the future?")).toBeNull();
  });

  it("leads with the speaker's own quotation on the topic, then the paraphrase, never another speaker's", () => {
    const a = asked("What did Varga say about the bridge?");
    expect(a.said?.speaker).toBe("Ilse Varga");
    const [first, ...rest] = a.said!.matches;
    expect(first!.quote).toContain("The bridge is the future of this city");
    expect(first!.paraphrase).toBeUndefined();
    expect(rest.some((m) => m.paraphrase && m.quote.includes("bridge would open"))).toBe(true);
    expect(a.said!.matches.every((m) => m.speaker === "Ilse Varga")).toBe(true);
    // Her ferry warning is not about the bridge.
    expect(a.said!.matches.some((m) => m.quote.includes("ferry"))).toBe(false);
    expect(a.said!.matches[0]!.sources[0]).toMatchObject({
      outlet: "Valley Herald",
      url: "https://example.org/a",
    });
  });

  it("says so when the speaker is quoted but never on the topic, and still shows the passages", () => {
    const a = asked("What did Brack say about ferry fares?");
    expect(a.said).toMatchObject({ speaker: "Tomas Brack", matches: [] });
    const text = renderTerminal(a);
    expect(text).toContain("No quotation of Tomas Brack in the coverage uses the words “ferry fares”");
    expect(text).toContain("ferry fares would rise");
  });

  it("leaves the question to the passages when it names no one the coverage quotes", () => {
    expect(asked("What did the emperor say about the bridge?").said).toBeUndefined();
    expect(asked("What did he say about the bridge?").said).toBeUndefined();
    expect(asked("When will the Orlin bridge open?").said).toBeUndefined();
  });

  it("shows the quotations first in Discord, inside the message limits, pinging no one", () => {
    const m = renderDiscord(asked("@everyone what did Brack say about the council?"));
    expect(m.embeds[0]!.title).toBe("What Tomas Brack said about “the council”");
    expect(m.embeds[0]!.description).toContain("Nobody on this council voted for a blank cheque");
    expect(m.embeds[1]!.title).toMatch(/^Coverage on:/);
    expect(m.embeds.reduce((s, e) => s + embedChars(e), 0)).toBeLessThanOrEqual(LIMITS.embedTotal);
    expect(m.allowed_mentions).toEqual({ parse: [] });
    const terminal = renderTerminal(asked("what did Brack say about the council"));
    expect(terminal.indexOf("What Tomas Brack said about")).toBeLessThan(terminal.indexOf("Coverage on"));
  });
});
