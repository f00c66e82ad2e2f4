// Speaker classes found on BBC study set 9 (issue #13), on invented text: each rule's own
// sentences, and where the rule has a switch, the same sentences with it off.
import { describe, expect, it } from "vitest";
import { buildActorModel } from "../../src/analysis/actors/index.ts";
import { extractQuotes } from "../../src/analysis/quotes/index.ts";
import { ALL_STEPS, type StepSwitches, switchOff } from "../../src/analysis/steps.ts";
import { buildArticle } from "../../src/corpus/article.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

const quotes = (body: string, switches: StepSwitches = ALL_STEPS) => directQuotes(body, switches);

describe("a question ends its sentence: 'Name said he …' after it is no tag", () => {
  const body =
    'Tax rows.\n\nTory leader Tom Orrin says tax is up.\n\nHe continued: "How can there be discipline?" Mr Dunmore said he would not respond to that.';

  it("gives the question to the colon's speaker", () => {
    expect(speakerOf(quotes(body), "How can there")).toBe("Tom Orrin");
  });

  it("still reads a tag with a phrase after the verb", () => {
    const qs = quotes(
      'Tax rows.\n\nTom Orrin spoke.\n\n"Will I stay?" Mr Dunmore asked in May. "I do not know."',
    );
    expect(speakerOf(qs, "Will I stay")).toBe("Dunmore");
  });

  it("is the name after it with the switch off", () => {
    // (after a colon's quotation the sentence ends anyway; a question opening its sentence shows it)
    const open = body.replace('He continued: "How', 'He went on. "How');
    expect(speakerOf(quotes(open), "How can there")).not.toBe("Dunmore");
    expect(speakerOf(quotes(open, switchOff("quotes.question-ends-sentence")), "How can there")).toBe(
      "Dunmore",
    );
  });
});

describe("a headline name right before quoted words", () => {
  const headlined = (text: string, switches: StepSwitches = ALL_STEPS) => {
    const r = buildArticle("news/001.txt", text);
    if (!r.ok) throw new Error(r.reason);
    return extractQuotes(r.article, buildActorModel([r.article], switches), switches);
  };
  const text =
    "Dunmore 'proud of rail record'\n\nPeter Dunmore has given a speech to the party conference.\n\nMr Dunmore said he was proud of the record on rail.";

  it("says them", () => {
    expect(speakerOf(headlined(text), "proud of rail")).toBe("Peter Dunmore");
  });

  it("not when the name modifies a noun after a one-word term", () => {
    const qs = headlined(
      "Press seek Dunmore 'juror' notes\n\nPeter Dunmore has given a speech to the party conference.",
    );
    expect(speakerOf(qs, "juror")).toBeNull();
  });

  it("is no one with the switch off", () => {
    // (with session 21's plain-lead rule off too: "Mr Dunmore said …" opens the next sentence)
    const off = switchOff("quotes.headline-name-before", "quotes.headline-plain-lead-next-reporter");
    expect(speakerOf(headlined(text, off), "proud of rail")).toBeNull();
  });
});

describe('"our correspondent" is the reporter named before with that role', () => {
  it.each([
    ["BBC correspondent Jane Hill said the minister would act.", "our correspondent"],
    ["BBC political editor Jane Hill said the minister would act.", "our political editor"],
  ])("%s … %s said", (before, tag) => {
    const qs = quotes(`Rail fares will rise.\n\n${before} "He will set out his plans," ${tag} said.`);
    expect(speakerOf(qs, "He will set")).toBe("Jane Hill");
  });

  it("stays unnamed when no reporter was named", () => {
    const qs = quotes(
      'Rail fares will rise.\n\nThe minister would act. "He will set out his plans," our correspondent said.',
    );
    expect(speakerOf(qs, "He will set")).toBe("our correspondent");
  });

  it("stays unnamed with the switch off", () => {
    const qs = quotes(
      'Rail fares will rise.\n\nBBC correspondent Jane Hill said the minister would act. "He will set out his plans," our correspondent said.',
      switchOff("quotes.our-reporter"),
    );
    expect(speakerOf(qs, "He will set")).toBe("our correspondent");
  });
});

describe("he/she passes a latest speaker of the other gender", () => {
  const body =
    'Rents rose.\n\nA Rural Transport Board spokeswoman said Lord Hale and Lord Dunmore agreed about the plan. "Their disagreement is narrow," she said. "It is unlikely to matter."';

  it("gives 'she' to the spokeswoman, not the lords her words named", () => {
    const qs = quotes(body);
    expect(speakerOf(qs, "Their disagreement")).toBe("A Rural Transport Board spokeswoman");
    expect(speakerOf(qs, "It is unlikely")).toBe("A Rural Transport Board spokeswoman");
  });

  it("is left a bare pronoun with the switch off", () => {
    expect(
      speakerOf(quotes(body, switchOff("quotes.pronoun-past-other-gender")), "Their disagreement"),
    ).toBeNull();
  });
});

describe("he/she is never a person the sentence names before its tag", () => {
  const body =
    'Turnout fell in May.\n\nThe mayor remains keen, Tom Hollis, the party organiser, told the Daily Echo on Monday. Mr Dunmore has "the same drive as ever" as when he first won, he said.';

  it("gives the tag to the one who spoke before, not the name it governs", () => {
    expect(speakerOf(quotes(body), "the same drive")).toBe("Tom Hollis");
  });

  it("reads a fronted phrase before 'she said:' the same way", () => {
    const qs = quotes(
      'Prizes.\n\nAnn Roe won for playing screen legend Kay Lomax in the film, and thanked the cast. Of Lomax, she said: "Her career is inspiring."',
    );
    expect(speakerOf(qs, "Her career")).toBe("Ann Roe");
  });

  it("leaves a sentence opening on a subordinate clause, and one who speaks in it", () => {
    const qs = quotes(
      'Prizes.\n\nAnn Roe won the prize. When Kay Lomax arrived, she said: "My career is long."\n\nTom Hale, for the Greens, added: "It is over," he said.',
    );
    expect(speakerOf(qs, "My career")).toBe("Kay Lomax");
    expect(speakerOf(qs, "It is over")).toBe("Tom Hale");
  });

  it("is the name in the frame with the switch off", () => {
    expect(speakerOf(quotes(body, switchOff("quotes.pronoun-not-in-tag-frame")), "the same drive")).toBe(
      "Dunmore",
    );
  });
});

describe("'the paper quoted X in/at/for … as saying' after a quotation", () => {
  const body =
    'Rents rose.\n\nHarbour Bank moved first. "They were so quick it caught us out," the Daily Echo newspaper quoted an insider in the talks as saying. Banks fell.';

  it("gives the words to the one quoted, with the linking phrase", () => {
    expect(speakerOf(quotes(body), "They were so quick")).toBe("an insider in the talks");
  });

  it("is no one with the switch off", () => {
    expect(speakerOf(quotes(body, switchOff("quotes.quoted-person-link")), "They were so quick")).toBeNull();
  });
});

describe("a 'with' clause inside reported speech speaks for itself", () => {
  const body =
    'Rents rose.\n\nThe Greens are also thought likely to propose higher thresholds, with shadow chancellor Peter Lamb calling stamp duty a "classic stealth tax".';

  it("gives the term to the one the 'with' clause names", () => {
    expect(speakerOf(quotes(body), "classic stealth")).toBe("Peter Lamb");
  });

  it("is the outer record's speaker with the switch off", () => {
    expect(speakerOf(quotes(body, switchOff("quotes.reported-innermost")), "classic stealth")).toBe("Greens");
  });
});

describe("a quotation in a fronted participle clause", () => {
  const body =
    'Rents rose.\n\nWhile accepting that people "have to be prepared" for an attack, Mr Lamb said he had doubts about the plans.';

  it("is the main clause's speaker's", () => {
    expect(speakerOf(quotes(body), "have to be prepared")).toBe("Lamb");
  });

  it("is no one's with the switch off", () => {
    expect(speakerOf(quotes(body, switchOff("quotes.fronted-clause")), "have to be prepared")).toBeNull();
  });
});

describe("'the shadow chancellor' takes up the subject before, as an office does", () => {
  const body =
    'Budget day.\n\nGordon Dunmore is to freeze fuel duty.\n\nBut Tom Orrin, for the Tories, attacked red tape. The shadow chancellor said the rule had "turned to dross".';

  it("is the person the sentence before opens on", () => {
    expect(speakerOf(quotes(body), "turned to dross")).toBe("Tom Orrin");
  });

  it("is never one named as the office itself", () => {
    const qs = quotes(
      'Budget day.\n\nChancellor Gordon Dunmore is to freeze fuel duty. Mr Dunmore said it was fair. The shadow chancellor said the rule had "turned to dross".',
    );
    expect(speakerOf(qs, "turned to dross")).toBe("The shadow chancellor");
  });

  it("stays unnamed with the switch off", () => {
    expect(speakerOf(quotes(body, switchOff("quotes.ranked-office-subject")), "turned to dross")).toBe(
      "The shadow chancellor",
    );
  });
});

describe("'it' after a bare name that spoke in the sentence before", () => {
  const body =
    'Bids.\n\nKestrel Capital opposes the takeover of the exchange.\n\nHalden Boerse said the opposition of Kestrel Capital would not change its approach. "Halden Boerse is sure the deal is right," it said.';

  it("is that name, an organisation", () => {
    expect(speakerOf(quotes(body), "Halden Boerse is sure")).toBe("Halden Boerse");
  });

  it("is the organisation named after it with the switch off", () => {
    expect(
      speakerOf(
        quotes(body, switchOff("quotes.it-named-speaker", "quotes.it-last-speaker-body")),
        "Halden Boerse is sure",
      ),
    ).toBe("Kestrel Capital");
  });
});

describe("a headline's words over a lead reporting through a description", () => {
  const headlined = (text: string, switches: StepSwitches = ALL_STEPS) => {
    const r = buildArticle("news/001.txt", text);
    if (!r.ok) throw new Error(r.reason);
    return extractQuotes(r.article, buildActorModel([r.article], switches), switches);
  };
  const text =
    "Game makers 'face hard times'\n\nSmall studios face a testing year as new consoles arrive, the industry warns.\n\nSales fell.";

  it("go to that description", () => {
    expect(speakerOf(headlined(text), "face hard times")).toBe("the industry");
  });

  it("not to an indefinite source, which is named ahead", () => {
    const qs = headlined(
      "Game makers 'face hard times'\n\nSmall studios face a testing year, a survey suggests.\n\nSales fell.",
    );
    expect(speakerOf(qs, "face hard times")).toBeNull();
  });

  it("go to no one with the switch off", () => {
    expect(
      speakerOf(headlined(text, switchOff("quotes.headline-lead-description")), "face hard times"),
    ).toBeNull();
  });
});

describe("a coordinated verb after a quotation that ends its own sentence", () => {
  const body =
    'Tax rows.\n\nTory leader Tom Orrin says tax is up.\n\nHe continued: "How can there be discipline?" Mr Dunmore said he would not respond to "idle gossip" and promised to hail the record "from now until polling day".';

  it("takes the subject after that quotation", () => {
    expect(speakerOf(quotes(body), "from now until")).toBe("Dunmore");
  });

  it("takes the one opening the text with the switch off", () => {
    // (a quotation no colon brings in: its sentence runs on past the question)
    const run = body.replace('He continued: "How', 'He asked "How');
    expect(speakerOf(quotes(run), "from now until")).toBe("Dunmore");
    expect(speakerOf(quotes(run, switchOff("quotes.coordination-after-quote")), "from now until")).toBe(
      "Tom Orrin",
    );
  });
});
