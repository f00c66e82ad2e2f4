// Speaker classes found on BBC study set 30 (issue #13), on invented text: each rule's own
// sentences, and the same sentences with its switch off.
import { describe, expect, it } from "vitest";
import { switchOff } from "../../src/analysis/steps.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

describe("a surname two full names share, the first named after 'of', is the later one", () => {
  const body =
    'Chef opens cookery school\n\nA cookery school has opened with the help of the sister of Clara Dunmore.\n\nBaker Ruth Dunmore will teach the first classes. "I want everyone to enjoy bread," said Dunmore, 48. "It is simple food," she added.';

  it("is the one named last before it", () => {
    const qs = directQuotes(body);
    expect(speakerOf(qs, "I want everyone")).toBe("Ruth Dunmore");
    expect(speakerOf(qs, "It is simple")).toBe("Ruth Dunmore");
  });

  it("is the point of reference with the switch off", () => {
    const qs = directQuotes(body, switchOff("quotes.latest-shared-surname"));
    expect(speakerOf(qs, "I want everyone")).toBe("Clara Dunmore");
  });
});

describe("a passive's agent headed by a role noun speaks", () => {
  const body =
    'Forger jailed\n\nA forger has been jailed for four years.\n\nTom Leary was called "the most careful forger of his time" by the trial judge.';

  it("is the judge", () => {
    expect(speakerOf(directQuotes(body), "the most careful")).toBe("the trial judge");
  });

  it("is no one with the switch off", () => {
    expect(
      speakerOf(directQuotes(body, switchOff("quotes.passive-role-agent")), "the most careful"),
    ).toBeNull();
  });
});

describe("the agent of a passive verb of making is no speaker", () => {
  const body =
    'Fair opens\n\nThe home fair opened on Friday.\n\nOne stand has been modelled as a "smart kitchen" by the weekly Home Times. "We wanted people to try it," said Ann Kerr of the paper.';

  it("leaves the term to no one", () => {
    expect(speakerOf(directQuotes(body), "smart kitchen")).toBeNull();
  });

  it("is the maker with the switch off", () => {
    expect(speakerOf(directQuotes(body, switchOff("quotes.making-passive-agent")), "smart kitchen")).toBe(
      "Home Times",
    );
  });
});

describe("a bare plural noun after capitalised modifiers is an unnamed group", () => {
  const body =
    'Bookshop wins award\n\nA small bookshop in Calder has won a national prize.\n\nIndependent Calder bookshop owners have hailed the award as "a real lift".';

  it("is the group, unnamed", () => {
    const q = directQuotes(body).find((x) => x.text.startsWith("a real lift"));
    expect(q?.speakerKind).toBe("unnamed");
    expect(q?.speakerName).toBe("Independent Calder bookshop owners");
  });

  it("is a person called by the plural noun with the rule off", () => {
    // (session 42's group-speaker rule reads the same group: both off to see the old reading)
    const off = switchOff("quotes.modified-plural-group", "quotes.group-speaker");
    const q = directQuotes(body, off).find((x) => x.text.startsWith("a real lift"));
    expect(q?.speakerKind).toBe("person");
  });
});

describe('"the MP" the model links to no one is the member the sentence before names', () => {
  const body =
    'MP backs rail plan\n\nA Labour backbencher has praised the rail plan.\n\nTom Hale said the new line would "change the region". However, Mr Hale predicted the work would start late. The MP for Kettleby and Dale said the minister had been "far too slow".';

  it("is the member named before", () => {
    expect(speakerOf(directQuotes(body), "far too slow")).toBe("Tom Hale");
  });

  it("is no one with the switch off", () => {
    const q = directQuotes(body, switchOff("quotes.member-office-subject")).find((x) =>
      x.text.startsWith("far too slow"),
    );
    expect(q?.speakerKind).toBe("unnamed");
  });
});

describe('"the architects" is the pair joined by "&" named after that plural', () => {
  const body =
    'Library gets new wing\n\nA new library wing opens in Calder this spring.\n\nAward-winning architects Hale & Dunn drew the plans with local schools. "We wanted the light to reach every shelf," said the architects.';

  it("is the pair", () => {
    expect(speakerOf(directQuotes(body), "We wanted the light")).toBe("Hale & Dunn");
  });

  it("is an unnamed description with the rule off", () => {
    expect(speakerOf(directQuotes(body, switchOff("quotes.plural-named-pair")), "We wanted the light")).toBe(
      "the architects",
    );
  });
});
