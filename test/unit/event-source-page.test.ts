// An event card's page of sources: each outlet's first sentence before any outlet's second, and
// the sources in order when they already are (then no page is kept for the event).

import { describe, expect, it } from "vitest";
import { EVENT_ORDERS, eventCards } from "../../src/answers/event-cards.ts";
import type { Coverage } from "../../src/coverage.ts";
import type { CoverageEvent, SourceRef } from "../../src/types.ts";

const WORDS = ["One.", "Two.", "Three.", "Four.", "Five."];
const TEXT = WORDS.join(" ");
const cite = (docId: string, outlet: string, n: number): SourceRef => ({
  docId,
  passageId: `${docId}:0`,
  outlet,
  url: null,
  published: "2031-03-01",
  start: TEXT.indexOf(WORDS[n]!),
  end: TEXT.indexOf(WORDS[n]!) + WORDS[n]!.length,
});
const event = (id: string, sources: SourceRef[]): CoverageEvent => ({
  id,
  label: `vote ${id}`,
  kind: "vote",
  date: "2031-03-01",
  dateText: "on Monday",
  places: [],
  actors: [],
  figures: [],
  sources,
});

describe("an event card's sources", () => {
  const mixed = event("a", [
    cite("herald", "The Herald", 0),
    cite("herald", "The Herald", 1),
    cite("herald", "The Herald", 2),
    cite("courier", "The Courier", 0),
  ]);
  const plain = event("b", [cite("herald", "The Herald", 3), cite("courier", "The Courier", 4)]);
  const article = { text: TEXT };
  const coverage = {
    events: [mixed, plain],
    articles: new Map([
      ["herald", article],
      ["courier", article],
    ]),
  } as unknown as Coverage;

  it("lead with each outlet's first sentence, and keep a page only where the order changes", () => {
    const orders = EVENT_ORDERS.build(coverage);
    expect([...orders.pages.keys()].map((e) => e.id)).toEqual(["a"]);
    const [a, b] = eventCards(coverage, [mixed, plain]);
    expect(a!.sources.map((s) => `${s.outlet}: ${s.text}`)).toEqual([
      "The Herald: One.",
      "The Courier: One.",
      "The Herald: Two.",
      "The Herald: Three.",
    ]);
    expect(b!.sources.map((s) => s.text)).toEqual(["Four.", "Five."]);
  });
});
