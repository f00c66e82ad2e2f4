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

describe("a lead closing on an unnamed document, the first speaker after it naming something else", () => {
  const body = [
    "Few towns on the coast have met their targets for cleaner beaches, a report says.",
    "",
    "The study, undertaken by the Shoreline Trust, looked at forty resorts. In 2001 mayors at a meeting in Polwick pledged to clean every beach by 2010.",
  ].join("\n");

  it("is the document's issuer", () => {
    expect(headlineSpeaker("Beach clean-ups 'too slow'", body)).toBe("Shoreline Trust");
  });

  it("is not the issuer with the switch off", () => {
    const off = switchOff("quotes.headline-issuer-over-lead-source", "quotes.headline-document-issuer");
    expect(headlineSpeaker("Beach clean-ups 'too slow'", body, off)).not.toBe("Shoreline Trust");
  });
});

describe("a lead that reports nobody, the next sentence opening on a named reporter", () => {
  const body = [
    "Hundreds of council jobs have already been cut as part of a drive to save money.",
    "",
    "Council leader Marta Quill said 400 jobs had gone and more had been saved than planned. Unions oppose the cuts.",
  ].join("\n");

  it("is that reporter's", () => {
    expect(headlineSpeaker("Council cuts 'ahead of plan'", body)).toBe("Marta Quill");
  });

  it("is no one's with the switch off", () => {
    const off = switchOff("quotes.headline-plain-lead-next-reporter");
    expect(headlineSpeaker("Council cuts 'ahead of plan'", body, off)).toBeNull();
  });

  it("stays no one's when the lead opens on an indefinite agent the next sentence names", () => {
    const agent = body.replace(
      "Hundreds of council jobs have already been cut",
      "A northern council has cut hundreds of jobs",
    );
    expect(headlineSpeaker("Council cuts 'ahead of plan'", agent)).toBeNull();
  });
});

describe("a lead closing on an unnamed role the next sentences name", () => {
  const body = [
    "Former Tide Kings drummer Ollie Brandt was held after a scuffle at a festival in Leeds on Friday, his agent has said.",
    "",
    "A fan climbed on stage and grabbed the drummer, who then pushed a steward, talent agent Rhona Melby said. Police said no charges were brought.",
    "",
    "Brandt finished the set after a short break.",
  ].join("\n");

  it("is the person the same role noun names", () => {
    expect(headlineSpeaker("Drummer Ollie Brandt 'in festival scuffle'", body)).toBe("Rhona Melby");
  });

  it("is the named drummer with the switch off", () => {
    const off = switchOff("quotes.headline-lead-role-named-later");
    expect(headlineSpeaker("Drummer Ollie Brandt 'in festival scuffle'", body, off)).not.toBe("Rhona Melby");
  });
});

describe("a lead whose passive holds the words and closes on its agent", () => {
  const body = [
    "The Kestrel 200 kettle has been chosen as the best buy of the decade, by consumer magazine Home Goods.",
    "",
    "The kettle was praised for its quiet boil. Other winners included a toaster and a fridge.",
  ].join("\n");

  it("is the agent's", () => {
    expect(headlineSpeaker("Old kettle is 'best buy'", body)).toBe("Home Goods");
  });

  it("is no one's with the switch off", () => {
    const off = switchOff("quotes.headline-lead-passive-agent");
    expect(headlineSpeaker("Old kettle is 'best buy'", body, off)).toBeNull();
  });
});

describe("a plural organisation before a plain verb and the headline's words", () => {
  const body = [
    'Green Party delegates are gathering in Crewe for their spring conference, declaring farmers need "a fair deal now".',
    "",
    "The Greens say talks with the supermarkets have stalled. The Greens will meet again in May.",
  ].join("\n");

  it("is the organisation's", () => {
    expect(headlineSpeaker("Greens urge 'fair deal' for farmers", body)).toBe("Greens");
  });

  it("is the lead's delegates with the switch off", () => {
    const off = switchOff("quotes.headline-plural-org-verb");
    expect(headlineSpeaker("Greens urge 'fair deal' for farmers", body, off)).toBe("Green Party delegates");
  });
});
