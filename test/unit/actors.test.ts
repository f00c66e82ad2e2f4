import { beforeAll, describe, expect, it } from "vitest";
import { buildActorModel } from "../../src/analysis/actors/index.ts";
import { actor } from "../../src/answers/actor.ts";
import type { ActorAnswer, ActorsAnswer } from "../../src/answers/actor-types.ts";
import { ACTORS_PAGE_SIZE, actorChoices, actors } from "../../src/answers/actors.ts";
import { runCommand } from "../../src/answers/registry.ts";
import { loadCorpus } from "../../src/corpus/load.ts";
import { buildCoverage, type Coverage } from "../../src/coverage.ts";
import { createRouter } from "../../src/discord/router.ts";
import { renderDiscord } from "../../src/render/discord.ts";
import { limitViolations } from "../../src/render/limits.ts";
import { renderTerminal } from "../../src/render/terminal.ts";
import type { ActorModel } from "../../src/types.ts";
import { corpusOf } from "../helpers/corpus.ts";

// Invented articles: names, titles and organisations that appear nowhere in the seeds.
const FILES: Record<string, string> = {
  "a1.txt": `---
outlet: Valley Post
title: Dam deal agreed
url: https://example.org/dam
published: 2031-04-06
byline: Maria Gonzalez
---
By Maria Gonzalez

Interior Minister Ramón Okafor met Northern Water Authority chief executive Priya Lindqvist on Tuesday in Port Elva to sign the dam agreement.

Okafor said the Northern Water Authority would publish its report within a month. Lindqvist’s engineers welcomed the move.

The Federal Bureau of Dams (FBD) will inspect the site next week, the ministry said. Ms Lindqvist, the authority's chief executive, said she was pleased with the deal.

Senator Tomas Brandt and Dr Elias Brandt, a hydrologist, questioned the cost of the repairs.

Kestrel Dynamics Inc will build the new spillway.
`,
  "a2.txt": `---
outlet: River Times
title: Inspectors find cracks
published: 2031-04-08
---
Inspectors from the FBD found cracks in the northern wall, the agency said on Thursday.

Interior Minister Ramon Okafor told reporters the repairs would start in May. Okafor said the government would pay for them.

Kestrel Dynamics said its engineers were ready. Elias Brandt said the cracks were older than the dam's records suggest.
`,
  "a3.txt": `---
outlet: Hill Herald
title: Minister visits dam
published: 2031-04-09
---
Interior Minister Ramone Okafor visited the dam on Wednesday with Tomas Brandt.

Priya Lindqvist of the Northern Water Authority said the spillway would be finished by winter.
`,
};

let model: ActorModel;
let coverage: Coverage;
beforeAll(() => {
  const corpus = corpusOf(FILES);
  model = buildActorModel(corpus.articles);
  coverage = buildCoverage(corpus);
});

const names = () => model.actors.map((a) => a.name);

describe("recognising actors in news prose", () => {
  it("finds people after titles and organisations by their heads", () => {
    expect(names()).toEqual(
      expect.arrayContaining([
        "Ramón Okafor",
        "Priya Lindqvist",
        "Northern Water Authority",
        "Federal Bureau of Dams",
        "Tomas Brandt",
        "Elias Brandt",
      ]),
    );
    expect(model.resolve("Okafor")?.kind).toBe("person");
    expect(model.resolve("Northern Water Authority")?.kind).toBe("organization");
    expect(model.resolve("Kestrel Dynamics")?.kind).toBe("organization");
  });

  it("does not take places, days or bylines for actors", () => {
    for (const n of ["Port Elva", "Tuesday", "Maria Gonzalez", "Gonzalez", "Thursday", "May"]) {
      expect(model.resolve(n), n).toBeNull();
    }
  });

  it("keeps roles as descriptions and ids as stable slugs", () => {
    const okafor = model.resolve("Ramon Okafor")!;
    expect(okafor.id).toBe("person:ramon-okafor");
    expect(okafor.descriptions.map((d) => d.text)).toContain("Interior Minister");
    expect(
      model
        .resolve("Priya Lindqvist")!
        .descriptions.map((d) => d.text)
        .join("|"),
    ).toMatch(/chief executive/);
    expect(model.resolve("Federal Bureau of Dams")!.id).toBe("organization:federal-bureau-of-dams");
  });

  it("mentions are exact spans: surnames, possessives without ’s, honorifics left out", () => {
    const a1 = coverage.articles.get("a1")!;
    const lind = model.resolve("Lindqvist")!;
    const spans = model
      .mentionsIn("a1")
      .filter((m) => m.actorId === lind.id && m.via !== "pronoun" && m.via !== "role");
    for (const m of spans) expect(a1.text.slice(m.start, m.end)).toBe(m.text);
    expect(spans.map((m) => m.text)).toEqual(["Priya Lindqvist", "Lindqvist", "Lindqvist"]);
    const at = a1.text.indexOf("Lindqvist’s");
    expect(model.mentionAt("a1", at, at + 9)?.actorId).toBe(lind.id);
    // "she" right after Ms Lindqvist is her
    const she = a1.text.indexOf("she was pleased");
    expect(model.mentionAt("a1", she, she + 3)).toMatchObject({ actorId: lind.id, via: "pronoun" });
  });
});

describe("one actor per real actor across articles", () => {
  it("folds diacritics and joins a misspelt first name with the same surname and role", () => {
    const okafor = model.resolve("Ramón Okafor")!;
    expect(model.resolve("Ramon Okafor")).toBe(okafor);
    expect(model.resolve("Ramone Okafor")).toBe(okafor);
    expect(okafor.name).toBe("Ramón Okafor");
    expect(okafor.documents.sort()).toEqual(["a1", "a2", "a3"]);
    const aliases = okafor.aliases.map((a) => a.text);
    expect(aliases).toEqual(expect.arrayContaining(["Okafor", "Ramón Okafor", "Ramon Okafor"]));
    expect(okafor.aliases.find((a) => a.text === "Okafor")!.docIds.sort()).toEqual(["a1", "a2"]);
  });

  it("links an acronym introduced later to the full name", () => {
    const fbd = model.resolve("FBD")!;
    expect(fbd).toBe(model.resolve("Federal Bureau of Dams"));
    expect(fbd.documents.sort()).toEqual(["a1", "a2"]);
  });

  it("keeps two people with the same surname apart", () => {
    const tomas = model.resolve("Tomas Brandt")!;
    const elias = model.resolve("Elias Brandt")!;
    expect(tomas.id).not.toBe(elias.id);
    expect(tomas.documents.sort()).toEqual(["a1", "a3"]);
    // a bare "Brandt" is ambiguous and is not given to either
    expect(model.resolve("Brandt")).toBeNull();
  });

  it("joins a company's short name to its full name", () => {
    const k = model.resolve("Kestrel Dynamics Inc")!;
    expect(model.resolve("Kestrel Dynamics")).toBe(k);
    expect(k.documents.sort()).toEqual(["a1", "a2"]);
  });
});

describe("/actor and /actors", () => {
  it("profiles an actor with cited statements that slice the original text", () => {
    const a = actor(coverage, "Okafor") as ActorAnswer;
    expect(a.actor?.name).toBe("Ramón Okafor");
    expect(a.actor?.descriptions).toContain("Interior Minister");
    expect(a.actor!.statements.length).toBeGreaterThan(0);
    for (const s of a.actor!.statements) {
      for (const r of s.sources)
        expect(coverage.articles.get(r.docId)!.text.slice(r.start, r.end)).toBe(s.text);
    }
    expect(a.actor!.related.map((r) => r.name)).toContain("Priya Lindqvist");
  });

  it("answers null with close names for a typo, never a made-up profile", () => {
    const a = actor(coverage, "Lindqvst") as ActorAnswer;
    expect(a.actor).toBeNull();
    expect(a.suggestions).toContain("Priya Lindqvist");
    const b = actor(coverage, "Zebulon Quartermaine") as ActorAnswer;
    expect(b.actor).toBeNull();
    expect(runCommand(coverage, "actor", {})).toHaveProperty("error");
  });

  it("lists actors by prominence", () => {
    const list = (actors(coverage) as ActorsAnswer).actors;
    expect(list[0]!.mentions).toBeGreaterThanOrEqual(list[list.length - 1]!.mentions);
    expect(list.find((x) => x.name === "Ramón Okafor")?.documents).toHaveLength(3);
  });

  it("pages through a coverage naming many actors, with page buttons in Discord", async () => {
    const first = ["Alma", "Bruno", "Celia", "Dario", "Elena", "Fabio", "Greta", "Hugo", "Ines", "Jonas"];
    const last = ["Arkwright", "Belmonte", "Castellan", "Dunmore", "Everly", "Falkner", "Grimaldi"];
    const lines = first.flatMap((f, i) =>
      last.map(
        (l, j) =>
          `Senator ${f} ${l} voted against the bill.${i + j === 0 ? " Alma Arkwright spoke first." : ""}`,
      ),
    );
    const cov = buildCoverage(corpusOf({ "m.txt": `${lines.join("\n\n")}\n` }));
    const one = actors(cov) as ActorsAnswer;
    expect(one.total).toBe(70);
    expect(one.pages).toBe(2);
    expect(one.actors[0]!.name).toBe("Alma Arkwright"); // named twice: first
    const two = runCommand(cov, "actors", { page: 2 }) as ActorsAnswer;
    expect(two.actors).toHaveLength(70 - ACTORS_PAGE_SIZE);
    const names = [...one.actors, ...two.actors].map((a) => a.name);
    expect(new Set(names).size).toBe(70);
    expect(renderTerminal(two)).toMatch(new RegExp(`^\\s*${ACTORS_PAGE_SIZE + 1}\\. `, "m"));
    expect(runCommand(cov, "actors", { page: 3 })).toEqual({
      command: "actors",
      error: "There are only 2 pages of actors.",
    });
    expect(runCommand(cov, "actors", { page: 0 })).toHaveProperty("error");
    expect((runCommand(cov, "actors", { page: "all" }) as ActorsAnswer).actors).toHaveLength(70);
    expect(renderTerminal(two)).toMatch(/\(person\) · 1 mention, 1 article$/m);
    expect(renderDiscord(one).embeds[0]!.footer?.text).toMatch(/^Page 1 of 2 · 70 actors/);
    // Discord: a Next button that opens page 2 for the person who asked.
    const router = createRouter({ coverage: cov });
    const message = await router.command("actors", {}, { userId: "42" });
    const ids = message.components.flatMap((row) =>
      row.components.flatMap((c) => ("custom_id" in c && c.custom_id ? [c.custom_id] : [])),
    );
    expect(ids).toContain("page:actors:42:2:");
    const click = await router.button("page:actors:42:2:", { userId: "42" });
    expect(click.kind).toBe("update");
    expect(click.message.embeds[0]!.footer?.text).toMatch(/^Page 2 of 2/);
  });

  it("autocompletes on any alias, at most 25 choices of at most 100 characters", () => {
    expect(actorChoices(coverage, "lind")[0]?.name).toBe("Priya Lindqvist");
    expect(actorChoices(coverage, "okaf")[0]?.name).toBe("Ramón Okafor");
    expect(actorChoices(coverage, "FBD")[0]?.name).toBe("Federal Bureau of Dams");
    // many actors, one very long name
    const many: Record<string, string> = {};
    const first = ["Alma", "Bruno", "Celia", "Dario", "Elena", "Fabio", "Greta", "Hugo", "Ines", "Jonas"];
    const last = ["Arkwright", "Belmonte", "Castellan", "Dunmore", "Everly", "Falkner", "Grimaldi"];
    const lines = first.flatMap((f) => last.map((l) => `Senator ${f} ${l} voted against the bill.`));
    many["m.txt"] = `${lines.join("\n\n")}\n\nThe ${"Very ".repeat(30)}Long Name Commission met.\n`;
    const cov = buildCoverage(corpusOf(many));
    for (const partial of ["", "a", "sen", "long", "zzzz"]) {
      const choices = actorChoices(cov, partial);
      expect(choices.length).toBeLessThanOrEqual(25);
      for (const c of choices) {
        expect(c.name.length).toBeLessThanOrEqual(100);
        expect(c.value.length).toBeLessThanOrEqual(100);
      }
    }
    expect(actorChoices(cov, "").length).toBe(25);
  });
});

describe("rendering /actor", () => {
  it("fits Discord's limits and pings no one", async () => {
    const seeds = buildCoverage(await loadCorpus("seeds"));
    const answers = [
      ...[
        "Trump",
        "Rubio",
        "Sheinbaum",
        "Tren de Aragua",
        "State Department",
        "Sheinbum",
        "@everyone",
        "",
      ].map((n) => runCommand(seeds, "actor", { name: n })),
      runCommand(seeds, "actors", {}),
      runCommand(coverage, "actor", { name: "Okafor" }),
    ];
    for (const a of answers) {
      const m = renderDiscord(a);
      expect(limitViolations(m), JSON.stringify(a).slice(0, 200)).toEqual([]);
      expect(m.allowed_mentions).toEqual({ parse: [] });
      expect(JSON.stringify(m)).not.toMatch(/@everyone|@here/);
      expect(renderTerminal(a).length).toBeGreaterThan(0);
    }
    const trump = renderDiscord(runCommand(seeds, "actor", { name: "Trump" }));
    expect(trump.embeds[0]!.title).toBe("Donald Trump");
    expect(trump.embeds[0]!.description).toMatch(/\[NewsNation\]\(https:[^)]+\) · 2025-09-03/);
  });

  it("an oversized profile is trimmed to fit", () => {
    const ref = {
      docId: "d",
      passageId: "d:0",
      outlet: "O".repeat(300),
      url: "https://example.org/x",
      published: "2031-01-01",
      start: 0,
      end: 1,
    };
    const big: ActorAnswer = {
      command: "actor",
      query: "q".repeat(300),
      suggestions: [],
      actor: {
        name: "N".repeat(400),
        kind: "person",
        aliases: Array.from({ length: 50 }, () => "alias ".repeat(30)),
        descriptions: Array.from({ length: 50 }, () => "@everyone role ".repeat(30)),
        documents: ["d"],
        mentions: 1,
        quotes: Array.from({ length: 10 }, () => ({
          quote: "word ".repeat(500),
          sources: Array(8).fill(ref),
        })),
        statements: Array.from({ length: 10 }, () => ({
          text: "word ".repeat(500),
          sources: Array(8).fill(ref),
        })),
        related: Array.from({ length: 10 }, (_, i) => ({ name: `R${i} `.repeat(50), count: i })),
      },
    };
    const m = renderDiscord(big);
    expect(limitViolations(m)).toEqual([]);
    expect(JSON.stringify(m)).not.toMatch(/@everyone/);
  });
});
