// Descriptions at the cue that stand for a named actor (issue #13, session 18), on invented text:
// each rule's own sentences, and the same sentences with its switch off.
import { describe, expect, it } from "vitest";
import { buildActorModel } from "../../src/analysis/actors/index.ts";
import { type StepSwitches, switchOff } from "../../src/analysis/steps.ts";
import { buildArticle } from "../../src/corpus/article.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

describe('"the government" in an article naming no government is its country\'s', () => {
  const uk =
    'Ferry subsidy to end\n\nFerry routes to the UK islands will lose their subsidy next year, ministers have confirmed.\n\nOperators in the UK warned that fares would rise. The Harbour Users Forum called the decision "short-sighted" but the government said the routes had been "well funded" for a decade.';
  const tie =
    'Trade talks stall\n\nTalks between France and Germany on farm trade have stalled.\n\nThe farmers\' union called the offer "insulting" but the government said it was "a fair deal".';

  it("is the government of the country the article names most", () => {
    expect(speakerOf(directQuotes(uk), "well funded")).toBe("UK government");
  });

  it("is left as written when no country leads", () => {
    expect(speakerOf(directQuotes(tie), "a fair deal")).toBe("government");
  });

  it('is "government" with the switch off', () => {
    expect(speakerOf(directQuotes(uk, switchOff("quotes.country-government")), "well funded")).toBe(
      "government",
    );
  });
});

describe('a band\'s name is an organisation, and "the band" takes it up', () => {
  const body =
    'Keel win award\n\nIndie rock band Marta Keel have won the Harbour Prize.\n\nThe award was handed out in Lisbury on Monday. The buzz about the band spread fast, and 30 labels came to one gig - which the band thought was "quite absurd".';

  it('is the band named after "band"', () => {
    expect(speakerOf(directQuotes(body), "quite absurd")).toBe("Marta Keel");
  });

  it("is no one named with either switch off", () => {
    // (and the plural verb that also makes it a band: "Marta Keel have won")
    const off = switchOff("actors.band-name", "actors.plural-verb-body");
    expect(speakerOf(directQuotes(body, off), "quite absurd")).not.toBe("Marta Keel");
    expect(speakerOf(directQuotes(body, switchOff("quotes.band-description")), "quite absurd")).not.toBe(
      "Marta Keel",
    );
  });
});

describe("a firm introduced by its kind is what a place-based description of it takes up", () => {
  const body =
    'Game maker seeks faces\n\nVideo game firm Dorvale is to hold open auditions for new faces.\n\nThe studio, which makes space adventures, is seeking people aged 18 to 90. The Canada-based company says it wants "a wide range of faces" for its games.';

  it("is the firm", () => {
    expect(speakerOf(directQuotes(body), "a wide range")).toBe("Dorvale");
  });

  it("is not the firm with either switch off", () => {
    expect(speakerOf(directQuotes(body, switchOff("quotes.place-based-body")), "a wide range")).not.toBe(
      "Dorvale",
    );
    expect(speakerOf(directQuotes(body, switchOff("quotes.body-kind-noun")), "a wide range")).not.toBe(
      "Dorvale",
    );
  });
});

describe("a nationality description is never a person the article states another nationality of", () => {
  const body =
    "Vale edges through\n\nBo Vale beat Tom Dent in four sets on Monday.\n\nThe 34-year-old American, seeded eighth, made a slow start. But Vale won the tie-break to take the match. The Russian turned his ankle in the third set.";
  const russian = (switches?: StepSwitches) => {
    const r = buildArticle(
      "x/001.txt",
      `---\noutlet: Test Post\ntitle: Test\npublished: 2031-04-09\n---\n${body}`,
    );
    if (!r.ok) throw new Error(r.reason);
    const model = buildActorModel([r.article], switches);
    const m = model.mentionsIn(r.article.docId).find((x) => x.text === "The Russian");
    return m ? model.byId.get(m.actorId)!.name : null;
  };

  it("is not the American the sentence before names", () => {
    expect(russian()).not.toBe("Bo Vale");
  });

  it("is the American with the switch off", () => {
    expect(russian(switchOff("actors.coref-attributes"))).toBe("Bo Vale");
  });
});

describe("a nationality description after a fronted clause is the person that clause opens on", () => {
  const body =
    'Kral in a league of his own\n\nIvo Kral - quiet, fast, fearless - the finest player of his time.\n\nWhen Jo Marr shook his hand after another heavy loss, the Australian said: "You are simply the best."';

  it("is the fronted clause's person, not the one the sentence before opens on", () => {
    expect(speakerOf(directQuotes(body), "You are simply")).toBe("Jo Marr");
  });

  it("is the one the sentence before opens on with the switch off", () => {
    expect(speakerOf(directQuotes(body, switchOff("actors.coref-attributes")), "You are simply")).toBe(
      "Ivo Kral",
    );
  });
});
