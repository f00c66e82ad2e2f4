// An event cited by many articles, and a timeline of many events: the answers hold a page (of
// sources, of events) with the full count, the faces say how many they leave out, and the JSON
// still lists every source and every event.

import { beforeAll, describe, expect, it } from "vitest";
import { EVENT_SOURCE_PAGE } from "../../src/answers/event-cards.ts";
import type { EventAnswer, TimelineAnswer } from "../../src/answers/event-types.ts";
import { withAnswerIndexes } from "../../src/answers/indexes.ts";
import { runCommand } from "../../src/answers/registry.ts";
import { TIMELINE_PAGE } from "../../src/answers/timeline.ts";
import { buildCoverage, type Coverage } from "../../src/coverage.ts";
import { renderDiscord } from "../../src/render/discord.ts";
import { renderJson, renderJsonPieces, toJson } from "../../src/render/json.ts";
import { limitViolations } from "../../src/render/limits.ts";
import { renderTerminal } from "../../src/render/terminal.ts";
import { corpusOf } from "../helpers/corpus.ts";

// Invented: 45 articles from 6 outlets carry the same strike; each reports a flood of its own.
const OUTLETS = ["Valley Post", "Hill Times", "Lake Herald", "Coast Ledger", "River Courier", "Plains Daily"];
const TOWNS =
  "Arlen Bexford Calder Dunmore Elsby Farrow Glenrock Harwick Ilsted Jarrow Kelburn Larch Morwick Norham Oxley Pellow Quarrin Redvale Stanwick Torbay Ulbster Vantry Wexley Yarrow Zennor Ashby Brigg Corran Dalby Eskdale Fenwick Garth Hexley Irby Jessop Keswell Lindow Marlow Nettle Orford Pendle Quorn Rydal Selby Thirsk".split(
    " ",
  );
const ARTICLES = TOWNS.length;

function files(): Record<string, string> {
  const out: Record<string, string> = {};
  TOWNS.forEach((town, i) => {
    const day = `2031-${i < 28 ? "03" : "02"}-${String(1 + (i % 28)).padStart(2, "0")}`;
    out[`a${i}.txt`] = `---
outlet: ${OUTLETS[i % OUTLETS.length]}
published: 2031-04-${String(9 + (i % 3)).padStart(2, "0")}
url: https://example.org/story-${i}
---
An air strike on a military convoy near Kandahar on Tuesday killed 12 soldiers, officials said.

A flood in ${town} on ${day} destroyed ${10 + i} homes, the mayor said.
`;
  });
  return out;
}

let coverage: Coverage;
beforeAll(() => {
  coverage = withAnswerIndexes(buildCoverage(corpusOf(files())));
});

describe("an event cited by many articles", () => {
  const strike = () => runCommand(coverage, "event", { query: "air strike Kandahar convoy" }) as EventAnswer;

  it("holds a page of its sources, one per outlet first, and counts them all", () => {
    const card = strike().events[0]!;
    expect(card.sourceCount).toBe(ARTICLES);
    expect(card.sources.length).toBe(EVENT_SOURCE_PAGE);
    const firstOutlets = card.sources.slice(0, OUTLETS.length).map((s) => s.outlet);
    expect(new Set(firstOutlets).size).toBe(OUTLETS.length);
  });

  it("lists every source in the JSON, with sourceCount the full count", () => {
    const json = JSON.parse(renderJson(strike()));
    const e = json.events[0];
    expect(e.sourceCount).toBe(ARTICLES);
    expect(e.sources).toHaveLength(ARTICLES);
    expect(e.figures).toHaveLength(e.figureCount);
    expect(e.conflicts).toHaveLength(e.conflictCount);
    expect(new Set(e.sources.map((s: { docId: string }) => s.docId)).size).toBe(ARTICLES);
    for (const s of e.sources) {
      expect(s.text).toBe(coverage.articles.get(s.docId)!.text.slice(s.start, s.end));
    }
  });

  it("names a page of the articles printing a figure on the card, and every one in the JSON", () => {
    const killed = (figures: Array<{ value: string; docIds: string[] }>) =>
      figures.find((f) => f.value === "12")!.docIds;
    expect(killed(strike().events[0]!.figures)).toHaveLength(EVENT_SOURCE_PAGE);
    expect(new Set(killed(JSON.parse(renderJson(strike())).events[0].figures)).size).toBe(ARTICLES);
  });

  it("cites what the embed shows and says how many sources it leaves out, within Discord's limits", () => {
    const m = renderDiscord(strike());
    expect(limitViolations(m)).toEqual([]);
    const text = m.embeds[0]!.description!;
    const shown = text.match(/^— .+$/gm) ?? [];
    expect(shown.length).toBeGreaterThan(0);
    for (const line of shown)
      expect(line).toMatch(/\[[^\]]+\]\(https:\/\/example\.org\/story-\d+\) · 2031-04-\d\d/);
    expect(text).toContain(`+${ARTICLES - shown.length} more sources.`);
  });

  it("says in the terminal how many sources the page leaves out", () => {
    expect(renderTerminal(strike())).toContain(`+${ARTICLES - EVENT_SOURCE_PAGE} more sources`);
  });

  it("shows three outlets and the rest as a count on its timeline line", () => {
    const a = runCommand(coverage, "timeline", { query: "air strike Kandahar convoy" }) as TimelineAnswer;
    const m = renderDiscord(a);
    expect(limitViolations(m)).toEqual([]);
    const line = m.embeds[0]!.description!.split("\n").find((l) => l.includes("Kandahar"))!;
    expect(line.match(/\]\(https:\/\/example\.org\//g)).toHaveLength(3);
    expect(line).toContain(`+${ARTICLES - 3} more sources`);
  });
});

describe("a timeline of more events than it shows", () => {
  const all = () => runCommand(coverage, "timeline", {}) as TimelineAnswer;

  it("holds the first events in date order with the count of all", () => {
    const a = all();
    expect(a.eventCount).toBe(ARTICLES + 1);
    expect(a.events).toHaveLength(TIMELINE_PAGE);
    expect(a.events[0]!.date).toBe("2031-02-01");
    const days = a.events.map((e) => e.date!);
    expect(days).toEqual([...days].sort());
  });

  it("lists every event in the JSON and in the terminal", () => {
    const json = JSON.parse(renderJson(all()));
    expect(json.eventCount).toBe(ARTICLES + 1);
    expect(json.events).toHaveLength(ARTICLES + 1);
    expect(json.events.at(-1).sources).toHaveLength(ARTICLES);
    const text = renderTerminal(all());
    for (const town of TOWNS) expect(text).toContain(town);
  });

  it("writes the JSON of a long timeline as one piece per event, the same text in all", () => {
    const pieces = renderJsonPieces(all());
    expect(pieces.length).toBe(ARTICLES + 3);
    expect(pieces.join("")).toBe(JSON.stringify(toJson(all())));
    expect(JSON.parse(pieces.join("")).events).toHaveLength(ARTICLES + 1);
  });

  it("says in Discord how many events it does not list, within the limits", () => {
    const m = renderDiscord(all());
    expect(limitViolations(m)).toEqual([]);
    const listed = m.embeds[0]!.description!.split("\n").filter((l) => l.startsWith("**2031-")).length;
    expect(m.embeds[0]!.description).toContain(`${ARTICLES + 1 - listed} more not listed here`);
    expect(m.embeds[0]!.footer?.text).toContain(`${ARTICLES + 1} dated events`);
  });
});

describe("a figure the outlets give in many values", () => {
  // Invented: 14 outlets report one storm, each with its own count of homes destroyed.
  const VALUES = 14;
  let disputed: Coverage;
  beforeAll(() => {
    const out: Record<string, string> = {};
    for (let i = 0; i < VALUES; i++)
      out[`s${i}.txt`] = `---
outlet: Outlet ${String.fromCharCode(65 + i)}
published: 2031-03-04
url: https://example.org/storm-${i}
---
A storm struck Porthaven on Monday, March 3, 2031 and destroyed ${20 + i} homes, the council said.
`;
    disputed = withAnswerIndexes(buildCoverage(corpusOf(out)));
  });
  const storm = () => runCommand(disputed, "event", { query: "storm Porthaven homes" }) as EventAnswer;

  it("holds a page of the values with their count, says how many it leaves out, and the JSON lists all", () => {
    const c = storm().events[0]!.conflicts.find((x) => x.field === "figure")!;
    expect(c.valueCount).toBe(VALUES);
    expect(c.values.length).toBeLessThan(VALUES);
    expect(renderTerminal(storm())).toContain(`+${VALUES - c.values.length} more values`);
    const m = renderDiscord(storm());
    expect(limitViolations(m)).toEqual([]);
    expect(JSON.stringify(m)).toContain(`+${VALUES - c.values.length} more values`);
    const json = JSON.parse(renderJson(storm()));
    expect(json.events[0].conflicts.find((x: { field: string }) => x.field === "figure").values).toHaveLength(
      VALUES,
    );
  });
});
