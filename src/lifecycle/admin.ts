// Commands that change the coverage (/reload, /ingest). Unlike the pure answers they act on
// the store and the corpus folder, so they live with the lifecycle and take a context with the
// caller's rights; what they return is answer data (answers/admin-types.ts) like any command's.

import type { IngestAnswer, ReloadAnswer } from "../answers/admin-types.ts";
import type { ErrorAnswer } from "../answers/types.ts";
import { docIdOf } from "../corpus/article.ts";
import { checkIngest, writeArticleAtomically } from "./ingest.ts";
import { serialized } from "./lock.ts";
import type { CoverageSource, CoverageStore } from "./store.ts";

export interface CommandContext {
  store: CoverageStore;
  /** Whether the caller may change the coverage (Manage Server in Discord; the console operator always). */
  canManage: boolean;
  /** The uploaded file for /ingest, fetched by the adapter. */
  attachment?: { name: string; bytes: Uint8Array } | null;
}

const DENIED = "You need the Manage Server permission to change the coverage.";

export async function reload(ctx: CommandContext): Promise<ReloadAnswer | ErrorAnswer> {
  if (!ctx.canManage) return { command: "reload", error: DENIED };
  const r = await ctx.store.reload();
  return {
    command: "reload",
    added: r.added,
    updated: r.updated,
    removed: r.removed,
    skipped: r.skipped.map((s) => ({ file: s.file, reason: s.reason })),
    articles: r.articles,
    passages: ctx.store.current.passages.length,
  };
}

export async function ingest(
  ctx: CommandContext,
  options: { url?: unknown; outlet?: unknown; published?: unknown; title?: unknown },
): Promise<IngestAnswer | ErrorAnswer> {
  if (!ctx.canManage) return { command: "ingest", error: DENIED };
  if (!ctx.attachment) return { command: "ingest", error: "Attach the article as a .txt or .md file." };
  const upload = ctx.attachment;
  // Check, write and reload as one step per corpus folder: a racing duplicate sees the first.
  return serialized(ctx.store.dir, () => ingestNow(ctx, upload, options));
}

async function ingestNow(
  ctx: CommandContext,
  attachment: { name: string; bytes: Uint8Array },
  options: { url?: unknown; outlet?: unknown; published?: unknown; title?: unknown },
): Promise<IngestAnswer | ErrorAnswer> {
  const str = (v: unknown) => (typeof v === "string" && v.trim() ? v.trim() : null);
  const check = checkIngest(ctx.store.current.corpus, {
    fileName: attachment.name,
    bytes: attachment.bytes,
    url: str(options.url),
    outlet: str(options.outlet),
    published: str(options.published),
    title: str(options.title),
  });
  if (!check.ok) return { command: "ingest", error: check.error };
  await writeArticleAtomically(ctx.store.dir, check.relPath, check.content);
  await ctx.store.reload();
  return summarize(ctx.store, check.relPath);
}

/** What the coverage now knows of one article. */
export function summarize(source: CoverageSource, relPath: string): IngestAnswer {
  const coverage = source.current;
  const docId = docIdOf(relPath);
  const article = coverage.articles.get(docId);
  const actorIds = new Set(coverage.actors.mentionsIn(docId).map((m) => m.actorId));
  return {
    command: "ingest",
    file: relPath,
    docId,
    title: article?.displayTitle ?? docId,
    passages: article?.passages.length ?? 0,
    quotations: coverage.quotes.filter((q) => q.docId === docId).length,
    actors: [...actorIds].map((id) => coverage.actors.byId.get(id)?.name ?? id).slice(0, 10),
    events: coverage.events.filter((e) => e.sources.some((s) => s.docId === docId)).length,
  };
}
