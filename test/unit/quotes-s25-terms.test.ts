// Session 25's description class (issue #13), on invented text: a definite description of a
// person as a tag's subject ("said the three-time champion", "the youngster said", "The director
// said") is the person the sentence before opens on, also after a sentence adverb ("Meanwhile,").
import { describe, expect, it } from "vitest";
import { switchOff } from "../../src/analysis/steps.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

describe("a description in a tag is the person the sentence before opens on", () => {
  const champion =
    'Okafor eyes indoor title\n\nSprinter Daniel Okafor will race at the European Indoor Championships in Madrid next month.\n\nOkafor could face Lars Brenner there, as the Dane is the reigning indoor champion over 60m. "I feel sharp and I want that title," said Okafor.\n\n - Britain\'s Mira Castellano has also not ruled out racing in Madrid. "I love racing indoors and the track there suits me," said the three-time champion.';
  const adverb =
    'Hartley names new faces\n\nCoach Simon Hartley has named three new caps for the opening match against Wales.\n\n"We have a young side and it will be a test of nerve," said Hartley.\n\nMeanwhile, Bath flanker Tom Ashdown is thrilled to have earned his first call-up. "It is a dream for me and my family," the youngster said.';
  const swimmer =
    'Maas wins in Eindhoven\n\nDutch swimmer Lotte Maas won the 100m freestyle in Eindhoven on Friday.\n\nHer time was a second outside Australian Kim Hale\'s world mark, set in 2002. "I am not chasing records yet, I am building for the summer," said the world short-course champion.';
  const director =
    'Novel heads for big screen\n\nThe film rights to a first novel by Grace Holt have been bought by a Hollywood studio.\n\nOscar nominee Daniel Marsh will direct the adaptation, which starts shooting in Canada next spring. The director said he was "delighted" to be working on the story.';

  it("is the subject of the sentence before, not a champion or a coach named earlier", () => {
    expect(speakerOf(directQuotes(champion), "I love racing")).toContain("Mira Castellano");
    expect(speakerOf(directQuotes(adverb), "It is a dream")).toBe("Tom Ashdown");
    expect(speakerOf(directQuotes(director), "delighted")).toBe("Daniel Marsh");
    expect(speakerOf(directQuotes(swimmer), "I am not chasing")).toBe("Lotte Maas");
  });

  it("is another reading with the switch off", () => {
    const off = switchOff("quotes.description-named-before");
    // (older rules find the champion, the youngster and the director with this one off)
    expect(speakerOf(directQuotes(swimmer, off), "I am not chasing")).not.toBe("Lotte Maas");
  });
});

describe("a description the sentence before does not open on a person is left to other rules", () => {
  const office =
    'Minister backs ferry plan\n\nTransport minister Helen Ashby has backed a new ferry route.\n\nShe met port chief Owen Tate on Monday. "The route will cut journeys by an hour," said the transport minister.';
  const woman =
    'Climber rescued\n\nClimber Peter Lowe was rescued from the north face on Sunday after a fall.\n\n"I thought I would not see my children again," said the woman, who raised the alarm.';

  it("keeps an office to the office rules and never makes a man 'the woman'", () => {
    expect(speakerOf(directQuotes(office), "The route will")).toBe("Helen Ashby");
    expect(speakerOf(directQuotes(woman), "I thought I would")).not.toBe("Peter Lowe");
  });
});

describe("a lead voiced by an -ing form of a verb of saying is the person named next", () => {
  // (no headline line: the test article's title is its front matter's)
  const admitting =
    'A Green Party council candidate has stood down after admitting a "youthful flirtation" with a far-right group. Jenny Hollis, who had been chosen to fight the Eastfield ward, quit after a local paper ran the story.';
  const quoted =
    'A Liberal candidate is quitting after being quoted as calling for a "bonfire of regulations". Tom Furze, who also works for a think tank, had been due to stand in Ashby.';
  const conceding =
    'A hospital chief has apologised after conceding that waiting lists were "far too long" last winter. Dr Amy Kerr, who runs the Westgate trust, said new wards would open in May.';

  it("is the person the next sentence opens on", () => {
    expect(speakerOf(directQuotes(admitting), "youthful")).toBe("Jenny Hollis");
    expect(speakerOf(directQuotes(quoted), "bonfire")).toBe("Tom Furze");
    expect(speakerOf(directQuotes(conceding), "far too long")).toBe("Amy Kerr");
  });

  it("is no one with the switch off", () => {
    const off = switchOff("quotes.lead-gerund-voice");
    expect(speakerOf(directQuotes(admitting, off), "youthful")).toBeNull();
    expect(speakerOf(directQuotes(quoted, off), "bonfire")).toBeNull();
  });
});

describe("a slogan or motto is the words of the organisation whose slogan the sentence says it is", () => {
  const relative =
    'The Rural Alliance Party outspent Labour in the council elections, new figures show. The Rural Alliance Party, which campaigned on a slogan of "Homes not roads", spent £1.2m on the campaign.';
  const motto =
    '"We regret the decision," said Ivan Petrov, deputy chairman of Hilltop Mining Ltd - a mining firm that has the motto "Digging for Britain". "It is a shame."';
  const possessive =
    'Labour has set out its plans for the election. Labour\'s election slogan will be: "Forward together, not back". Party chief Ann Roe attacked the Tories.';
  const told =
    'Mr Roe said Labour\'s slogan would be "Forward together". He said the campaign starts in May.';
  const place = 'Runner Ann Roe wore London\'s Olympic bid slogan, "Back the Bid", on her vest.';

  it("is the organisation, over a tag's speaker when a relative clause says whose", () => {
    expect(speakerOf(directQuotes(relative), "Homes not roads")).toBe("Rural Alliance Party");
    expect(speakerOf(directQuotes(motto), "Digging for Britain")).toBe("Hilltop Mining Ltd");
    expect(speakerOf(directQuotes(possessive), "Forward together")).toBe("Labour Party");
  });

  it("keeps the speaker who tells of the slogan, and gives a place's slogan to no one", () => {
    expect(speakerOf(directQuotes(told), "Forward together")).toBe("Roe");
    expect(speakerOf(directQuotes(place), "Back the Bid")).toBeNull();
  });

  it("is no one, or the tag's speaker, with the switch off", () => {
    const off = switchOff("quotes.slogan-owner");
    expect(speakerOf(directQuotes(relative, off), "Homes not roads")).toBeNull();
    expect(speakerOf(directQuotes(motto, off), "Digging for Britain")).toBe("Ivan Petrov");
  });
});
