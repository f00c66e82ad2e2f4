// `npm run eval -- timeml [--errors] [--json] [--ablate]`: our date resolver against the TimeML AQUAINT
// TIMEX3 values (issue #15), chrono-node beside it on the same sentences, and the share of
// day-anchored gold EVENTs the timeline (buildEvents over the 73 articles) places on their day.

import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import * as chrono from "chrono-node";
import { buildActorModel } from "../analysis/actors/index.ts";
import { findTimeExpressions } from "../analysis/dates/index.ts";
import { buildEvents } from "../analysis/events/index.ts";
import { ALL_STEPS, type StepSwitches } from "../analysis/steps.ts";
import { buildArticle } from "../corpus/article.ts";
import type { Article } from "../types.ts";
import { dataSet } from "./data-dir.ts";
import { type ErrorClass, spreadExamples } from "./error-classes.ts";
import { timemlAblation } from "./timeml-ablate.ts";
import { classifyTimeErrors } from "./timeml-errors.ts";
import { readTimeml, type TimemlDoc } from "./timeml-read.ts";
import {
  type DatedEvent,
  type DocPrediction,
  datedEvents,
  type MissReason,
  type PredictedTime,
  scoreDatedEvents,
  scoreResolver,
} from "./timeml-score.ts";

export const TIMEML_DIR = process.env.TIMEML_DIR ?? dataSet("timeml-aquaint").dir;

export function readTimemlDir(dir: string): TimemlDoc[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".tml"))
    .sort()
    .map((f) => readTimeml(f.replace(/\.tml$/, ""), readFileSync(path.join(dir, f), "utf8")));
}

export function timemlArticle(doc: TimemlDoc): Article | null {
  const r = buildArticle(`${doc.docId}.txt`, doc.text, { published: doc.dct, outlet: doc.docId.slice(0, 3) });
  return r.ok ? r.article : null;
}

const sentencesOf = (a: Article) => a.paragraphs.flatMap((p) => p.sentences);

/** Our resolver, sentence by sentence, published = the creation day. */
export function ourTimes(
  doc: TimemlDoc,
  article: Article,
  switches: StepSwitches = ALL_STEPS,
): PredictedTime[] {
  return sentencesOf(article).flatMap((s) =>
    findTimeExpressions(article.text.slice(s.start, s.end), doc.dct, switches).map((t) => ({
      start: s.start + t.start,
      end: s.start + t.end,
      text: t.text,
      day: t.granularity === "day" ? t.date : null,
    })),
  );
}

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

/** chrono-node on the same sentences; day-valued when it knows the day or the weekday. */
export function chronoTimes(doc: TimemlDoc, article: Article): PredictedTime[] {
  const [y, m, d] = doc.dct.split("-").map(Number) as [number, number, number];
  const ref = new Date(y, m - 1, d, 12);
  return sentencesOf(article).flatMap((s) =>
    chrono.parse(article.text.slice(s.start, s.end), ref).map((r) => {
      const c = r.start;
      const dayKnown = c.isCertain("day") || c.isCertain("weekday");
      return {
        start: s.start + r.index,
        end: s.start + r.index + r.text.length,
        text: r.text,
        day: dayKnown ? `${pad(c.get("year")!, 4)}-${pad(c.get("month")!)}-${pad(c.get("day")!)}` : null,
      };
    }),
  );
}

type Miss = DatedEvent & { reason: MissReason; got: string[] };

/** Dated gold EVENTs the timeline missed, by why (REPORTING events apart: never timeline events). */
function eventMissTable(misses: Miss[], byDoc: Map<string, Article>): ErrorClass[] {
  const classes = new Map<string, ErrorClass>();
  for (const g of misses) {
    const name = `dated event: ${g.reason}${g.cls === "REPORTING" ? " (REPORTING)" : ""}`;
    const c = classes.get(name) ?? { name, count: 0, examples: [] };
    c.count++;
    const text = byDoc.get(g.docId)?.text ?? "";
    const got = g.got.length ? ` got ${g.got.join(", ")}` : "";
    c.examples.push(
      `${g.docId} «${g.text}» (${g.cls}) on ${g.day} («${g.timex.text}»)${got} …${text.slice(Math.max(0, g.start - 60), g.end + 40).replace(/\s+/g, " ")}…`,
    );
    classes.set(name, c);
  }
  return spreadExamples([...classes.values()], 4);
}

export async function runTimeml(args: readonly string[]): Promise<void> {
  const t0 = performance.now();
  const docs = readTimemlDir(TIMEML_DIR);
  const pairs = docs.flatMap((doc) => {
    const article = timemlArticle(doc);
    return article ? [{ doc, article }] : [];
  });
  if (args.includes("--ablate")) {
    process.stdout.write(`${await timemlAblation(pairs, ourTimes)}\n`);
    return;
  }
  const ours: DocPrediction[] = pairs.map(({ doc, article }) => ({ doc, times: ourTimes(doc, article) }));
  const theirs: DocPrediction[] = pairs.map(({ doc, article }) => ({
    doc,
    times: chronoTimes(doc, article),
  }));
  const articles = pairs.map((p) => p.article);
  const events = buildEvents(articles, buildActorModel(articles));
  const gold = pairs.flatMap((p) => datedEvents(p.doc));
  const misses: Miss[] = [];
  const result = {
    articles: pairs.length,
    skipped: docs.length - pairs.length,
    resolver: scoreResolver(ours),
    chrono: scoreResolver(theirs),
    datedEvents: { ...scoreDatedEvents(gold, events, misses), timelineEvents: events.length },
    ms: Math.round(performance.now() - t0),
  };
  const byDoc = new Map(articles.map((a) => [a.docId, a]));
  const errors = args.includes("--errors")
    ? [...classifyTimeErrors(ours), ...eventMissTable(misses, byDoc)]
    : null;
  if (args.includes("--json")) {
    process.stdout.write(`${JSON.stringify({ ...result, errors })}\n`);
    return;
  }
  const line = (label: string, s: typeof result.resolver) =>
    `  ${label.padEnd(12)} P ${s.precision} (strict ${s.precisionStrict})  day accuracy ${s.dayAccuracy}  R ${s.recall}  (gold ${s.goldDay}, found ${s.goldFound}, right ${s.goldCorrect}; predicted ${s.predictedDay}, on gold ${s.predictedDayOverlapping})`;
  const e = result.datedEvents;
  const out = [
    `TimeML AQUAINT: ${result.articles} articles${result.skipped ? ` (${result.skipped} unreadable)` : ""}, day-valued TIMEX3`,
    line("ours", result.resolver),
    line("chrono-node", result.chrono),
    `dated-event recall ${e.recall} (${e.hit}/${e.gold} gold EVENTs on their TLINKed day; ${e.inAnyEvent} in some event's sentence; ${e.timelineEvents} timeline events)`,
    `  without REPORTING events ${e.recallNonReporting} (${e.hitNonReporting}/${e.goldNonReporting})`,
    `dated-event recall, strict ${e.recallStrict} (${e.hitStrict}/${e.gold}: on its day, and a cited sentence of that event holds the TLINKed TIMEX3)`,
    `  looser, a cited sentence holds a TIMEX3 of that day ${e.recallDayWords}; stricter, the EVENT and its TIMEX3 in one cited sentence ${e.recallSameSentence}`,
    `elapsed ${result.ms} ms`,
  ];
  for (const c of errors ?? []) {
    out.push(`\n${c.count.toString().padStart(5)}  ${c.name}`);
    for (const x of c.examples) out.push(`       ${x}`);
  }
  process.stdout.write(`${out.join("\n")}\n`);
}
