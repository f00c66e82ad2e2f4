import { describe, expect, it } from "vitest";
import { answersQuestion, weigh } from "../../src/answers/ask-rule.ts";
import { conceptsOf } from "../../src/search/expand.ts";
import type { PassageIndex } from "../../src/search/index.ts";

/** An index of `size` passages where each term is held by the given number of passages (the rarer,
 *  the heavier: any such weight will do here). */
function indexWith(size: number, df: Record<string, number>): PassageIndex {
  const dfOf = (t: string) => df[t] ?? 0;
  return { size, df: dfOf, idf: (t: string) => Math.log(size / (dfOf(t) + 1)) } as unknown as PassageIndex;
}

const hit = (matched: string[], titleMatched: string[] = []) => ({ ref: 0, score: 1, matched, titleMatched });

describe("whether a passage answers a question", () => {
  // 40,000 passages: "volcano" and "lorvin" are rare (under 40), "damage" and "city" common.
  const index = indexWith(40_000, { volcano: 3, erupt: 5, lorvin: 4, damag: 900, citi: 2_000 });
  const q = (text: string) =>
    weigh(
      index,
      conceptsOf(text, (t) => index.df(t) > 0),
    );

  it("refuses a passage missing a rare word of the question, though it holds most of the IDF mass", () => {
    expect(answersQuestion(q("Volcano eruption in Lorvin"), hit(["volcano", "erupt"]))).toBe(false);
    expect(answersQuestion(q("Volcano eruption in Lorvin"), hit(["volcano", "erupt", "lorvin"]))).toBe(true);
  });

  it("counts a rare word held by the article's headline", () => {
    expect(answersQuestion(q("Volcano eruption in Lorvin"), hit(["volcano", "erupt"], ["lorvin"]))).toBe(
      true,
    );
  });

  it("does not require the common words", () => {
    expect(answersQuestion(q("Volcano damage in Lorvin city"), hit(["volcano", "lorvin"]))).toBe(true);
  });

  it("requires no word in a coverage too small to call a word rare", () => {
    const small = indexWith(70, { volcano: 1, erupt: 1, lorvin: 1 });
    const w = weigh(
      small,
      conceptsOf("Volcano eruption in Lorvin", (t) => small.df(t) > 0),
    );
    expect(answersQuestion(w, hit(["volcano", "erupt"]))).toBe(true);
  });
});
