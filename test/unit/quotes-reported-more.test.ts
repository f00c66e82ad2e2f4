// Reported speech, session-5 classes of PolNeAR train misses (issue #13): long subjects,
// prepositional complements, more verbs of stance, and speakers that name no one. Each on
// sentences written for this test, with the step switched off to show what it adds.
import { describe, expect, it } from "vitest";
import { extractQuotes, type QuoteFound } from "../../src/analysis/quotes/index.ts";
import { ALL_STEPS, type StepSwitches, switchOff } from "../../src/analysis/steps.ts";
import { harbourArticle, TWO_INTRO } from "../helpers/harbour.ts";

const article = harbourArticle;

/** The people introduced before the sentence under test. */
const INTRO = TWO_INTRO;

const reported = (body: string, switches: StepSwitches = ALL_STEPS): QuoteFound[] =>
  extractQuotes(article(`${INTRO}\n\n${body}`), null, switches).filter((q) => q.kind === "reported");

const one = (body: string, switches: StepSwitches = ALL_STEPS) => {
  const rs = reported(body, switches);
  return rs.length === 1 ? { text: rs[0]!.text, speaker: rs[0]!.speakerName } : rs.length;
};

describe("reported speech after a long subject", () => {
  it("gives the clause to the name opening the sentence, past a role and a relative clause", () => {
    const s =
      "Tobias Wrenfield, acting director of the Tidewatch Trust, which organized the petition, said the ferry fees had been set in secret.";
    expect(one(s)).toEqual({ text: "the ferry fees had been set in secret", speaker: "Tobias Wrenfield" });
    // Without the step (and name-before-role and which-past-role-apposition, which also give a
    // role's name) the relative clause's antecedent, the role, is taken for the speaker.
    expect(
      one(
        s,
        switchOff(
          "quotes.reported-long-subject",
          "quotes.name-before-role",
          "quotes.which-past-role-apposition",
        ),
      ),
    ).toMatchObject({
      speaker: "acting director of the Tidewatch Trust",
    });
  });

  it("reads past a relative clause and an opening 'But'", () => {
    const s =
      "But Tobias Wrenfield, who took over the harbour office after the storm, said the pier needs new pilings.";
    expect(one(s)).toEqual({ text: "the pier needs new pilings", speaker: "Tobias Wrenfield" });
  });

  it("takes no clause's subject after 'said' for a tag's speaker", () => {
    // "…, said Calloway would …": Calloway is the clause's subject, not who said it.
    const s = "Tobias Wrenfield, the harbour master, said Calloway would sign the lease on Friday.";
    expect(one(s)).toEqual({ text: "Calloway would sign the lease on Friday", speaker: "Tobias Wrenfield" });
    // Without the steps the tag reading wins (the name after 'said' as speaker) or nothing is read
    // (the opening name and apposition, read as the subject, also rule the tag out).
    expect(
      one(s, switchOff("quotes.reported-inverted-tag-end", "quotes.reported-apposition-not-tag")),
    ).not.toEqual(one(s));
    // A real inverted tag still gives the words before it to the name after the verb.
    expect(one("The pier will not survive another winter, said Wrenfield.")).toEqual({
      text: "The pier will not survive another winter",
      speaker: "Tobias Wrenfield",
    });
  });
});

describe("reported speech: the object of a preposition", () => {
  it("reads 'warned of', 'spoke out against', 'distanced herself from'", () => {
    const s = "Calloway warned of a long winter for the ferry crews.";
    expect(one(s)).toEqual({ text: "a long winter for the ferry crews", speaker: "Ines Calloway" });
    expect(one(s, switchOff("quotes.reported-prep-object"))).toBe(0);
    expect(one("Calloway spoke out against the new toll on the coastal road.")).toMatchObject({
      text: "the new toll on the coastal road",
    });
    expect(one("Calloway has distanced herself from the harbour board.")).toMatchObject({
      text: "the harbour board",
      speaker: "Ines Calloway",
    });
  });

  it("reads an adjective of stance after a copula ('was sharply critical of')", () => {
    expect(one("Wrenfield was sharply critical of the plan to sell the pier.")).toEqual({
      text: "the plan to sell the pier",
      speaker: "Tobias Wrenfield",
    });
  });

  it("takes no noun for the verb ('his remarks about', 'the campaign for')", () => {
    expect(one("The crowd cheered his remarks about the toll road at length.")).toBe(0);
    expect(one("Reporters covered the ferry campaign for the island vote all week.")).toBe(0);
  });
});

describe("reported speech: more verbs of stance, knowledge and trying", () => {
  it("reads 'derided', 'learned that', 'tried to'", () => {
    const s = "Calloway derided the plan to close the night ferry.";
    expect(one(s)).toEqual({ text: "the plan to close the night ferry", speaker: "Ines Calloway" });
    expect(one(s, switchOff("quotes.reported-more-verbs"))).toBe(0);
    expect(one("Wrenfield learned that the dredger had left the port early.")).toMatchObject({
      text: "the dredger had left the port early",
      speaker: "Tobias Wrenfield",
    });
    expect(one("Calloway tried to block the sale of the eastern pier.")).toMatchObject({
      speaker: "Ines Calloway",
    });
  });

  it("reads a base form as a verb only after a name, a pronoun or an auxiliary", () => {
    expect(one("Calloway and Wrenfield both said so. They oppose the plan to sell the pier.")).toBe(0);
    expect(one("Calloway will oppose the plan to sell the pier.")).toMatchObject({
      speaker: "Ines Calloway",
    });
    expect(one("Public support for the plan to sell the pier has faded.")).toBe(0);
  });
});

describe("reported speech: speakers that name no one", () => {
  it("drops a dateline, a US state, or a lone opening quantifier as the speaker", () => {
    expect(one("One month later, insisting the fees were fair, the board raised them again.")).toBe(0);
    expect(one("PARIS — Proposing a new toll, the minister spoke at length.")).toBe(0);
    const s = "Iowa, Wrenfield noted, has no ferries at all.";
    expect(one(s)).toMatchObject({ speaker: "Tobias Wrenfield" });
  });
});

describe("reported speech by a poll, survey or report", () => {
  it("gives the finding to the document as the article names it, past 'released Monday'", () => {
    const s = "A Harbour Gazette/Tidewatch poll released Monday found that most riders want a night ferry.";
    expect(one(s)).toEqual({
      text: "most riders want a night ferry",
      speaker: "Harbour Gazette/Tidewatch poll",
    });
    expect(one(s, switchOff("quotes.reported-document"))).toBe(0);
  });

  it("reads 'In a <maker> poll, …' and leaves a poll naming no maker alone", () => {
    expect(one("In a Harbour Gazette poll, most riders backed the night ferry.")).toEqual({
      text: "most riders backed the night ferry",
      speaker: "Harbour Gazette poll",
    });
    expect(one("A new poll released Monday found that most riders want a night ferry.")).toBe(0);
  });
});

describe("reported speech in an infinitive or gerund of the sentence's subject", () => {
  it("gives 'was quick to condemn', 'took the step of criticizing' to the name opening the sentence", () => {
    const s = "Calloway was quick to condemn the new toll on the coastal road.";
    expect(one(s)).toEqual({ text: "the new toll on the coastal road", speaker: "Ines Calloway" });
    expect(one(s, switchOff("quotes.reported-infinitive-subject"))).toBe(0);
    expect(one("Calloway took the unusual step of criticizing the harbour board.")).toMatchObject({
      text: "the harbour board",
      speaker: "Ines Calloway",
    });
  });

  it("leaves the infinitive alone when someone else between could be its subject", () => {
    const rs = reported("Calloway urged Wrenfield to condemn the new toll on the coastal road.");
    expect(rs.filter((r) => r.cue === "condemn")).toEqual([]);
    const voters = reported("Calloway pressed voters to condemn the new toll on the coastal road.");
    expect(voters.filter((r) => r.cue === "condemn")).toEqual([]);
  });
});
