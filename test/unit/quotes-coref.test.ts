// Speaker resolution mechanisms on invented text: pronoun gender (honorifics, given names, the
// article's own pronouns), "it" for organisations, role descriptions linked to names, offices
// with no link left unnamed, acronyms and aliases the article introduces, and the clause
// shapes around reporting verbs (participles, coordination, relative clauses, passives,
// parenthetical tags, a new sentence after a quotation).
import { describe, expect, it } from "vitest";
import { genderOfName, personForRole, readCoref } from "../../src/analysis/actors/index.ts";
import { extractQuotes } from "../../src/analysis/quotes/index.ts";
import { buildArticle } from "../../src/corpus/article.ts";
import type { Article } from "../../src/types.ts";
import { speakerOf } from "../helpers/quotes.ts";

function article(docId: string, body: string): Article {
  const text = `---\noutlet: Test Post\ntitle: ${docId}\npublished: 2031-04-09\n---\n${body}`;
  const r = buildArticle(`${docId}.txt`, text);
  if (!r.ok) throw new Error(r.reason);
  return r.article;
}

describe("gender of names", () => {
  it("reads honorifics first, then a common given name, else any", () => {
    expect(genderOfName("Ms Okonkwo")).toBe("female");
    expect(genderOfName("Sir Reginald Pike")).toBe("male");
    expect(genderOfName("Lady Vexley")).toBe("female");
    expect(genderOfName("Margaret Thornbury")).toBe("female");
    expect(genderOfName("Keith Dunmore")).toBe("male");
    expect(genderOfName("Okonkwo")).toBe("any");
  });
});

describe("pronoun speakers", () => {
  it("gives he/she to the latest person of that gender, not merely the latest person", () => {
    const qs = extractQuotes(
      article(
        "p1",
        [
          'Harbour chief Keith Dunmore said the quay would reopen. "We are nearly done," he said.',
          "",
          'Margaret Thornbury, a councillor, met Mr Dunmore on Monday. "The town needs the quay back," she said.',
          "",
          '"Nobody wants another winter like this one," he added.',
        ].join("\n"),
      ),
    );
    expect(speakerOf(qs, "We are nearly done")).toBe("Keith Dunmore");
    expect(speakerOf(qs, "The town needs")).toBe("Margaret Thornbury");
    expect(speakerOf(qs, "Nobody wants another")).toBe("Keith Dunmore");
  });

  it("learns an unknown name's gender from the article's pronouns", () => {
    const qs = extractQuotes(
      article(
        "p2",
        [
          'Tavi Okonkwo, a blogger, wrote that the floods were worse than reported. "It was chaos," she said.',
          "",
          'Engineer Keith Dunmore disagreed. "The barrier held," he said.',
          "",
          '"We saw the water rise by the hour," she said.',
        ].join("\n"),
      ),
    );
    expect(speakerOf(qs, "It was chaos")).toBe("Tavi Okonkwo");
    expect(speakerOf(qs, "We saw the water")).toBe("Tavi Okonkwo");
  });

  it("gives 'it' to an organisation, never to a person", () => {
    const qs = extractQuotes(
      article(
        "p3",
        [
          'The Dunmore Ferry Company said profits rose. Its chairman Keith Dunmore praised staff. It added that it would build a "new fleet of ferries" by 2033.',
        ].join("\n"),
      ),
    );
    expect(speakerOf(qs, "new fleet")).toBe("Dunmore Ferry Company");
  });
});

describe("role descriptions", () => {
  it("links a description to the person the article gave that role", () => {
    const coref = readCoref(
      "Rovers boss Keith Dunmore was angry. Later, Tom Hale, the Rovers captain, spoke.",
    );
    expect(personForRole(coref, "the Rovers boss", 80)).toBe("Keith Dunmore");
    expect(personForRole(coref, "the captain", 80)).toBe("Tom Hale");
    expect(personForRole(coref, "the chancellor", 80)).toBeNull();
    const qs = extractQuotes(
      article(
        "r1",
        [
          "Rovers boss Keith Dunmore watched from the stand as Tom Hale scored twice.",
          "",
          'Hale said the team "deserved it". "We were not good enough in the first half," the Rovers boss said.',
        ].join("\n"),
      ),
    );
    expect(speakerOf(qs, "We were not good")).toBe("Keith Dunmore");
  });

  // (Session 9: an office the sentence before's subject could hold goes to that subject, switch
  // quotes.office-subject, test/unit/quotes-set4-classes.test.ts; one they hold another role
  // for stays unnamed.)
  it("leaves an office no name was given unnamed rather than guessing a speaker of another role", () => {
    const qs = extractQuotes(
      article(
        "r2",
        [
          'Opposition MP Keith Dunmore said the budget was "a mess".',
          "",
          '"The figures add up," the chancellor said.',
        ].join("\n"),
      ),
    );
    const q = qs.find((x) => x.text.startsWith("The figures"))!;
    expect(q.speakerKind).toBe("unnamed");
    expect(q.speakerId).toBeNull();
  });

  it("resolves a nationality or former-team description to the latest speaker", () => {
    const qs = extractQuotes(
      article(
        "r3",
        [
          'Former Rovers winger Keith Dunmore said the side lacked pace. "They are too slow," he said.',
          "",
          'And the Scot added: "It will cost them the title."',
        ].join("\n"),
      ),
    );
    expect(speakerOf(qs, "It will cost")).toBe("Keith Dunmore");
  });
});

describe("acronyms and aliases", () => {
  it("reads acronyms and aliases the article introduces", () => {
    const c = readCoref(
      "The Institute for Coastal Flood Studies (ICFS) warned of storms. DJ Kofi Mensah, also known as KM, agreed.",
    );
    expect(c.acronyms.get("ICFS")).toBe("Institute for Coastal Flood Studies");
    expect(readCoref("KM, also known as Kofi Mensah, agreed.").aliases.get("KM")).toBe("Kofi Mensah");
  });

  it("attributes to the organisation behind an acronym", () => {
    const qs = extractQuotes(
      article(
        "a1",
        [
          "The Institute for Coastal Flood Studies (ICFS) published its forecast on Monday.",
          "",
          '"Storm surges will be higher this winter," the ICFS said.',
        ].join("\n"),
      ),
    );
    const q = qs.find((x) => x.text.startsWith("Storm surges"))!;
    expect(q.speakerName).toBe("Institute for Coastal Flood Studies");
    expect(q.speakerKind).toBe("organization");
  });
});

describe("clause shapes around reporting verbs", () => {
  const qs = extractQuotes(
    article(
      "c1",
      [
        'Keith Dunmore criticised the plan, saying it was "a waste of money".',
        "",
        'Margaret Thornbury has backed the scheme, and said it would "bring jobs".',
        "",
        'The works were praised as "overdue" by Tom Hale.',
        "",
        'It is a view shared by Ravi Pillai, who believes "the town will grow".',
        "",
        'The cost, said Ms Thornbury, "is fair".',
        "",
        'Mr Pillai spoke first. "The quay is ready." Mr Dunmore said the opposite was true.',
      ].join("\n"),
    ),
  );
  it("gives a participle or coordinated verb the sentence's subject", () => {
    expect(speakerOf(qs, "a waste of money")).toBe("Keith Dunmore");
    expect(speakerOf(qs, "bring jobs")).toBe("Margaret Thornbury");
  });
  it("gives a passive label to its agent, and a relative clause to its antecedent", () => {
    expect(speakerOf(qs, "overdue")).toBe("Tom Hale");
    expect(speakerOf(qs, "the town will grow")).toBe("Ravi Pillai");
  });
  it("reads a parenthetical inverted tag, and never takes the next sentence's subject as a tag", () => {
    expect(speakerOf(qs, "is fair")).toBe("Margaret Thornbury");
    expect(speakerOf(qs, "The quay is ready")).not.toBe("Keith Dunmore");
  });
});

describe("speakers from the shared actor model, with quote-specific tie-breaks", () => {
  it("gives he/she to an anonymous source who spoke last", () => {
    const qs = extractQuotes(
      article(
        "u1",
        [
          "Keith Dunmore launched the new ferry on Monday.",
          "",
          'A spokesman for the Harbour Trust said the timetable would change. "We expect delays in May," he said.',
        ].join("\n"),
      ),
    );
    const q = qs.find((x) => x.text.startsWith("We expect delays"))!;
    expect(q.speakerKind).toBe("unnamed");
    expect(q.speakerName).toBe("A spokesman for the Harbour Trust");
  });

  it("takes the name out of an indefinite description before it", () => {
    const qs = extractQuotes(
      article("u2", ['"We were the better side," said a delighted coach Tom Hale.'].join("\n")),
    );
    expect(speakerOf(qs, "We were the better")).toBe("Tom Hale");
  });

  it("gives a newspaper's headline to the newspaper", () => {
    const qs = extractQuotes(
      article(
        "u3",
        [
          'The Valley Gazette was scathing. The Gazette\'s headline says it all: "A night of shame for the club."',
        ].join("\n"),
      ),
    );
    expect(speakerOf(qs, "A night of shame")).toBe("Valley Gazette");
  });

  it("follows the model's candidates to the person who spoke last", () => {
    const qs = extractQuotes(
      article(
        "u4",
        [
          'Peter Zanetti, director of the Harbour Trust, said the plan was not as "dramatic" as Mr Renwick believed. "We have problems, but so does everyone," he argued.',
          "",
          'But he rejected the idea that the trust was slow. "We were the first to act," he said.',
        ].join("\n"),
      ),
    );
    expect(speakerOf(qs, "We were the first")).toBe("Peter Zanetti");
  });
});
