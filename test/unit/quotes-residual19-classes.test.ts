// Speaker classes that recur across the BBC study sets (issue #13, session 19's residual misses),
// on invented text: each rule's own sentences, and the same sentences with its switch off.
import { describe, expect, it } from "vitest";
import { switchOff } from "../../src/analysis/steps.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

describe("a that/which clause with no comma on the name data or a report came from speaks for it", () => {
  const body =
    'Rents set to cool\n\nRents rose again in March.\n\nLetting slowed after new figures from lettings website Roomly which suggested landlords must offer a "spring discount" to fill flats.\n\nBanks were warned by a review by the Lending Council that said lenders had been "far too slow" to help.';

  it("is the name after from/by", () => {
    const qs = directQuotes(body);
    expect(speakerOf(qs, "spring discount")).toBe("Roomly");
    expect(speakerOf(qs, "far too slow")).toBe("Lending Council");
  });

  it("is not that name with the switch off", () => {
    const qs = directQuotes(body, switchOff("quotes.relative-issuer-no-comma"));
    expect(speakerOf(qs, "spring discount")).not.toBe("Roomly");
    expect(speakerOf(qs, "far too slow")).toBeNull();
  });
});

describe("a quantified or critic-like group that believes, fears or says is the speaker", () => {
  const body =
    'Ferry fee plan\n\nThe island council set out a new ferry fee on Monday.\n\nCritics fear it could bring "ruin by the back door" to small traders.\n\nA survey by the harbour board showed 52 members out of 90 - among them 12 skippers - believed the fee was "unfair and should go".\n\nSupport has slipped among younger islanders, with many saying the plan was "a mistake".';

  it("is the group", () => {
    const qs = directQuotes(body);
    expect(speakerOf(qs, "ruin by")).toBe("Critics");
    expect(speakerOf(qs, "unfair and")).toBe("52 members");
    expect(speakerOf(qs, "a mistake")).toBe("many");
  });

  it("is not the group with the switch off", () => {
    const qs = directQuotes(body, switchOff("quotes.group-belief"));
    expect(speakerOf(qs, "ruin by")).toBeNull();
    expect(speakerOf(qs, "unfair and")).not.toBe("52 members");
    expect(speakerOf(qs, "a mistake")).toBe("Support");
  });
});

describe("a mixed-case short form spelling a printed name's initials is that organisation", () => {
  const body =
    'Grocer cuts prices\n\nGrocer Penmore has cut the price of bread.\n\nBroker Harbour Brook Trust said: "The cuts are deep."\n\nHbt said the cuts were "a sign of panic" at Penmore.\n\nTobacco firm Danish Eastern Leaf said it had a deal. Del told the Daily Lamp it had approval from "the very top".';

  it("is the full name", () => {
    const qs = directQuotes(body);
    expect(speakerOf(qs, "a sign of panic")).toBe("Harbour Brook Trust");
    expect(speakerOf(qs, "the very top")).toBe("Danish Eastern Leaf");
  });

  it("is the short form with the step off", () => {
    const qs = directQuotes(body, switchOff("actors.mixed-case-initials"));
    expect(speakerOf(qs, "a sign of panic")).toBe("Hbt");
    expect(speakerOf(qs, "the very top")).not.toBe("Danish Eastern Leaf");
  });
});

describe("a person named 'of' an organisation speaks, not the organisation", () => {
  const body =
    'Truce agreed\n\nSingers and campaigners agreed a truce on Monday.\n\nBen Lark of rights group FairPlay said they were "starting afresh".\n\nRavi Sethi, managing director, of Coral Lane Estates - a property company - told the Daily Lamp this was "a big step."';

  it("is the person", () => {
    const qs = directQuotes(body);
    expect(speakerOf(qs, "starting afresh")).toBe("Ben Lark");
    expect(speakerOf(qs, "a big step")).toBe("Ravi Sethi");
  });

  it("is the organisation with the switch off", () => {
    const qs = directQuotes(body, switchOff("quotes.person-of-organisation"));
    expect(speakerOf(qs, "starting afresh")).toBe("FairPlay");
    expect(speakerOf(qs, "a big step")).toBe("Coral Lane Estates");
  });
});

describe("a body's, document's or source's noun between commas after the verb is the tag's subject", () => {
  const body =
    'Fares plan criticised\n\nThe Commons transport committee has published a report on rail fares.\n\nIt found that prices had risen fast. As a result, says the committee, the rail regulator may need to act to "remove confusion" over fares.';

  it("is the body the noun names", () => {
    expect(speakerOf(directQuotes(body), "remove confusion")).toBe("Commons transport committee");
  });

  it("is no one with the switch off", () => {
    const qs = directQuotes(body, switchOff("quotes.parenthetical-description-tag"));
    expect(speakerOf(qs, "remove confusion")).toBeNull();
  });
});

describe("a panel, tribunal or taskforce named by its noun is the organisation the sentence before opens on", () => {
  const body =
    'Fares review\n\nThe minister has promised a review of fares.\n\nIn its report, the Rail Fares Authority said it had found wide support for change. The panel suggested different fares could be "graded" by distance.';

  it("is that organisation", () => {
    expect(speakerOf(directQuotes(body), "graded")).toBe("Rail Fares Authority");
  });

  it("is the bare noun with the switch off", () => {
    expect(speakerOf(directQuotes(body, switchOff("quotes.sitting-body-noun")), "graded")).toBe("The panel");
  });
});

describe("a capitalised epithet in an inverted tag, never printed without its 'the', is the person before", () => {
  const body =
    'Banker wins claim\n\nAn employment tribunal has ruled on the case of a banker at Harbour Bank.\n\nThe tribunal upheld some of her claims.\n\nRunner Mark Tessel won gold for his club last year, ahead of Joe Pike. "It was the best day of my life," said the Newbridge Harrier.';

  it("is the person the sentence before opens on", () => {
    expect(speakerOf(directQuotes(body), "It was the best")).toBe("Mark Tessel");
  });

  it("is the epithet as a name with the switch off", () => {
    expect(speakerOf(directQuotes(body, switchOff("quotes.capital-epithet")), "It was the best")).toBe(
      "Newbridge Harrier",
    );
  });
});

describe("a maker of named works opening the sentence is the person the sentence before opens on", () => {
  const body =
    'Veteran hits out\n\nScreen veteran Dan Holloway has criticised modern films. The star of Red Valley and Long Road said the industry was "in a rut" at a press event.';

  it("is that person", () => {
    expect(speakerOf(directQuotes(body), "in a rut")).toBe("Dan Holloway");
  });

  it("is the last title, or the phrase itself, with a switch off", () => {
    expect(speakerOf(directQuotes(body, switchOff("quotes.maker-of-titles-subject")), "in a rut")).toBe(
      "Long Road",
    );
    expect(speakerOf(directQuotes(body, switchOff("quotes.maker-of-works-opening")), "in a rut")).toBe(
      "The star of Red Valley and Long Road",
    );
  });
});
