// The file-system edge of the corpus: walks a folder for .txt/.md articles, reads
// sources.json, and hands text to the pure article builder. A bad file is skipped with
// one warning naming it and the reason; the rest of the corpus still serves.

import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { Article, Corpus, CorpusWarning } from "../types.ts";
import { buildArticle } from "./article.ts";
import { decodeArticle } from "./decode.ts";
import { parseSources, SOURCES_FILE, type SourcesTable } from "./metadata.ts";

const ARTICLE_EXT = /\.(?:txt|md|markdown)$/i;
/** Notes about a folder, not articles. */
const NOT_ARTICLES = /^(?:readme|license|licence|changelog|notes)\.(?:md|txt|markdown)$/i;

/** The article files under `dir`. A subfolder that cannot be read is skipped (noted in
 * `warnings`), so one bad folder never takes the whole corpus down; the top folder must read. */
export async function listArticleFiles(dir: string, warnings: CorpusWarning[] = []): Promise<string[]> {
  const out: string[] = [];
  async function walk(rel: string): Promise<void> {
    let entries: import("node:fs").Dirent[];
    try {
      entries = await readdir(path.join(dir, rel), { withFileTypes: true });
    } catch (e) {
      if (!rel) throw e;
      const code = (e as NodeJS.ErrnoException).code ?? "error";
      warnings.push({
        file: `${rel}/`,
        reason: `the folder cannot be read (${code}); its files are skipped`,
      });
      return;
    }
    for (const e of entries) {
      if (e.name.startsWith(".") || e.name === "node_modules") continue;
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) await walk(r);
      else if (e.isFile() && ARTICLE_EXT.test(e.name) && !NOT_ARTICLES.test(e.name)) out.push(r);
    }
  }
  await walk("");
  return out.sort();
}

export async function readSourcesTable(dir: string, warnings: CorpusWarning[]): Promise<SourcesTable> {
  let json: string;
  try {
    json = await readFile(path.join(dir, SOURCES_FILE), "utf8");
  } catch {
    return new Map();
  }
  const parsed = parseSources(json);
  if (!parsed.ok) {
    warnings.push({
      file: SOURCES_FILE,
      reason: `${parsed.reason}; articles are served with unknown metadata`,
    });
    return new Map();
  }
  for (const p of parsed.problems) warnings.push({ file: SOURCES_FILE, reason: p });
  return parsed.table;
}

export interface LoadOptions {
  /** Called as files are read and analysed (done, total). */
  onProgress?: (done: number, total: number) => void;
  /** Called with each article as soon as it is read (the build's second thread starts on it). */
  onArticle?: (article: Article) => void;
}

export async function loadCorpus(dir: string, options: LoadOptions = {}): Promise<Corpus> {
  const warnings: CorpusWarning[] = [];
  let files: string[];
  try {
    files = await listArticleFiles(dir, warnings);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? "";
    const why =
      { ENOENT: "it does not exist", ENOTDIR: "it is not a folder", EACCES: "permission denied" }[code] ??
      code;
    throw new Error(`Cannot read the corpus folder ${dir} (${why || (e as Error).message}).`);
  }
  const table = await readSourcesTable(dir, warnings);
  const articles: Article[] = [];
  const every = Math.max(1, Math.floor(files.length / 100));
  // Files are read READ_AHEAD ahead of the one being built, so the disk works meanwhile; built in order.
  const reads: (Promise<FileRead> | undefined)[] = [];
  for (const [i, file] of files.entries()) {
    for (let j = i; j < Math.min(files.length, i + READ_AHEAD); j++)
      reads[j] ??= readArticleFile(dir, files[j]!);
    const result = articleFrom(file, await reads[i]!, table);
    reads[i] = undefined;
    if (result.ok) {
      articles.push(result.article);
      options.onArticle?.(result.article);
    } else warnings.push({ file, reason: result.reason });
    if (options.onProgress && ((i + 1) % every === 0 || i + 1 === files.length))
      options.onProgress(i + 1, files.length);
  }
  return { dir, articles, warnings };
}

/** Files being read at once while the corpus loads. */
const READ_AHEAD = 8;

/** A file's bytes, or why it could not be read. */
type FileRead = Uint8Array | { failed: string };

const readArticleFile = (dir: string, file: string): Promise<FileRead> =>
  readFile(path.join(dir, file)).catch((e: NodeJS.ErrnoException) => ({ failed: e.code ?? "error" }));

type ArticleResult = { ok: true; article: Article } | { ok: false; reason: string };

function articleFrom(file: string, read: FileRead, table: SourcesTable): ArticleResult {
  if ("failed" in read) return { ok: false, reason: `it cannot be read (${read.failed})` };
  const decoded = decodeArticle(read);
  if (!decoded.ok) return decoded;
  const known = table.get(file) ?? table.get(path.basename(file)) ?? {};
  return buildArticle(file, decoded.text, known);
}

export async function loadArticle(dir: string, file: string, table: SourcesTable): Promise<ArticleResult> {
  return articleFrom(file, await readArticleFile(dir, file), table);
}
