// The PolNeAR scorer on an article written for this test (test/fixtures/polnear-mini: brat
// standoff, a second annotator's file that must be ignored): the brat reader, the gold rules
// (direct vs reported, name tokens, pronoun antecedents), the counting, the error classes, and
// the whole path through the real pipeline.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseBrat } from "../../src/eval/brat.ts";
import { evaluateSplit, readSplit } from "../../src/eval/polnear.ts";
import { baselineQuotes } from "../../src/eval/polnear-baseline.ts";
import { goldAttributions, lowerCaseWords } from "../../src/eval/polnear-gold.ts";
import { type FoundQuote, scoreSplit } from "../../src/eval/polnear-score.ts";

const DIR = path.join(import.meta.dirname, "../fixtures/polnear-mini");
const NAME = "local-news_2026-01-05_mayor-backs-new-bridge-plan";
const TEXT = readFileSync(path.join(DIR, "train/text", `${NAME}.txt`), "utf8");
const ANN = readFileSync(path.join(DIR, "train/attributions", `${NAME}_a111.ann`), "utf8");
const LOWER = lowerCaseWords([TEXT]);
const gold = () => goldAttributions(NAME, parseBrat(ANN, TEXT), TEXT, LOWER);

/** A found quotation over the gold Content that starts with `words`. */
function quoteAt(words: string, speakerName: string | null, via = "cue"): FoundQuote {
  const start = TEXT.indexOf(words);
  return { start, end: start + words.length, speakerName, speakerKind: "person", via };
}

describe("brat reader", () => {
  it("reads spans by offset, discontinuous fragments, events by role, and skips other lines", () => {
    const text = "Ann said: “Yes.” Then, she added, “No.”";
    const ann = [
      "T1\tSource 0 3\tAnn",
      "T2\tContent 10 16;34 39\t“Yes.” “No.”",
      "T3\tAttribution 4 8\tsaid",
      "E1\tAttribution:T3 Content:T2 Source:T1 Content2:T2",
      "#1\tAnnotatorNotes T1\ta note",
      "a stray continuation line of a multi-line span",
    ].join("\n");
    const doc = parseBrat(ann, text);
    expect(doc.spans.get("T2")).toMatchObject({ start: 10, end: 39, text: "“Yes.” “No.”" });
    expect(doc.spans.get("T2")!.fragments).toEqual([
      [10, 16],
      [34, 39],
    ]);
    expect(doc.events).toHaveLength(1);
    expect(doc.events[0]!.type).toBe("Attribution");
    expect(doc.events[0]!.args.get("Source")).toEqual(["T1"]);
    expect(doc.events[0]!.args.get("Content2")).toEqual(["T2"]);
  });
});

describe("PolNeAR gold", () => {
  it("tells direct quotations from reported speech and reads name tokens without titles", () => {
    const g = gold();
    expect(g.map((x) => x.direct)).toEqual([true, false, true, false, false]);
    expect(g[0]!.names).toEqual(["ana", "torres"]); // "Mayor" is a title
    // "Critics" opens a sentence and the text writes "critics" too: a common word, not a name.
    expect(g.find((x) => x.source?.text === "Critics")!.names).toEqual([]);
    expect(g.find((x) => x.source?.text === "Torres")!.names).toEqual(["torres"]);
  });

  it("reads two apostrophes opening a Content as a double mark (the NYT archive's quotations)", () => {
    const text =
      "''We will build it,'' Ana Torres said. She said ''fast'' was the word, and Ed Roe doubts it.";
    const ann = [
      "T1\tSource 22 32\tAna Torres",
      "T2\tContent 0 21\t''We will build it,''",
      "T3\tAttribution 33 37\tsaid",
      "E1\tAttribution:T3 Content:T2 Source:T1",
      "T4\tSource 75 81\tEd Roe",
      "T5\tContent 89 91\tit",
      "T6\tAttribution 82 88\tdoubts",
      "E2\tAttribution:T6 Content:T5 Source:T4",
    ].join("\n");
    const g2 = goldAttributions("x", parseBrat(ann, text), text, lowerCaseWords([text]));
    expect(g2.map((x) => x.direct)).toEqual([true, false]);
  });

  it("gives a pronoun Source the nearest earlier named Source as antecedent", () => {
    const she = gold().find((x) => x.source?.text === "she")!;
    expect(she.pronoun).toBe(true);
    expect(she.antecedent).toEqual(["ana", "torres"]);
  });
});

describe("PolNeAR scorer", () => {
  it("counts found, attributed, named precision/recall and pronouns", () => {
    const found = [quoteAt("“We will build", "Ana Torres"), quoteAt("“The city cannot", null)];
    const s = scoreSplit([{ docId: NAME, text: TEXT, gold: gold(), found }], LOWER);
    expect(s.direct).toMatchObject({
      gold: 2,
      found: 2,
      attributed: 1,
      namedGold: 1,
      namedRight: 1,
      precisionBase: 1,
      precisionRight: 1,
      pronounGold: 1,
      pronounWithAntecedent: 1,
      pronounRight: 0,
    });
    // Reported speech with a named Source: only "Torres told reporters …"; nothing found there.
    expect(s.reported).toMatchObject({ gold: 1, found: 0, right: 0 });
    const count = (id: string) => s.errors.find((e) => e.id === id)!.count;
    expect(count("right")).toBe(1);
    expect(count("no-speaker")).toBe(1);
  });

  it("classes a wrong speaker: a capitalised common word, a name from another sentence", () => {
    const found = [quoteAt("“We will build", "Critics"), quoteAt("“The city cannot", "Bob Smith", "context")];
    const s = scoreSplit([{ docId: NAME, text: TEXT, gold: gold(), found }], LOWER, 2);
    const cls = (id: string) => s.errors.find((e) => e.id === id)!;
    expect(cls("cap-non-name").count).toBe(1);
    expect(cls("other-sentence").count).toBe(1);
    expect(cls("cap-non-name").examples[0]).toMatchObject({ ours: "Critics", gold: "Mayor Ana Torres" });
    expect(s.direct.precisionRight).toBe(0);
  });

  it("scores reported speech by ≥ 50% overlap and the right speaker", () => {
    const content = "the bridge would open in 2027";
    const start = TEXT.indexOf(content);
    const half = { start, end: start + 16, speakerName: "Torres" };
    const less = { start, end: start + 10, speakerName: "Torres" };
    const score = (q: FoundQuote) =>
      scoreSplit([{ docId: NAME, text: TEXT, gold: gold(), found: [q] }], LOWER);
    expect(score(half).reported).toMatchObject({ gold: 1, found: 1, right: 1 });
    expect(score(less).reported).toMatchObject({ gold: 1, found: 0, right: 0 });
  });

  it("runs the 'X said' baseline: a name after the quotation, a pronoun left as it is", () => {
    const qs = baselineQuotes(TEXT);
    expect(qs.map((q) => q.speakerName)).toEqual(["Mayor Ana Torres", "she"]);
    expect(TEXT.slice(qs[0]!.start, qs[0]!.end)).toBe("We will build the bridge next year,");
  });
});

describe("PolNeAR split through the real pipeline", () => {
  it("reads the first annotator's file only and builds the article at the gold's offsets", () => {
    const data = readSplit(DIR, "train");
    expect(data.anns.get(NAME)).toBe(ANN);
    expect(data.articles[0]!.text).toBe(TEXT);
    expect(data.articles[0]!.meta).toMatchObject({ outlet: "local-news", published: "2026-01-05" });
  });

  it("finds and attributes both direct quotations", () => {
    const r = evaluateSplit(DIR, "train");
    expect(r.ours.direct).toMatchObject({ gold: 2, found: 2, namedRight: 1, pronounRight: 1 });
    expect(r.baseline.direct).toMatchObject({ found: 2, namedRight: 1, pronounRight: 0 });
  });

  it("refuses any split but train and dev", () => {
    expect(() => readSplit(DIR, "test")).toThrow(/train or dev/);
  });
});
