// "The home secretary said": across a corpus, the office goes to the person it names, not to the
// latest person holding some other secretary's post or holding it no more.
import { describe, expect, it } from "vitest";
import { actorAt, corpusModel } from "../helpers/actors.ts";

const background = {
  "a.txt": "Ferry talks\n\nForeign Secretary Jack Dorran flew to Oslo on Monday for talks on ferries.\n",
  "b.txt": "Port row\n\nHome Secretary Ann Pellow said the port checks would stay in place.\n",
  "c.txt": "Old files\n\nFormer culture secretary Tom Barrow, who left office in 1999, wrote a memoir.\n",
  "e.txt": "Budget day\n\nPrime Minister Tim Blare backed the budget on Wednesday.\n",
  "f.txt": "Summit\n\nPrime Minister Tim Blare arrived in Rome for the summit.\n",
  "g.txt": "Profile\n\nGus Brand, the prime minister in waiting, gave a lecture in Leeds.\n",
};

function roleHolder(text: string, phrase: string): string | null {
  const { m, doc } = corpusModel({ ...background, "d.txt": text });
  return actorAt(m, doc("d.txt"), phrase);
}

describe("office nouns across the corpus", () => {
  it("gives 'the home secretary' to the home secretary, not the latest secretary named", () => {
    const text =
      "Visa plan\n\nAnn Pellow met Jack Dorran on Tuesday. The home secretary said the visa plan was fair.\n";
    expect(roleHolder(text, "The home secretary")).toBe("Ann Pellow");
  });

  it("gives an office to no one who never held it", () => {
    const text = "Arts cuts\n\nAnn Pellow met Jack Dorran on Tuesday. The culture secretary said nothing.\n";
    expect(roleHolder(text, "The culture secretary")).toBeNull();
  });

  it("prefers the holder most of the coverage gives the office", () => {
    const text =
      "Poster\n\nTim Blare and Gus Brand unveiled a poster. The prime minister praised the plan.\n";
    expect(roleHolder(text, "The prime minister")).toBe("Tim Blare");
  });

  it("does not hand the office to someone who held it in the past", () => {
    const text =
      "Arts cuts\n\nTom Barrow opened the gallery on Friday. The culture secretary was not there.\n";
    expect(roleHolder(text, "The culture secretary")).toBeNull();
  });

  it("reads an office written as a title ('The Foreign Secretary told …') as the office", () => {
    const text =
      "Envoy row\n\nJack Dorran met Ann Pellow on Tuesday. The Foreign Secretary told the BBC the row was over.\n";
    expect(roleHolder(text, "The Foreign Secretary")).toBe("Jack Dorran");
    const prime = "Poster\n\nTim Blare and Gus Brand unveiled a poster. The Prime Minister praised it.\n";
    expect(roleHolder(prime, "The Prime Minister")).toBe("Tim Blare");
  });
});
