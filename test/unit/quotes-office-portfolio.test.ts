// An office named by a portfolio ("the prime minister") is no other holder of its head noun ("his
// former minister Ed Marr"), and a person the article gives another role in apposition ("The
// police chief, Sir Ian Dunn,") does not hold it. Invented text.
import { describe, expect, it } from "vitest";
import { switchOff } from "../../src/analysis/steps.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

describe("the prime minister after a former minister is named", () => {
  it("is the person titled prime minister before the name", () => {
    const body =
      'Vale backed\n\nPrime Minister Tom Vale has backed his former minister Ed Marr after an inquiry cleared him. Mr Marr resigned last month.\n\nThe prime minister rejected claims from opposition leader Jo Ruiz that he ran a "sleazy government". He said: "Ed did nothing wrong and I want him back."';
    expect(speakerOf(directQuotes(body), "Ed did nothing")).toBe("Tom Vale");
  });

  it("is the person given the office in apposition", () => {
    const body =
      'Vale backed\n\nTom Vale, the prime minister, has backed his former minister Ed Marr after an inquiry cleared him. Mr Marr resigned last month.\n\nThe prime minister said: "Ed did nothing wrong."';
    expect(speakerOf(directQuotes(body), "Ed did nothing")).toBe("Tom Vale");
  });

  it("stays a plain minister's office when the article says no more", () => {
    const body =
      'Marr back\n\nTom Vale has backed his former minister Ed Marr after an inquiry cleared him.\n\nThe minister said: "I did nothing wrong."';
    expect(speakerOf(directQuotes(body), "I did nothing")).toBe("Ed Marr");
  });
});

describe("an office after a person given another role in apposition", () => {
  const body =
    'Vale backed\n\nTom Vale has backed his former minister Ed Marr after an inquiry cleared him. Mr Marr resigned last month, the latest blow to the prime minister.\n\nThe police chief, Sir Ian Dunn, said the case was closed. The prime minister said: "Ed did nothing wrong."';

  it("is left to the office, not the police chief", () => {
    expect(speakerOf(directQuotes(body), "Ed did nothing")).toBe("The prime minister");
  });

  it("goes to the police chief with the rule off", () => {
    expect(speakerOf(directQuotes(body, switchOff("quotes.office-other-apposition")), "Ed did nothing")).toBe(
      "Sir Ian Dunn",
    );
  });
});
