// The compiled tagger (ner/compiled.ts, what the actor model runs) gives exactly the tags and
// margins of scoring the feature strings (model.ts, what training reads), on sentences written
// here: names, all capitals (a headline), non-ASCII words, a word holding "|", words seen twice.
import { describe, expect, it } from "vitest";
import { compileTagger } from "../../src/analysis/ner/compiled.ts";
import { tagSentence } from "../../src/analysis/ner/features.ts";
import { tagSentenceScored } from "../../src/analysis/ner/model.ts";
import { nerModel } from "../../src/analysis/ner/weights.ts";

const SENTENCES = [
  "The chairman of Northgate Holdings , Peter Allenby , flew to Lisbon on Monday .",
  "NORTHGATE CHIEF QUITS AFTER LISBON TALKS",
  "José Álvarez of Société Générale met Zoë Müller in Zürich on 12.03.2024 .",
  "Leeds striker Tony Yeboah scored twice ; Leeds won 3-1 at St James ' Park .",
  "a | b said the U.S. and the E.U. would meet in New York - Reuters",
  "Peter Allenby said Allenby would stay .",
  "it rained",
];

describe("the compiled tagger", () => {
  it("gives the same tags and margins as scoring the feature strings", () => {
    const model = nerModel();
    const fast = compileTagger(model);
    for (const text of SENTENCES) {
      const words = text.split(" ");
      const want = tagSentenceScored(model, tagSentence(words));
      const got = fast.tag(words);
      expect([...got.tags], text).toEqual([...want.tags]);
      expect([...got.margins], text).toEqual([...want.margins]);
    }
  });
});
