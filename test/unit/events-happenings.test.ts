// The timeline as distinct happenings (issue #15), on text written for these tests: one event per
// happening across outlets, a happening mentioned in passing by a later article keeps the day of
// its own report, labels are who did what, and a figurative word makes no kind. Politics, weather
// and business. 2031-01-31 is a Friday.

import { describe, expect, it } from "vitest";
import { buildEvents } from "../../src/analysis/events/index.ts";
import { buildArticle } from "../../src/corpus/article.ts";
import type { Article } from "../../src/types.ts";
import { type ActorSpec, actorModelDouble } from "../helpers/actors-double.ts";

function article(name: string, body: string, published: string): Article {
  const r = buildArticle(name, body, { published, outlet: name.replace(/\..*/, "") });
  if (!r.ok) throw new Error("article not built");
  return r.article;
}

const timeline = (articles: Article[], specs: ActorSpec[]) =>
  buildEvents(articles, actorModelDouble(articles, specs));

describe("one event per happening", () => {
  it("politics: three outlets and a later debate give one letter event, on its own day", () => {
    const articles = [
      article(
        "post.txt",
        "Letter\n\nFBI Director Dana Holt sent a letter to Congress on Friday about the email review.\n",
        "2031-01-31",
      ),
      article(
        "wire.txt",
        "Holt letter\n\nDana Holt sent a letter to Congress on Friday, saying agents had found new emails.\n",
        "2031-01-31",
      ),
      article(
        "blog.txt",
        "Rivals\n\nHer rivals were seizing on the letter to Congress within hours, and a spokesman said it changed nothing.\n",
        "2031-02-01",
      ),
      article(
        "senate.txt",
        "Senate\n\nSenators on Monday debated the letter Dana Holt sent to Congress on Friday.\n",
        "2031-02-03",
      ),
    ];
    const events = timeline(articles, [
      { name: "Dana Holt", aliases: ["Holt"] },
      { name: "Congress", kind: "organization" },
    ]);
    const letters = events.filter((e) => /sent a letter/.test(e.label));
    expect(letters).toHaveLength(1);
    expect(letters[0]!.label).toBe("FBI Director Dana Holt sent a letter to Congress");
    expect(letters[0]!.date).toBe("2031-01-31");
    expect(new Set(letters[0]!.sources.map((s) => s.docId))).toEqual(new Set(["post", "wire", "senate"]));
    expect(events.find((e) => e.kind === "debate")?.date).toBe("2031-02-03");
    expect(events.some((e) => e.kind === "seizure")).toBe(false);
  });

  it("weather/local: a storm's closure told by two outlets is one event; the reopening is another", () => {
    const articles = [
      article("gazette.txt", "Road\n\nA storm closed the coast road at Penhallow on Monday.\n", "2031-02-04"),
      article(
        "echo.txt",
        "Gales\n\nGales shut the coast road at Penhallow on Monday, the county council said.\n",
        "2031-02-04",
      ),
      article(
        "weekly.txt",
        "Reopened\n\nThe county council on Wednesday reopened the coast road that the storm had closed.\n",
        "2031-02-06",
      ),
    ];
    const events = timeline(articles, [{ name: "county council", kind: "organization" }]);
    expect(events.map((e) => [e.kind, e.date, e.label])).toEqual([
      ["storm", "2031-02-03", "storm closed the coast road at Penhallow"],
      ["other", "2031-02-05", "county council reopened the coast road"],
    ]);
    expect(events[0]!.sources.map((s) => s.docId).sort()).toEqual(["echo", "gazette"]);
  });

  it("business: a takeover and its announcement are one event; a later market move is its own", () => {
    const articles = [
      article(
        "ledger.txt",
        "Deal\n\nBrightwell Foods agreed on Monday to buy Harlow Dairies for $2 billion.\n",
        "2031-02-03",
      ),
      article(
        "times.txt",
        "Dairy\n\nBrightwell Foods will buy Harlow Dairies for $2 billion, the companies announced on Monday.\n",
        "2031-02-03",
      ),
      article(
        "markets.txt",
        "Shares\n\nShares in Harlow Dairies rose on Wednesday after Brightwell Foods agreed to buy the dairy.\n",
        "2031-02-05",
      ),
    ];
    const events = timeline(articles, [
      { name: "Brightwell Foods", kind: "organization" },
      { name: "Harlow Dairies", kind: "organization" },
    ]);
    const deal = events.filter((e) => /to buy Harlow Dairies/.test(e.label));
    expect(deal.map((e) => [e.date, e.label])).toEqual([
      ["2031-02-03", "Brightwell Foods agreed to buy Harlow Dairies for $2 billion"],
    ]);
    expect(deal[0]!.sources.map((s) => s.docId).sort()).toEqual(["ledger", "times"]);
    expect(events.find((e) => e.date === "2031-02-05")?.label).toMatch(/Harlow Dairies rose/);
  });

  it("economy: 'boom and bust' and a 'bust-up' are no police bust", () => {
    const articles = [
      article(
        "party.txt",
        "Pledge\n\nOn Tuesday Mr Orrin promised an end to boom and bust, and to boom-and-bust budgets.\n\nHis aides had a bust-up on Monday.\n",
        "2031-02-05",
      ),
      article("port.txt", "Haul\n\nPolice made a cocaine bust at Tarnby port on Monday.\n", "2031-02-04"),
    ];
    const events = timeline(articles, [{ name: "Orrin", kind: "person" }]);
    expect(events.filter((e) => e.kind === "seizure").map((e) => e.sources[0]!.docId)).toEqual(["port"]);
  });
});
