// Speaker classes of issue #13 where a description, office or other name stands for a named actor
// (session 16), on invented text: each rule's own sentences, and the same sentences with its
// switch off.
import { describe, expect, it } from "vitest";
import { switchOff } from "../../src/analysis/steps.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

describe("the one told something listens, and is not who 'he' says the next words", () => {
  const body =
    'Winger dreams of a move\n\nTomas Arvelo has added to talk of a move from Rovers to Porto Alegre.\n\n"I would love to play there one day," the 24-year-old told Onda Vesta. "It is a great club." The winger joined Rovers two years ago from Lagoa. He began the season well but has struggled since the club lost its coach. "If I cannot move, I will stay and fight," he added.';

  it("gives the words after 'he added' to the player, not the station he spoke to", () => {
    expect(speakerOf(directQuotes(body), "If I cannot move")).toBe("Tomas Arvelo");
  });

  it("gives them to the station with the step off", () => {
    expect(speakerOf(directQuotes(body, switchOff("actors.coref-told-listener")), "If I cannot move")).toBe(
      "Onda Vesta",
    );
  });
});

describe("a nationality description is the one person the article gave that nationality", () => {
  const body =
    'Anker signs new deal\n\nDutch defender Pim Anker has signed a new three-year contract with Rovers.\n\nRovers manager Ray Doyle called it "a great day for the club". The Dutchman said he was "delighted to stay".';

  it("takes up the Dutch defender, not the manager who spoke last", () => {
    expect(speakerOf(directQuotes(body), "delighted to stay")).toBe("Pim Anker");
  });

  it("takes up the manager with the step off", () => {
    expect(speakerOf(directQuotes(body, switchOff("actors.coref-demonym")), "delighted to stay")).toBe(
      "Ray Doyle",
    );
  });

  it("gives no nationality to a name after the description's own verb", () => {
    const qs = directQuotes(
      'Doyle backs Anker\n\nRovers manager Ray Doyle will fine defender Pim Anker for his red card.\n\nThe Scot initially defended Anker, saying the referee was "far too quick". He said: "I was wrong."',
    );
    expect(speakerOf(qs, "I was wrong")).toBe("Ray Doyle");
  });
});

describe("an office never tied to a name takes up the one person the sentence before names", () => {
  const body =
    'Police chief doubts late bars\n\nA chief constable has questioned plans for late-night bars in the county.\n\nAmong those who have criticised the plans is the region\'s top policeman Sir Ian Holt. The Wessex police chief said the plans were "a recipe for trouble".';

  it("is that person", () => {
    expect(speakerOf(directQuotes(body), "a recipe for trouble")).toBe("Sir Ian Holt");
  });

  it("stays the unnamed office with the switch off", () => {
    // (session 37's description-sole-named reads "the … chief" from the sentence before: off too)
    const off = switchOff("quotes.office-sole-named", "quotes.description-sole-named");
    expect(speakerOf(directQuotes(body, off), "a recipe for trouble")).toBe("The Wessex police chief");
  });

  it("is not taken when the sentence before names two people", () => {
    const qs = directQuotes(
      'Police chief doubts late bars\n\nA chief constable has questioned plans for late-night bars.\n\nAmong the critics are Sir Ian Holt and Ann Roe. The Wessex police chief said the plans were "a recipe for trouble".',
    );
    expect(speakerOf(qs, "a recipe for trouble")).not.toBe("Sir Ian Holt");
  });
});

describe("a consortium or syndicate is an organisation, which 'it' takes up", () => {
  const body =
    'Milk prices to rise\n\nMilk prices will go up again this spring.\n\nThe Northern Dairy Consortium said prices would "rise again" in May. It added that farmers were "under pressure".';

  it("is read as an organisation and speaks again as 'it'", () => {
    const qs = directQuotes(body);
    expect(qs.find((q) => q.text.startsWith("rise again"))?.speakerKind).toBe("organization");
    expect(speakerOf(qs, "under pressure")).toBe("Northern Dairy Consortium");
  });
});
