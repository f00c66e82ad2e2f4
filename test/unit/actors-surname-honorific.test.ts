// "Mr", "Mrs", "Ms" go before a surname: in an article that calls Colin Barrow "Mr Barrow", "Mr
// Colin" is someone else, not Colin Barrow by his given name. Without that evidence a name may be
// written surname first ("Lim Seok-ho … Mr Lim"), and the honorific keeps finding him.
import { describe, expect, it } from "vitest";
import { actorAt, model } from "../helpers/actors.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

const BODY = [
  "Dockers reject new port deal",
  "",
  "Union organiser Colin Barrow said the deal was dead. Mr Barrow wants a new ballot.",
  "",
  'At a rally, Mr Colin insisted the union had kept to its rules. "We do not say one thing in private and another in public," he said.',
].join("\n");

describe("an honorific before a given name of the article", () => {
  it("is someone else when the article calls that person by surname with the honorific", () => {
    const { m, a } = model(BODY);
    expect(actorAt(m, a, "Colin", 1)).not.toBe("Colin Barrow");
    expect(actorAt(m, a, "Barrow", 1)).toBe("Colin Barrow");
  });

  it("gives that someone the quotation, not the person with the given name", () => {
    expect(speakerOf(directQuotes(BODY), "We do not say")).not.toBe("Colin Barrow");
  });

  it("still finds a person whose name is written surname first", () => {
    const body =
      'Card issuer chief Lim Seok-ho said the rescue would work. "Creditors will be paid," said Mr Lim.';
    const { m, a } = model(`Card rescue\n\n${body}`);
    expect(actorAt(m, a, "Lim", 1)).toBe("Lim Seok-ho");
    expect(speakerOf(directQuotes(body), "Creditors")).toBe("Lim Seok-ho");
  });
});

describe("a given name after a royal style", () => {
  const body = [
    "Royal wedding date set",
    "",
    "Prince Edmund and Lady Ann Vere are to marry in April. Edmund said he was delighted.",
    "",
    "Opposition leader Edmund Hale offered his congratulations.",
  ].join("\n");

  it("is the royal, alone too, not another person with that given name", () => {
    const { m, a } = model(body);
    expect(actorAt(m, a, "Edmund")).not.toBe("Edmund Hale");
    expect(actorAt(m, a, "Edmund", 1)).not.toBe("Edmund Hale");
  });

  it("is the royal's full name when the article styles that too", () => {
    const saud =
      'Saudi reforms\n\nForeign minister Prince Saud Al-Shafi spoke in Riyadh. "Reform is coming," Prince Saud said.';
    expect(speakerOf(directQuotes(saud), "Reform is coming")).toBe("Saud Al-Shafi");
  });
});
