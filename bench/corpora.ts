// The corpora `npm run bench` measures besides a plain folder: synthetic ones of a given size
// (written once to the OS temp folder) and Reuters-21578's .sgm files.

import { existsSync } from "node:fs";
import { mkdir, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildArticle } from "../src/corpus/article.ts";
import { readReutersDir, reutersToArticles } from "../src/corpus/formats/reuters.ts";
import type { Logger } from "../src/log.ts";
import { progressReporter } from "../src/search/progress.ts";
import type { Article, Corpus, CorpusWarning } from "../src/types.ts";
import { generateCorpus, type SyntheticVocabulary, toFileText } from "./synthetic.ts";

/** A synthetic corpus of `passages` paragraphs, written once to the OS temp folder and reused. */
export async function syntheticDir(
  passages: number,
  seed: number,
  vocabulary: SyntheticVocabulary,
  say: (line: string) => void,
): Promise<string> {
  const dir = join(tmpdir(), "coverage-bot-bench", `synthetic-${passages}-seed${seed}`);
  if (existsSync(join(dir, ".complete"))) return dir;
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  say(`writing a synthetic corpus of ${passages} paragraphs to ${dir} …`);
  const pending = new Set<Promise<void>>();
  for (const article of generateCorpus({ passages, seed, vocabulary })) {
    const p = writeFile(join(dir, `${article.docId}.txt`), toFileText(article)).then(() => {
      pending.delete(p);
    });
    pending.add(p);
    if (pending.size >= 64) await Promise.race(pending);
  }
  await Promise.all(pending);
  await writeFile(join(dir, ".complete"), "");
  return dir;
}

/** Reuters-21578 .sgm files read into a corpus (one article per story). */
export async function reutersCorpus(dir: string, log: Logger): Promise<Corpus> {
  const { stories, skipped } = await readReutersDir(dir);
  const warnings: CorpusWarning[] = skipped.map((s) => ({ file: `NEWID ${s.id ?? "?"}`, reason: s.reason }));
  const articles: Article[] = [];
  const items = reutersToArticles(stories);
  const progress = progressReporter(log, "reading", { unit: "stories" });
  items.forEach((r, i) => {
    const result = buildArticle(`${r.docId}.txt`, r.text, r.meta);
    if (result.ok) articles.push(result.article);
    else warnings.push({ file: r.docId, reason: result.reason });
    if ((i + 1) % 1000 === 0 || i + 1 === items.length) progress(i + 1, items.length);
  });
  return { dir, articles, warnings };
}

export const isReutersDir = async (dir: string): Promise<boolean> =>
  (await readdir(dir)).some((n) => n.toLowerCase().endsWith(".sgm"));
