// Kind classes of session 25 (issue #13), on invented text: a name read as a person by its shape
// that the article writes as organisations are written is an organisation; with the switch off it
// stays a person.
import { describe, expect, it } from "vitest";
import { buildActorModel } from "../../src/analysis/actors/index.ts";
import { switchOff } from "../../src/analysis/steps.ts";
import { buildArticle } from "../../src/corpus/article.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

const OFF = switchOff("actors.person-written-as-org");

const kindOf = (
  text: string,
  name: string,
  switches = undefined as ReturnType<typeof switchOff> | undefined,
) => {
  const built = buildArticle("kinds.txt", text);
  if (!built.ok) throw new Error(built.reason);
  return buildActorModel([built.article], switches).resolve(name)?.kind ?? null;
};

describe("a name the article writes as an organisation is one", () => {
  const brewer =
    "Brewer cuts jobs\n\nBrewer Tomas Kell is to close two of its plants next year. Tomas Kell, which was founded in 1890, said demand had fallen. Shares in Tomas Kell fell 3% on Monday.";
  const club =
    "Club seeks buyer\n\nFormer cup champion Gorlitz Vanden has warned it may run out of cash. Shares in Gorlitz Vanden fell by a fifth. Anna Roth, Gorlitz Vanden's largest investor, said she wanted a seat on the board.";
  const subject =
    "Payoff for ex-finance chief\n\nThe ex-finance chief of Marvessa is to get a payoff. In May, Marvessa told investors that its reserves were smaller than thought. Later Ms Oduya left the board. In all, Marvessa restated its reserves three times.";

  it("from a business noun, 'which', 'shares in', 'X's largest investor' or 'X … its'", () => {
    expect(kindOf(brewer, "Tomas Kell")).toBe("organization");
    expect(kindOf(club, "Gorlitz Vanden")).toBe("organization");
    expect(kindOf(subject, "Marvessa")).toBe("organization");
    const owned =
      "Trainer maker grows\n\nOrsen Trelvik has reported its best quarter yet. Analysts said Orsen Trelvik's third-quarter profits were helped by sales in Asia.";
    expect(kindOf(owned, "Orsen Trelvik")).toBe("organization");
    expect(kindOf(owned, "Orsen Trelvik", OFF)).not.toBe("organization");
  });

  it("stays a person with the switch off", () => {
    expect(kindOf(brewer, "Tomas Kell", OFF)).toBe("person");
    expect(kindOf(club, "Gorlitz Vanden", OFF)).toBe("person");
    expect(kindOf(subject, "Marvessa", OFF)).toBe("person");
  });

  it("so 'the firm' finds the company", () => {
    const text = `${brewer} "We had no choice," the firm said.`;
    expect(speakerOf(directQuotes(text), "We had no choice")).toBe("Tomas Kell");
    expect(speakerOf(directQuotes(text, OFF), "We had no choice")).not.toBe("Tomas Kell");
  });
});

describe("a person stays a person", () => {
  it("with an honorific, 'who', or a he/she of its own clause", () => {
    const honorific =
      "Brewer cuts jobs\n\nBrewer Tomas Kell is to close two of its plants. Shares in Tomas Kell fell. Mr Kell said demand had fallen.";
    const who =
      "Brewer cuts jobs\n\nTomas Kell, which brewery he runs is unclear, spoke on Monday. Tomas Kell, who owns the firm, said its plants would close. Shares in Tomas Kell fell.";
    const own =
      "Mayor on trial\n\nPolice will interview Corin Vale as it nears the end of its inquiry. Corin Vale said she would answer every question. Corin Vale has said she did nothing wrong.";
    expect(kindOf(honorific, "Tomas Kell")).toBe("person");
    expect(kindOf(who, "Tomas Kell")).toBe("person");
    expect(kindOf(own, "Corin Vale")).toBe("person");
  });
});
