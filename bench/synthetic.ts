// Synthetic news corpus for benchmarks beyond the size of the real data sets. Deterministic from
// a seed. Text is news-shaped rather than meaningful: a Zipf-distributed pseudo-word vocabulary
// (s ≈ 1.07) set in a small English phrase grammar, so function words come at realistic rates
// (about 40% of tokens) and stopword handling matters; recurring people with titles, organisations
// and places; quotations in about 20% of paragraphs; numbers with units; weekday dates.
//
// One passage = one paragraph of 1–4 sentences (≈ 48 words); `passages` sets their total exactly.
//
// CLI: npx tsx bench/synthetic.ts --passages 100000 --out DIR [--seed 1] [--queries 500 --queries-out FILE]
// writes DIR/<docId>.txt, each with a YAML front-matter block, streaming (one article in memory).
//
// The generator lives in bench/synthetic/ (random, vocabulary, articles, queries); this module is
// its entry point and CLI.

import { mkdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { isMainModule } from "../src/main-module.ts";
import { generateCorpus, toFileText } from "./synthetic/articles.ts";
import { generateQueries } from "./synthetic/queries.ts";
import { buildVocabulary } from "./synthetic/vocabulary.ts";

export {
  type GenerateOptions,
  generateCorpus,
  type SyntheticArticle,
  toFileText,
} from "./synthetic/articles.ts";
export { generateQueries, type SyntheticQuery } from "./synthetic/queries.ts";
export { mulberry32 } from "./synthetic/random.ts";
export {
  buildVocabulary,
  DEFAULT_VOCABULARY_SEED,
  plural,
  type SyntheticPerson,
  type SyntheticVocabulary,
  verbForms,
  ZIPF_S,
} from "./synthetic/vocabulary.ts";

function parseArgs(argv: string[]): Record<string, string> {
  const args: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (!a.startsWith("--")) throw new Error(`unexpected argument ${a}`);
    const [key, inline] = a.slice(2).split("=", 2) as [string, string | undefined];
    if (inline !== undefined) args[key] = inline;
    else {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith("--")) throw new Error(`--${key} needs a value`);
      args[key] = value;
      i++;
    }
  }
  return args;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const passages = Number(args.passages);
  const out = args.out;
  if (!out || !Number.isFinite(passages) || passages <= 0) {
    console.error(
      "usage: npx tsx bench/synthetic.ts --passages N --out DIR [--seed S] [--queries N --queries-out FILE]",
    );
    process.exit(2);
  }
  const seed = Number(args.seed ?? 1);
  await mkdir(out, { recursive: true });
  const started = performance.now();
  const vocabulary = buildVocabulary();
  let articles = 0;
  let paragraphs = 0;
  let bytes = 0;
  const pending = new Set<Promise<void>>();
  for (const article of generateCorpus({ passages, seed, vocabulary })) {
    const text = toFileText(article);
    bytes += Buffer.byteLength(text);
    articles++;
    paragraphs += article.passages;
    const p = writeFile(join(out, `${article.docId}.txt`), text).then(() => {
      pending.delete(p);
    });
    pending.add(p);
    if (pending.size >= 64) await Promise.race(pending);
  }
  await Promise.all(pending);
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `${articles} articles, ${paragraphs} passages, ${(bytes / 1e6).toFixed(1)} MB in ${seconds.toFixed(1)} s ` +
      `(${Math.round(paragraphs / seconds)} passages/s) → ${resolve(out)}`,
  );
  if (args.queries) {
    const file = args["queries-out"] ?? `${out.replace(/[/\\]+$/, "")}.queries.jsonl`;
    const queries = generateQueries(Number(args.queries), seed, vocabulary);
    await writeFile(file, `${queries.map((q) => JSON.stringify(q)).join("\n")}\n`);
    console.log(`${queries.length} queries → ${resolve(file)}`);
  }
}

if (isMainModule(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
