// The general rules of the actor model, one invented article each (names that appear nowhere else):
// headline mentions, national bodies, lower-case institution nouns, short forms and abbreviations,
// renamed organisations, false person spans and the evidence an honorific gives.
import { describe, expect, it } from "vitest";
import { actorAt, model } from "../helpers/actors.ts";

describe("actor rules", () => {
  it("reads the headline for names the body gives, and nothing else", () => {
    const { m, a } = model(
      "Okonkwo backs Tarnvale Holdings plan\n\nShareholders of Tarnvale Holdings backed chief executive Ada Okonkwo on Monday. Okonkwo said the plan would go ahead.\n",
    );
    expect(actorAt(m, a, "Okonkwo")).toBe("Ada Okonkwo");
    expect(actorAt(m, a, "Tarnvale Holdings")).toBe("Tarnvale Holdings");
    expect(m.resolve("Okonkwo backs")).toBeNull();
  });

  it("does not read 'the <Word> <Surname>' or a fictional part as a person", () => {
    const { m, a } = model(
      "Film news\n\nOn Monday actress Lena Varga sued Brightmoor Studios for an injury on the set of Winds of the Moon. In Winds of the Moon Varga plays a pilot. She took the role of Don Velasco's wife. Varga said she was hurt.\n",
    );
    expect(m.resolve("Moon Varga")).toBeNull();
    expect(m.resolve("Don Velasco")).toBeNull();
    expect(actorAt(m, a, "Varga", 1)).toBe("Lena Varga");
    expect(actorAt(m, a, "Varga", 2)).toBe("Lena Varga");
  });

  it("reads national bodies, not countries, and links their acronyms", () => {
    const { m, a } = model(
      "Rowing review\n\nThe rowing review was paid for by UK Rowing and Sport Wales, after Great Britain won nothing. Funding for rowing and for sport in general fell. UKR chief Jan Holt said the sport would recover. Sport was a priority, she said.\n",
    );
    expect(m.resolve("UK Rowing")?.kind).toBe("organization");
    expect(m.resolve("Sport Wales")?.kind).toBe("organization");
    expect(m.resolve("Great Britain")).toBeNull();
    expect(actorAt(m, a, "UKR")).toBe("UK Rowing");
  });

  it("keeps lower-case institution nouns in the name and reads descriptors as evidence", () => {
    const { m, a } = model(
      "Inquiry\n\nThe Greenvale party said Marsh County police had been told. Greenvale will vote on Friday. Its leader told Morning Lantern magazine that the inquiry was fair.\n",
    );
    expect(actorAt(m, a, "Greenvale party")).toBe("Greenvale party");
    expect(actorAt(m, a, "Greenvale", 1)).toBe("Greenvale party");
    expect(actorAt(m, a, "Marsh County police")).toBe("Marsh County police");
    expect(actorAt(m, a, "Morning Lantern")).toBe("Morning Lantern");
  });

  it("links short forms: corporate descriptors, web addresses, 'House of', word abbreviations, '&'", () => {
    const { m, a } = model(
      "Deals\n\nCorvane said profits rose. Rival Corvane Broadband was bought by Holt & Quarry. H&Q said SkyPage.org would also be sold, and SkyPage's editor agreed. The House of Burgesses must approve it, and the Burgesses meet on Friday. The Progressive Reform Party objected; the Prog Reform Party said it would appeal.\n",
    );
    expect(actorAt(m, a, "Corvane")).toBe(actorAt(m, a, "Corvane Broadband"));
    expect(actorAt(m, a, "H&Q")).toBe("Holt & Quarry");
    expect(actorAt(m, a, "SkyPage", 1)).toBe("SkyPage.org");
    expect(actorAt(m, a, "Burgesses", 1)).toBe("House of Burgesses");
    expect(actorAt(m, a, "Prog Reform Party")).toBe("Progressive Reform Party");
  });

  it("follows a renamed organisation", () => {
    const { m, a } = model(
      "Oil\n\nHalvorsen Petroleum went bankrupt in 2001 and is now known as HNX. Last week HNX agreed a sale.\n",
    );
    expect(actorAt(m, a, "HNX")).toBe("Halvorsen Petroleum");
    expect(actorAt(m, a, "HNX", 1)).toBe("Halvorsen Petroleum");
  });

  it("lets an honorific outweigh company-like context, and forgives a possessive typo", () => {
    const { m, a } = model(
      "Trial\n\nFormer boss Carl Danvers denies fraud. Piet Ansel, the firm's chief executive, gave evidence. But Mr Ansel said it was not true. Mr Danver's lawyers disagreed.\n",
    );
    expect(actorAt(m, a, "Ansel", 1)).toBe("Piet Ansel");
    expect(actorAt(m, a, "Danver", 1)).toBe("Carl Danvers");
  });

  it("reads a sentence-initial common word as a surname only when the article names that person", () => {
    const { m, a } = model(
      "Budget\n\nFinance chief Tom Brown spoke on Monday. Brown said brown bread prices would not rise.\n",
    );
    expect(actorAt(m, a, "Brown", 1)).toBe("Tom Brown");
    const other = model("Bakers\n\nBrown bread sold well. Brown loaves and brown rolls did too.\n");
    expect(other.m.resolve("Brown")).toBeNull();
  });

  it("does not take model numbers or things for organisations", () => {
    const { m, a } = model(
      "Order\n\nThe airline ordered 20 Airbus A350 planes, and buyers can check in from a PC. Airbus said the order was its largest.\n",
    );
    expect(actorAt(m, a, "Airbus")).toBeNull();
    expect(actorAt(m, a, "Airbus", 1)).toBe("Airbus");
    expect(m.resolve("PC")).toBeNull();
  });

  it("reads who a group are ('Chechen rebels', 'Slovak police', 'Sri Lankan') as no actor", () => {
    const { m } = model(
      "Border clashes\n\nChechen rebels and a Jewish group met Slovak police on Monday, officials said. A Sri Lankan was also held, and Roman Catholic leaders called for calm. Comedian Dawn French said the talks would go on. The Tarnvale Liberation Front said it would attend.\n",
    );
    const names = m.actors.map((x) => x.name);
    for (const w of ["Chechen", "Jewish", "Slovak", "Lankan", "Catholic"])
      expect(names.filter((n) => n.includes(w))).toEqual([]);
    expect(names.some((n) => n.endsWith("Dawn French"))).toBe(true);
    expect(names).toContain("Tarnvale Liberation Front");
  });
});
