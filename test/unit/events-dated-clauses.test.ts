// Which event a day and an undated clause belong to (issue #15, strict dated-event recall): text
// written for these tests in three domains. 2031-02-05 is a Wednesday.

import { describe, expect, it } from "vitest";
import { buildEvents } from "../../src/analysis/events/index.ts";
import { buildArticle } from "../../src/corpus/article.ts";
import type { Article } from "../../src/types.ts";
import { actorModelDouble } from "../helpers/actors-double.ts";

function article(name: string, body: string, published: string): Article {
  const r = buildArticle(name, body, { published, outlet: name.replace(/\..*/, "") });
  if (!r.ok) throw new Error("article not built");
  return r.article;
}

/** The text of each sentence an event cites. */
const cited = (a: Article, e: { sources: { start: number; end: number }[] }) =>
  e.sources.map((s) => a.text.slice(s.start, s.end).trim());

describe("a day goes to the clause that tells the happening", () => {
  it("weather/local: a trigger modifying a noun ('bombing victims') leaves the day to the verb", () => {
    const a = article(
      "wreath.txt",
      "Memorial\n\nThe mayor paid tribute Tuesday to bombing victims at the harbour in Dunmore.\n",
      "2031-02-05",
    );
    const events = buildEvents([a]);
    expect(events.find((e) => e.date === "2031-02-04")?.label).toBe("mayor paid tribute");
    expect(events.find((e) => e.kind === "strike")?.date ?? null).toBeNull();
  });

  it("business: a day right after 'said here' dates the saying and what it reports, not the talks in passing", () => {
    const a = article(
      "mills.txt",
      "Mills\n\nThe chief executive of Oakridge Mills said here Friday that the layoffs were not linked with the merger talks of January 20.\n",
      "2031-02-08",
    );
    const events = buildEvents([a]);
    const friday = events.find((e) => e.date === "2031-02-07");
    expect(friday?.label).toMatch(/linked with the merger talks/);
    expect(friday?.dateBasis).toBe("announced");
    expect(events.find((e) => e.kind === "meeting")?.date).toBe("2031-01-20");
  });

  it("politics: a trigger in a phrase of the subject ('papers from the summit reached …') is not dated by the verb", () => {
    const a = article(
      "papers.txt",
      "Papers\n\nThe first papers from the Lakeport summit reached the ministry Monday, officials said.\n",
      "2031-02-05",
    );
    const events = buildEvents([a]);
    expect(events.find((e) => e.date === "2031-02-03")?.label).toMatch(/reached the ministry/);
    expect(events.find((e) => e.kind === "meeting")?.date ?? null).toBeNull();
  });

  it("an announcement keeps the day of what it announces ('announced Wednesday that …')", () => {
    const a = article(
      "ports.txt",
      "Ports\n\nThe transport ministry announced Wednesday that the two ports will share one customs office.\n",
      "2031-02-05",
    );
    const events = buildEvents([a]);
    expect(events).toHaveLength(1);
    expect([events[0]!.kind, events[0]!.date]).toEqual(["announcement", "2031-02-05"]);
  });
});

describe("an undated clause goes on about the event it names the people of", () => {
  it("politics: a quote said after a dated event joins it, though it speaks of what would come", () => {
    const a = article(
      "bridge.txt",
      "Bridge\n\nMayor Ana Ruiz opened the new Kell bridge on Saturday.\nRuiz said traffic would flow freely by the spring.\n",
      "2031-02-05",
    );
    const specs = [{ name: "Ana Ruiz", kind: "person" as const }];
    const events = buildEvents([a], actorModelDouble([a], specs));
    const opening = events.find((e) => e.date === "2031-02-01");
    expect(cited(a, opening!)).toEqual([
      "Mayor Ana Ruiz opened the new Kell bridge on Saturday.",
      "Ruiz said traffic would flow freely by the spring.",
    ]);
  });

  it("weather/local: a clause naming the minister's people goes on about her visit, not the flood told in passing", () => {
    const a = article(
      "valley.txt",
      [
        "Valley",
        "",
        "Minister Clara Voss toured the Ebbe valley on Tuesday.",
        "The river flooded the valley on January 12.",
        "Many farms remain under water.",
        "Clara Voss promised new sea walls for the valley.",
        "",
      ].join("\n"),
      "2031-02-05",
    );
    const specs = [{ name: "Clara Voss", kind: "person" as const }];
    const events = buildEvents([a], actorModelDouble([a], specs));
    const visit = events.find((e) => e.date === "2031-02-04");
    expect(cited(a, visit!)).toContain("Clara Voss promised new sea walls for the valley.");
    const flood = events.find((e) => e.date === "2031-01-12");
    expect(cited(a, flood!)).toEqual(["The river flooded the valley on January 12."]);
  });
});

describe("an event cites where each outlet's day comes from", () => {
  it("politics: an announcement dated by its meeting in two outlets cites both outlets' meeting sentences", () => {
    const herald = article(
      "herald.txt",
      "Harbour\n\nMayor Ana Ruiz chaired an emergency council meeting in Lakeport on Monday.\nAna Ruiz announced the closure of the harbour road to lorries.\n",
      "2031-02-04",
    );
    const courier = article(
      "courier.txt",
      "Lorries\n\nMayor Ana Ruiz led a crisis meeting of the council in Lakeport on Monday.\nAna Ruiz announced the closure of the harbour road to heavy lorries.\n",
      "2031-02-04",
    );
    const actors = actorModelDouble([herald, courier], [{ name: "Ana Ruiz", kind: "person" as const }]);
    const closure = buildEvents([herald, courier], actors).find((e) => e.kind === "announcement");
    expect([closure?.date, closure?.dateBasis]).toEqual(["2031-02-03", "context"]);
    const meetings = closure!.sources.filter((s) => {
      const text = (s.docId === "herald" ? herald : courier).text.slice(s.start, s.end);
      return /on Monday/.test(text);
    });
    expect(meetings.map((s) => s.docId).sort()).toEqual(["courier", "herald"]);
  });
});

describe("quotations", () => {
  it("weather/local: the teller of a quotation about tomorrow goes on about the event before it", () => {
    const a = article(
      "barrier.txt",
      "Barrier\n\nMayor Ana Ruiz opened the flood barrier on Sunday.\n''We will close the old sluice tomorrow and pump the fields dry,'' Ruiz told reporters.\n",
      "2031-02-05",
    );
    const events = buildEvents([a]);
    const opening = events.find((e) => e.date === "2031-02-02");
    expect(cited(a, opening!)).toHaveLength(2);
    expect(events.find((e) => e.kind === "closure")?.date).toBe("2031-02-06");
  });

  it("local: a day does not go to a quoted action past a full stop inside the sentence", () => {
    const a = article(
      "hollin.txt",
      "Hollin\n\n``There were hundreds of us there all day,'' said Tom Hale, one of 40 farmers who blocked the ring road outside Hollin on Monday. ``We kept it peaceful and nobody got hurt.''\n",
      "2031-02-05",
    );
    const events = buildEvents([a]);
    expect(events.map((e) => [e.date, e.label])).toEqual([
      ["2031-02-03", "blocked the ring road outside Hollin"],
    ]);
  });
});

describe("one event per happening across outlets", () => {
  it("business/local: two outlets' announcements do not merge on the words of the clauses going on about them", () => {
    const water = article(
      "gazette.txt",
      "Water\n\nThe water board announced a hosepipe ban on Monday.\nIts chief said the Kell reservoir was at 40 per cent after the dry winter.\n",
      "2031-02-04",
    );
    const rail = article(
      "post.txt",
      "Rail\n\nThe rail operator announced new timetables on Monday.\nIts chief said the Kell line was at 40 per cent of its winter traffic.\n",
      "2031-02-04",
    );
    const events = buildEvents([water, rail]).filter((e) => e.kind === "announcement");
    expect(events.map((e) => e.sources.map((s) => s.docId))).toEqual([
      ["gazette", "gazette"],
      ["post", "post"],
    ]);
  });
});
