// Headline questions: the title of each of N articles asked over its corpus, as users ask for
// stories they have seen. Counts the questions /ask answers at all and those whose article (or
// another outlet carrying the same text, or a story under the same headline) is in the top 3;
// then the same with the headline's words reordered and one content word dropped (users do not
// type headlines verbatim). MiniSearch over the same passages, with its defaults and with the
// title as a boosted field, is scored on the same questions in the same run.
// `npm run eval -- headlines [bbc|reuters] [--limit N] [--json] [--errors] [--bot-only]
//  [--title-weights 0,1,2]` (the weights compared, each a fresh index; default: the bot's).

import { readFile } from "node:fs/promises";
import MiniSearch from "minisearch";
import { buildActorModel } from "../analysis/actors/index.ts";
import { ask } from "../answers/ask.ts";
import { withAnswerIndexes } from "../answers/indexes.ts";
import type { AskAnswer } from "../answers/types.ts";
import { buildArticle } from "../corpus/article.ts";
import { readReutersDir, reutersToArticles } from "../corpus/formats/reuters.ts";
import { loadCorpus } from "../corpus/load.ts";
import { buildSearch, type Coverage } from "../coverage.ts";
import { DEFAULT_INDEX_OPTIONS } from "../search/index.ts";
import { termOf } from "../search/tokenize.ts";
import type { Article, Corpus } from "../types.ts";
import { dataSet } from "./data-dir.ts";
import { mulberry32 as random } from "./random.ts";

export interface HeadlineQuestion {
  docId: string;
  headline: string;
  /** The headline reordered with one content word dropped. */
  loose: string;
}

/** The headline's words shuffled, minus one word that is not a stopword (when it has two). */
export function loosen(headline: string, seed: number): string {
  const rnd = random(seed);
  const words = headline.split(/\s+/).filter(Boolean);
  const content = words.map((w, i) => (termOf(w.replace(/^\W+|\W+$/g, "")) ? i : -1)).filter((i) => i >= 0);
  if (content.length >= 2) words.splice(content[Math.floor(rnd() * content.length)]!, 1);
  for (let i = words.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [words[i], words[j]] = [words[j]!, words[i]!];
  }
  return words.join(" ");
}

/** The headline a reader saw: the metadata title, else the file's first non-blank line. */
export function headlineOf(article: Article): string {
  if (article.meta.title) return article.meta.title;
  const body = article.text.slice(article.bodyStart);
  return body
    .split(/\r?\n/)
    .find((l) => l.trim() !== "")!
    .trim();
}

/** `limit` articles spread evenly over the corpus, each with its two questions. */
export function questionsOf(articles: readonly Article[], limit: number): HeadlineQuestion[] {
  const step = Math.max(1, articles.length / limit);
  const out: HeadlineQuestion[] = [];
  for (let k = 0; k < limit && Math.floor(k * step) < articles.length; k++) {
    const a = articles[Math.floor(k * step)]!;
    const headline = headlineOf(a);
    out.push({ docId: a.docId, headline, loose: loosen(headline, k + 1) });
  }
  return out;
}

const key = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

interface Tally {
  answered: number;
  top3: number;
  /** Of top3: found only as a story under the same headline (wire repeats). */
  sameHeadline: number;
  misses: string[];
}

export const tally = (): Tally => ({ answered: 0, top3: 0, sameHeadline: 0, misses: [] });

/** Scores one ranked list of article ids (with the article ids each result also stands for). */
export function count(
  t: Tally,
  q: HeadlineQuestion,
  asked: string,
  top: string[][],
  headlines: Map<string, string>,
) {
  if (top.length > 0) t.answered++;
  const first3 = top.slice(0, 3);
  if (first3.some((ids) => ids.includes(q.docId))) t.top3++;
  else if (first3.some((ids) => ids.some((id) => key(headlines.get(id) ?? "") === key(q.headline)))) {
    t.top3++;
    t.sameHeadline++;
  } else
    t.misses.push(
      `${q.docId}: ${asked} → ${
        top
          .slice(0, 3)
          .map((ids) => ids[0])
          .join(", ") || "nothing"
      }`,
    );
}

type Engine = (question: string) => string[][];

/** The search of a coverage with no analyses: this scorer ranks articles, and /ask's direct-answer
 *  line (read from the analyses) then finds no actors to name. */
export function searchOnly(corpus: Corpus, titleWeight: number): Coverage {
  const search = buildSearch(corpus, { indexOptions: { titleWeight } });
  // Served with its answer indexes, so the spelling index is built once, not per question.
  return withAnswerIndexes({ ...search, actors: buildActorModel([]), quotes: [], events: [] });
}

function botEngine(coverage: Coverage): Engine {
  return (question) => {
    const a = ask(coverage, question, 5) as AskAnswer;
    return (a.results ?? []).map((r) => [r.docId, ...r.sources.map((s) => s.docId)]);
  };
}

/** MiniSearch over the same passages; `boostTitle` adds the article's headline as a field. */
function miniEngine(coverage: Coverage, boostTitle: number | null): Engine {
  const fields = boostTitle === null ? ["text"] : ["title", "text"];
  const ms = new MiniSearch<{ id: number; title: string; text: string; doc: string }>({
    fields,
    storeFields: ["doc"],
  });
  ms.addAll(
    coverage.passages.map((p, id) => ({
      id,
      text: p.text,
      doc: p.docId,
      title: headlineOf(coverage.articles.get(p.docId)!),
    })),
  );
  const options = boostTitle === null ? {} : { boost: { title: boostTitle } };
  return (question) =>
    ms
      .search(question, options)
      .slice(0, 3)
      .map((h) => [h.doc as string]);
}

export async function headlineCorpus(name: string): Promise<Corpus> {
  const set = dataSet(name === "reuters" ? "reuters-21578" : "bbc-news");
  if (set.missing) throw new Error(set.missing);
  if (name !== "reuters") return loadCorpus(set.dir);
  const { stories } = await readReutersDir(set.dir);
  const articles: Article[] = [];
  for (const r of reutersToArticles(stories)) {
    const built = buildArticle(`${r.docId}.txt`, r.text, r.meta);
    if (built.ok) articles.push(built.article);
  }
  return { dir: set.dir, articles, warnings: [] };
}

const OFF_TOPIC = "eval/offtopic-bbc.txt";

/** The off-topic questions written for the BBC set. */
export async function offTopicQuestions(): Promise<string[]> {
  return (await readFile(OFF_TOPIC, "utf8"))
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith("#"));
}

/** The off-topic questions each engine refuses (MiniSearch refuses nothing that shares a word). */
async function refusals(engines: Array<[string, () => Engine]>): Promise<string[]> {
  const questions = await offTopicQuestions();
  return engines.map(([label, make]) => {
    const engine = make();
    const answered = questions.filter((q) => engine(q).length > 0);
    return `${label}: off-topic refused ${questions.length - answered.length}/${questions.length}${answered.length ? ` (answered: ${answered.join(" | ")})` : ""}`;
  });
}

const pct = (n: number, d: number) => `${((100 * n) / Math.max(1, d)).toFixed(1)}%`;

export async function runHeadlines(args: string[]): Promise<void> {
  const name = args.find((a) => a === "bbc" || a === "reuters") ?? "bbc";
  const li = args.indexOf("--limit");
  const limit = li >= 0 ? Number(args[li + 1]) : 1000;
  const wi = args.indexOf("--title-weights");
  const weights = wi >= 0 ? args[wi + 1]!.split(",").map(Number) : [DEFAULT_INDEX_OPTIONS.titleWeight];
  const corpus = await headlineCorpus(name);
  // The analyses play no part in /ask's ranking: the search fields alone are built.
  const questions = questionsOf(corpus.articles, limit);
  const headlines = new Map(corpus.articles.map((a) => [a.docId, headlineOf(a)]));
  const engines: Array<[string, () => Engine]> = weights.map((w) => [
    `coverage-bot /ask w=${w}`,
    () => botEngine(searchOnly(corpus, w)),
  ]);
  if (!args.includes("--bot-only")) {
    const coverage = searchOnly(corpus, 0);
    engines.push(["MiniSearch defaults", () => miniEngine(coverage, null)]);
    engines.push(["MiniSearch title x2", () => miniEngine(coverage, 2)]);
  }
  const report: Record<string, Record<string, Tally>> = {};
  for (const [label, make] of engines) {
    const engine = make();
    const exact = tally();
    const loose = tally();
    for (const q of questions) {
      count(exact, q, q.headline, engine(q.headline), headlines);
      count(loose, q, q.loose, engine(q.loose), headlines);
    }
    report[label] = { exact, loose };
  }
  const offTopic = name === "bbc" ? await refusals(engines) : [];
  if (args.includes("--json")) {
    const summary = Object.fromEntries(
      Object.entries(report).map(([k, v]) => [
        k,
        Object.fromEntries(Object.entries(v).map(([m, t]) => [m, { ...t, misses: t.misses.length }])),
      ]),
    );
    process.stdout.write(
      `${JSON.stringify({ corpus: name, questions: questions.length, summary, offTopic })}\n`,
    );
    return;
  }
  const n = questions.length;
  process.stdout.write(`${name}: ${n} headline questions over ${corpus.articles.length} articles\n`);
  for (const [label, { exact, loose }] of Object.entries(report)) {
    process.stdout.write(
      `${label.padEnd(26)} headline: answered ${pct(exact!.answered, n)} top3 ${pct(exact!.top3, n)}` +
        ` (same headline ${exact!.sameHeadline})   reordered-1: answered ${pct(loose!.answered, n)}` +
        ` top3 ${pct(loose!.top3, n)}\n`,
    );
    if (args.includes("--errors") && label.startsWith("coverage-bot"))
      for (const m of [...exact!.misses, ...loose!.misses].slice(0, 60)) process.stdout.write(`  ✗ ${m}\n`);
  }
  for (const line of offTopic) process.stdout.write(`${line}\n`);
}
