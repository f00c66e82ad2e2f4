// sources.json: what is known of each article, keyed by file name (relative to the
// corpus folder). A malformed file must not take the corpus down: it is reported and
// the articles are served with unknown metadata.

import type { SourceMeta } from "../types.ts";
import { normalizeDay } from "./frontmatter.ts";
import { safeUrl } from "./url.ts";

export const SOURCES_FILE = "sources.json";

export type SourcesTable = Map<string, Partial<SourceMeta>>;

export type SourcesResult =
  | { ok: true; table: SourcesTable; problems: string[] }
  | { ok: false; reason: string };

export function parseSources(json: string): SourcesResult {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    return { ok: false, reason: `it is not valid JSON (${(e as Error).message})` };
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    return { ok: false, reason: "it must be an object mapping file names to metadata" };
  }
  const table: SourcesTable = new Map();
  const problems: string[] = [];
  for (const [file, entry] of Object.entries(data)) {
    if (typeof entry !== "object" || entry === null || Array.isArray(entry)) {
      problems.push(`entry "${file}" is not an object`);
      continue;
    }
    const e = entry as Record<string, unknown>;
    const meta: Partial<SourceMeta> = {};
    for (const key of ["outlet", "title", "url", "byline"] as const) {
      const v = e[key];
      if (v === undefined) continue;
      if (v !== null && typeof v !== "string") {
        problems.push(`entry "${file}": ${key} must be a string or null`);
        continue;
      }
      meta[key] = v;
    }
    if (e.url != null && typeof e.url === "string" && !safeUrl(e.url)) {
      problems.push(`entry "${file}": url is not an http(s) address`);
      meta.url = null;
    }
    if (e.published !== undefined) {
      meta.published = normalizeDay(e.published);
      if (e.published !== null && meta.published === null) {
        problems.push(`entry "${file}": published is not a date`);
      }
    }
    table.set(file.replace(/\\/g, "/"), meta);
  }
  return { ok: true, table, problems };
}
