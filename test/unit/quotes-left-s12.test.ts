// Speaker classes left over on BBC study sets 1 and 3-8 after session 11 (issue #13), on
// invented text: each rule's own sentences, and the same sentences with its switch off.
import { describe, expect, it } from "vitest";
import { ALL_STEPS, type StepSwitches, switchOff } from "../../src/analysis/steps.ts";
import { mentionAt, model } from "../helpers/actors.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

const quotes = (body: string, switches: StepSwitches = ALL_STEPS) => directQuotes(body, switches);

describe("a party word run into a person's name", () => {
  const body =
    'Rents rose in May.\n\nBut Tory Martin Hale said his party offered a "clear plan" on housing. "The council has failed," he said.';

  it("is no part of the name: the person speaks, and takes the he", () => {
    const qs = quotes(body);
    expect(speakerOf(qs, "clear plan")).toBe("Martin Hale");
    expect(speakerOf(qs, "The council has")).toBe("Martin Hale");
  });

  it("is an organisation with the switches off", () => {
    // (body-then-name, session 31, also reads a known body before a full name)
    const qs = quotes(body, switchOff("actors.party-prefix", "actors.body-then-name"));
    expect(speakerOf(qs, "The council has")).not.toBe("Martin Hale");
  });
});

describe("a clipping of an organisation's first word", () => {
  const body =
    'Fares rose in May.\n\nThe Metropolitan Transit Board raised fares again on Monday. In a statement, the Met said costs had risen "sharply" this year.';

  it("is that organisation", () => {
    expect(speakerOf(quotes(body), "sharply")).toBe("Metropolitan Transit Board");
  });

  it("is an organisation of its own with the switch off", () => {
    expect(speakerOf(quotes(body, switchOff("actors.clipped-org-name")), "sharply")).not.toBe(
      "Metropolitan Transit Board",
    );
  });

  it("is not a clipping of a longer word that names no organisation", () => {
    const qs = quotes(
      'Fares rose in May.\n\nMetropolitan Transit Board figures were out on Monday. Sue Met, a rider, said costs had risen "sharply".',
    );
    expect(speakerOf(qs, "sharply")).toBe("Sue Met");
  });
});

describe("a party's name without its capitalised head", () => {
  it("is the party: 'Unity' after 'the Unity Party'", () => {
    const qs = quotes(
      'Polls open in May.\n\nA Unity Party handbook was leaked on Monday. Unity says the calls are only "voter checks".',
    );
    expect(speakerOf(qs, "voter checks")).toBe("Unity Party");
  });
});

describe("a possessive in the clause its sentence opens on", () => {
  const text =
    'Awards\n\nArden Reece hosted the night. "It was long," Arden Reece said. Kit Vale picked up her second award for Blue Field. "I cannot believe it," she told the audience.\n';

  it("is the subject's, who so learns the gender, not the speaker named before", () => {
    const { m, a } = model(text);
    const her = mentionAt(m, a, "her");
    expect(her).toMatchObject({ via: "pronoun", name: "Kit Vale" });
    expect(m.genderOf?.(a.docId, her!.actorId)).toBe("female");
  });

  it("goes to the speaker with the switch off", () => {
    const { m, a } = model(text, switchOff("actors.coref-possessive-subject"));
    expect(mentionAt(m, a, "her")?.name).toBe("Arden Reece");
  });
});

describe("a ranked office the article never ties to a name", () => {
  const body =
    'Rents rose in May.\n\nBut Ann Roe, for the Greens, attacked the plan. The shadow housing minister said the figures were "a disgrace".';

  it("is the person the sentence before names as its subject", () => {
    expect(speakerOf(quotes(body), "a disgrace")).toBe("Ann Roe");
  });

  it("stays the office with the switch off", () => {
    expect(speakerOf(quotes(body, switchOff("quotes.ranked-office-subject")), "a disgrace")).toBe(
      "The shadow housing minister",
    );
  });

  it("is not a person the article gives the office without the rank", () => {
    const qs = quotes(
      'Rents rose in May.\n\nHousing Minister Ann Roe defended the plan. The shadow housing minister said the figures were "a disgrace".',
    );
    expect(speakerOf(qs, "a disgrace")).not.toBe("Ann Roe");
  });
});

describe("a name with no given name, title or role, named where organisations stand", () => {
  const body =
    "Shares rose on Monday amid talk of Vorland Boerse's bid for the Harbour Exchange. Investors in Vorland Boerse were split.\n\nVorland Boerse said Kestrel's opposition would not change its plans. \"We are sure the deal is right,\" it said.";

  it("is an organisation, which takes the 'it'", () => {
    expect(speakerOf(quotes(body), "We are sure")).toBe("Vorland Boerse");
  });

  it("is a person with the switch off", () => {
    expect(
      speakerOf(
        quotes(
          body,
          switchOff(
            "actors.weak-person-org",
            "actors.plural-verb-body", // ("Investors in Vorland Boerse were split": a plural verb)
            "quotes.it-named-speaker",
            "quotes.it-last-speaker-body",
          ),
        ),
        "We are sure",
      ),
    ).not.toBe("Vorland Boerse");
  });
});

describe("a newsletter the article gives its author elsewhere, past a possessive plural", () => {
  const body =
    'Polls open in May.\n\nA letter to the watchdog quotes a Kestrel Party members\' newsletter about voters. The newsletter says: "We can send them direct mail."';

  it("speaks for its author", () => {
    expect(speakerOf(quotes(body), "We can send")).toBe("Kestrel Party");
  });

  it("is no one's with the switch off", () => {
    expect(speakerOf(quotes(body, switchOff("quotes.document-author-elsewhere")), "We can send")).not.toBe(
      "Kestrel Party",
    );
  });
});

describe("'for comment' after a quotation", () => {
  it("is no tag: the quotation before goes on being its speaker's", () => {
    const qs = quotes(
      'Rents rose in May.\n\nGreen spokesman Ed Marr meanwhile said there had been an "explosion" of rents. "For two decades rents have mushroomed. "We would cap them." Council officers were unavailable for comment. The guide follows a report.',
    );
    expect(speakerOf(qs, "We would cap")).toBe("Ed Marr");
  });
});

describe("a speech verb ending a which-clause set off by no comma", () => {
  const body =
    'Fraud rose in May.\n\nAnalyst Tom Reece said fraud was rising. A spokesman for the Harbour Payments Board (HPB) which represents the region\'s banks said the risk was small. "There is no cause for alarm," he said.';

  it("has the phrase before 'which' for its subject, who takes the he", () => {
    expect(speakerOf(quotes(body), "There is no cause")).toMatch(/spokesman/);
  });

  it("has the clause's object for its subject with the switch off", () => {
    expect(
      speakerOf(quotes(body, switchOff("quotes.relative-clause-object")), "There is no cause"),
    ).not.toMatch(/spokesman/);
  });
});

describe("a person the sentence opens on as its topic", () => {
  const body =
    'Prizes were given on Sunday.\n\nNina Hale, who won for playing the late singer Rosa Vane in Blue Field, said her prize was "a shock". Of Vane, she said: "Her voice was a gift to everyone."';

  it("is not the he/she that speaks about them", () => {
    expect(speakerOf(quotes(body), "Her voice was")).toBe("Nina Hale");
  });

  it("is the he/she with the switch off", () => {
    expect(
      speakerOf(
        quotes(body, switchOff("quotes.pronoun-not-topic", "quotes.pronoun-not-in-tag-frame")),
        "Her voice was",
      ),
    ).toBe("Rosa Vane");
  });
});

describe("a speech verb ending a who-clause after a name and a comma, closed by no comma", () => {
  const body =
    'The film was shown on Monday.\n\nMs Roe, who presents Late Call tells the director that she despaired of him. "I used to sit on my hands."';

  it("has the name before 'who' for its subject", () => {
    expect(speakerOf(quotes(body), "I used to sit")).toMatch(/Roe/);
  });

  it("has the clause's object for its subject with the switch off", () => {
    expect(speakerOf(quotes(body, switchOff("quotes.who-clause-object")), "I used to sit")).not.toMatch(
      /Roe/,
    );
  });
});
