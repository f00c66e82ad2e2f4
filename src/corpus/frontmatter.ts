// Front matter: a YAML block between `---` lines at the very top of an article file.
// Only flat `key: value` pairs are meaningful for an article, so we parse that subset
// strictly and report anything else rather than guess.

import type { SourceMeta } from "../types.ts";
import { safeUrl } from "./url.ts";

export interface FrontMatter {
  /** Raw key/value pairs as written. */
  fields: Record<string, string | null>;
  /** Offset just past the closing `---` line: the body starts here. */
  bodyStart: number;
}

export type FrontMatterResult = { ok: true; value: FrontMatter | null } | { ok: false; reason: string };

const OPEN = /^\uFEFF?---[ \t]*\r?\n/;

export function parseFrontMatter(text: string): FrontMatterResult {
  const open = OPEN.exec(text);
  if (!open) return { ok: true, value: null };
  const close = /^---[ \t]*(\r?\n|$)/m;
  const rest = text.slice(open[0].length);
  const closing = close.exec(rest);
  if (!closing) return { ok: false, reason: "its front matter has no closing `---` line" };
  const block = rest.slice(0, closing.index);
  const fields: Record<string, string | null> = {};
  const lines = block.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (line.trim() === "" || line.trimStart().startsWith("#")) continue;
    const m = /^([A-Za-z_][\w-]*)[ \t]*:(?:[ \t]+(.*))?$/.exec(line);
    if (!m) return { ok: false, reason: `its front matter line ${i + 2} is not \`key: value\`` };
    const value = parseScalar(m[2] ?? "");
    if (value instanceof Error) {
      return { ok: false, reason: `its front matter line ${i + 2}: ${value.message}` };
    }
    fields[m[1]!.toLowerCase()] = value;
  }
  return { ok: true, value: { fields, bodyStart: open[0].length + closing.index + closing[0].length } };
}

function parseScalar(raw: string): string | null | Error {
  const v = raw.replace(/\s+#.*$/, "").trim();
  if (v === "" || v === "~" || v === "null") return null;
  const q = v[0];
  if (q === '"' || q === "'") {
    if (v.length < 2 || v[v.length - 1] !== q) return new Error("a quoted value is not closed");
    const inner = v.slice(1, -1);
    if (q === "'") return inner.replace(/''/g, "'");
    try {
      return JSON.parse(v) as string;
    } catch {
      return new Error("a double-quoted value has a bad escape");
    }
  }
  if (/^[[{|>]/.test(v)) return new Error("lists, maps and block values are not supported here");
  return v;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Normalises a publication date written in front matter or sources.json to YYYY-MM-DD. */
export function normalizeDay(value: unknown): string | null {
  if (typeof value !== "string" || value.trim() === "") return null;
  const v = value.trim();
  if (DAY.test(v.slice(0, 10)) && !Number.isNaN(Date.parse(v.slice(0, 10)))) return v.slice(0, 10);
  const t = Date.parse(v);
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
}

export function metaFromFields(fields: Record<string, string | null>): Partial<SourceMeta> {
  const out: Partial<SourceMeta> = {};
  if ("outlet" in fields) out.outlet = fields.outlet ?? null;
  if ("title" in fields) out.title = fields.title ?? null;
  if ("url" in fields) out.url = safeUrl(fields.url);
  if ("byline" in fields || "author" in fields) out.byline = fields.byline ?? fields.author ?? null;
  const day = fields.published ?? fields.date;
  if (day !== undefined) out.published = normalizeDay(day);
  return out;
}
