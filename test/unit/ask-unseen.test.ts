// An unanswered question says which of its words no article uses: usually a misspelling the
// user can fix (when no word of the coverage is near enough to correct it), or a subject the
// coverage never names.
import { expect, it } from "vitest";
import { ask } from "../../src/answers/ask.ts";
import type { AskAnswer } from "../../src/answers/types.ts";
import { buildCoverage } from "../../src/coverage.ts";
import { renderDiscord } from "../../src/render/discord.ts";
import { renderJson } from "../../src/render/json.ts";
import { renderTerminal } from "../../src/render/terminal.ts";
import { corpusOf } from "../helpers/corpus.ts";

const coverage = buildCoverage(
  corpusOf({
    "a.txt":
      "Ferry fares rise on the Lune estuary\n\nThe operator raised ferry fares by 12 per cent on Monday, citing fuel costs.\n",
    "b.txt":
      "Library reopens in Marrow Hill\n\nThe town library reopened after a two-year refit, the council said.\n",
    "c.txt":
      "Harvest festival draws crowds\n\nThousands attended the harvest festival in Penrith on Saturday, the organisers said.\n",
  }),
);

it("names the words of a question that no passage or headline uses, as typed", () => {
  // No word of the coverage is within reach of these (a misspelling that is is corrected:
  // ask-spelling.test.ts).
  const a = ask(coverage, "Why did tolls soar on the causeway?") as AskAnswer;
  expect(a.results).toEqual([]);
  expect(a.correctedQuery).toBeUndefined();
  expect(a.unseenWords).toEqual(["tolls", "soar", "causeway"]);
  expect(renderTerminal(a)).toContain("No passage uses the words “tolls”, “soar” or “causeway”.");
  const embed = renderDiscord(a).embeds[0]!;
  expect(embed.description).toContain("No passage uses the words **tolls**, **soar** or **causeway**.");
  expect(JSON.parse(renderJson(a)).unseenWords).toEqual(["tolls", "soar", "causeway"]);
});

it("says nothing of the kind when every word is known, or when there is an answer", () => {
  // Each word is in the coverage, but no passage holds enough of them together.
  const known = ask(coverage, "library fuel festival") as AskAnswer;
  expect(known.results).toEqual([]);
  expect(known.unseenWords).toEqual([]);
  expect(renderTerminal(known)).toContain("has nothing on");
  expect(renderTerminal(known)).not.toContain("No passage uses");
  const answered = ask(coverage, "ferry fares rise") as AskAnswer;
  expect(answered.results.length).toBeGreaterThan(0);
  expect(answered.unseenWords).toBeUndefined();
});

it("keeps markdown and mentions in an unseen word inert in Discord", () => {
  const a = ask(coverage, "zz*qx* @everyone") as AskAnswer;
  expect(a.results).toEqual([]);
  const m = renderDiscord(a);
  expect(m.embeds[0]!.description).toContain("No passage uses the words **zz** or **qx**.");
  expect(m.allowed_mentions).toEqual({ parse: [] });
});
