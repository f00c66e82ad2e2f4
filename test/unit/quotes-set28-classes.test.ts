// Speaker classes found on BBC study set 28 (issue #13), on invented text: each rule's own
// sentences, and the same sentences with its switch off.
import { describe, expect, it } from "vitest";
import { buildActorModel } from "../../src/analysis/actors/index.ts";
import { extractQuotes } from "../../src/analysis/quotes/index.ts";
import { ALL_STEPS, type StepSwitches, switchOff } from "../../src/analysis/steps.ts";
import { buildArticle } from "../../src/corpus/article.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

/** An article with a headline line (the lead is its first body sentence), its direct quotations. */
const headlined = (title: string, body: string, switches: StepSwitches = ALL_STEPS) => {
  const r = buildArticle("news/001.txt", `${title}\n\n${body}`);
  if (!r.ok) throw new Error(r.reason);
  return extractQuotes(r.article, buildActorModel([r.article], switches), switches).filter(
    (q) => q.kind !== "reported",
  );
};

describe("a participle opening the sentence is no given name of the run after it", () => {
  const body =
    'Minister backs fan plan\n\nSports minister Helen Darby said the new rules would help clubs. She praised Dragons and Falcons for their work.\n\n"We want to make things fairer," she said. Praising Dragons and Falcons for their efforts, she said: "They have shown the way."';

  it("leaves the pronoun to the person named", () => {
    expect(speakerOf(directQuotes(body), "They have shown")).toBe("Helen Darby");
  });

  it("reads a person 'Praising Dragons' with the rule off", () => {
    const qs = directQuotes(
      body,
      switchOff("actors.sentence-initial-participle", "actors.sentence-initial-gerund"),
    );
    expect(speakerOf(qs, "They have shown")).toBe("Praising Dragons");
  });
});

describe('"in" and a month between a subject and its verb is a time phrase', () => {
  const body =
    'Aid row grows\n\nMinisters have set new goals for aid.\n\nBut Live Music founder Ray Donnell in March said he was tired of hearing "waffle" about targets. Former envoy Tim Ashe in May 2003 told the paper the deal was "a mistake".';

  it("is the subject before the month", () => {
    const qs = directQuotes(body);
    expect(speakerOf(qs, "waffle")).toBe("Ray Donnell");
    expect(speakerOf(qs, "a mistake")).toBe("Tim Ashe");
  });

  it("is the month with the switch off", () => {
    const qs = directQuotes(body, switchOff("quotes.subject-past-month"));
    expect(speakerOf(qs, "waffle")).toBe("March");
    expect(speakerOf(qs, "a mistake")).toBe("May 2003");
  });
});

describe("a participle after a quotation is no inverted tag", () => {
  const body =
    'Writer wins case\n\nNovelist Jane Corr has won her court battle with publisher Greyhall.\n\nHer agent Tom Vale declared himself "thrilled", saying Ms Corr would be paid in full.';

  it("is the one who declared, not the name after the participle", () => {
    expect(speakerOf(directQuotes(body), "thrilled")).toBe("Tom Vale");
  });

  it("is the name after the participle with the switch off", () => {
    const qs = directQuotes(body, switchOff("quotes.participle-not-inverted-tag"));
    expect(speakerOf(qs, "thrilled")).toBe("Jane Corr");
  });
});

describe("a name's past verb and bare object before a participle", () => {
  const body =
    'Writer wins case\n\nNovelist Jane Corr has won her court battle with publisher Greyhall.\n\nCorr took legal action, saying Greyhall cut her out of "bumper" royalties.';

  it("is the name", () => {
    expect(speakerOf(directQuotes(body), "bumper")).toBe("Jane Corr");
  });

  it("is the object's noun with the switch off", () => {
    const qs = directQuotes(
      body,
      switchOff("quotes.past-bare-object-phrase", "quotes.subject-ends-at-irregular-past"),
    );
    expect(speakerOf(qs, "bumper")).toBe("action");
  });
});

describe("a lead whose subject is a bare role voices the person the next sentence opens on", () => {
  const body = [
    'Wales\'s housing minister has warned rogue landlords that she will hit them "where it hurts".',
    "",
    'Ann Rhys said new fines were among the measures being drawn up. "We will not stand by," she said.',
  ].join("\n");

  it("is the person named next", () => {
    expect(speakerOf(headlined("Minister targets landlords", body), "where it hurts")).toBe("Ann Rhys");
  });

  it("is the bare role with the switch off", () => {
    // (the terms set's role-named-next reads the same lead and the name after it too)
    const off = switchOff("quotes.lead-role-named-next", "quotes.role-named-next");
    expect(speakerOf(headlined("Minister targets landlords", body, off), "where it hurts")).toBe("minister");
  });
});

describe("an adjective quoted before a possessed noun is no word of the owner", () => {
  const body =
    'Councillor quits party\n\nDan Pryce, a councillor for ten years, has left the Greens.\n\nWhile saying he admired Ms Lowe\'s "fearless" leadership of the group, he attacked its plans. "The party has lost its way," he wrote.';

  it("is the clause's speaker, not the owner", () => {
    expect(speakerOf(directQuotes(body), "fearless")).toBe("Dan Pryce");
  });

  it("is the owner with the switch off", () => {
    const qs = directQuotes(body, switchOff("quotes.possessive-owner-modifier"));
    expect(speakerOf(qs, "fearless")).toBe("Lowe");
  });
});

describe('the object of "with" after talks or meetings is no subject of the verb', () => {
  const body =
    'Tribe angry at film\n\nA tribe has criticised a film studio.\n\nTribal leader Anna Wolfe said talks with Lumen\'s writers revealed there was "a plan to mock us" in the script.';

  it("is the speaker of the earlier verb", () => {
    expect(speakerOf(directQuotes(body), "a plan to mock")).toBe("Anna Wolfe");
  });

  it("is the people met with the switch off", () => {
    const qs = directQuotes(body, switchOff("quotes.talks-with-object", "quotes.report-in-report-object"));
    expect(speakerOf(qs, "a plan to mock")).toBe("Lumen's writers");
  });
});

describe('a passive "billed as" or "touted as" names a thing: no one speaks the name', () => {
  const body =
    'Charity game on\n\nA charity match will go ahead.\n\nClub director Sam Ortiz confirmed that the match - which has been billed as "Stars against Legends" - will be played. He added that the game, touted as "The Big Kick", was sold out.';

  it("has no speaker", () => {
    const qs = directQuotes(body);
    expect(speakerOf(qs, "Stars against")).toBeNull();
    expect(speakerOf(qs, "The Big Kick")).toBeNull();
  });

  it("is the earlier verb's subject with the switch off", () => {
    const qs = directQuotes(body, switchOff("quotes.billed-as-name"));
    expect(speakerOf(qs, "Stars against")).toBe("Sam Ortiz");
    expect(speakerOf(qs, "The Big Kick")).toBe("Sam Ortiz");
  });
});
