// Session 40: an honorific's gender keeps a surname off a person whose given name says the
// other ("Mrs Blair" in an article naming Tony Blair is not him); on invented text.
import { describe, expect, it } from "vitest";
import { buildActorModel } from "../../src/analysis/actors/index.ts";
import { extractQuotes } from "../../src/analysis/quotes/index.ts";
import { switchOff } from "../../src/analysis/steps.ts";
import { buildArticle } from "../../src/corpus/article.ts";
import { namedMentions } from "../helpers/actors.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

const STEP = "actors.honorific-gender";
const off = switchOff(STEP);

describe("a woman's honorific before the surname of a man the article names", () => {
  const body =
    'Campaign trail\n\nGareth Pellow will tour marginal seats in Wales. Mrs Pellow will make solo visits to schools. "It has worked well so far," Mrs Pellow said.';

  it("is someone else: the quotation is not his", () => {
    expect(speakerOf(directQuotes(body), "It has worked")).toBe("Pellow");
    expect(speakerOf(directQuotes(body, off), "It has worked")).toBe("Gareth Pellow");
  });

  it("and a she after her is her, not him", () => {
    const she = body.replace('Mrs Pellow said."', 'she said."').replace("Mrs Pellow said.", "she said.");
    const q = directQuotes(she).find((x) => x.text.startsWith("It has worked"));
    expect(q?.speakerName).not.toBe("Gareth Pellow");
    expect(q?.speakerId).toBe(namedMentions(she).find((m) => m.text === "Pellow")?.actorId);
  });

  it("is the one woman of that surname when the article names her too", () => {
    const both = body.replace("Gareth Pellow will", "Gareth Pellow and his wife Fiona Pellow will");
    expect(speakerOf(directQuotes(both), "It has worked")).toBe("Fiona Pellow");
  });

  it("'Mr' and 'Mrs' of one surname, with no full name, are two people", () => {
    const two =
      'Village fete\n\nMr Tregear opened the fete. Mrs Tregear judged the cakes. "The sponge won easily," Mrs Tregear said. "I ate too much," Mr Tregear said.';
    const ids = (text: string) =>
      ["The sponge", "I ate"].map((w) => directQuotes(text).find((q) => q.text.startsWith(w))?.speakerId);
    const [hers, his] = ids(two);
    expect(hers).toBeTruthy();
    expect(his).toBeTruthy();
    expect(hers).not.toBe(his);
  });

  it("is not merged across the corpus with the man another article names", () => {
    const art = (file: string, body: string) => {
      const r = buildArticle(file, `Story\n\n${body}`);
      if (!r.ok) throw new Error(file);
      return r.article;
    };
    const his = art("a/001.txt", "Gareth Pellow spoke in Cardiff on Monday about the budget.");
    const hers = art("a/002.txt", 'Mrs Pellow opened a school library. "Books matter," Mrs Pellow said.');
    const linked = (sw?: ReturnType<typeof switchOff>) => {
      const m = buildActorModel([his, hers], sw);
      const id = m.mentionsIn(hers.docId).find((x) => x.text === "Pellow")?.actorId;
      return id ? m.byId.get(id)?.name : null;
    };
    expect(linked()).toBe("Pellow");
    expect(linked(off)).toBe("Gareth Pellow");
  });
});

describe("what is no evidence of gender", () => {
  it("a later word of the full name ('Oona King' is no king)", () => {
    const body = 'Seat fight\n\nLabour MP Oona King will stand again. "I am delighted," Ms King said.';
    expect(speakerOf(directQuotes(body), "I am delighted")).toBe("Oona King");
  });

  it("a given name either gender bears ('Dominique', 'Jean', 'Andrea')", () => {
    for (const given of ["Dominique", "Jean", "Andrea"]) {
      const body = `Wine aid\n\nFarm minister ${given} Vautrin announced the aid. "It is a fair package," Mr Vautrin said.`;
      expect(speakerOf(directQuotes(body), "It is a fair")).toBe(`${given} Vautrin`);
    }
  });
});

describe("a word after a gendered honorific that the article gives as a woman's surname", () => {
  it("is a surname: 'Mr. Brandt' is neither 'Helga Brandt' nor the headline's 'Brandt Sees'", () => {
    const text =
      'Brandt Sees Gains in Trade Talks\n\nChancellor Brandt is pressing a new message. "Trade is on the ballot," Mr. Brandt said on Saturday. His wife, Helga Brandt, spoke at a school in the afternoon.';
    const r = buildArticle("x/002.txt", text);
    if (!r.ok) throw new Error("article");
    const q = extractQuotes(r.article, buildActorModel([r.article])).find((x) =>
      x.text.startsWith("Trade is"),
    );
    expect(q?.speakerName).toBe("Brandt");
  });
});
