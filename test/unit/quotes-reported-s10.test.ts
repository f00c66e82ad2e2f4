// Reported speech, session-10 classes of PolNeAR train misses (issue #13): cuts at cues that
// attribute nothing, coordinated verbs, dash asides, more verbs of stance. Each on sentences
// written for this test, with its step switched off to show what it adds.
import { describe, expect, it } from "vitest";
import { buildActorModel } from "../../src/analysis/actors/index.ts";
import { extractQuotes, type QuoteFound } from "../../src/analysis/quotes/index.ts";
import { ALL_STEPS, type StepSwitches, switchOff } from "../../src/analysis/steps.ts";
import { harbourArticle, TWO_INTRO } from "../helpers/harbour.ts";

const article = harbourArticle;

/** The people introduced before the sentence under test. */
const INTRO = TWO_INTRO;

const reported = (body: string, switches: StepSwitches = ALL_STEPS, withActors = false) => {
  const a = article(`${INTRO}\n\n${body}`);
  return extractQuotes(a, withActors ? buildActorModel([a]) : null, switches)
    .filter((q: QuoteFound) => q.kind === "reported")
    .map((q) => ({ text: q.text, speaker: q.speakerName }));
};

const off = (...steps: string[]) => switchOff(...steps.map((s) => `quotes.${s}`));

describe("content cuts", () => {
  it("does not cut at a cue whose speaker is dropped", () => {
    const s = "Wrenfield says he phoned the ferry office and the crews planned to strike on Friday.";
    expect(reported(s)).toEqual([
      {
        text: "he phoned the ferry office and the crews planned to strike on Friday",
        speaker: "Tobias Wrenfield",
      },
    ]);
    expect(reported(s, off("reported-untrusted-no-cut"))).toEqual([
      { text: "he phoned the ferry office", speaker: "Tobias Wrenfield" },
    ]);
  });

  it("does not cut at a pronoun for the same speaker", () => {
    // With the actor model "she" is Calloway, a speaker the checks trust.
    const s = "Calloway said that despite the toll, she backed a lower fare for pensioners.";
    expect(reported(s, ALL_STEPS, true)).toEqual([
      { text: "despite the toll, she backed a lower fare for pensioners", speaker: "Ines Calloway" },
    ]);
    expect(reported(s, off("reported-same-person-pronoun"), true)[0]).toEqual({
      text: "despite the toll",
      speaker: "Ines Calloway",
    });
  });
});

describe("coordinated verbs", () => {
  it("gives the second verb the name opening the sentence", () => {
    const s = "Calloway met ferry crews on Thursday and said the port must act to control costs.";
    expect(reported(s)).toEqual([{ text: "the port must act to control costs", speaker: "Ines Calloway" }]);
    expect(reported(s, off("reported-coordinated-verb"))).toEqual([]);
  });

  it("reads past a place in the first conjunct", () => {
    const s =
      "Wrenfield took the stage Tuesday at the Grand Hotel and called the fee system rotten to the core.";
    expect(reported(s)).toEqual([{ text: "the fee system rotten to the core", speaker: "Tobias Wrenfield" }]);
  });

  it("keeps a verb inside what was said with the clause's own subject", () => {
    // "wanted" continues what Calloway said about the crews: no record of its own for Calloway.
    const s = "Calloway said the crews were tired and wanted more pay for the night shifts.";
    expect(reported(s)).toEqual([
      { text: "the crews were tired and wanted more pay for the night shifts", speaker: "Ines Calloway" },
    ]);
  });
});

describe("dash asides", () => {
  it("reads a subject past an aside", () => {
    const s = "Calloway — after a knock on wood — told me she had led a quiet life.";
    expect(reported(s)).toEqual([{ text: "she had led a quiet life", speaker: "Ines Calloway" }]);
    expect(reported(s, off("reported-dash-aside"))).toEqual([]);
  });

  it("reads a verb's 'that' past an aside of hyphens", () => {
    const s = "Wrenfield said -- on the radio, as it happens -- that the port raised 4 million that day.";
    expect(reported(s)).toEqual([
      { text: "the port raised 4 million that day", speaker: "Tobias Wrenfield" },
    ]);
    expect(reported(s, off("reported-dash-aside"))).toEqual([]);
  });

  it("leaves hyphenated words alone", () => {
    const s = "The Alder-based crews said the ferry-fee rise was unfair.";
    expect(reported(s, off("reported-dash-aside"))).toEqual(reported(s));
  });
});

describe("more verbs of stance", () => {
  it("reads delivered, lists, repudiated, named, cast as stance verbs", () => {
    expect(reported("Calloway delivered a sharp rebuke to the harbour board on Monday.")).toEqual([
      { text: "a sharp rebuke to the harbour board on Monday", speaker: "Ines Calloway" },
    ]);
    expect(reported("Wrenfield lists three reasons for the delay in his report.")).toEqual([
      { text: "three reasons for the delay in his report", speaker: "Tobias Wrenfield" },
    ]);
    expect(reported("Calloway has repudiated the fare rise agreed last year.")).toEqual([
      { text: "the fare rise agreed last year", speaker: "Ines Calloway" },
    ]);
    expect(reported("Calloway has cast doubt on the harbour accounts.", off("reported-more-verbs"))).toEqual(
      [],
    );
    expect(reported("Calloway has cast doubt on the harbour accounts.")).toEqual([
      { text: "doubt on the harbour accounts", speaker: "Ines Calloway" },
    ]);
  });
});

describe("the source after 'according to'", () => {
  it("keeps a source dated by a participle and a day", () => {
    const s = "Ferry traffic rose by a third last year, according to a Gazette poll released Monday.";
    expect(reported(s)).toEqual([
      { text: "Ferry traffic rose by a third last year", speaker: "Gazette poll released Monday" },
    ]);
    expect(reported(s, off("reported-according-source"))).toEqual([]);
  });

  it("keeps a source whose head is a plain noun of figures, and a one-word name", () => {
    const s = "Calloway trails Wrenfield by four points, according to figures the Tidewatch Trust released.";
    expect(reported(s)).toEqual([
      { text: "Calloway trails Wrenfield by four points", speaker: "figures the Tidewatch Trust released" },
    ]);
    const t = "The port has the largest fleet in the bay, according to Statista.";
    expect(reported(t)).toEqual([{ text: "The port has the largest fleet in the bay", speaker: "Statista" }]);
    expect(reported(t, off("reported-according-source"))).toEqual([]);
  });

  it("still drops a source naming no one", () => {
    const s =
      "The board is looking into the fees, according to three officials who were not authorised to speak.";
    expect(reported(s)).toEqual([]);
  });
});

describe("a day and its part before the verb", () => {
  it("takes the subject before 'on Thursday evening'", () => {
    const s = "Wrenfield on Thursday evening said the ferry was late.";
    expect(reported(s)).toEqual([{ text: "the ferry was late", speaker: "Tobias Wrenfield" }]);
    // (subject-past-adverbial reads past the day too: both off)
    expect(reported(s, off("reported-day-part", "subject-past-adverbial"))).toEqual([]);
  });
});

describe("clause words in names", () => {
  it("keeps a name holding a capitalised 'Will'", () => {
    const s = "Harbour chairman Will Pike said the ferry fees would rise in May.";
    expect(reported(s)).toEqual([{ text: "the ferry fees would rise in May", speaker: "Will Pike" }]);
    expect(reported(s, off("reported-capitalised-clause-word"))).toEqual([]);
  });
});

describe("a quotation as the object of a relative clause after it", () => {
  const s =
    'Calloway meanwhile said instead of the "ferry revolution" the Harbour Board had promised, there had been a "collapse" of services.';
  const terms = (switches: StepSwitches = ALL_STEPS) => {
    const a = article(`${INTRO}\n\n${s}`);
    return extractQuotes(a, null, switches)
      .filter((q) => q.kind !== "reported")
      .map((q) => [q.text, q.speakerName]);
  };

  it("gives the quotation to the clause's subject and the later one to the reporter", () => {
    expect(terms()).toEqual([
      ["ferry revolution", "Harbour Board"],
      ["collapse", "Ines Calloway"],
    ]);
  });

  it("reads the clause's verb as the later quotation's cue with the step off", () => {
    expect(terms(off("relative-object"))).toEqual([
      ["ferry revolution", "Ines Calloway"],
      ["collapse", "Harbour Board"],
    ]);
  });
});

describe("participles of intention", () => {
  it("reads 'seeking to' after the subject's comma", () => {
    const s = "Calloway, seeking to calm the crews, promised a pay review.";
    const seeking = reported(s).find((r) => r.text.startsWith("to calm the crews"));
    expect(seeking?.speaker).toBe("Ines Calloway");
    expect(reported(s, off("reported-more-verbs"))).toEqual([
      { text: "a pay review", speaker: "Ines Calloway" },
    ]);
  });
});

describe("a participle before a day", () => {
  it("reads 'released Monday' as a participle of the poll, not a stance with an object", () => {
    const s = "A Harbour Gazette poll released Monday found most riders want a night ferry.";
    expect(reported(s)).toEqual([
      { text: "most riders want a night ferry", speaker: "Harbour Gazette poll" },
    ]);
    expect(reported(s, off("reported-dated-participle")).length).toBe(2);
  });
});
