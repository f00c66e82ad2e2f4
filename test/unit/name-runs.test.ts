import { describe, expect, it } from "vitest";
import {
  type ClauseToken,
  type NameRunRules,
  nameRuns,
  SPEAKER_NAME_RUNS,
} from "../../src/analysis/name-runs.ts";
import { clauseWordEnd } from "../../src/text/views.ts";

// Tokens as quotes' DocNames reads a text with no quotations in it: reporting-clause words, and
// every other non-space character as punctuation.
function clauseTokens(text: string): Array<ClauseToken & { start: number }> {
  const out: Array<ClauseToken & { start: number }> = [];
  for (let i = 0; i < text.length; ) {
    if (/\s/.test(text[i]!)) {
      i++;
      continue;
    }
    const end = clauseWordEnd(text, i);
    const word = end >= 0;
    const t = text.slice(i, word ? end : i + 1);
    out.push({ text: t, lower: word ? t.toLowerCase() : t, type: word ? "w" : "p", start: i });
    i = word ? end : i + 1;
  }
  return out;
}

const runsOf = <T extends { text: string }>(toks: T[], rules: NameRunRules<T>) =>
  nameRuns(toks, rules).map(([a, b]) =>
    toks
      .slice(a, b)
      .map((t) => t.text)
      .join(" "),
  );

describe("the capitalised-run finder", () => {
  // The runs below are what quotes.ts DocNames' own walk gave on these texts (checked on main,
  // and on all 2,224 BBC articles: 213,578 runs, none different). When DocNames moves onto this
  // finder, compare with `new DocNames(text, 0)` directly.
  it("in speaker-name mode, joins up to three particles and nothing else (DocNames' walk)", () => {
    expect(
      runsOf(
        clauseTokens(
          "Yesterday Ludwig van der Beethoven met Anna de la Cruz at the Bank of England, Mr Straw said.",
        ),
        SPEAKER_NAME_RUNS,
      ),
    ).toEqual(["Yesterday Ludwig van der Beethoven", "Anna de la Cruz", "Bank", "England", "Mr Straw"]);
    // four particles in a row are too many: the name breaks there
    expect(
      runsOf(
        clauseTokens(
          "Officials from Tren de Aragua spoke to Pieter de la van der Berg and to Jan van Dijk's lawyer.",
        ),
        SPEAKER_NAME_RUNS,
      ),
    ).toEqual(["Officials", "Tren de Aragua", "Pieter", "Berg", "Jan van Dijk's"]);
    // no spacing check: a double space does not break a name
    expect(
      runsOf(
        clauseTokens(
          "The State Department said John  Smith, of BBC Radio Scotland, had left. Carlos da Silva agreed.",
        ),
        SPEAKER_NAME_RUNS,
      ),
    ).toEqual(["The State Department", "John Smith", "BBC Radio Scotland", "Carlos da Silva"]);
  });

  it("takes the actor model's options: spacing, stop words, particles first, connectors", () => {
    type W = { text: string; start: number; end: number };
    const text = "de la Fuente met Bank of England staff.  Then Yet  Anna Smith left";
    const toks: W[] = [...text.matchAll(/\S+?(?=[\s.]|$)/g)].map((m) => ({
      text: m[0],
      start: m.index,
      end: m.index + m[0].length,
    }));
    const cap = (t: W) => /^\p{Lu}/u.test(t.text);
    const rules: NameRunRules<W> = {
      cap,
      particle: (t) => t.text === "de" || t.text === "la",
      maxParticles: Number.POSITIVE_INFINITY,
      joined: (a, b) => text.slice(a.end, b.start) === " ",
      particleStarts: true,
      stops: (t) => t.text === "Yet",
      connector: (t, from, j) =>
        t[j]!.text === "of" && t[from]!.text === "Bank" && cap(t[j + 1]!) ? j + 1 : -1,
    };
    expect(runsOf(toks, rules)).toEqual(["de la Fuente", "Bank of England", "Then", "Yet", "Anna Smith"]);
  });
});
