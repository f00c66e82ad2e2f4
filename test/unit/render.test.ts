import { beforeAll, describe, expect, it } from "vitest";
import { runCommand } from "../../src/answers/registry.ts";
import type { Answer, AskAnswer } from "../../src/answers/types.ts";
import { loadCorpus } from "../../src/corpus/load.ts";
import { buildCoverage, type Coverage } from "../../src/coverage.ts";
import { renderDiscord } from "../../src/render/discord.ts";
import { renderJson } from "../../src/render/json.ts";
import { limitViolations } from "../../src/render/limits.ts";
import { renderTerminal } from "../../src/render/terminal.ts";
import type { SourceRef } from "../../src/types.ts";

let coverage: Coverage;
beforeAll(async () => {
  coverage = buildCoverage(await loadCorpus("seeds"));
});

const queries = [
  "What did the White House post about the strike?",
  "cartels Mexico cooperation security Rubio Sheinbaum Trump strike",
  "@everyone @here <@123456789012345678> <@&123456789012345678> strike",
  "**bold** _it_ ~~s~~ `c` > quote | spoiler",
  "x".repeat(5000),
  "",
  "🔥🔥🔥",
];

describe("every rendered reply fits Discord and pings no one", () => {
  it("for the commands over many queries", () => {
    const answers: Answer[] = [
      ...queries.map((q) => runCommand(coverage, "ask", { question: q })),
      ...queries.map((q) => runCommand(coverage, "ask", { question: q, limit: 10 })),
      runCommand(coverage, "sources", {}),
      runCommand(coverage, "help", {}),
      runCommand(coverage, "nope", {}),
    ];
    for (const a of answers) {
      const m = renderDiscord(a);
      expect(limitViolations(m), JSON.stringify(a).slice(0, 200)).toEqual([]);
      expect(m.allowed_mentions).toEqual({ parse: [] });
      const text = JSON.stringify(m);
      expect(text).not.toMatch(/@everyone|@here|<@&?\d+>/);
    }
  });

  it("an oversized synthetic answer is trimmed to fit", () => {
    const ref: SourceRef = {
      docId: "d",
      passageId: "d:0",
      outlet: "O".repeat(300),
      url: "https://example.org/x",
      published: "2031-01-01",
      start: 0,
      end: 1,
    };
    const big: AskAnswer = {
      command: "ask",
      query: "q".repeat(300),
      results: Array.from({ length: 10 }, () => ({
        docId: "d",
        passageId: "d:0",
        text: "word ".repeat(800),
        score: 1,
        outlet: ref.outlet,
        url: ref.url,
        published: ref.published,
        start: 0,
        end: 4000,
        title: "T",
        highlights: [[0, 4]],
        sources: Array.from({ length: 6 }, () => ref),
      })),
    };
    expect(limitViolations(renderDiscord(big))).toEqual([]);
  });

  it("cites with masked links and link buttons", () => {
    const m = renderDiscord(runCommand(coverage, "ask", { question: "32 governors security forum" }));
    expect(m.embeds[0]!.description).toMatch(
      /\[Associated Press\]\(https:\/\/www\.springfieldnewssun\.com\/[^)]+\) · 2025-09-02/,
    );
    const button = m.components[0]!.components[0] as { url?: string; style: number };
    expect(button.url).toMatch(/^https:\/\//);
  });

  it("terminal and JSON faces carry the same citation", () => {
    const a = runCommand(coverage, "ask", { question: "32 governors security forum" });
    const json = JSON.parse(renderJson(a));
    expect(json.results[0]).toMatchObject({ outlet: "Associated Press", published: "2025-09-02" });
    expect(renderTerminal(a)).toContain(json.results[0].url);
  });
});
