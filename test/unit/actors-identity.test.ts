// Who is who in the actor model, on invented text: a generational suffix names another person, a
// surname several people of an article share never goes to an organisation named after it, and
// the learned tagger's guesses give way to the names the article introduced.
import { describe, expect, it } from "vitest";
import { switchOff } from "../../src/analysis/steps.ts";
import type { ActorModel } from "../../src/types.ts";
import { actorAt, model } from "../helpers/actors.ts";

const names = (m: ActorModel) => m.actors.map((x) => `${x.kind} ${x.name}`).sort();

describe("actor identity", () => {
  it("keeps a father and a son of one name apart", () => {
    const { m } = model(
      "Family feud\n\nHarold Brenwick Jr. said on Monday that he would take over the farm. His father, Harold Brenwick, said he was not ready to retire.\n",
    );
    const people = m.actors.filter((x) => x.kind === "person").map((x) => x.name);
    expect(people).toContain("Harold Brenwick");
    expect(people.some((n) => /Jr/.test(n))).toBe(true);
  });

  it("keeps a surname two people of the article share off the organisation named after it", () => {
    const { m, a } = model(
      "Shop deal\n\nTessa Corlan and her brother Mark Corlan founded Corlan Group in 1998. On Monday Corlan said the shops would stay open.\n",
    );
    expect(names(m)).toContain("organization Corlan Group");
    expect(actorAt(m, a, "Corlan", 3)).not.toBe("Corlan Group");
  });
});

describe("the tagger's guesses give way to the article's own names", () => {
  it("leaves a surname of a person the article introduced with that person", () => {
    const { m, a } = model(
      "Court case\n\nLawyers for Victor Amsell filed papers on Tuesday. Amsell denies the charges. The judge said Amsell would be heard next month.\n",
    );
    expect(actorAt(m, a, "Amsell", 1)).toBe("Victor Amsell");
    expect(actorAt(m, a, "Amsell", 2)).toBe("Victor Amsell");
  });

  it("does not read a run ending in an introduced surname as an organisation", () => {
    const { m } = model(
      "Film news\n\nActor Bruce Kellerman has a new film. In Tears of the Sun Kellerman plays a soldier.\n",
    );
    expect(names(m).some((n) => n.includes("Sun Kellerman"))).toBe(false);
  });

  it("does not make an actor of a name after 'a' or 'an'", () => {
    const { m } = model(
      "Coach named\n\nThe new coach started his career as a Royal Marine before becoming a teacher in Leeds.\n",
    );
    expect(names(m).some((n) => n.includes("Royal Marine"))).toBe(false);
  });

  it("does not take a brand the tagger half-reads as a surname for a person", () => {
    const { m } = model(
      "Sponsors\n\nThe club has a kit deal with Kelvane. Kelvane will pay the club for five years.\n",
    );
    expect(names(m)).not.toContain("person Kelvane");
  });

  it("types a club the rules alone cannot place, and only with the tagger's guesses on", () => {
    const text =
      "Results\n\nHalcombe Rovers beat Dunmere 3-1 at home on Saturday. Dunmere had won their last four games.\n";
    expect(names(model(text).m)).toContain("organization Dunmere");
    expect(names(model(text, switchOff("actors.tagger-guess")).m)).not.toContain("organization Dunmere");
  });
});

describe("organisations the tagger reads in sports copy", () => {
  const results =
    "Football results\n\nLeeds beat Halcombe Rovers 2-1 at home on Saturday, and Dunmere drew 0-0 with Kelton Athletic.\n";

  it("reads a club named after its town as an organisation, only with its step on", () => {
    expect(names(model(results).m)).toContain("organization Leeds");
    expect(names(model(results, switchOff("actors.tagger-org-over-place")).m)).not.toContain(
      "organization Leeds",
    );
  });

  it("leaves a town outside sports copy alone, whatever the tagger says", () => {
    const { m } = model(
      "Flood warning\n\nLeeds Council workers cleared drains on Saturday. Rain fell across Leeds and York, and roads out of Leeds were closed.\n",
    );
    expect(names(m)).toContain("organization Leeds Council");
    expect(names(m)).not.toContain("organization Leeds");
  });

  it("names a news bureau after its town", () => {
    const { m } = model(
      "Shares close higher\n\nShares closed higher on Friday, dealers said.\n\n-- London Newsroom +44 171 542 7658\n",
    );
    expect(names(m)).toContain("organization London Newsroom");
  });

  it("keeps a club the tagger is sure of on a single mention", () => {
    const { m } = model("Results\n\nHalcombe Rovers beat Dunmere 3-1 at home on Saturday.\n");
    expect(names(m)).toContain("organization Dunmere");
  });

  it("does not take a cricket score for a model number", () => {
    const { m } = model("Cricket\n\nAt Taunton: Kelworth 326-7 declared against Dunmere.\n");
    expect(names(m)).toContain("organization Kelworth");
  });
});
