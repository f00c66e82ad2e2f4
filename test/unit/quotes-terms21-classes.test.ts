// Speaker classes found on the BBC terms study set (session 21, issue #13), on invented text: each
// rule's own sentences, and the same sentences with its switch off.
import { describe, expect, it } from "vitest";
import { switchOff } from "../../src/analysis/steps.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

describe("a role named by no one is the person the next sentence introduces", () => {
  const body =
    'Krone slides\n\nThe krone fell again on Monday.\n\nMeanwhile, Norway\'s trade minister has said the region faced "deep trouble" unless rates were cut. Lars Hoff said he would raise the issue at the next summit.';
  const lead =
    'The Harbour Party would look "kindly" on any bid by its former leader to return, its co-chairman has said.\n\nDr Ann Wells told Radio Calder there was no room for spite in politics.';
  const named =
    'Krone slides\n\nFinance chief Lars Hoff spoke on Monday.\n\nMeanwhile, Norway\'s trade minister has said the region faced "deep trouble" unless rates were cut. Lars Hoff said he would raise the issue at the next summit.';

  it("is that person", () => {
    expect(speakerOf(directQuotes(body), "deep trouble")).toBe("Lars Hoff");
    expect(speakerOf(directQuotes(lead), "kindly")).toBe("Ann Wells");
  });

  it("is not someone named before", () => {
    expect(speakerOf(directQuotes(named), "deep trouble")).not.toBe("Lars Hoff");
  });

  it("is the role with the switch off", () => {
    const off = switchOff("quotes.role-named-next");
    expect(speakerOf(directQuotes(body, off), "deep trouble")).not.toBe("Lars Hoff");
    expect(speakerOf(directQuotes(lead, off), "kindly")).not.toBe("Ann Wells");
  });
});

describe("a definite organisation noun is the organisation whose name ends in it", () => {
  const body =
    'Cash warning hits shares\n\nShares in Calder Airlines have fallen after the group warned it could run short of cash.\n\nThe airline warned of "weak bookings" if it fails to cut costs.';

  it("is that organisation", () => {
    expect(speakerOf(directQuotes(body), "weak bookings")).toBe("Calder Airlines");
  });

  it("is left unnamed with the switch off", () => {
    expect(
      speakerOf(
        directQuotes(body, switchOff("quotes.org-name-head", "quotes.description-focus")),
        "weak bookings",
      ),
    ).not.toBe("Calder Airlines");
  });
});

describe("a which-clause's verb of saying is its plural organisations'", () => {
  const body =
    'Krone falls\n\nThe Calder government has faced pressure from farm groups which have publicly stated the krone has further to fall from "absurd heights" set in 2002.';

  it("is the organisations, not the main subject", () => {
    const q = directQuotes(body).find((x) => x.text.startsWith("absurd heights"));
    expect(q?.speakerName).toBe("farm groups");
  });

  it("is the main subject with the switch off", () => {
    expect(speakerOf(directQuotes(body, switchOff("quotes.which-group-subject")), "absurd heights")).toBe(
      "Calder government",
    );
  });
});

describe("a name marked 'known as the …' or '… as … are known' is no one's words", () => {
  const body =
    'Dam plan\n\nThe Calder Power Board says the dam will be built on the Kalder - or "river of stones" as the upper reaches of the Vale are known. The board says work must stop in what is known as the "quiet season" for fish.';

  it("leaves both names to no one", () => {
    const qs = directQuotes(body);
    expect(speakerOf(qs, "river of stones")).toBeNull();
    expect(speakerOf(qs, "quiet season")).toBeNull();
  });

  it("gives them a speaker with the switch off", () => {
    const qs = directQuotes(body, switchOff("quotes.known-as-more"));
    expect(speakerOf(qs, "river of stones")).not.toBeNull();
    expect(speakerOf(qs, "quiet season")).not.toBeNull();
  });
});

describe("a term after 'It' and a verb of intent is the organisation the sentence before opens on", () => {
  const body =
    'Games deal\n\nNew owner Pixel Arts Group has not ruled out new consoles. It also plans to develop a "global play concept" with the brand.';

  it("is that organisation", () => {
    expect(speakerOf(directQuotes(body), "global play concept")).toBe("Pixel Arts Group");
  });

  it("is no one with the switch off", () => {
    // (and "it" as the one body of the sentence before, session 34)
    const off = switchOff("quotes.it-intent-term", "quotes.it-one-body-before");
    expect(speakerOf(directQuotes(body, off), "global play concept")).toBeNull();
  });
});
