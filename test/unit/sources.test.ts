// /sources on a coverage larger than one Discord embed: a page at a time, with page buttons in
// Discord and a "More" line in the terminal; skipped files are always listed.

import { describe, expect, it } from "vitest";
import { runCommand } from "../../src/answers/registry.ts";
import { SOURCES_PAGE_SIZE } from "../../src/answers/sources.ts";
import type { SourcesAnswer } from "../../src/answers/types.ts";
import { buildArticle } from "../../src/corpus/article.ts";
import { buildCoverage } from "../../src/coverage.ts";
import { createRouter } from "../../src/discord/router.ts";
import { renderDiscord } from "../../src/render/discord.ts";
import { limitViolations } from "../../src/render/limits.ts";
import { renderTerminal } from "../../src/render/terminal.ts";
import type { Article } from "../../src/types.ts";

const TOWNS = ["Arden", "Brill", "Corran", "Dunmere", "Eske", "Fallow", "Garth", "Hollin", "Iver", "Jessop"];

function coverageOf(n: number) {
  const articles: Article[] = [];
  for (let i = 0; i < n; i++) {
    const town = TOWNS[i % TOWNS.length]!;
    const text = `---\noutlet: Valley Post\ntitle: ${town} council vote ${i + 1}\nurl: https://example.org/${i}\npublished: 2031-05-${String((i % 28) + 1).padStart(2, "0")}\n---\nThe ${town} council voted on the new bridge on Monday after a long debate about its cost.\n`;
    const r = buildArticle(`a${String(i).padStart(3, "0")}.md`, text);
    if (r.ok) articles.push(r.article);
  }
  return buildCoverage({ dir: "mem", articles, warnings: [{ file: "broken.md", reason: "not UTF-8 text" }] });
}

describe("/sources, a page at a time", () => {
  it("pages through every article once, in corpus order, and refuses pages that do not exist", () => {
    const cov = coverageOf(SOURCES_PAGE_SIZE + 5);
    const one = runCommand(cov, "sources", {}) as SourcesAnswer;
    const two = runCommand(cov, "sources", { page: 2 }) as SourcesAnswer;
    expect([one.total, one.pages, one.sources.length, two.sources.length]).toEqual([30, 2, 25, 5]);
    expect([...one.sources, ...two.sources].map((s) => s.title)).toEqual(
      cov.corpus.articles.map((a) => a.displayTitle),
    );
    expect(two.skipped).toEqual([{ file: "broken.md", reason: "not UTF-8 text" }]);
    expect(runCommand(cov, "sources", { page: 3 })).toEqual({
      command: "sources",
      error: "There are only 2 pages of sources.",
    });
    expect(runCommand(cov, "sources", { page: "x" })).toHaveProperty("error");
    // Scripts (CLI `--page all`) can still have every article in one answer.
    const all = runCommand(cov, "sources", { page: "all" }) as SourcesAnswer;
    expect([all.page, all.pages, all.sources.length]).toEqual([1, 1, 30]);
    expect(renderTerminal(one)).toMatch(/^30 articles in the coverage \(page 1 of 2\):/);
    expect(renderTerminal(one)).toMatch(/More: \/sources --page 2$/);
    expect(renderTerminal(two)).not.toMatch(/More:/);
  });

  it("gives Discord one page per message, within its limits, with a Next button for the asker", async () => {
    const cov = coverageOf(60);
    const router = createRouter({ coverage: cov });
    const first = await router.command("sources", {}, { userId: "7" });
    expect(limitViolations(first)).toEqual([]);
    expect(first.embeds[0]!.fields).toHaveLength(SOURCES_PAGE_SIZE);
    expect(first.embeds[0]!.footer?.text).toMatch(/^Page 1 of 3/);
    const ids = first.components.flatMap((row) =>
      row.components.flatMap((c) => ("custom_id" in c && c.custom_id ? [c.custom_id] : [])),
    );
    expect(ids).toContain("page:sources:7:2:");
    const last = await router.button("page:sources:7:3:", { userId: "7" });
    expect(last.kind).toBe("update");
    expect(last.message.embeds[0]!.fields).toHaveLength(10);
    expect((await router.button("page:sources:7:3:", { userId: "8" })).kind).toBe("reply");
    // One article: no page marker at all.
    expect(
      renderDiscord(runCommand(coverageOf(1), "sources", {}) as SourcesAnswer).embeds[0]!.footer,
    ).toBeUndefined();
  });
});
