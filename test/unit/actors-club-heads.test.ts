// A sports club's name ends in a club word ("Harriers", "Rovers", "Albion"): an organisation, not a
// person with an odd surname, so no "he" of the article goes to it.
import { describe, expect, it } from "vitest";
import { buildActorModel } from "../../src/analysis/actors/index.ts";
import { buildArticle } from "../../src/corpus/article.ts";

describe("club names", () => {
  it("reads a club ending in a club word as an organisation", () => {
    const text =
      "Relay gold\n\nThe sprinter, who runs for Dunmore Harriers, won in Paris. Kelso Rovers and " +
      "Tarrant Albion drew 1-1 on Saturday, and Carrow Wanderers lost at the Royal Lyceum Theatre.\n";
    const built = buildArticle("x.txt", text);
    if (!built.ok) throw new Error(built.reason);
    const model = buildActorModel([built.article]);
    for (const name of ["Dunmore Harriers", "Kelso Rovers", "Tarrant Albion", "Carrow Wanderers"])
      expect(model.resolve(name)?.kind, name).toBe("organization");
  });
});
