// The same short words quoted in two articles by two people ("'reckless'") are two people's
// words: /whosaid lists each with its speaker, not one quotation the outlets disagree about.
// A long quotation two outlets credit differently stays one quotation with both attributions.
// One paraphrase inside another of the same speaker ("told the council she believed X": "she
// believed X" and "X") is listed once.
import { describe, expect, it } from "vitest";
import type { QuotesAnswer, WhoSaidAnswer } from "../../src/answers/quote-types.ts";
import { quotes } from "../../src/answers/quotes.ts";
import { whosaid } from "../../src/answers/whosaid.ts";
import { buildCoverage } from "../../src/coverage.ts";
import { corpusOf } from "../helpers/corpus.ts";

const doc = (title: string, body: string) => `---\npublished: 2031-06-02\n---\n${title}\n\n${body}\n`;

const coverage = buildCoverage(
  corpusOf({
    "a.txt": doc("Budget row", 'Opposition leader Mara Quill called the budget "reckless" on Monday.'),
    "b.txt": doc("Cup final", 'Coach Tomas Brenn called the referee\'s decision "reckless" after the final.'),
    "c.txt": doc(
      "Harbour plan",
      '"We will rebuild the harbour wall before the winter storms arrive," Mayor Ilse Varga said.',
    ),
    "d.txt": doc(
      "Harbour plan",
      '"We will rebuild the harbour wall before the winter storms arrive," her deputy Per Olsk said.',
    ),
    "n.txt": doc(
      "Appeal",
      'Coach Ivo Rask called the ruling "a farce" on Sunday.\n\nRask said the ruling was "a farce" and he would appeal.',
    ),
    "e.txt": doc(
      "Harbour vote",
      "Mayor Ilse Varga told the council she believed the harbour wall would hold through the winter.",
    ),
  }),
);

const rows = (q: string) =>
  (whosaid(coverage, q) as WhoSaidAnswer).matches
    .filter((m) => m.kind !== "reported")
    .map((m) => [m.speaker, m.sources.map((s) => s.docId)]);

describe("/whosaid and the same words from two speakers", () => {
  it("lists a short quoted term of two speakers as two rows", () => {
    expect(rows("reckless")).toEqual([
      ["Mara Quill", ["a"]],
      ["Tomas Brenn", ["b"]],
    ]);
  });

  it("keeps a long quotation credited to two speakers as one, with both attributions", () => {
    const [m] = (whosaid(coverage, "rebuild the harbour wall") as WhoSaidAnswer).matches;
    expect(m!.sources.map((s) => s.docId)).toEqual(["c", "d"]);
    expect(m!.attributions.map((a) => a.speaker).sort()).toEqual(["Ilse Varga", "Per Olsk"]);
  });
});

describe("/whosaid and one speaker's words repeated in an article", () => {
  it("lists them once", () => {
    expect(rows("a farce")).toEqual([["Ivo Rask", ["n"]]]);
  });
});

describe("/quotes and nested paraphrases", () => {
  it("lists a paraphrase inside another of the same speaker once", () => {
    const a = quotes(coverage, "Ilse Varga") as QuotesAnswer;
    const reported = a.items.filter((m) => m.kind === "reported" && m.sources[0]!.docId === "e");
    expect(reported.map((m) => m.quote)).toEqual([
      "she believed the harbour wall would hold through the winter",
    ]);
  });
});
