// Headline and lead quotations whose speaker the body names later (session 15, issue #13), on
// invented text: each rule's own sentences, and the same sentences with its switch off.
import { describe, expect, it } from "vitest";
import { buildActorModel } from "../../src/analysis/actors/index.ts";
import { extractQuotes } from "../../src/analysis/quotes/index.ts";
import { ALL_STEPS, type StepSwitches, switchOff } from "../../src/analysis/steps.ts";
import { buildArticle } from "../../src/corpus/article.ts";
import { speakerOf } from "../helpers/quotes.ts";

const headlined = (title: string, body: string, switches: StepSwitches = ALL_STEPS) => {
  const r = buildArticle("news/001.txt", `${title}\n\n${body}`);
  if (!r.ok) throw new Error(r.reason);
  return extractQuotes(r.article, buildActorModel([r.article], switches), switches).filter(
    (q) => q.kind !== "reported",
  );
};

describe("a headline claim the title's person rebuts", () => {
  const body = [
    "Changes to the harbour bill were not a ploy to win votes, the transport minister has said.",
    "",
    'Minister Olwen Tregarth said the late changes were fair. Former harbour board chairman Idris Penhallow condemned the debate as a "sham" and asked for a new vote. Ms Tregarth said the bill would go ahead.',
  ].join("\n");

  it("is the body's speaker of the same term, not the person who rebuts it", () => {
    expect(speakerOf(headlined("Tregarth rebuts 'sham' claims", body), "sham")).toBe("Idris Penhallow");
  });

  it("is the title's person with the switches off", () => {
    const off = switchOff("quotes.headline-rebutted-claim", "quotes.headline-word-in-body");
    expect(speakerOf(headlined("Tregarth rebuts 'sham' claims", body, off), "sham")).toBe("Olwen Tregarth");
  });

  it("stays the title's person when the verb does not rebut", () => {
    expect(speakerOf(headlined("Tregarth repeats 'sham' claims", body), "sham")).toBe("Olwen Tregarth");
  });
});

describe("a one-word headline quotation a body statement of the title's person holds", () => {
  const body = [
    "Harbourside coach Pello Arrieta praised his players after a 2-0 cup win over Westmere.",
    "",
    '"We kept the ball and it was a patient sort of game," he said. "Westmere defended well." Arrieta now faces his old club in the next round.',
  ].join("\n");

  it("is that person's", () => {
    expect(speakerOf(headlined("Arrieta delight at 'patient' cup win", body), "patient")).toBe(
      "Pello Arrieta",
    );
  });

  it("is no one's with the switch off", () => {
    // (with the session 21 one-speaker rule off too: it finds the same speaker)
    const off = switchOff("quotes.headline-word-in-body", "quotes.headline-word-one-speaker");
    expect(speakerOf(headlined("Arrieta delight at 'patient' cup win", body, off), "patient")).toBeNull();
  });

  it("is no one's when the title names nobody who says it (the session 21 one-speaker rule off)", () => {
    const off = switchOff("quotes.headline-word-one-speaker");
    expect(speakerOf(headlined("Delight at 'patient' cup win", body, off), "patient")).toBeNull();
  });
});

describe("a one-word headline term the body uses as a word", () => {
  const body = [
    'The term "podcast" has been chosen as the word of the year by a dictionary maker.',
    "",
    'Wordhouse said "podcast" topped its list. A podcast is a recorded show anyone can download.',
  ].join("\n");

  it("stays unattributed", () => {
    expect(speakerOf(headlined("'Podcast' picked as word of the year", body), "Podcast")).toBeNull();
  });
});

describe("a headline verb the lead uses in its irregular past", () => {
  const body = [
    "The number of ferries built in Wales fell 30% last year, with two yards closing, Harbour Weekly has said.",
    "",
    "Twelve ferries were built, compared with 17 the year before, according to the trade paper.",
  ].join("\n");

  it("goes to the lead's reporter", () => {
    expect(speakerOf(headlined("Ferry building 'falls' 30%", body), "falls")).toBe("Harbour Weekly");
  });

  it("is the headline writer's label with the switch off", () => {
    const off = switchOff("quotes.headline-irregular-past");
    expect(speakerOf(headlined("Ferry building 'falls' 30%", body, off), "falls")).toBeNull();
  });
});

describe("a lead's passive agent ending on a place", () => {
  const body = [
    'Harbour TV has been criticised for "endless gossip" by daytime television campaigners in the US.',
    "",
    'The Coastal Viewers League (CVL), which monitors daytime shows, said the channel offered "cheap filler". A spokeswoman for Harbour TV said it was "unfair".',
  ].join("\n");

  it("is not the place: the source the next sentence names speaks", () => {
    expect(speakerOf(headlined("Campaigners attack Harbour TV", body), "endless gossip")).toBe(
      "Coastal Viewers League",
    );
  });

  it("is the place with the switch off", () => {
    const off = switchOff("quotes.agent-before-place");
    expect(speakerOf(headlined("Campaigners attack Harbour TV", body, off), "endless gossip")).toBe("US");
  });
});

describe("a lead reporting an unnamed document whose issuer the body names", () => {
  const byStudy = [
    "Faster ferries alone will not win back passengers, research suggests.",
    "",
    'Instead, operators should think about comfort. Travellers care more about seats and food than speed, shows a study by ferry operator Kestrel Holdings. "Speed is not everything," said Kestrel Holdings analyst Mari Evans.',
  ].join("\n");
  const which = [
    "Passengers waiting for a ferry are getting restless and quicker to complain, a survey suggests.",
    "",
    'Once on board, travellers complain after just ten minutes. Complaints have doubled since 2001. "People want to be kept informed," says Tom Reed of transport firm Harbour Analytics, which commissioned the survey.',
  ].join("\n");

  it("gives the headline's words to the issuer", () => {
    expect(speakerOf(headlined("Comfort 'wins ferry passengers'", byStudy), "wins ferry")).toBe(
      "Kestrel Holdings",
    );
    expect(speakerOf(headlined("Ferry passengers 'lose patience'", which), "lose patience")).toBe(
      "Harbour Analytics",
    );
  });

  it("leaves them to no one with the switch off", () => {
    const off = switchOff("quotes.headline-lead-issuer");
    expect(speakerOf(headlined("Comfort 'wins ferry passengers'", byStudy, off), "wins ferry")).toBeNull();
  });
});

describe("an office after a sentence closing on an inverted tag", () => {
  const body = [
    "Voters face a choice between fear and hope at the next election, said Keith Dunmore.",
    "",
    'In his New Year message the Green Party leader said the other parties relied on "cheap scares". Mr Dunmore said his party was ready.',
  ].join("\n");

  it("is the tag's person", () => {
    expect(speakerOf(headlined("Pick hope - Dunmore", body), "cheap scares")).toBe("Keith Dunmore");
  });

  it("is left unnamed with the switch off", () => {
    // (office-sole-named, session 16, and inverted-reported-history, session 18, also take up the
    // one person named there: all off)
    const off = switchOff(
      "quotes.office-inverted-tag",
      "quotes.office-sole-named",
      "quotes.inverted-reported-history",
    );
    expect(speakerOf(headlined("Pick hope - Dunmore", body, off), "cheap scares")).toBe(
      "the Green Party leader",
    );
  });
});

describe("a lead quotation an organisation voices, said in full by its person later", () => {
  const body = [
    'The Greens have accused Mayor Ellen Drake of being "frightened" of the voters after her party unveiled its campaign.',
    "",
    'The party will drop its open meetings. But Green spokesman Tom Vale said the plans showed Ms Drake was "frightened of facing the voters".',
  ].join("\n");

  it("is that person's", () => {
    expect(speakerOf(headlined("Mayor's campaign plan", body), "frightened")).toBe("Tom Vale");
  });

  it("stays the organisation's with the switch off", () => {
    const off = switchOff("quotes.lead-echo");
    expect(speakerOf(headlined("Mayor's campaign plan", body, off), "frightened")).toBe("Greens");
  });

  it("stays the organisation's when the person is not introduced as its own", () => {
    const other = body.replace("Green spokesman Tom Vale", "Councillor Tom Vale");
    expect(speakerOf(headlined("Mayor's campaign plan", other), "frightened")).toBe("Greens");
  });

  it("knows the party's person by the article's word for it, not the party's formal name", () => {
    // the party is shown as "Conservative Party"; the article calls it only "the Tories"
    const tory = body
      .replace("The Greens have", "The Tories have")
      .replace("Green spokesman Tom Vale", "Tory co-chairman Tom Vale");
    expect(speakerOf(headlined("Mayor's campaign plan", tory), "frightened")).toBe("Tom Vale");
  });
});

describe("an opening quotation taken up as 'these are the questions' of a person", () => {
  const body = [
    '"Do you want it enough? How hard will you work?"',
    "",
    "These are the questions Ana Ruiz will be asking of young swimmers over the next two years. The Olympic champion joined the national squad on Monday.",
  ].join("\n");

  it("is the person that sentence names", () => {
    expect(speakerOf(headlined("Ruiz's challenge for swimmers", body), "Do you want")).toBe("Ana Ruiz");
  });

  it("is no one's with the switch off", () => {
    const off = switchOff("quotes.opening-taken-up");
    expect(speakerOf(headlined("Ruiz's challenge for swimmers", body, off), "Do you want")).toBeNull();
  });
});
