// The quote pipeline's named steps: switching one off really removes that rule (what the
// scorer's ablation table relies on), and every step the table lists can be switched.

import { describe, expect, it } from "vitest";
import { extractQuotes, QUOTE_STEPS, type QuoteFound } from "../../src/analysis/quotes/index.ts";
import { switchOff } from "../../src/analysis/steps.ts";
import { buildArticle } from "../../src/corpus/article.ts";
import type { Article } from "../../src/types.ts";

function article(docId: string, body: string): Article {
  const text = `---\noutlet: Test Post\ntitle: ${docId}\nurl: https://example.org/${docId}\npublished: 2031-04-09\n---\n${body}`;
  const r = buildArticle(`${docId}.txt`, text);
  if (!r.ok) throw new Error(r.reason);
  return r.article;
}

const speakerOf = (qs: QuoteFound[], start: string) => qs.find((q) => q.text.startsWith(start))?.speakerName;

const HARBOUR = article(
  "harbour",
  [
    "Harbour Board chair Ines Okafor opened the new pier on Monday.",
    "",
    "“The pier will take the larger ferries from June,” said Ines Okafor.",
    "",
    "“It was built on time.”",
    "",
    "Local trader Piet Vos said: “Trade will double.”",
  ].join("\n"),
);

describe("quote steps", () => {
  it("names every step once, as quotes.<step>", () => {
    expect(QUOTE_STEPS.length).toBeGreaterThan(10);
    expect(new Set(QUOTE_STEPS).size).toBe(QUOTE_STEPS.length);
    for (const s of QUOTE_STEPS) expect(s).toMatch(/^quotes\.[a-z]+(?:-[a-z]+)*$/);
  });

  it("with every step on, attributes a closing tag, a colon cue and a bare statement", () => {
    const qs = extractQuotes(HARBOUR);
    expect(speakerOf(qs, "The pier")).toBe("Ines Okafor");
    expect(speakerOf(qs, "It was built")).toBe("Ines Okafor");
    expect(speakerOf(qs, "Trade will")).toBe("Piet Vos");
  });

  it("switching off the closing tag loses only the tagged quotation's speaker", () => {
    const qs = extractQuotes(HARBOUR, null, switchOff("quotes.closing-tag"));
    expect(speakerOf(qs, "The pier")).toBeNull();
    expect(speakerOf(qs, "Trade will")).toBe("Piet Vos");
  });

  it("switching off the previous-sentence rule leaves a bare statement unattributed", () => {
    const on = extractQuotes(HARBOUR);
    const off = extractQuotes(HARBOUR, null, switchOff("quotes.previous-speaker"));
    expect(on.find((q) => q.text.startsWith("It was built"))?.via).toBe("context");
    expect(speakerOf(off, "It was built")).toBeNull();
  });

  it("runs with any one step off", () => {
    for (const s of QUOTE_STEPS) {
      const qs = extractQuotes(HARBOUR, null, switchOff(s));
      expect(qs.map((q) => q.text)).toEqual(extractQuotes(HARBOUR).map((q) => q.text));
    }
  });
});
