// A question that finds nothing because of a misspelled word is searched again with the word the
// coverage uses, and says so; a word the coverage has, or an absent word with no support from the
// rest of the question, is left as typed.
import { describe, expect, it, vi } from "vitest";
import { ask } from "../../src/answers/ask.ts";
import { withAnswerIndexes } from "../../src/answers/indexes.ts";
import { SPELL_INDEX } from "../../src/answers/spell-index.ts";
import type { AskAnswer } from "../../src/answers/types.ts";
import { buildCoverage } from "../../src/coverage.ts";
import { renderDiscord } from "../../src/render/discord.ts";
import { renderJson } from "../../src/render/json.ts";
import { renderTerminal } from "../../src/render/terminal.ts";
import { forEachEdit } from "../../src/search/edits.ts";
import { terms } from "../../src/search/tokenize.ts";
import { editDistance } from "../../src/text/similarity.ts";
import { corpusOf } from "../helpers/corpus.ts";

const coverage = buildCoverage(
  corpusOf({
    "bridge.txt":
      "Toll bridge fares rise on the Wyre estuary\n\nThe bridge operator raised crossing fares by 8 per cent on Tuesday, blaming maintenance costs.\n",
    "museum.txt":
      "Museum reopens in Castlegate\n\nThe county museum reopened after a long restoration, the trustees said. Visitors queued outside.\n",
    "food.txt":
      "Food festival draws thousands\n\nThousands attended the food festival in Keswick on Sunday, the organisers said.\n",
  }),
);

const asked = (q: string) => ask(coverage, q) as AskAnswer;

describe("a misspelled question", () => {
  it("is answered for the corrected words, and says so in the terminal, in Discord and in JSON", () => {
    const a = asked("Why did farez rise on the estuery?");
    expect(a.results.map((r) => r.docId)).toEqual(["bridge"]);
    expect(a.correctedQuery).toBe("Why did fares rise on the estuary?");
    expect(a.unseenWords).toEqual(["farez", "estuery"]);
    expect(renderTerminal(a)).toContain(
      "Showing results for “Why did fares rise on the estuary?” (no passage uses “farez” or “estuery”).",
    );
    expect(renderDiscord(a).embeds[0]!.description).toContain(
      "Showing results for **Why did fares rise on the estuary?** (no passage uses **farez** or **estuery**).",
    );
    const json = JSON.parse(renderJson(a));
    expect(json.query).toBe("Why did farez rise on the estuery?");
    expect(json.correctedQuery).toBe("Why did fares rise on the estuary?");
    expect(json.corrections).toEqual([
      { from: "farez", to: "fares" },
      { from: "estuery", to: "estuary" },
    ]);
    expect(json.unseenWords).toEqual(["farez", "estuery"]);
  });

  it("looks up the coverage's own form of a correction once per coverage, not at every question", () => {
    const served = withAnswerIndexes(coverage);
    const search = vi.spyOn(served.index, "searchTerms");
    // The form shown is the passage's own: a search for the corrected term alone, best passage.
    const lookups = () =>
      search.mock.calls.filter(([terms, limit]) => terms.length === 1 && limit === 1).length;
    const first = ask(served, "Why did farez rise?");
    expect(lookups()).toBeGreaterThan(0);
    search.mockClear();
    expect(ask(served, "Why did farez rise?")).toEqual(first);
    expect(lookups()).toBe(0);
    search.mockRestore();
  });

  it("searches the corrected question, not the question as typed as well", () => {
    const served = withAnswerIndexes(coverage);
    const search = vi.spyOn(served.index, "searchTerms");
    const a = ask(served, "Why did farez rise on the estuery?") as AskAnswer;
    expect(a.correctedQuery).toBe("Why did fares rise on the estuary?");
    const corrected = new Set(terms("fares estuary"));
    // Every search for the answer's passages (the spelling index's own lookups aside) holds a correction.
    const asked = search.mock.calls
      .filter(([, limit]) => (limit ?? 10) > 1)
      .map(([q]) => q.map((t) => t.term));
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked)
      expect(
        q.some((t) => corrected.has(t)),
        q.join(" "),
      ).toBe(true);
    search.mockRestore();
  });

  it("reaches two edits in a long word", () => {
    const a = asked("How many thoussends attended the festival?");
    expect(a.correctedQuery).toBe("How many thousands attended the festival?");
    expect(a.results[0]?.docId).toBe("food");
  });

  it("keeps mentions and markdown inert in the correction note", () => {
    const a = asked("<@123> @everyone why did the *musuem* reopen?");
    expect(a.correctedQuery).toBe("why did the museum reopen?");
    const m = renderDiscord(a);
    expect(m.embeds[0]!.description).toContain("Showing results for **why did the museum reopen?**");
    expect(m.embeds[0]!.description).not.toMatch(/@everyone|<@/);
    expect(m.allowed_mentions).toEqual({ parse: [] });
  });
});

describe("a word left as typed", () => {
  it("is never one the coverage has", () => {
    const a = asked("museum fares festival");
    expect(a.results).toEqual([]);
    expect(a.correctedQuery).toBeUndefined();
    expect(a.unseenWords).toEqual([]);
  });

  it("is a real word the coverage lacks whose neighbour has nothing to do with the rest of the question", () => {
    // "farm" is one edit from "fares", but no passage about fares mentions trustees.
    const a = asked("farm trustees");
    expect(a.results).toEqual([]);
    expect(a.correctedQuery).toBeUndefined();
    expect(a.unseenWords).toEqual(["farm"]);
    expect(renderTerminal(a)).not.toContain("Showing results");
  });

  it("is a name one edit from another, unless the rest of the question is about that one's story", () => {
    const other = asked("What did the Keswik trustees say?");
    expect(other.results).toEqual([]);
    expect(other.correctedQuery).toBeUndefined();
    const same = asked("Who attended the festival in Keswik?");
    expect(same.correctedQuery).toBe("Who attended the festival in Keswick?");
  });
});

it("corrects by one edit only while the warm-up has not built the spelling index, and does not build it then", () => {
  const served = withAnswerIndexes(coverage);
  served.indexes.warming = { share: 0, ready: new Set() };
  expect(
    (ask(served, "How many thoussends attended the festival?") as AskAnswer).correctedQuery,
  ).toBeUndefined();
  expect((ask(served, "Why did farez rise?") as AskAnswer).correctedQuery).toBe("Why did fares rise?");
  expect(served.indexes.has(SPELL_INDEX)).toBe(false);
  served.indexes.warming = null;
  expect((ask(served, "How many thoussends attended the festival?") as AskAnswer).correctedQuery).toBe(
    "How many thousands attended the festival?",
  );
});

it("counts an adjacent transposition as one edit, and lists the one-edit forms that keep the first letter", () => {
  expect(editDistance("estuery", "estuary", 2, true)).toBe(1);
  expect(editDistance("fraes", "fares", 2, true)).toBe(1);
  expect(editDistance("fraes", "fares", 2)).toBe(2); // Levenshtein: two substitutions
  expect(editDistance("thoussend", "thousand", 2, true)).toBe(2);
  expect(editDistance("museum", "festival", 2, true)).toBe(3);
  const forms = new Set<string>();
  forEachEdit("fraes", (f) => forms.add(f));
  for (const f of ["fares", "frae", "fres", "frase", "fraess", "froes", "rfaes"])
    expect(forms.has(f)).toBe(true);
  for (const f of ["fraes", "raes", "graes", "afraes"]) expect(forms.has(f)).toBe(false);
});
