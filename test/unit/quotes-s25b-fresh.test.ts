// Classes of session 25b (issue #13) from fresh sets 56 and 57, on invented text: each rule, and
// the older answer with its switch off.
import { describe, expect, it } from "vitest";
import { buildActorModel } from "../../src/analysis/actors/index.ts";
import { extractQuotes } from "../../src/analysis/quotes/index.ts";
import { type StepSwitches, switchOff } from "../../src/analysis/steps.ts";
import { harbourArticle } from "../helpers/harbour.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

describe("a participle's subject is the main clause's, past a fronted adverbial clause", () => {
  const body = (sentence: string) =>
    `Painter dies at 90\n\nThe landscape painter Mara Quell has died at her home at the age of 90. ${sentence}`;
  const when = body(
    'When Quell died, Governor Tom Ashby led the tributes, saying the artist "changed how a whole state saw its coast".',
  );
  const after = body(
    'After Quell, who was 90, died, Governor Tom Ashby paid tribute, saying she had "changed the coast for ever".',
  );
  const since = body(
    'Since Quell left the city, critic Jo Penn has written about her often, calling her work "a second sea".',
  );

  it("is the main clause's subject, not the fronted clause's", () => {
    expect(speakerOf(directQuotes(when), "changed how")).toBe("Tom Ashby");
    expect(speakerOf(directQuotes(after), "changed the coast")).toBe("Tom Ashby");
    expect(speakerOf(directQuotes(since), "a second sea")).toBe("Jo Penn");
  });

  it("is the fronted clause's subject with the switch off", () => {
    const off = switchOff("quotes.participle-past-fronted-clause");
    expect(speakerOf(directQuotes(when, off), "changed how")).toBe("Mara Quell");
    expect(speakerOf(directQuotes(after, off), "changed the coast")).toBe("Mara Quell");
  });

  it("also for the reported speech after the participle", () => {
    const speakerOfReported = (sw?: StepSwitches) => {
      const a = harbourArticle(when.split("\n\n")[1]!);
      const qs = sw ? extractQuotes(a, buildActorModel([a], sw), sw) : extractQuotes(a);
      return qs.find((q) => q.kind === "reported")?.speakerName;
    };
    expect(speakerOfReported()).toBe("Tom Ashby");
    expect(speakerOfReported(switchOff("quotes.reported-participle-past-fronted-clause"))).toBe("Mara Quell");
  });

  it("leaves a sentence with no fronted clause alone", () => {
    const plain = body(
      'Governor Tom Ashby led the tributes, saying she "changed how a whole state saw its coast".',
    );
    expect(speakerOf(directQuotes(plain), "changed how")).toBe("Tom Ashby");
  });
});

describe("a passive verb of report raises the subject of the speech verb after it", () => {
  const body = (sentence: string) =>
    `Harbour vote\n\nThe town of Elmbridge is to hold a vote on its harbour next month. ${sentence}`;
  const reported = body(
    'Councillor Ann Roe was reported to have suggested the mayor was secretly planning even bigger "cuts".',
  );
  const understood = body('Ms Roe is understood to have told colleagues the plan was "dead in the water".');

  it("so that subject speaks", () => {
    expect(speakerOf(directQuotes(reported), "cuts")).toBe("Ann Roe");
    expect(speakerOf(directQuotes(understood), "dead in")).toBe("Roe");
  });

  it("leaves the term with no speaker with the switch off", () => {
    const off = switchOff("quotes.raised-report-subject");
    expect(speakerOf(directQuotes(reported, off), "cuts")).toBeNull();
    expect(speakerOf(directQuotes(understood, off), "dead in")).toBeNull();
  });

  it("is no one for an empty 'it'", () => {
    expect(speakerOf(directQuotes(body('It is said to have called the plan "dead".')), "dead")).toBeNull();
  });
});

describe("a described closing tag with a post-modifier or a hearer speaks for its sentence", () => {
  const body = (sentence: string) =>
    `Harbour vote\n\nThe town of Elmbridge is to hold a vote on its harbour next month. ${sentence}`;
  const forBody = body(
    'The board is pressing for the toughest penalties against the pair for "repeated breaches", and a ban on future work, a spokeswoman for the harbour board told the BBC.',
  );
  const atBody = body(
    'The board wants penalties for "repeated breaches" and a ban on future work, a senior official at the Elmbridge council said.',
  );
  const toldBody = body(
    'The board wants penalties for "repeated breaches" and a ban, a board spokeswoman told reporters.',
  );

  it("so its terms are the source's", () => {
    expect(speakerOf(directQuotes(forBody), "repeated")).toBe("a spokeswoman for the harbour board");
    expect(speakerOf(directQuotes(atBody), "repeated")).toBe("a senior official at the Elmbridge council");
    expect(speakerOf(directQuotes(toldBody), "repeated")).toBe("a board spokeswoman");
  });

  it("leaves the terms with no speaker with the switch off", () => {
    const off = switchOff("quotes.described-tag-of-body");
    expect(speakerOf(directQuotes(forBody, off), "repeated")).toBeNull();
    expect(speakerOf(directQuotes(atBody, off), "repeated")).toBeNull();
    expect(speakerOf(directQuotes(toldBody, off), "repeated")).toBeNull();
  });
});

describe("whoever stands between 'quoted' and 'as saying' spoke the words", () => {
  const body = (sentence: string) =>
    `Harbour vote\n\nThe town of Elmbridge is to hold a vote on its harbour next month. ${sentence}`;
  const agency = body(
    '"The port will reopen in May," Danish news agency Ritzau quoted several officials as saying in a statement.',
  );
  const residents = body('"The port will reopen in May," Ritzau quoted two local residents as saying.');

  it("a lowercase group as much as a name", () => {
    expect(speakerOf(directQuotes(agency), "The port")).toBe("several officials");
    expect(speakerOf(directQuotes(residents), "The port")).toBe("two local residents");
  });

  it("is the tag's subject with the switch off", () => {
    const off = switchOff("quotes.quoted-group-as-saying");
    // ("news" is no verb, session 39: no "Danish" read as the subject of "news" either)
    expect(speakerOf(directQuotes(agency, off), "The port")).toBeNull();
    expect(speakerOf(directQuotes(residents, off), "The port")).toBe("Ritzau");
  });
});
