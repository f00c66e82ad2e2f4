// Incremental corpus reload: re-read only files whose size or mtime changed (or all of them
// when sources.json changed), and report what changed in words an admin understands.

import { stat } from "node:fs/promises";
import path from "node:path";
import { listArticleFiles, loadArticle, readSourcesTable } from "../corpus/load.ts";
import { SOURCES_FILE } from "../corpus/metadata.ts";
import type { Article, Corpus, CorpusWarning } from "../types.ts";

export interface FileStamp {
  size: number;
  mtimeMs: number;
}

/** What a loaded corpus remembers of each file, to tell what changed next time. */
export interface CorpusState {
  corpus: Corpus;
  stamps: Map<string, FileStamp>;
  sourcesStamp: FileStamp | null;
}

export interface ReloadReport {
  added: string[];
  updated: string[];
  removed: string[];
  skipped: CorpusWarning[];
  articles: number;
  changed: boolean;
}

/** What a corpus is as files: its folder, its articles' files, the files skipped. */
export interface CorpusFiles {
  dir: string;
  articles: ReadonlyArray<{ file: string }>;
  warnings: CorpusWarning[];
}

/** The report of a first load: every article of the coverage is new. */
export function firstLoadReport(corpus: CorpusFiles): ReloadReport {
  return {
    added: corpus.articles.map((a) => a.file),
    updated: [],
    removed: [],
    skipped: corpus.warnings,
    articles: corpus.articles.length,
    changed: true,
  };
}

async function stampOf(file: string): Promise<FileStamp | null> {
  try {
    const s = await stat(file);
    return { size: s.size, mtimeMs: s.mtimeMs };
  } catch {
    return null;
  }
}

const sameStamp = (a: FileStamp | null | undefined, b: FileStamp | null | undefined) =>
  !!a && !!b && a.size === b.size && a.mtimeMs === b.mtimeMs;

/** The state of a corpus loaded some other way (e.g. from the snapshot), for later reloads. */
export async function stateOf(corpus: Corpus): Promise<CorpusState> {
  return { corpus, ...(await stampsOf(corpus)) };
}

/** The stamps of a corpus's files, as `stateOf` keeps them. */
export async function stampsOf(corpus: CorpusFiles): Promise<Omit<CorpusState, "corpus">> {
  const stamps = new Map<string, FileStamp>();
  for (const a of corpus.articles) {
    const stamp = await stampOf(path.join(corpus.dir, a.file));
    if (stamp) stamps.set(a.file, stamp);
  }
  return { stamps, sourcesStamp: await stampOf(path.join(corpus.dir, SOURCES_FILE)) };
}

/** Loads `dir`, reusing articles from `previous` whose files did not change. */
export async function reloadCorpus(
  dir: string,
  previous: CorpusState | null,
  options: {
    onProgress?: (done: number, total: number) => void;
    onArticle?: (article: Article) => void;
  } = {},
): Promise<{ state: CorpusState; report: ReloadReport }> {
  const warnings: CorpusWarning[] = [];
  const files = await listArticleFiles(dir, warnings).catch((e: NodeJS.ErrnoException) => {
    throw new Error(
      `Cannot read the corpus folder ${dir} (${e.code === "ENOENT" ? "it does not exist" : e.code}).`,
    );
  });
  const sourcesStamp = await stampOf(path.join(dir, SOURCES_FILE));
  const table = await readSourcesTable(dir, warnings);
  const metadataChanged =
    !previous ||
    !sameStamp(previous.sourcesStamp, sourcesStamp) ||
    (previous.sourcesStamp === null) !== (sourcesStamp === null);
  const before = new Map((previous?.corpus.articles ?? []).map((a) => [a.file, a]));
  const articles: Article[] = [];
  const stamps = new Map<string, FileStamp>();
  const report: ReloadReport = {
    added: [],
    updated: [],
    removed: [],
    skipped: [],
    articles: 0,
    changed: false,
  };
  const every = Math.max(1, Math.floor(files.length / 100));
  for (const [i, file] of files.entries()) {
    if (options.onProgress && (i % every === 0 || i + 1 === files.length))
      options.onProgress(i + 1, files.length);
    const stamp = await stampOf(path.join(dir, file));
    if (!stamp) continue; // removed between listing and stat
    stamps.set(file, stamp);
    const old = before.get(file);
    if (old && !metadataChanged && sameStamp(previous?.stamps.get(file), stamp)) {
      articles.push(old);
      options.onArticle?.(old);
      continue;
    }
    const result = await loadArticle(dir, file, table);
    if (!result.ok) {
      warnings.push({ file, reason: result.reason });
      continue;
    }
    articles.push(result.article);
    options.onArticle?.(result.article);
    if (!old) report.added.push(file);
    else if (
      old.text !== result.article.text ||
      JSON.stringify(old.meta) !== JSON.stringify(result.article.meta)
    )
      report.updated.push(file);
  }
  const now = new Set(articles.map((a) => a.file));
  for (const file of before.keys()) if (!now.has(file)) report.removed.push(file);
  report.skipped = warnings;
  report.articles = articles.length;
  report.changed = report.added.length + report.updated.length + report.removed.length > 0 || !previous;
  return { state: { corpus: { dir, articles, warnings }, stamps, sourcesStamp }, report };
}
