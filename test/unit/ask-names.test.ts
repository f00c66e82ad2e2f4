// A short word in capitals is an acronym: "ONS" is not "one" stemmed, "WHO" and "IT" are not the
// stopwords "who" and "it". A question naming a body is not answered from an article that never
// names it, nor from a sentence that names it only in its headline.
import { describe, expect, it } from "vitest";
import { ask } from "../../src/answers/ask.ts";
import type { AskAnswer } from "../../src/answers/types.ts";
import { buildCoverage } from "../../src/coverage.ts";
import { conceptsOf } from "../../src/search/expand.ts";
import { terms } from "../../src/search/tokenize.ts";
import { corpusOf } from "../helpers/corpus.ts";

const doc = (title: string, body: string) => `---\npublished: 2031-05-20\n---\n${title}\n\n${body}\n`;

describe("acronyms in the index and in questions", () => {
  it("keeps a word in capitals whole, and reads a shouted text as words", () => {
    expect(terms("the ONS")).not.toEqual(terms("the one"));
    expect(terms("WHO warned IT staff")).toEqual(["who", "warn", "it", "staff"]);
    expect(terms("who warned it")).toEqual(["warn"]);
    expect(terms("WHO WARNED THE STAFF")).toEqual(terms("who warned the staff"));
  });

  const coverage = buildCoverage(
    corpusOf({
      "a.txt": doc("Harbour count", "The ONS said a quarter of the boats in Tarnby harbour had no licence."),
      "d.txt": doc(
        "Harbour staff",
        "The TBS trains harbour staff; the WHO said its staff in Tarnby were ill.",
      ),
      "b.txt": doc("Tarnby boats", "One boat owner said one more inspection was one too many for Tarnby."),
      "e.txt": doc(
        "HARBOUR FIRM <TWS> SELLS FERRY UNIT",
        "The harbour firm sold its ferry unit to a rival for 3 mln dlrs.",
      ),
      "f.txt": doc("Ferry rivals", "The TWS fleet is the largest on the coast."),
      "c.txt": doc(
        "Lending figures",
        "The Velm central bank published its lending report on 3 May, noting a slowdown.",
      ),
    }),
  );
  const top = (q: string) => (ask(coverage, q) as AskAnswer).results[0]?.docId;

  it("finds the body an acronym names, not another word's stem or a stopword", () => {
    expect(top("What did the ONS say about Tarnby?")).toBe("a");
    expect(top("What did the WHO say about Tarnby?")).toBe("d");
  });

  it("reads a word typed in capitals for emphasis as the word when no passage has it as an acronym", () => {
    expect(top("What did the ONS SAY about Tarnby?")).toBe("a");
    expect(top("What did the VSB say about Tarnby?")).toBeUndefined();
  });

  it("finds an acronym typed in lower case", () => {
    expect(top("what does the tbs do")).toBe("d");
  });

  it("reads a question typed in capitals as words, as it reads a headline in capitals", () => {
    expect(top("HARBOUR FIRM <TWS> SELLS FERRY UNIT")).toBe("e");
    // As a headline in capitals is indexed, even where some passage has one of its words as an acronym.
    const title = "TWS FERRY SELLS";
    expect(conceptsOf(title, (t) => t === "tws").map((c) => c.terms.join(" "))).toEqual(terms(title));
    const shouted = conceptsOf("HARBOUR FIRM <TWS> SELLS", () => true);
    expect(shouted).toEqual(conceptsOf("harbour firm <tws> sells", () => false));
  });

  it("gives no answer from an article that never names the body asked about", () => {
    const a = ask(coverage, "When did the ONS publish its lending report?") as AskAnswer;
    expect(a.answer?.value).toBeUndefined();
    const b = ask(coverage, "When did the Velm central bank publish its lending report?") as AskAnswer;
    expect(b.answer?.value).toBe("2031-05-03");
  });
});

describe("direct answers about the one the question names", () => {
  const coverage = buildCoverage(
    corpusOf({
      "g.txt": doc(
        "Orla Brandt picked for Velm",
        "Orla Brandt has been chosen for the 800m at next month's Velm meeting.\n\nSigne Ahl has been invited too. Ahl was third in the relay in Tarnby, where the Dane took gold. Twelve newcomers are in the team.",
      ),
      "h.txt": doc(
        "Ruiz takes the Velm Cup",
        "Ana Ruiz staged a remarkable recovery to beat Mia Holt and win the Velm Cup on Sunday.",
      ),
    }),
  );
  const answer = (q: string) => (ask(coverage, q) as AskAnswer).answer?.value;

  it("reads no place from a sentence about someone else, under a headline naming the one asked about", () => {
    expect(answer("Where did Orla Brandt win gold?")).toBeUndefined();
    expect(answer("Where did Signe Ahl finish third?")).toBe("Tarnby");
  });

  it("takes the sentence's subject, not the object before the joined verb, as who did it", () => {
    expect(answer("Who won the Velm Cup?")).toBe("Ana Ruiz");
  });
});

describe("a body asked about by its acronym", () => {
  it("is answered from a sentence naming it in full", () => {
    const coverage = buildCoverage(
      corpusOf({
        "k.txt": doc(
          "Trade figures",
          "The Velm Statistics Bureau (VSB) counts the harbour's trade.\n\nThe figures were out on 4 May.\n\nThe Velm Statistics Bureau published its trade report on 12 May.",
        ),
      }),
    );
    const a = ask(coverage, "When did the VSB publish its trade report?") as AskAnswer;
    expect(a.answer?.value).toBe("2031-05-12");
  });
});
