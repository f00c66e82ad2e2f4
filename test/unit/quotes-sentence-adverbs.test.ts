// A sentence adverb written without its comma ("Nevertheless Orla Brennan, its singer, …") is not
// part of the name the quotation's speaker is given, in the quote layer or the actor model.
import { describe, expect, it } from "vitest";
import { buildActorModel } from "../../src/analysis/actors/index.ts";
import { buildArticle } from "../../src/corpus/article.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

const body =
  'Band wins prize\n\nThe Glass Harbour band won the award on Monday. Nevertheless Orla Brennan, its singer, was modest. "We never expected it," Brennan said.\n\nConsequently Tomas Reilly, the drummer, bought a new kit. "It changes everything for us," Reilly said.\n';

describe("a sentence adverb before a name", () => {
  it("is left out of the speaker's full name", () => {
    const qs = directQuotes(body);
    expect(speakerOf(qs, "We never expected")).toBe("Orla Brennan");
    expect(speakerOf(qs, "It changes everything")).toBe("Tomas Reilly");
  });

  it("is left out of the actor's name", () => {
    const r = buildArticle("a.txt", body);
    if (!r.ok) throw new Error(r.reason);
    const names = buildActorModel([r.article]).actors.map((a) => a.name);
    expect(names).toContain("Orla Brennan");
    expect(names).toContain("Tomas Reilly");
    expect(names.some((n) => /^(?:Nevertheless|Consequently) /.test(n))).toBe(false);
  });
});
