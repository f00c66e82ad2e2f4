// Speaker classes seen across several BBC study sets (session 13, issue #13), on invented text:
// each rule's own sentences, and the same sentences with its switch off.
import { describe, expect, it } from "vitest";
import { personFrame, taggerOrgPersonFrame } from "../../src/analysis/actors/chunk-rules/person-frame.ts";
import { buildActorModel } from "../../src/analysis/actors/index.ts";
import { extractQuotes } from "../../src/analysis/quotes/index.ts";
import { ALL_STEPS, type StepSwitches, switchOff } from "../../src/analysis/steps.ts";
import { buildArticle } from "../../src/corpus/article.ts";
import { speakerOf } from "../helpers/quotes.ts";

/** An article with a headline line, its direct quotations. */
const headlined = (title: string, body: string, switches: StepSwitches = ALL_STEPS) => {
  const r = buildArticle("news/001.txt", `${title}\n\n${body}`);
  if (!r.ok) throw new Error(r.reason);
  return extractQuotes(r.article, buildActorModel([r.article], switches), switches).filter(
    (q) => q.kind !== "reported",
  );
};

describe("a lead voiced by someone it does not name, named by the next sentence's subject", () => {
  const indefinite = [
    'A ferry operator has cancelled its winter sailings after claiming "serious safety concerns" about the harbour had been ignored.',
    "",
    'Kestrel Lines made the move after two of its boats were damaged in storms on Friday. "We had no choice," Kestrel Lines spokesman Tom Reed said.',
  ].join("\n");

  it("gives the headline's words to the source named next", () => {
    expect(speakerOf(headlined("Ferries halted over 'harbour risks'", indefinite), "harbour risks")).toBe(
      "Kestrel Lines",
    );
  });

  it("gives the lead's own quotation after its verb to that source", () => {
    expect(speakerOf(headlined("Ferries halted", indefinite), "serious safety")).toBe("Kestrel Lines");
  });

  it("leaves both to no one with the switches off", () => {
    const off = switchOff("quotes.headline-lead-named-next", "quotes.lead-named-next");
    expect(
      speakerOf(headlined("Ferries halted over 'harbour risks'", indefinite, off), "harbour risks"),
    ).toBeNull();
    expect(speakerOf(headlined("Ferries halted", indefinite, off), "serious safety")).toBeNull();
  });

  const plural = [
    "Film critics in Canada have declared two local dramas the most important releases of the year.",
    "",
    "The Northern Screen Guild (NSG) praised both directors for taking risks with their casting.",
  ].join("\n");

  it("reads a lower-case plural subject as unnamed", () => {
    expect(speakerOf(headlined("'Bold choices' of the year praised", plural), "Bold choices")).toBe(
      "Northern Screen Guild",
    );
  });

  const passive = [
    'Mayor Ruth Calloway has been accused of hiding the "true cost" of the new tram line.',
    "",
    "Opposition spokesman Daniel Okafor told councillors the budget had doubled since spring.",
  ].join("\n");

  it("reads a passive with no agent as unnamed, and takes the person after a body and role", () => {
    expect(speakerOf(headlined("Tram row", passive), "true cost")).toBe("Daniel Okafor");
  });

  const office = [
    "The new transport minister says there are lessons to learn from other counties.",
    "",
    "Dr Helen Marsh, on her first full day in the job, admitted the county faced big problems.",
  ].join("\n");

  it("gives the headline to the holder the sentence after an office names", () => {
    expect(speakerOf(headlined("Avonshire 'must learn lessons'", office), "must learn")).toBe("Helen Marsh");
    expect(
      speakerOf(
        headlined(
          "Avonshire 'must learn lessons'",
          office,
          switchOff("quotes.headline-lead-named-next", "quotes.office-sole-unroled"),
        ),
        "must learn",
      ),
    ).not.toBe("Helen Marsh");
  });

  it("never reads a noun after a determiner as the lead's verb", () => {
    const noun = [
      'The term "vlog" has been picked as the word of the year by a dictionary maker.',
      "",
      "Wordsmith Press said the word headed its list.",
    ].join("\n");
    expect(speakerOf(headlined("'Vlog' is word of the year", noun), "Vlog")).toBeNull();
  });

  it("gives nothing when the lead names its source", () => {
    const named = indefinite.replace("A ferry operator", "Osprey Ferries");
    expect(speakerOf(headlined("Ferries halted", named), "serious safety")).not.toBe("Kestrel Lines");
  });
});

describe("a one-word headline term the lead uses inflected", () => {
  const lead = [
    "A bookmaker has stopped taking bets on the quiz final after claiming details of the questions were leaked.",
    "",
    'Hale Bets made the move after four callers tried to bet large sums. "It was no guess," Hale Bets spokesman Tom Reed said.',
  ].join("\n");

  it("is used in the lead", () => {
    expect(speakerOf(headlined("Bets off after quiz 'leak'", lead), "leak")).toBe("Hale Bets");
  });

  it("is the headline writer's label with the switch off", () => {
    expect(
      speakerOf(
        headlined("Bets off after quiz 'leak'", lead, switchOff("quotes.headline-term-inflected")),
        "leak",
      ),
    ).toBeNull();
  });
});

describe("an organisation named before a headline's verb", () => {
  const body = [
    "Marine engineering firm Kestrel has unveiled its first electric ferry, called Tern.",
    "",
    "Kestrel said the ferry was the quickest of its size. The boats will carry 200 people.",
  ].join("\n");

  it("says the headline's words", () => {
    expect(speakerOf(headlined("Kestrel unveils 'fastest ferry'", body), "fastest ferry")).toBe("Kestrel");
  });

  it("not after a verb that says nothing", () => {
    expect(speakerOf(headlined("Kestrel faces 'fastest ferry' probe", body), "fastest ferry")).toBeNull();
  });

  it("is no one with the switch off", () => {
    const off = switchOff("quotes.headline-org-verb");
    expect(speakerOf(headlined("Kestrel unveils 'fastest ferry'", body, off), "fastest ferry")).toBeNull();
  });
});

describe("an organisation whose name holds 'and'", () => {
  const body = [
    "Town rates will have to rise if the council wants to keep its promises, a report suggests.",
    "",
    "The Northern Institute of Economic and Social Research (NIESR) claims that rates need to rise by £10m. The council has not replied.",
  ].join("\n");

  it("reports as one speaker, and so gives the headline its words", () => {
    expect(speakerOf(headlined("Town 'risks breaking promise'", body), "risks breaking")).toBe(
      "Northern Institute of Economic and Social Research",
    );
  });

  it("is read as several speakers with the switch off", () => {
    const off = switchOff("quotes.joint-inside-name");
    expect(speakerOf(headlined("Town 'risks breaking promise'", body, off), "risks breaking")).toBeNull();
  });
});

describe("a two-word name the tagger takes for an organisation, put where only a person stands", () => {
  const body = (name: string) =>
    [
      `The film won best picture, while its stars Joan Vale and ${name} won acting awards.`,
      "",
      `${name} beat actors including Tom Reed to the prize for best supporting actor. He thanked the director Ian Cole and described the film as "a labour of love". Backstage, he said: "It is an honour."`,
    ].join("\n");

  it("is a person: the he after it is that person", () => {
    expect(personFrame(body("Morgan Teague"), "Morgan Teague")).toBe(true);
    expect(personFrame("Shares in Morgan Teague rose. The bank said it would grow.", "Morgan Teague")).toBe(
      false,
    );
  });

  it("speaks as that person, and is the tagger's organisation with the switch off", () => {
    expect(speakerOf(headlined("Awards", body("Morgan Teague")), "It is an honour")).toBe("Morgan Teague");
    const off = switchOff(`actors.${taggerOrgPersonFrame.name}`);
    expect(speakerOf(headlined("Awards", body("Morgan Teague"), off), "It is an honour")).not.toBe(
      "Morgan Teague",
    );
  });
});

describe("a cue naming two speakers joined by 'and'", () => {
  const q = (body: string, switches: StepSwitches = ALL_STEPS) => headlined("Pledges", body, switches);

  it.each([
    'The Greens and Liberals said the pledges were "worthless".',
    'Both Amnesty and the lobby group Camp Watch described the release as "long overdue".',
    'Greens and Liberals welcomed the report and called for a "slimming down".',
  ])("keeps no single speaker: %s", (body) => {
    const found = q(`Ministers set out their plans on Monday.\n\n${body}`);
    expect(found.find((x) => x.kind !== "reported")?.speakerName ?? null).toBeNull();
  });

  it("gives one of them with the switch off", () => {
    const found = q(
      'Ministers set out their plans on Monday.\n\nThe Greens and Liberals said the pledges were "worthless".',
      switchOff("quotes.joint-cue"),
    );
    expect(found.find((x) => x.kind !== "reported")?.speakerName).not.toBeNull();
  });

  it("leaves a clause joined by ', and' and a name holding 'and' alone", () => {
    const clause = q(
      'Westport beat Dunmore after a 0-0 draw at Kings Park and Todd said: "We are all very happy."',
    );
    expect(speakerOf(clause, "We are all")).not.toBeNull();
    const star = q('And last week Fools and Horses star Ben Tull criticised TV for being "too safe".');
    expect(speakerOf(star, "too safe")).toBe("Ben Tull");
  });
});

describe("he/she after a topic phrase or a name in the tag's frame (PolNeAR train rows lost at the merge)", () => {
  const q = (body: string, switches: StepSwitches = ALL_STEPS) => headlined("Campaign", body, switches);

  it("a topic phrase opening on a possessive pronoun is the speaker's own thing", () => {
    const body =
      'Senator Maria Colby set out her plans on Monday. On her health page, she vows that reform will be a "top priority" for her first year.';
    expect(speakerOf(q(body), "top priority")).toBe("Maria Colby");
    expect(speakerOf(q(body, switchOff("quotes.topic-own-thing")), "top priority")).not.toBe("Maria Colby");
  });

  it("a person opening a clause a colon closes before the quotation is the tag's he/she", () => {
    const body =
      'Ann Roe wrote to her adviser Tom Reed on Friday. Roe seemed irritated: "It is a public statement! Just send it," she wrote.';
    expect(speakerOf(q(body), "It is a public")).toBe("Ann Roe");
    expect(speakerOf(q(body, switchOff("quotes.tag-frame-colon")), "It is a public")).not.toBe("Ann Roe");
  });

  it("still passes over a name inside the tag's frame with no colon", () => {
    const body = 'Ann Roe met the coach Tom Reed on Friday. "Reed has the same drive as ever," she said.';
    expect(speakerOf(q(body), "Reed has the same")).toBe("Ann Roe");
  });
});

describe("an office's holder", () => {
  const q = (body: string, switches: StepSwitches = ALL_STEPS) => headlined("Budget", body, switches);

  it("is the speaker before sentences that name no person", () => {
    const body = [
      "Ann Roe set out her plans to delegates on Monday.",
      "",
      'Ms Roe also announced a drive to help women into science, saying bias was still holding them back. Plans include grants for graduates and "taster courses" for school leavers. Women earn 19% less than men, according to the Fair Pay Council (FPC). The minister told delegates that ending "career bias" was vital.',
    ].join("\n");
    expect(speakerOf(q(body), "career bias")).toBe("Ann Roe");
    // (with office-sole-unroled off too: since session 31 it finds the one person of no other role)
    const off = switchOff("quotes.office-past-quiet-sentences", "quotes.office-sole-unroled");
    expect(speakerOf(q(body, off), "career bias")).not.toBe("Ann Roe");
  });

  it("is not a person who spoke of the office in their own sentence", () => {
    const body = [
      'For the Greens, Jo Marr said the chancellor had failed to deal with the "looming problems" of the tax.',
      "",
      'Ms Marr said taxes would rise under every party. The chancellor meanwhile insisted his plans were "affordable".',
    ].join("\n");
    expect(speakerOf(q(body), "affordable")).not.toBe("Jo Marr");
    expect(speakerOf(q(body, switchOff("quotes.office-spoken-of")), "affordable")).toBe("Jo Marr");
  });
});

describe("'it' after a lone surname gendered only by its given name", () => {
  const body = [
    "The housing market remains robust, according to lender Avon Mutual and housebuilder George Halden.",
    "",
    'Halden reported a 19% rise in profits. Halden said the market had proved "challenging" last year. "By late summer, the market had slowed sharply," it added.',
  ].join("\n");

  it("is that company", () => {
    expect(speakerOf(headlined("Housing", body), "By late summer")).toBe("George Halden");
    expect(
      speakerOf(headlined("Housing", body, switchOff("quotes.it-named-given-name")), "By late summer"),
    ).not.toBe("George Halden");
  });

  it("not when the article gives it a title", () => {
    const titled = body.replace("Halden reported", "Mr Halden reported");
    expect(speakerOf(headlined("Housing", titled), "By late summer")).not.toBe("George Halden");
  });
});

describe("a participle of a verb of saying or labelling opening a clause on the main subject", () => {
  it("gives the term to the sentence's subject", () => {
    const body =
      'Ann Roe, for the Greens, attacked the council\'s red tape and debt, dubbing Mayor Tom Reed "Sir Spendalot".';
    expect(speakerOf(headlined("Budget", body), "Sir Spendalot")).toBe("Ann Roe");
  });

  it("'calling for' is no verb of saying", () => {
    const body =
      'Groups including the Players\' Guild are calling for an end to the "raw deal" faced by actors.';
    expect(speakerOf(headlined("Visas", body), "raw deal")).not.toBe("Players");
  });
});

describe("he/she after a sentence that ends on a person named only in a phrase", () => {
  const body = [
    "Ministers say the bill will pass.",
    "",
    'Tom Reed said he would do all he could to meet concerns about the bill. But changes must not overturn the ruling that let doctors withdraw feeding from coma patient Ian Vale. "It is important that doctors are not confused about the law," he said.',
  ].join("\n");

  it("is the speaker just before", () => {
    expect(speakerOf(headlined("Bill", body), "It is important")).toBe("Tom Reed");
  });

  it("is the model's choice with the switch off", () => {
    const off = switchOff("quotes.pronoun-speaker-over-object");
    expect(speakerOf(headlined("Bill", body, off), "It is important")).toBe("Ian Vale");
  });

  it("not when the name is brought in with an apposition", () => {
    const intro = body.replace("from coma patient Ian Vale.", "from Ian Vale, a coma patient.");
    expect(speakerOf(headlined("Bill", intro), "It is important")).not.toBe("Tom Reed");
  });
});
