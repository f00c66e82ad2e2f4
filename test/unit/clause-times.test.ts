// A day belongs to the clause it stands in (issue #15): text written for these tests, three
// domains. 2031-02-05 is a Wednesday.

import { describe, expect, it } from "vitest";
import { buildEvents } from "../../src/analysis/events/index.ts";
import { switchOff } from "../../src/analysis/steps.ts";
import { buildArticle } from "../../src/corpus/article.ts";
import type { Article } from "../../src/types.ts";
import { actorModelDouble } from "../helpers/actors-double.ts";

function article(name: string, body: string, published: string): Article {
  const r = buildArticle(name, body, { published, outlet: name.replace(/\..*/, "") });
  if (!r.ok) throw new Error("article not built");
  return r.article;
}

// Politics: a summit reported on its day, then condemned in passing by a later article.
const SUMMIT = article(
  "herald.txt",
  "Border summit\n\nThe border summit in Lakeport collapsed on Monday after six hours of talks.\n",
  "2031-02-03",
);
const REACTION = article(
  "courier.txt",
  "Reaction\n\nThe opposition leader on Wednesday criticised the border summit in Lakeport as a waste of time.\n",
  "2031-02-05",
);

describe("a day belongs to the clause it stands in", () => {
  it("dates the later reaction, and the summit mentioned in passing keeps the day of its own report", () => {
    const events = buildEvents([SUMMIT, REACTION]);
    const summit = events.filter((e) => e.kind === "meeting");
    expect(summit).toHaveLength(1);
    expect(summit[0]!.date).toBe("2031-02-03");
    expect(summit[0]!.sources.map((s) => s.docId).sort()).toEqual(["courier", "herald"]);
    const reaction = events.find((e) => e.date === "2031-02-05");
    expect(reaction?.label).toBe("opposition leader criticised the border summit in Lakeport");
  });

  it("keeps a happening and its light verb one event ('held talks on Monday')", () => {
    const a = article(
      "talks.txt",
      "Talks\n\nThe two unions held talks with the rail operator on Monday in Dunmore.\n",
      "2031-02-05",
    );
    expect(buildEvents([a]).map((e) => [e.kind, e.date])).toEqual([["meeting", "2031-02-03"]]);
  });

  it("keeps a trigger that is the verb's subject dated by the verb's day", () => {
    const a = article(
      "storm.txt",
      "Harbour\n\nThe summit of harbour towns ended on Tuesday with a pledge on sea walls.\n",
      "2031-02-05",
    );
    expect(buildEvents([a]).map((e) => [e.kind, e.date])).toEqual([["meeting", "2031-02-04"]]);
  });

  it("business: a board's Friday vote on Tuesday's merger talks is its own event; the talks keep Tuesday", () => {
    const a = article(
      "market.txt",
      "Merger\n\nOakridge Mills and Tidewater Paper opened merger talks on Tuesday.\nThe Oakridge board on Friday rejected the talks with Tidewater as too costly.\n",
      "2031-02-08",
    );
    const events = buildEvents([a]);
    expect(events.find((e) => e.kind === "meeting")?.date).toBe("2031-02-04");
    expect(events.find((e) => e.date === "2031-02-07")?.label).toBe(
      "Oakridge board rejected the talks with Tidewater",
    );
    const off = buildEvents([a], null, switchOff("events.clause-times"));
    expect(off.some((e) => e.date === "2031-02-07" && /rejected/.test(e.label))).toBe(false);
  });

  it("weather/local: a day a clause closes does not go to the next clause's action", () => {
    const a = article(
      "flood.txt",
      "Flood\n\nThe river burst its banks on Sunday, and the council closed the bridge.\n",
      "2031-02-05",
    );
    expect(buildEvents([a]).map((e) => [e.kind, e.date, e.label])).toEqual([
      ["storm", "2031-02-02", "river burst its banks"],
    ]);
    const b = article(
      "anglers.txt",
      "Anglers\n\nRescued on Sunday by a lifeboat crew, two anglers were unhurt.\n",
      "2031-02-05",
    );
    expect(buildEvents([b]).map((e) => [e.date, e.label])).toEqual([
      ["2031-02-02", "Rescued by a lifeboat crew"],
    ]);
  });

  it("a day beside a reporting verb dates what was reported, with the basis 'announced'", () => {
    const a = article(
      "expel.txt",
      "Expulsions\n\nThe ministry expelled four diplomats who were questioned by police, a newspaper reported Friday.\n",
      "2031-02-09",
    );
    expect(buildEvents([a]).map((e) => [e.date, e.dateBasis, e.label])).toEqual([
      ["2031-02-07", "announced", "ministry expelled four diplomats"],
    ]);
  });

  it("a day after its clause's object does not go to the action after 'and'", () => {
    const a = article(
      "parade.txt",
      "Parade\n\nFarmers held a tractor parade in Hollin on Saturday and will block the ring road on Monday.\n",
      "2031-02-05",
    );
    const events = buildEvents([a]);
    expect(events.find((e) => /block the ring road/.test(e.label))?.date).toBe("2031-02-10");
  });

  it("a holiday is a day a clause can be dated by", () => {
    const a = article(
      "market2.txt",
      "Fair\n\nThe winter fair drew 9,000 visitors on Thanksgiving Day.\n",
      "2031-12-01",
    );
    expect(buildEvents([a])[0]?.date).toBe("2031-11-27");
  });
});

describe("an event's actors are those in its clauses", () => {
  it("leaves out a group named in another clause of the sentence", () => {
    const a = article(
      "border.txt",
      "Border deal\n\nAlvaria and Norland signed a border agreement in Ostby on Monday, while the Sol cartel moved its routes south.\n",
      "2031-02-05",
    );
    const specs = [
      { name: "Alvaria", kind: "organization" as const },
      { name: "Norland", kind: "organization" as const },
      { name: "Sol cartel", kind: "organization" as const },
    ];
    const actors = actorModelDouble([a], specs);
    const deal = buildEvents([a], actors).find((e) => e.kind === "agreement");
    expect(deal?.actors.sort()).toEqual(["Alvaria", "Norland"]);
    const off = buildEvents([a], actors, switchOff("events.clause-actors")).find(
      (e) => e.kind === "agreement",
    );
    expect(off?.actors).toContain("Sol cartel");
  });
});

describe("a day named by the one before it", () => {
  it("dates 'earlier that day' by the dated event told just before it", () => {
    const a = article(
      "fire.txt",
      "Mill fire\n\nA storm flattened the old mill at Ashby on Sunday.\nEarlier that day, neighbours had sent a warning to the fire brigade.\n",
      "2031-02-05",
    );
    const warning = buildEvents([a]).find((e) => /sent a warning/.test(e.label));
    expect([warning?.date, warning?.dateBasis]).toEqual(["2031-02-02", "context"]);
    const off = buildEvents([a], null, switchOff("events.that-day"));
    expect(off.find((e) => /sent a warning/.test(e.label))?.date ?? null).toBeNull();
  });
});
