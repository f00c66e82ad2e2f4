// An opening participle's setting is not what was said: "Speaking at a press conference, X said …"
// gave the paraphrase "at a press conference"; "Writing in the Gazette, X argued …" gave "in the
// Gazette". A "that" after the setting still starts the content.
import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/analysis/quotes/index.ts";
import { harbourArticle, MAYOR_INTRO } from "../helpers/harbour.ts";

const reported = (body: string) =>
  extractQuotes(harbourArticle(`${MAYOR_INTRO}\n\n${body}`), null)
    .filter((q) => q.kind === "reported")
    .map((q) => q.text);

describe("reported speech: an opening participle's setting", () => {
  it("gives no paraphrase for where or to whom someone spoke or wrote", () => {
    expect(reported("Speaking at a press conference, Calloway said the fees would rise.")).toEqual([
      "the fees would rise",
    ]);
    expect(reported("Speaking to reporters, Calloway said the fees would rise.")).toEqual([
      "the fees would rise",
    ]);
    expect(reported("Writing in the Alder Gazette, Calloway argued the fees were too low.")).toEqual([
      "the fees were too low",
    ]);
  });

  it("keeps what a speaking verb is about, and the clause after a setting's 'that'", () => {
    expect(reported("Talking about the ferry, Calloway blamed the weather.")).toContain("about the ferry");
    expect(
      reported("Since announcing in May that she would retire, Calloway has opened two piers."),
    ).toContain("she would retire");
  });
});
