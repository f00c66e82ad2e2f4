// Organisations as speakers (issue #13), on invented text: a name with a plural possessive
// ("the Growers' Union"), and a relative clause speaking for the name before its comma.
import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/analysis/quotes/index.ts";
import { buildArticle } from "../../src/corpus/article.ts";
import { directQuotes as quotes, speakerOf } from "../helpers/quotes.ts";

/** Every record of a body, reported speech included. */
function records(body: string) {
  const r = buildArticle(
    "x/001.txt",
    `---\noutlet: Test Post\ntitle: Test\npublished: 2031-04-09\n---\n${body}`,
  );
  if (!r.ok) throw new Error(r.reason);
  return extractQuotes(r.article);
}

describe("organisation speakers", () => {
  it("reads a name with a plural possessive whole", () => {
    const qs = quotes(
      'Groups including the Growers\' Union are calling for an end to the "price squeeze" faced by small farms.',
    );
    expect(speakerOf(qs, "price squeeze")).toBe("Growers' Union");
    const nurses = quotes('The Nurses\' Federation said the rota was "simply unsafe" for patients.');
    expect(speakerOf(nurses, "simply unsafe")).toBe("Nurses' Federation");
  });

  it("gives a relative clause's words to the name before the comma", () => {
    const found = records(
      "The plan is backed by the Cyclists' Touring Federation (CTF), who say the new lanes will halve accidents on the ring road.",
    );
    const r = found.find((q) => q.kind === "reported" && q.text.startsWith("the new lanes"));
    expect(r?.speakerName).toBe("Cyclists' Touring Federation");
    const bank = records(
      "Growth slowed in March, according to Norland Bank, which said exports would fall by a fifth next year.",
    );
    expect(bank.find((q) => q.kind === "reported" && q.text.startsWith("exports"))?.speakerName).toBe(
      "Norland Bank",
    );
  });

  it("gives an organisation's or a study's finding its words, with or without 'that'", () => {
    const qs = quotes(
      [
        'The Halden Institute found the town was "badly prepared" for the floods.',
        "",
        'Norland Bank said rates would rise. Norland Bank\'s research has shown that savers split into two "camps" this year.',
      ].join("\n"),
    );
    expect(speakerOf(qs, "badly prepared")).toBe("Halden Institute");
    expect(speakerOf(qs, "camps")).toBe("Norland Bank");
  });

  it("gives no finding to a person who found something", () => {
    const qs = quotes('Police officer Dan Reyes found the car was "badly damaged" near the bridge.');
    expect(speakerOf(qs, "badly damaged")).toBeNull();
  });

  it("reads the name before a bracketed abbreviation as the subject", () => {
    const qs = quotes(
      'Hospital chiefs welcomed the budget and warned against cuts. The Royal College of Nursing (RCN) said it was "alarmed by the clamour in some quarters for even deeper cuts" to rural wards.',
    );
    expect(speakerOf(qs, "alarmed by")).toBe("Royal College of Nursing");
  });

  it("gives a quoted verb to the subject it follows", () => {
    const qs = quotes(
      [
        'Conservation group the Marsh Wildlife Society "applauded" the council for the new reserve.',
        "",
        'Leo Varga "regretted" the red card, his agent said.',
        "",
        'The final was "postponed" twice because of snow.',
      ].join("\n"),
    );
    expect(speakerOf(qs, "applauded")).toBe("Marsh Wildlife Society");
    expect(speakerOf(qs, "regretted")).toBe("Leo Varga");
    expect(speakerOf(qs, "postponed")).toBeNull();
  });

  it("gives a reporting participle's words to the sentence's subject", () => {
    const qs = quotes(
      [
        'Velden Motors is to cut 900 jobs after reporting "deeply disappointing" sales for the year.',
        "",
        'The Ashford Rugby Club raised ticket prices after announcing a "painful" loss.',
        "",
        'Prices rose after reporting of "severe" shortages.',
      ].join("\n"),
    );
    expect(speakerOf(qs, "deeply disappointing")).toBe("Velden Motors");
    expect(speakerOf(qs, "painful")).toBe("Ashford Rugby Club");
    expect(speakerOf(qs, "severe")).toBeNull();
  });

  it("gives a term in their words to a forum or an alliance the model holds no actor for", () => {
    const qs = quotes(
      [
        'The plan is opposed by the Harbour Traders\' Forum (HTF), who say shops face "an uphill battle" this winter.',
        "",
        'The Clean Air Alliance said the new limits were "far too timid" for a city this size.',
      ].join("\n"),
    );
    expect(speakerOf(qs, "an uphill battle")).toBe("Harbour Traders' Forum");
    expect(speakerOf(qs, "far too timid")).toBe("Clean Air Alliance");
  });
});
