import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildEvents, EVENT_STEP_NAMES } from "../../src/analysis/events/index.ts";
import { findPlaces } from "../../src/analysis/events/places.ts";
import { switchOff } from "../../src/analysis/steps.ts";
import type { EventAnswer, TimelineAnswer } from "../../src/answers/event-types.ts";
import { findCommand, runCommand } from "../../src/answers/registry.ts";
import { terminalOutput } from "../../src/cli/output.ts";
import { loadCorpus } from "../../src/corpus/load.ts";
import { buildCoverage, type Coverage } from "../../src/coverage.ts";
import { renderDiscord } from "../../src/render/discord.ts";
import { renderJson } from "../../src/render/json.ts";
import { limitViolations } from "../../src/render/limits.ts";
import { renderTerminal } from "../../src/render/terminal.ts";
import { renderTimelineImage } from "../../src/render/timeline-image.ts";
import type { Corpus, CoverageEvent } from "../../src/types.ts";
import { actorModelDouble } from "../helpers/actors-double.ts";

// Invented articles (not from any corpus). 2031-04-09 is a Wednesday; 2031-04-13 a Sunday.
const ARTICLES: Record<string, string> = {
  "a-convoy.txt": `---
outlet: Valley Post
published: 2031-04-09
url: https://example.org/convoy
---
An air strike on a military convoy near Kandahar on Tuesday killed 12 soldiers, officials said.

Police seized 2,000 kilos of cocaine at the port of Rotterdam on Monday.

The foreign ministers will meet on Thursday in Geneva to discuss the ceasefire.
`,
  "b-convoy.txt": `---
outlet: Hill Times
published: 2031-04-09
url: https://example.org/hill
---
The air strike near Kandahar on Tuesday killed 14 soldiers, the army said.

The minister announced a review of the rail network.
`,
  "c-summit.txt": `---
outlet: Lake Herald
published: 2031-04-13
---
Premier Ana Lopes met with President Tomas Berg on Friday at the Royal Palace in Oslo.

The meeting took place just one day after the bombing of a bus depot in the capital killed 3 people.

Lopes announced a new trade pact worth $2 billion.
`,
};

let dir: string;
let corpus: Corpus;
let coverage: Coverage;
let events: CoverageEvent[];

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "events-"));
  for (const [name, text] of Object.entries(ARTICLES)) await writeFile(path.join(dir, name), text);
  corpus = await loadCorpus(dir);
  const actors = actorModelDouble(corpus.articles, [
    { name: "Ana Lopes", aliases: ["Lopes"] },
    { name: "Tomas Berg", aliases: ["Berg"] },
  ]);
  events = buildEvents(corpus.articles, actors);
  coverage = { ...buildCoverage(corpus), actors, events };
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const find = (kind: string, word: RegExp) =>
  events.find((e) => e.kind === kind && (word.test(e.label) || e.sources.some((s) => word.test(textOf(s)))));
const textOf = (s: { docId: string; start: number; end: number }) =>
  corpus.articles.find((a) => a.docId === s.docId)!.text.slice(s.start, s.end);

describe("event extraction", () => {
  it("resolves a past weekday against the publication day", () => {
    const seizure = find("seizure", /cocaine/)!;
    expect(seizure.date).toBe("2031-04-07");
    expect(seizure.dateText).toBe("on Monday");
    expect(seizure.figures.map((f) => [f.value, f.unit])).toContainEqual(["2000", "kilos"]);
    expect(seizure.places.some((p) => /Rotterdam/.test(p))).toBe(true);
  });

  it("resolves a future weekday forward and marks the event planned", () => {
    const meeting = find("meeting", /Geneva/)!;
    expect(meeting.date).toBe("2031-04-10");
    expect(meeting.status).toBe("planned");
    expect(meeting.places).toContain("Geneva");
  });

  it("groups one strike across two outlets and keeps their figures apart", () => {
    const strikes = events.filter((e) => e.kind === "strike" && /Kandahar/.test(e.places.join(" ")));
    expect(strikes).toHaveLength(1);
    const strike = strikes[0]!;
    expect(strike.date).toBe("2031-04-08");
    expect(new Set(strike.sources.map((s) => s.docId))).toEqual(new Set(["a-convoy", "b-convoy"]));
    const conflict = strike.conflicts?.find((c) => c.field === "figure");
    expect(conflict?.values.map((v) => v.value).sort()).toEqual(["12", "14"]);
    const twelve = strike.figures.find((f) => f.value === "12")!;
    expect(twelve.sources?.map((s) => s.docId)).toEqual(["a-convoy"]);
  });

  it("leaves the day null when the text gives none", () => {
    const review = find("announcement", /rail network/)!;
    expect(review.date).toBeNull();
    expect(review.dateText).toBeNull();
  });

  it("dates an event from 'one day after' another, and one from its meeting's context", () => {
    const meeting = find("meeting", /Royal Palace/)!;
    expect(meeting.date).toBe("2031-04-11");
    expect(meeting.actors).toEqual(expect.arrayContaining(["Ana Lopes", "Tomas Berg"]));
    const bombing = find("strike", /bus depot/)!;
    expect(bombing.date).toBe("2031-04-10");
    expect(bombing.dateBasis).toBe("relative");
    expect(bombing.figures.map((f) => f.value)).toContain("3");
    // "Lopes announced a new trade pact": the announcement is the pact's event (announced-happening).
    const pact = find("agreement", /trade pact/)!;
    expect(pact.date).toBe("2031-04-11");
    expect(pact.dateBasis).toBe("context");
  });

  it("labels events with the article's own words, in their order (a day inside is left out)", () => {
    const inOrder = (label: string, text: string) => {
      let at = 0;
      for (const w of label.replace(/[“”"]/g, "").split(" ")) {
        at = text.indexOf(w, at);
        if (at < 0) return false;
        at += w.length;
      }
      return true;
    };
    for (const e of events) expect(e.sources.some((s) => inOrder(e.label, textOf(s)))).toBe(true);
  });

  it("cites sentences whose offsets slice the original file exactly", () => {
    for (const e of events) {
      for (const s of e.sources) {
        const article = corpus.articles.find((a) => a.docId === s.docId)!;
        const sentence = article.paragraphs.flatMap((p) => p.sentences).find((x) => x.start === s.start);
        expect(sentence?.end).toBe(s.end);
        const passage = article.passages.find((p) => p.id === s.passageId)!;
        expect(passage.start <= s.start && s.end <= passage.end).toBe(true);
      }
    }
  });

  it("finds places from the gazetteer and from patterns", () => {
    const names = (s: string) => findPlaces(s).map((p) => p.text);
    expect(names("Troops were sent to the border with Colombia.")).toEqual(["the border with Colombia"]);
    expect(names("The talks took place at the National Palace in Mexico City.")).toEqual([
      "the National Palace",
      "Mexico City",
    ]);
    expect(names("a strike in the southern Caribbean")).toEqual(["the southern Caribbean"]);
    expect(names("the Sinaloa cartel and the U.S. military")).toEqual([]);
  });
});

describe("/event and /timeline", () => {
  it("answers /event with cards in the JSON contract", () => {
    const a = runCommand(coverage, "event", { query: "Kandahar air strike" }) as EventAnswer;
    const json = JSON.parse(renderJson(a));
    expect(json.query).toBe("Kandahar air strike");
    const e = json.events[0];
    for (const k of ["id", "label", "kind", "date", "dateText", "places", "actors", "figures", "sources"])
      expect(e).toHaveProperty(k);
    expect(e.figures[0]).toHaveProperty("value");
    expect(e.sources[0]).toMatchObject({ docId: expect.any(String), passageId: expect.any(String) });
    expect(e.date).toBe("2031-04-08");
  });

  it("says plainly when nothing matches", () => {
    const a = runCommand(coverage, "event", { query: "volcano eruption Iceland" }) as EventAnswer;
    expect(a.events).toEqual([]);
    expect(renderTerminal(a)).toMatch(/No event in the coverage matches/);
    expect(renderDiscord(a).embeds[0]!.description).toMatch(/No event in the coverage matches/);
  });

  it("orders the timeline by day and counts undated events", () => {
    const a = runCommand(coverage, "timeline", {}) as TimelineAnswer;
    const days = a.events.map((e) => e.date!);
    expect(days).toEqual([...days].sort());
    expect(days[0]).toBe("2031-04-07");
    expect(a.undated).toBe(events.filter((e) => e.date === null).length);
    const lopes = runCommand(coverage, "timeline", { query: "Lopes" }) as TimelineAnswer;
    expect(lopes.actor).toBe("Ana Lopes");
    expect(lopes.events.every((e) => e.actors.includes("Ana Lopes"))).toBe(true);
  });

  it("draws a PNG timeline and attaches it in Discord within limits", () => {
    const a = runCommand(coverage, "timeline", {}) as TimelineAnswer;
    const png = renderTimelineImage(a);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.length).toBeGreaterThan(5000);
    const m = renderDiscord(a);
    expect(limitViolations(m)).toEqual([]);
    expect(m.files?.[0]).toMatchObject({ name: "timeline.png", contentType: "image/png" });
    expect(m.embeds[0]!.image?.url).toBe("attachment://timeline.png");
    expect(m.allowed_mentions).toEqual({ parse: [] });
  });

  it("saves the image to --out in the terminal face (the renderer itself writes nothing)", async () => {
    const out = path.join(dir, "t.png");
    const answer = runCommand(coverage, "timeline", { out });
    expect(renderTerminal(answer)).not.toContain("Timeline image saved");
    expect(existsSync(out)).toBe(false);
    const text = terminalOutput(answer, { color: false }, path.join(dir, "images"));
    expect(text).toContain(`Timeline image saved to ${out}`);
    expect([...readFileSync(out).subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  });

  it("saves the image in the folder it is given when there is no --out", async () => {
    const images = path.join(dir, "images");
    const text = terminalOutput(runCommand(coverage, "timeline", {}), { color: false }, images);
    const saved = /Timeline image saved to (\S+)$/.exec(text)?.[1];
    expect(saved && path.resolve(saved).startsWith(images)).toBe(true);
    expect(existsSync(saved!)).toBe(true);
  });

  it("autocompletes event labels within Discord's limits", () => {
    const choices = findCommand("event")!.autocomplete!(coverage, "query", "strike");
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(25);
    for (const c of choices) {
      expect(c.name.length).toBeLessThanOrEqual(100);
      expect(c.value.length).toBeLessThanOrEqual(100);
    }
  });
});

describe("the seed dev questions", () => {
  let seeds: Coverage;
  beforeAll(async () => {
    seeds = buildCoverage(await loadCorpus("seeds"));
  });
  it("dates the Caribbean strike and ties 11 killed to it", () => {
    const a = runCommand(seeds, "event", { query: "Caribbean strike" }) as EventAnswer;
    expect(a.events[0]!.date).toBe("2025-09-02");
    expect(a.events[0]!.figures.map((f) => f.value)).toContain("11");
    expect(new Set(a.events[0]!.sources.map((s) => s.docId)).size).toBeGreaterThanOrEqual(3);
  });
  it("dates Rubio's implementation group announcement", () => {
    const a = runCommand(seeds, "event", { query: "high-level implementation group" }) as EventAnswer;
    expect(a.events[0]!.date).toBe("2025-09-03");
    expect(a.events[0]!.actors).toContain("Marco Rubio");
  });
  it("renders every seed event card within Discord's limits, pinging no one", () => {
    for (const q of ["strike", "meeting Sheinbaum", "tariffs", "@everyone bust", "troops border"]) {
      const m = renderDiscord(runCommand(seeds, "event", { query: q }));
      expect(limitViolations(m)).toEqual([]);
      expect(JSON.stringify(m)).not.toMatch(/@everyone|@here/);
    }
  });
});

describe("event steps can be switched off by name (the scorers' ablation)", () => {
  const kandahar = (list: CoverageEvent[]) =>
    list.filter((e) => e.kind === "strike" && /Kandahar/.test(e.places.join(" ")));

  it("has one name per step", () => {
    expect(new Set(EVENT_STEP_NAMES).size).toBe(EVENT_STEP_NAMES.length);
  });

  it("keeps two outlets' reports of one strike apart without merge-across-outlets", () => {
    const apart = buildEvents(corpus.articles, coverage.actors, switchOff("events.merge-across-outlets"));
    expect(kandahar(events)).toHaveLength(1);
    expect(kandahar(apart)).toHaveLength(2);
  });

  it("reports no figure conflict without figure-conflicts, and no day without sentence-date", () => {
    const noConflicts = buildEvents(corpus.articles, coverage.actors, switchOff("events.figure-conflicts"));
    expect(kandahar(noConflicts)[0]!.conflicts?.some((c) => c.field === "figure")).toBe(false);
    const undated = buildEvents(corpus.articles, coverage.actors, switchOff("events.sentence-date"));
    expect(kandahar(undated)[0]!.date).toBeNull();
    expect(kandahar(events)[0]!.date).toBe("2031-04-08");
  });
});
