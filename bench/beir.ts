// `npm run bench:beir -- DIR [--json] [--k1 K --b B --d D --coordination --doc-length unique]
// [--minisearch]`: retrieval quality on a BEIR data set (corpus.jsonl, queries.jsonl,
// qrels/test.tsv) with the tokenizer and ranking the bot uses, title and text as one field.
// Prints nDCG@10 and Recall@100; with --json the last stdout line is {"ndcg10", "recall100", …}.

import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import MiniSearch from "minisearch";
import { isMainModule } from "../src/main-module.ts";
import { type IndexOptions, PassageIndex } from "../src/search/index.ts";

export interface BeirDoc {
  id: string;
  title: string;
  text: string;
}

export interface BeirSet {
  docs: BeirDoc[];
  /** Query id → text, for the queries that have judgments. */
  queries: Map<string, string>;
  /** Query id → doc id → graded relevance (> 0 relevant). */
  qrels: Map<string, Map<string, number>>;
}

export interface BeirScores {
  ndcg10: number;
  recall100: number;
  queries: number;
}

function jsonLines<T>(text: string): T[] {
  return text
    .split(/\r?\n/)
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as T);
}

/** Parses the three BEIR files' contents. qrels: "query-id corpus-id score" rows, header optional. */
export function parseBeir(corpus: string, queries: string, qrels: string): BeirSet {
  const docs = jsonLines<{ _id: string; title?: string; text?: string }>(corpus).map((d) => ({
    id: String(d._id),
    title: d.title ?? "",
    text: d.text ?? "",
  }));
  const judged = new Map<string, Map<string, number>>();
  for (const line of qrels.split(/\r?\n/)) {
    const cols = line.trim().split(/\s+/);
    if (cols.length < 3 || cols[0] === "query-id") continue;
    const score = Number(cols[2]);
    if (!Number.isFinite(score)) continue;
    const m = judged.get(cols[0]!) ?? new Map<string, number>();
    m.set(cols[1]!, score);
    judged.set(cols[0]!, m);
  }
  const q = new Map<string, string>();
  for (const row of jsonLines<{ _id: string; text: string }>(queries)) {
    if (judged.has(String(row._id))) q.set(String(row._id), row.text);
  }
  return { docs, queries: q, qrels: judged };
}

export async function readBeir(dir: string, split = "test"): Promise<BeirSet> {
  const [c, q, r] = await Promise.all([
    readFile(join(dir, "corpus.jsonl"), "utf8"),
    readFile(join(dir, "queries.jsonl"), "utf8"),
    readFile(join(dir, "qrels", `${split}.tsv`), "utf8"),
  ]);
  return parseBeir(c, q, r);
}

/** nDCG@k with graded gains (2^rel − 1, as trec_eval and BEIR compute it). */
export function ndcgAt(ranked: readonly string[], rel: ReadonlyMap<string, number>, k: number): number {
  let dcg = 0;
  for (let i = 0; i < Math.min(k, ranked.length); i++) {
    const g = rel.get(ranked[i]!) ?? 0;
    if (g > 0) dcg += (2 ** g - 1) / Math.log2(i + 2);
  }
  const ideal = [...rel.values()]
    .filter((g) => g > 0)
    .sort((a, b) => b - a)
    .slice(0, k);
  let idcg = 0;
  ideal.forEach((g, i) => {
    idcg += (2 ** g - 1) / Math.log2(i + 2);
  });
  return idcg > 0 ? dcg / idcg : 0;
}

/** Share of the relevant documents found in the first k. */
export function recallAt(ranked: readonly string[], rel: ReadonlyMap<string, number>, k: number): number {
  const relevant = [...rel.entries()].filter(([, g]) => g > 0).map(([id]) => id);
  if (relevant.length === 0) return 0;
  const top = new Set(ranked.slice(0, k));
  return relevant.filter((id) => top.has(id)).length / relevant.length;
}

/** Scores any ranker (query text → doc ids, best first) on a BEIR set; means over judged queries. */
export function scoreRanker(set: BeirSet, rank: (query: string) => string[]): BeirScores {
  let ndcg = 0;
  let recall = 0;
  let n = 0;
  for (const [qid, text] of set.queries) {
    const rel = set.qrels.get(qid)!;
    const ranked = rank(text);
    ndcg += ndcgAt(ranked, rel, 10);
    recall += recallAt(ranked, rel, 100);
    n++;
  }
  return { ndcg10: n ? ndcg / n : 0, recall100: n ? recall / n : 0, queries: n };
}

/** The bot's ranking: our tokenizer and BM25 index over "title text" — or, with `titleField`,
 *  over the text with each title as the headline field (its weight from `options`). */
export function scoreBot(set: BeirSet, options: Partial<IndexOptions> = {}, titleField = false): BeirScores {
  const index = titleField
    ? new PassageIndex(
        set.docs.map((d) => ({ text: d.text })),
        options,
        undefined,
        {
          titles: set.docs.map((d) => d.title),
          starts: Uint32Array.from({ length: set.docs.length + 1 }, (_, i) => i),
        },
      )
    : new PassageIndex(
        set.docs.map((d) => ({ text: d.title ? `${d.title} ${d.text}` : d.text })),
        options,
      );
  return scoreRanker(set, (q) => index.search(q, 100).map((h) => set.docs[h.ref]!.id));
}

/** MiniSearch 7 with its default options (the baseline). */
export function scoreMiniSearch(set: BeirSet): BeirScores {
  const ms = new MiniSearch<{ id: number; text: string }>({ fields: ["text"] });
  ms.addAll(set.docs.map((d, id) => ({ id, text: d.title ? `${d.title} ${d.text}` : d.text })));
  return scoreRanker(set, (q) =>
    ms
      .search(q)
      .slice(0, 100)
      .map((r) => set.docs[r.id as number]!.id),
  );
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const flag = (name: string): string | undefined => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const valued = new Set(["--k1", "--b", "--d", "--doc-length", "--split", "--title-field"]);
  const dir = args.find((a, i) => !a.startsWith("--") && !valued.has(args[i - 1] ?? ""));
  if (!dir) {
    console.error(
      "usage: npm run bench:beir -- DIR [--json] [--k1 K] [--b B] [--d D] [--minisearch] [--title-field W]",
    );
    process.exit(2);
  }
  const json = args.includes("--json");
  const set = await readBeir(resolve(dir), flag("--split") ?? "test");
  const options: Partial<IndexOptions> = {};
  if (flag("--k1") || flag("--b") || flag("--d")) {
    options.bm25 = {
      k: Number(flag("--k1") ?? 1.2),
      b: Number(flag("--b") ?? 0.75),
      d: Number(flag("--d") ?? 0.5),
    };
  }
  if (args.includes("--coordination")) options.coordination = true;
  const docLength = flag("--doc-length");
  if (docLength === "unique" || docLength === "tokens") options.docLength = docLength;
  const started = performance.now();
  // --title-field W: titles searched as the headline field at weight W instead of joined to the text.
  const titleField = flag("--title-field");
  if (titleField !== undefined) options.titleWeight = Number(titleField);
  const bot = scoreBot(set, options, titleField !== undefined);
  const ms = performance.now() - started;
  const out: Record<string, number> = {
    ndcg10: round(bot.ndcg10),
    recall100: round(bot.recall100),
    queries: bot.queries,
    docs: set.docs.length,
    ms: Math.round(ms),
  };
  if (args.includes("--minisearch")) {
    const base = scoreMiniSearch(set);
    out.minisearchNdcg10 = round(base.ndcg10);
    out.minisearchRecall100 = round(base.recall100);
  }
  if (!json) {
    console.log(`${set.docs.length} documents, ${bot.queries} judged queries (${Math.round(ms)} ms)`);
    console.log(
      `coverage-bot BM25  nDCG@10 ${out.ndcg10!.toFixed(4)}  Recall@100 ${out.recall100!.toFixed(4)}`,
    );
    if (out.minisearchNdcg10 !== undefined)
      console.log(
        `MiniSearch default nDCG@10 ${out.minisearchNdcg10.toFixed(4)}  Recall@100 ${out.minisearchRecall100!.toFixed(4)}`,
      );
  } else console.log(JSON.stringify(out));
}

const round = (x: number): number => Math.round(x * 10_000) / 10_000;

if (isMainModule(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
