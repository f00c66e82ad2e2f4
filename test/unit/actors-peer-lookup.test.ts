// A peer asked for by style and name ("Lord Tarvey", "Baroness Orme") is the actor the
// coverage holds under the name, as "Mr Tarvey" always was.
import { describe, expect, it } from "vitest";
import { buildActorModel } from "../../src/analysis/actors/index.ts";
import { quotes } from "../../src/answers/quotes.ts";
import { buildArticle } from "../../src/corpus/article.ts";
import { buildCoverage } from "../../src/coverage.ts";
import { corpusOf } from "../helpers/corpus.ts";

const TEXT = `Legal advice row\n\nAttorney General Lord Tarvey said: "My advice was clear." Baroness Orme told peers: "We were misled."`;

describe("looking up a peer", () => {
  it("resolves 'Lord X' and 'Baroness Y' to the actors", () => {
    const built = buildArticle("p.txt", TEXT);
    if (!built.ok) throw new Error(built.reason);
    const model = buildActorModel([built.article]);
    expect(model.resolve("Lord Tarvey")?.id).toBe(model.resolve("Tarvey")?.id);
    expect(model.resolve("Lord Tarvey")).not.toBeNull();
    expect(model.resolve("baroness orme")).not.toBeNull();
  });

  it("lists a peer's quotations when asked for by style", () => {
    const a = quotes(buildCoverage(corpusOf({ "p.txt": TEXT })), "Lord Tarvey");
    if ("error" in a) throw new Error(a.error);
    expect(a.items[0]!.quote).toContain("My advice was clear");
  });
});
