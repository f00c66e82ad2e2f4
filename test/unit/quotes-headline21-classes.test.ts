// Headline quotations whose source the lead or the sentences after it name (session 21, issue
// #13), on invented text: each rule's own sentences, and the same sentences with its switch off.
import { describe, expect, it } from "vitest";
import { buildActorModel } from "../../src/analysis/actors/index.ts";
import { extractQuotes } from "../../src/analysis/quotes/index.ts";
import { ALL_STEPS, type StepSwitches, switchOff } from "../../src/analysis/steps.ts";
import { buildArticle } from "../../src/corpus/article.ts";

/** The headline quotation's speaker (the first quotation: the title's). */
const headlineSpeaker = (title: string, body: string, switches: StepSwitches = ALL_STEPS) => {
  const r = buildArticle("news/001.txt", `${title}\n\n${body}`);
  if (!r.ok) throw new Error(r.reason);
  const qs = extractQuotes(r.article, buildActorModel([r.article], switches), switches);
  return qs.filter((q) => q.kind !== "reported")[0]?.speakerName ?? null;
};

describe("a headline voiced through a document whose issuer the body names", () => {
  const study = [
    "Most apprentices in the boatbuilding trade leave within two years of starting, according to a study published on Monday.",
    "",
    "Only one in five stays for a third year. The research was carried out jointly by the Marine Skills Trust and a college in Fenwick.",
    "",
    "Trainees said the hours were long and the pay low.",
  ].join("\n");

  it("is the issuer's", () => {
    expect(headlineSpeaker("Apprentices 'quit boatyards early'", study)).toBe("Marine Skills Trust");
  });

  it("is the unnamed document's with the switch off", () => {
    const off = switchOff("quotes.headline-document-issuer");
    expect(headlineSpeaker("Apprentices 'quit boatyards early'", study, off)).not.toBe("Marine Skills Trust");
  });

  const figures = [
    "Ferry crossings on the northern routes are finally picking up again after a slow winter.",
    "",
    "Figures from the port watchdog, the Coastal Transport Board, show bookings have doubled since March. Fares have stayed level.",
  ].join("\n");

  it('is the issuer the sentence after the lead names ("Figures from …")', () => {
    expect(headlineSpeaker("Ferry trade 'back to normal'", figures)).toBe("Coastal Transport Board");
  });

  it("is no one's with the switch off", () => {
    const off = switchOff("quotes.headline-document-issuer");
    expect(headlineSpeaker("Ferry trade 'back to normal'", figures, off)).toBeNull();
  });

  it("stays no one's when the lead's document word is no report (\"a stack of paper\")", () => {
    const paper = figures
      .replace("after a slow winter", "after a slow winter, carrying a stack of paper")
      .replace("Figures from", "Reports in");
    expect(headlineSpeaker("Ferry trade 'back to normal'", paper)).toBeNull();
  });
});

describe("a name before the headline's words that is the lead's subject, reported by another", () => {
  const body = [
    "Folk singer Tamsin Odell is to record an album of sea shanties with a Cornish choir, according to the Western Gazette.",
    "",
    "The paper said recording would start in the spring. Odell has sung with the choir since she was a girl.",
  ].join("\n");

  it("is the lead's reporter", () => {
    expect(headlineSpeaker("Odell 'to record shanty album'", body)).toBe("Western Gazette");
  });

  it("is the named subject with the switch off", () => {
    const off = switchOff("quotes.headline-subject-not-source");
    expect(headlineSpeaker("Odell 'to record shanty album'", body, off)).toBe("Tamsin Odell");
  });

  it("stays the named person when the lead is her own report", () => {
    const own = body.replace(", according to the Western Gazette.", ", she has said.");
    expect(headlineSpeaker("Odell 'to record shanty album'", own)).toBe("Tamsin Odell");
  });
});
