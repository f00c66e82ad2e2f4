// Headline quotations whose speaker only the body names (session 19, issue #13), on invented
// text: each rule's own sentences, and the same sentences with its switch off.
import { describe, expect, it } from "vitest";
import { buildActorModel } from "../../src/analysis/actors/index.ts";
import { extractQuotes } from "../../src/analysis/quotes/index.ts";
import { ALL_STEPS, type StepSwitches, switchOff } from "../../src/analysis/steps.ts";
import { buildArticle } from "../../src/corpus/article.ts";

/** The headline quotation's speaker (the first quotation: the title's). */
const headlineSpeaker = (title: string, body: string, switches: StepSwitches = ALL_STEPS) => {
  const r = buildArticle("news/001.txt", `${title}\n\n${body}`);
  if (!r.ok) throw new Error(r.reason);
  const qs = extractQuotes(r.article, buildActorModel([r.article], switches), switches);
  return qs.filter((q) => q.kind !== "reported")[0]?.speakerName ?? null;
};

describe("a one-word headline quotation a named speaker's reported judgement holds", () => {
  const body = [
    "The harbour board is to cut its spending plans for the next two years, trimming dredging and repairs.",
    "",
    "Board chair Nessa Darrow admitted that the plan was the leanest in a decade. Boat owners fear higher fees.",
  ].join("\n");

  it("is that speaker's", () => {
    expect(headlineSpeaker("Harbour board sets 'leanest' plan", body)).toBe("Nessa Darrow");
  });

  it("is no one's with the switch off", () => {
    const off = switchOff("quotes.headline-word-in-report");
    expect(headlineSpeaker("Harbour board sets 'leanest' plan", body, off)).toBeNull();
  });

  it("is the name closing a subject a capitalised description opens", () => {
    const apposed = body.replace(
      "Board chair Nessa Darrow admitted",
      "Veteran Harbour-watcher, and founder of the Tidewater consultancy Orla Quill, agreed",
    );
    expect(headlineSpeaker("Harbour board sets 'leanest' plan", apposed)).toBe("Orla Quill");
  });

  it("stays no one's when the report only mentions the word as a noun", () => {
    const noun = [
      "Wardens will be given new powers to fine anglers, the council says.",
      "",
      "Union leader Pim Rask said that wardens should not act as police on the river.",
    ].join("\n");
    expect(headlineSpeaker("Row over 'police' role for wardens", noun)).toBeNull();
  });
});
