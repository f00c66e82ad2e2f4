// Speaker classes left open after session 10 (issue #13), on invented text: each rule's own
// sentences, and the same sentences with the rule switched off, where the speaker goes wrong.
import { describe, expect, it } from "vitest";
import { ALL_STEPS, type StepSwitches, switchOff } from "../../src/analysis/steps.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

const quotes = (body: string, switches: StepSwitches = ALL_STEPS) => directQuotes(body, switches);

describe("a public body given by its head noun", () => {
  const government = [
    'The Harbour Pilots Guild says the new tugs are "unsafe in a gale".',
    "",
    'But the government said the tugs would make the port "fit for the next century".',
  ].join("\n");

  it("is the government itself, not the organisation that spoke last", () => {
    expect(speakerOf(quotes(government), "fit for the next century")).toBe("government");
  });

  it("goes to the organisation that spoke last with the rule off", () => {
    const qs = quotes(government, switchOff("quotes.public-body"));
    expect(speakerOf(qs, "fit for the next century")).toBe("Harbour Pilots Guild");
  });

  const committee = [
    "Ferry fares should be capped, the transport select committee said on Monday.",
    "",
    'The Island Ferries Company called the report "naive". "Fares pay for the boats," it said.',
    "",
    'The committee added that the company had been "slow to listen".',
  ].join("\n");

  it("is the committee the article described in lower case, not the company", () => {
    expect(speakerOf(quotes(committee), "slow to listen")).toBe("transport select committee");
  });

  it("goes to the company with the rule off", () => {
    const qs = quotes(committee, switchOff("quotes.public-body"));
    expect(speakerOf(qs, "slow to listen")).toBe("Island Ferries Company");
  });

  it("is the organisation of the history whose name holds the noun", () => {
    const named = [
      'The Calder Borough Council wants the depot closed. Its leader called it "a blight".',
      "",
      'The Depot Users Group said the plan was "madness". The council said it was "not for turning".',
    ].join("\n");
    expect(speakerOf(quotes(named), "not for turning")).toBe("Calder Borough Council");
  });

  it("is no one's statement as a passive agent", () => {
    const agent = [
      'The Calder Trust praised the scheme. Pupils of 16 are counted as "adults" by the government for these figures.',
    ].join("\n");
    expect(speakerOf(quotes(agent), "adults")).not.toBe("government");
  });
});
