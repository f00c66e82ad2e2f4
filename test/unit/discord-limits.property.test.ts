// Any text — mentions, @everyone, zero-width and bidi characters, markdown, emoji, escapes — in
// a query or an article gives a reply inside every Discord limit, with no live mention and no
// invisible control left. Checked with the loopback Discord's own validator.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { AskAnswer, SourcesAnswer } from "../../src/answers/types.ts";
import { finalize } from "../../src/discord/routing.ts";
import { type DiscordMessage, renderDiscord } from "../../src/render/discord.ts";
import { Issues, validateMessage } from "../fixtures/discord/validate.ts";

const PIECES = [
  "<@1>",
  "<@&22>",
  "<@!333>",
  "<@",
  "@everyone",
  "@here",
  "@",
  "\u200b",
  "\u200e",
  "\u202e",
  "\u2066",
  "\ufeff",
  "\u001b]0;owned\u0007",
  "*",
  "_",
  "\\",
  "`",
  ")",
  "[x](https://a.example/)",
  " ",
  "\n",
  "é",
  "😀",
  "word",
];
const hostile = (maxLength: number) =>
  fc
    .array(
      fc.oneof(
        fc.constantFrom(...PIECES),
        fc.string({ maxLength: 8 }),
        fc.string({ unit: "grapheme", maxLength: 4 }),
      ),
      {
        maxLength,
      },
    )
    .map((a) => a.join(""));
const urlish = fc.oneof(fc.constant(null), fc.webUrl(), fc.constant("javascript:alert(1)"), hostile(10));

function problems(m: DiscordMessage): string[] {
  const issues = new Issues();
  validateMessage(JSON.parse(JSON.stringify({ ...m, files: undefined })), [], issues);
  const out = issues.list.map((i) => `${i.path.join(".")}: ${i.error.message}`);
  const texts = [
    m.content ?? "",
    ...m.embeds.flatMap((e) => [
      e.title ?? "",
      e.description ?? "",
      e.footer?.text ?? "",
      e.author?.name ?? "",
      ...(e.fields ?? []).flatMap((f) => [f.name, f.value]),
    ]),
  ];
  for (const t of texts) {
    if (/<@[!&]?\d/.test(t) || /@(everyone|here)/.test(t)) out.push(`live mention in ${JSON.stringify(t)}`);
    if (/[\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff\u001b]/.test(t)) out.push("invisible control left");
  }
  for (const row of m.components)
    for (const c of row.components) {
      const url = (c as { url?: string }).url;
      if (url !== undefined && !/^https?:\/\//.test(url)) out.push(`unsafe link ${url}`);
    }
  if (m.allowed_mentions.parse.length !== 0) out.push("allowed_mentions not empty");
  return out;
}

const ref = fc.record({
  docId: hostile(20),
  passageId: hostile(20),
  outlet: fc.option(hostile(60)),
  url: urlish,
  published: fc.option(hostile(12)),
  start: fc.nat(),
  end: fc.nat(),
});

describe("every reply fits Discord, whatever the text", () => {
  it("/ask", () => {
    const excerpt = fc.record({
      docId: hostile(20),
      passageId: hostile(20),
      text: hostile(300),
      score: fc.double({ noNaN: true }),
      outlet: fc.option(hostile(60)),
      url: urlish,
      published: fc.option(hostile(12)),
      start: fc.nat(),
      end: fc.nat(),
      title: hostile(100),
      highlights: fc.array(fc.tuple(fc.nat(300), fc.nat(300)), { maxLength: 5 }),
      sources: fc.array(ref, { minLength: 1, maxLength: 6 }),
    });
    const answer = fc.record({
      command: fc.constant("ask" as const),
      query: hostile(400),
      results: fc.array(excerpt, { maxLength: 10 }),
    });
    fc.assert(
      fc.property(answer, (a) => {
        expect(problems(finalize(renderDiscord(a as AskAnswer)))).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it("/sources, with titles full of mentions", () => {
    const entry = fc.record({
      docId: hostile(40),
      outlet: fc.option(hostile(80)),
      title: hostile(300),
      url: urlish,
      published: fc.option(hostile(12)),
      passages: fc.nat(),
    });
    const answer = fc.record({
      command: fc.constant("sources" as const),
      page: fc.nat(),
      pages: fc.nat(),
      total: fc.nat(),
      sources: fc.array(entry, { maxLength: 25 }),
      skipped: fc.array(fc.record({ file: hostile(40), reason: hostile(60) }), { maxLength: 30 }),
    });
    fc.assert(
      fc.property(answer, (a) => {
        expect(problems(finalize(renderDiscord(a as SourcesAnswer)))).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it("the cases from issue #18: a query of repeated mentions, 25 titles of many <@1>", () => {
    const ask = finalize(renderDiscord({ command: "ask", query: "<@x ".repeat(80), results: [] }));
    expect(problems(ask)).toEqual([]);
    const sources = finalize(
      renderDiscord({
        command: "sources",
        page: 1,
        pages: 2,
        total: 30,
        skipped: [],
        sources: Array.from({ length: 25 }, (_, i) => ({
          docId: `d${i}`,
          outlet: "Outlet",
          title: "<@1>".repeat(80),
          url: "https://example.org/a",
          published: "2031-01-01",
          passages: 3,
        })),
      }),
    );
    expect(problems(sources)).toEqual([]);
    expect(sources.embeds[0]!.fields).toHaveLength(25);
  });

  it("any message handed to finalize directly", () => {
    const embed = fc.record(
      {
        title: hostile(300),
        description: hostile(5000),
        footer: fc.record({ text: hostile(2100) }),
        author: fc.record({ name: hostile(300) }),
        fields: fc.array(fc.record({ name: hostile(300), value: hostile(1100) }), { maxLength: 30 }),
      },
      { requiredKeys: [] },
    );
    const msg = fc.record({
      content: fc.option(hostile(2100), { nil: undefined }),
      embeds: fc.array(embed, { maxLength: 12 }),
    });
    fc.assert(
      fc.property(msg, (m) => {
        const out = finalize({ ...m, components: [], allowed_mentions: { parse: [] } } as DiscordMessage);
        expect(problems(out)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});
