// The precomputed answer indexes (quote-index, actor-index, the event postings) change how fast
// answers come, never what they say: every indexed answer equals the full-scan answer it replaced
// (test/reference/, the code as it was) on the seeds, an invented corpus and a synthetic one.
// Each coverage is served with its AnswerIndexes, as the lifecycle serves it. Name lookups
// (autocomplete, suggestions) are MiniSearch's, not a faster full scan: test/unit/name-lookup.test.ts.

import { beforeAll, describe, expect, it } from "vitest";
import { buildVocabulary, generateCorpus, generateQueries, toFileText } from "../../bench/synthetic.ts";
import { actor } from "../../src/answers/actor.ts";
import { event } from "../../src/answers/event.ts";
import { withAnswerIndexes } from "../../src/answers/indexes.ts";
import { quotes } from "../../src/answers/quotes.ts";
import { timeline } from "../../src/answers/timeline.ts";
import { whosaid } from "../../src/answers/whosaid.ts";
import { loadCorpus } from "../../src/corpus/load.ts";
import { buildCoverage, type Coverage } from "../../src/coverage.ts";
import { toJson } from "../../src/render/json.ts";
import { corpusOf } from "../helpers/corpus.ts";
import * as refActor from "../reference/actor.ts";
import * as refEvent from "../reference/event.ts";
import * as refQuotes from "../reference/quotes.ts";
import * as refTimeline from "../reference/timeline.ts";
import * as refWhosaid from "../reference/whosaid.ts";

const INVENTED: Record<string, string> = {
  "i1.txt": `---
outlet: Valley Post
title: Dam deal agreed
published: 2031-04-06
---
Interior Minister Ramón Okafor met Northern Water Authority chief executive Priya Lindqvist on Tuesday in Port Elva to sign the dam agreement.

"We will publish the full inspection report within a month, and every family below the dam will be told what it says," Okafor said at a news conference in Port Elva.

"The spillway is safe," Lindqvist said. "Nobody should leave their homes because of rumours about the northern wall."

The Federal Bureau of Dams (FBD) will inspect the site next week, the ministry said. Senator Tomas Brandt called the deal "a blank cheque for Kestrel Dynamics".
`,
  "i2.txt": `---
outlet: River Times
title: Inspectors find cracks
published: 2031-04-08
---
Inspectors from the FBD found cracks in the northern wall, the agency said on Thursday.

Interior Minister Ramon Okafor told reporters: "We will publish the full inspection report within a month, and every family below the dam will be told."

"Nobody should leave their homes because of rumours," Priya Lindqvist said on Wednesday. Kestrel Dynamics said its engineers were ready to start repairs in May.

Elias Brandt, a hydrologist, said: "The cracks are older than the dam's own records suggest, and the repairs will cost far more than the ministry admits."
`,
  "i3.txt": `---
outlet: Hill Herald
title: Minister visits dam
published: 2031-04-09
---
Interior Minister Ramone Okafor visited the dam on Wednesday with Tomas Brandt.

"The cracks are older than the dam's own records suggest," Elias Brandt told the Hill Herald. "The repairs will cost far more than the ministry admits," he said.

Priya Lindqvist of the Northern Water Authority said the spillway would be finished by winter. "The spillway is safe," she said.
`,
};

function syntheticCoverage(passages: number, seed: number): { coverage: Coverage; questions: string[] } {
  const vocabulary = buildVocabulary();
  const files: Record<string, string> = {};
  for (const a of generateCorpus({ passages, seed, vocabulary })) files[`${a.docId}.txt`] = toFileText(a);
  const questions = generateQueries(60, seed, vocabulary).map((q) => q.text);
  return { coverage: withAnswerIndexes(buildCoverage(corpusOf(files))), questions };
}

/** Questions for /whosaid: whole quotations, parts of them, pastes around them, near misses. */
function quotationQueries(coverage: Coverage, extra: readonly string[]): string[] {
  const out = [...extra, "the", "said the", "we will", "nothing like this was ever said anywhere"];
  coverage.quotes.forEach((q, i) => {
    if (i % 3 !== 0 && coverage.quotes.length > 60) return;
    const w = q.text.split(/\s+/);
    out.push(q.text);
    out.push(w.slice(1, 6).join(" "));
    out.push(w.slice(0, 3).join(" "));
    out.push(`as they put it ${q.text} on the day`);
    out.push(
      w
        .filter((_, j) => j % 4 !== 1)
        .reverse()
        .join(" "),
    );
  });
  return out.filter((q) => q.trim() !== "");
}

/** Names for /actor and /quotes: every actor's aliases, their words, typos, prefixes, strangers. */
function nameQueries(coverage: Coverage): string[] {
  const out = [
    "Nobody Atall",
    "Zzyzx",
    "the",
    "Minister",
    "Dr",
    "Sen. Brandt",
    "Mr Okafor",
    "okafr",
    "lindqvst",
  ];
  coverage.actors.actors.forEach((a, i) => {
    if (i % 2 !== 0 && coverage.actors.actors.length > 80) return;
    out.push(a.name, a.name.toLowerCase());
    for (const al of a.aliases) out.push(al.text);
    const words = a.name.split(" ");
    out.push(words[words.length - 1]!, words[0]!);
    out.push(`${a.name.slice(0, -1)}x`, a.name.slice(0, 4), a.name.slice(1, 5));
  });
  return [...new Set(out)].filter((n) => n.trim() !== "");
}

function expectSameAnswers(coverage: Coverage, questions: readonly string[]): void {
  for (const q of quotationQueries(coverage, questions)) {
    expect(whosaid(coverage, q), `/whosaid ${q}`).toEqual(refWhosaid.whosaid(coverage, q));
    expect(whosaid(coverage, q, 10), `/whosaid ${q} (10)`).toEqual(refWhosaid.whosaid(coverage, q, 10));
  }
  const names = nameQueries(coverage);
  for (const n of names) {
    expect(actor(coverage, n), `/actor ${n}`).toEqual(refActor.actor(coverage, n));
    expect(quotes(coverage, n), `/quotes ${n}`).toEqual(refQuotes.quotes(coverage, n));
    expect(quotes(coverage, n, 2), `/quotes ${n} 2`).toEqual(refQuotes.quotes(coverage, n, 2));
    expect(timeline(coverage, n), `/timeline ${n}`).toEqual(refTimeline.timeline(coverage, n));
  }
  // Asked twice: the memoised profile is the same and callers cannot change it.
  for (const n of names.slice(0, 5)) {
    const first = actor(coverage, n);
    if ("actor" in first && first.actor) first.actor.statements.length = 0;
    expect(actor(coverage, n)).toEqual(refActor.actor(coverage, n));
  }
  expect(quotes(coverage, undefined)).toEqual(refQuotes.quotes(coverage, undefined));
  const eventQueries = [
    ...questions,
    ...coverage.events.slice(0, 40).flatMap((e) => [e.label, e.actors.join(" ")]),
  ];
  for (const q of eventQueries.filter((x) => x.trim() !== "")) {
    expect(event(coverage, q), `/event ${q}`).toEqual(refEvent.event(coverage, q));
    expect(timeline(coverage, q), `/timeline ${q}`).toEqual(refTimeline.timeline(coverage, q));
  }
  expect(timeline(coverage, undefined)).toEqual(refTimeline.timeline(coverage, undefined));
  // The JSON lists every event and every source, which the answers hold a page of.
  for (const q of [undefined, ...eventQueries.slice(0, 5)])
    expect(toJson(timeline(coverage, q)), `/timeline ${q} JSON`).toEqual(
      toJson(refTimeline.timeline(coverage, q)),
    );
  for (const q of eventQueries.slice(0, 5))
    expect(toJson(event(coverage, q)), `/event ${q} JSON`).toEqual(toJson(refEvent.event(coverage, q)));
}

describe("indexed answers equal the full-scan answers", () => {
  let seeds: Coverage;
  beforeAll(async () => {
    seeds = withAnswerIndexes(buildCoverage(await loadCorpus("seeds")));
  });

  it("on the seeds", () => {
    expect(seeds.quotes.length).toBeGreaterThan(10);
    expectSameAnswers(seeds, [
      "who said the tariffs would hurt farmers",
      "what happened with the strike",
      "Rubio",
      "said in a statement",
    ]);
  });

  it("on an invented corpus with quotations carried by several outlets", () => {
    const coverage = withAnswerIndexes(buildCoverage(corpusOf(INVENTED)));
    const answer = whosaid(coverage, "the spillway is safe");
    expect("matches" in answer && answer.matches[0]?.sources.length).toBe(2);
    expectSameAnswers(coverage, ["publish the full inspection report", "cracks older than the records"]);
  });

  it("on a wire quotation printed word for word by many outlets, some with more or less of it", () => {
    const files: Record<string, string> = {};
    const quote = "The harbour will reopen to cargo ships on Monday once the divers have cleared the channel";
    for (let i = 0; i < 60; i++) {
      const said =
        i % 10 === 3
          ? `${quote}, and the fishing fleet will follow a day later`
          : i % 10 === 7
            ? quote.split(" ").slice(0, 9).join(" ")
            : quote;
      files[`w${i}.txt`] =
        `---\noutlet: Outlet ${i % 12}\ntitle: Harbour story ${i}\npublished: 2031-05-${String(1 + (i % 28)).padStart(2, "0")}\n---\n` +
        `"${said}," harbour master Ines Varga said on Friday.\n`;
    }
    const coverage = withAnswerIndexes(buildCoverage(corpusOf(files)));
    const answer = whosaid(coverage, "the harbour will reopen to cargo ships");
    expect("matches" in answer && answer.matches[0]?.sources.length).toBeGreaterThan(40);
    expectSameAnswers(coverage, [
      "harbour will reopen",
      "the fishing fleet will follow",
      "divers have cleared the channel",
    ]);
  });

  it("on a synthetic corpus", () => {
    const { coverage, questions } = syntheticCoverage(300, 7);
    expect(coverage.quotes.length).toBeGreaterThan(50);
    expectSameAnswers(coverage, questions);
  }, 120_000);
});
