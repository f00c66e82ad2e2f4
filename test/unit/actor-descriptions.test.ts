// /actor lists who the coverage says an actor is; a description another one ends with ("Leader"
// beside "Harbour Party leader") adds nothing and is left out.
import { describe, expect, it } from "vitest";
import { actor } from "../../src/answers/actor.ts";
import type { ActorAnswer } from "../../src/answers/actor-types.ts";
import { buildCoverage } from "../../src/coverage.ts";
import { corpusOf } from "../helpers/corpus.ts";

describe("/actor descriptions", () => {
  it("keeps the fullest form of a description, and the others", () => {
    const coverage = buildCoverage(
      corpusOf({
        "a.txt":
          "---\npublished: 2031-06-02\n---\nHarbour row\n\nHarbour Party leader Ann Voss said the plan was wrong. Leader Ann Voss added that she would vote against it. Mayor Ann Voss spoke on Monday.\n",
      }),
    );
    const a = actor(coverage, "Ann Voss") as ActorAnswer;
    const d = a.actor!.descriptions.map((x) => x.toLowerCase());
    expect(d).toContain("harbour party leader");
    expect(d).not.toContain("leader");
    expect(d).toContain("mayor");
  });
});
