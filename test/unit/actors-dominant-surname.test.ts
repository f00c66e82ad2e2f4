// "Mr Kessler said" in an article that gives no full name: across the coverage, the person of
// that surname named in far more articles than any other (dominant-surname, session 29). Not when
// the article names or describes a Kessler of its own.
import { describe, expect, it } from "vitest";
import { switchOff } from "../../src/analysis/steps.ts";
import { actorAt, corpusModel } from "../helpers/actors.ts";

const leader = (i: number) => [
  `l${i}.txt`,
  `Party news ${i}\n\nOpposition leader Mark Kessler spoke in town ${i} on Monday about schools.\n`,
];
const files = (extra: Record<string, string>) => ({
  ...Object.fromEntries([1, 2, 3, 4, 5, 6].map(leader)),
  "f.txt": "Film news\n\nDirector Ron Kessler opened his new film in Leeds.\n",
  ...extra,
});

describe("a surname-only person across the coverage", () => {
  it("is the person of that surname the coverage names far more often", () => {
    const { m, doc } = corpusModel(
      files({ "d.txt": "Schools row\n\nMr Kessler said the plan for schools was a mess.\n" }),
    );
    expect(actorAt(m, doc("d.txt"), "Kessler")).toBe("Mark Kessler");
  });

  it("is not that person when the article names or describes a Kessler of its own", () => {
    const named =
      "Schools row\n\nHead teacher Jo Kessler spoke to parents. Mr Kessler said the plan was a mess.\n";
    const a = corpusModel(files({ "d.txt": named }));
    expect(actorAt(a.m, a.doc("d.txt"), "Kessler", 1)).not.toBe("Mark Kessler");
    const described = "Schools row\n\nInspector Kessler said the plan for schools was a mess.\n";
    const b = corpusModel(files({ "d.txt": described }));
    expect(actorAt(b.m, b.doc("d.txt"), "Kessler")).not.toBe("Mark Kessler");
  });

  it("stays on its own with the step off", () => {
    const text = "Schools row\n\nMr Kessler said the plan for schools was a mess.\n";
    const { m, doc } = corpusModel(files({ "d.txt": text }), switchOff("actors.dominant-surname"));
    expect(actorAt(m, doc("d.txt"), "Kessler")).not.toBe("Mark Kessler");
  });
});
