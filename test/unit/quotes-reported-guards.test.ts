// Reported speech that is no speech, found on the seed coverage and written here anew: a
// sourcing formula after "spoke on", a counted thing handed over, a possessive name run before a
// verb that is also a noun, a subject read on into its own participle, content running on into
// another speaker's quotation, and a country taken for the fuller name of a city.
import { describe, expect, it } from "vitest";
import { extractQuotes, type QuoteFound } from "../../src/analysis/quotes/index.ts";
import { ALL_STEPS, type StepSwitches, switchOff } from "../../src/analysis/steps.ts";
import { harbourArticle, TWO_INTRO } from "../helpers/harbour.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

const reported = (body: string, switches: StepSwitches = ALL_STEPS): QuoteFound[] =>
  extractQuotes(harbourArticle(`${TWO_INTRO}\n\n${body}`), null, switches).filter(
    (q) => q.kind === "reported",
  );

const texts = (rs: QuoteFound[]) => rs.map((q) => `${q.speakerName}: ${q.text}`);

describe("reported speech that names how someone spoke or what they handed over", () => {
  it("reads no content in 'spoke on condition of anonymity' or 'on behalf of'", () => {
    const s =
      "The aide, who spoke on condition of anonymity to describe the talks, said the ferry deal was close. A clerk spoke on behalf of the harbour board.";
    const rs = reported(s);
    expect(texts(rs).join(" | ")).not.toMatch(/condition of anonymity|behalf of/);
    expect(rs.some((q) => q.text === "the ferry deal was close")).toBe(true);
    const off = reported(s, switchOff("quotes.reported-sourcing-formula"));
    expect(texts(off).join(" | ")).toMatch(/condition of anonymity/);
  });

  it("reads no content in a counted thing handed over, but keeps a statement released", () => {
    const s =
      "The port authority delivered 40 pallets of sandbags to the quay and released 12 ferries. Tobias Wrenfield released a statement condemning the delay. Wrenfield lists three reasons for it.";
    const rs = reported(s);
    expect(texts(rs).join(" | ")).not.toMatch(/40 pallets|12 ferries/);
    expect(rs.some((q) => q.text.startsWith("a statement condemning"))).toBe(true);
    expect(rs.some((q) => q.text.startsWith("three reasons"))).toBe(true);
    const off = reported(s, switchOff("quotes.reported-counted-object"));
    expect(texts(off).join(" | ")).toMatch(/40 pallets/);
  });
});

describe("speakers that are no subject of the cue", () => {
  it("reads 'her State of the Harbour address' as one noun phrase, no one addressing", () => {
    const rs = reported(
      "The mayor spoke on Monday in her State of the Harbour address marking a year in office.",
    );
    expect(rs.map((q) => q.speakerName)).not.toContain("her State of the Harbour");
  });

  it("ends the subject before its own participle ('officials singing her praises')", () => {
    const s =
      "Despite Alder officials singing her praises, and constantly highlighting the new pier, Wrenfield said nothing.";
    const got = reported(s).find((q) => q.text.startsWith("the new pier"));
    expect(got?.speakerName).toBe("Alder officials");
    const off = reported(s, switchOff("quotes.reported-subject-before-participle")).find((q) =>
      q.text.startsWith("the new pier"),
    );
    expect(off?.speakerName).not.toBe("Alder officials");
  });

  it("stops the content where another speaker's quotation opens", () => {
    const rs = reported(
      "Despite Alder officials singing her praises, and constantly highlighting the work of the crews, Wrenfield flatly said last week: “The pier is a disgrace.”",
    );
    const got = rs.find((q) => q.text.startsWith("the work of the crews"));
    expect(got?.text).toBe("the work of the crews");
  });

  it("keeps an aside inside the content ('the pier, he said, would open')", () => {
    const rs = reported("Wrenfield said the pier, he added, would open in May.");
    expect(rs.some((q) => q.text === "the pier, he added, would open in May")).toBe(true);
  });
});

describe("a country is no short name of a city named after it", () => {
  it("keeps 'Mexico' its own speaker when the article names 'Mexico City'", () => {
    const rs = reported(
      "Officials met in Mexico City on Monday. Mexico avoided new tariffs in July by agreeing to renegotiate the pact.",
    );
    expect(rs.map((q) => q.speakerName)).not.toContain("Mexico City");
  });
});

describe("a speech still to come inside another's report", () => {
  const body =
    "Ferry talks\n\nA senior harbour official said the Port Alder council hopes to announce “firm steps” on fares next week. Mayor Ines Calloway is expected to say “the fares will fall” on Friday.";

  it("gives the quoted words to the reporter, and 'is expected to say' alone to its subject", () => {
    const qs = directQuotes(body);
    expect(speakerOf(qs, "firm steps")).toBe("A senior harbour official");
    expect(speakerOf(qs, "the fares will fall")).toBe("Ines Calloway");
  });

  it("gives them to the subject of 'hopes to announce' with the rule off", () => {
    const qs = directQuotes(body, switchOff("quotes.expected-inside-report"));
    expect(speakerOf(qs, "firm steps")).not.toBe("A senior harbour official");
  });
});
