// Ingest: check an article someone hands us (size, UTF-8, real text, not a duplicate), then
// write it into the corpus folder with front matter. The write is atomic — temp file, fsync,
// rename — so a crash at any point leaves either no article or the whole article.

import { createHash } from "node:crypto";
import { mkdir, open, rename, unlink } from "node:fs/promises";
import path from "node:path";
import { buildArticle } from "../corpus/article.ts";
import { decodeArticle } from "../corpus/decode.ts";
import { normalizeDay, parseFrontMatter } from "../corpus/frontmatter.ts";
import { safeUrl } from "../corpus/url.ts";
import type { Corpus } from "../types.ts";

export const MAX_INGEST_BYTES = 1024 * 1024;
export const INGEST_FOLDER = "ingested";

export interface IngestRequest {
  /** The uploaded file's name (used for the slug and the .txt/.md check). */
  fileName: string;
  bytes: Uint8Array;
  url?: string | null;
  outlet?: string | null;
  published?: string | null;
  title?: string | null;
}

export type IngestCheck =
  | { ok: true; relPath: string; content: string; passages: number }
  | { ok: false; error: string };

/** Chaos hook for crash tests: COVERAGE_CRASH_AT=<point> kills the process there. */
function crashPoint(point: string): void {
  if (process.env.COVERAGE_CRASH_AT === point) process.kill(process.pid, "SIGKILL");
}

const yamlValue = (v: string) => JSON.stringify(v);

/** Pure: validates the request against the corpus and composes the file to write. */
export function checkIngest(corpus: Corpus, req: IngestRequest): IngestCheck {
  if (!/\.(txt|md)$/i.test(req.fileName)) return { ok: false, error: "Attach a .txt or .md file." };
  if (req.bytes.length > MAX_INGEST_BYTES) {
    return {
      ok: false,
      error: `That file is ${(req.bytes.length / 1024).toFixed(0)} KB; the limit is ${MAX_INGEST_BYTES / 1024} KB.`,
    };
  }
  const decoded = decodeArticle(req.bytes);
  if (!decoded.ok) return { ok: false, error: `That file cannot be used: ${decoded.reason}.` };
  if (req.url != null && req.url !== "" && !safeUrl(req.url)) {
    return { ok: false, error: "The url must start with http:// or https://." };
  }
  let published: string | null = null;
  if (req.published) {
    published = normalizeDay(req.published);
    if (!published) return { ok: false, error: `"${req.published}" is not a date; use YYYY-MM-DD.` };
  }
  // The upload's own front matter is dropped exactly as the parser reads it (`--- \n` too), so
  // nothing of it (a `javascript:` url) survives under the metadata written here.
  const text = decoded.text.replace(/^\uFEFF/, "");
  const own = parseFrontMatter(text);
  const body = own.ok && own.value ? text.slice(own.value.bodyStart) : text;
  const meta: string[] = [];
  if (req.outlet) meta.push(`outlet: ${yamlValue(req.outlet)}`);
  if (req.title) meta.push(`title: ${yamlValue(req.title)}`);
  if (req.url) meta.push(`url: ${yamlValue(req.url)}`);
  if (published) meta.push(`published: ${published}`);
  const content = meta.length ? `---\n${meta.join("\n")}\n---\n${body}` : body;
  const slug = slugOf(req.title || req.fileName.replace(/\.(txt|md)$/i, "")) || "article";
  const relPath = `${INGEST_FOLDER}/${slug}-${hash(body).slice(0, 8)}.md`;
  const built = buildArticle(relPath, content);
  if (!built.ok) return { ok: false, error: `That file cannot be used: ${built.reason}.` };
  const duplicate = findDuplicate(corpus, body, req.url ?? null);
  if (duplicate) return { ok: false, error: `That article is already in the coverage (${duplicate}).` };
  return { ok: true, relPath, content, passages: built.article.passages.length };
}

/** Writes atomically: the file appears whole under its final name, or not at all. */
export async function writeArticleAtomically(dir: string, relPath: string, content: string): Promise<string> {
  const final = path.join(dir, relPath);
  await mkdir(path.dirname(final), { recursive: true });
  const temp = path.join(path.dirname(final), `.${path.basename(final)}.${process.pid}.tmp`);
  const fh = await open(temp, "wx");
  try {
    const bytes = Buffer.from(content, "utf8");
    const half = Math.floor(bytes.length / 2);
    await fh.write(bytes, 0, half);
    crashPoint("ingest-mid-write");
    await fh.write(bytes, half);
    await fh.sync();
  } finally {
    await fh.close();
  }
  crashPoint("ingest-before-rename");
  try {
    await rename(temp, final);
  } catch (e) {
    await unlink(temp).catch(() => {});
    throw e;
  }
  crashPoint("ingest-after-rename");
  // Make the rename itself durable.
  const dh = await open(path.dirname(final), "r");
  await dh.sync().catch(() => {});
  await dh.close();
  return final;
}

function findDuplicate(corpus: Corpus, body: string, url: string | null): string | null {
  const key = normalize(body);
  for (const a of corpus.articles) {
    if (url && a.meta.url === url) return `same url as ${a.docId}`;
    if (normalize(a.text.slice(a.bodyStart)) === key) return `same text as ${a.docId}`;
  }
  return null;
}

const normalize = (s: string) => s.replace(/\s+/g, " ").trim().toLowerCase();
const hash = (s: string) => createHash("sha256").update(normalize(s)).digest("hex");

function slugOf(s: string): string {
  return s
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
}
