// Reader for the Reuters-21578 newswire collection (SGML, latin1): benchmark input only, never
// product corpus. Each `<REUTERS ... NEWID="n">` record becomes one ReutersStory; a record that
// cannot be read is skipped and counted, never thrown on.

import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import type { SourceMeta } from "../../types.ts";

export interface ReutersStory {
  /** The record's NEWID attribute. */
  id: string;
  /** `<TITLE>`, entities decoded and whitespace collapsed; null when absent or empty. */
  title: string | null;
  /** `<DATELINE>` trimmed, without the trailing " -" (e.g. "SALVADOR, Feb 26"). */
  dateline: string | null;
  /** The day of `<DATE>`, YYYY-MM-DD. */
  date: string | null;
  /**
   * `<BODY>`, entities decoded, control characters and the "Reuter" signature removed, wrapped
   * lines joined: one paragraph per block, blocks separated by a blank line. Null when absent.
   */
  body: string | null;
  places: string[];
  topics: string[];
}

export interface ReutersSkip {
  /** Character offset of the record in the parsed text. */
  offset: number;
  /** NEWID when it could be read. */
  id: string | null;
  reason: string;
}

export interface ReutersParseResult {
  stories: ReutersStory[];
  skipped: ReutersSkip[];
}

/** What `reutersToArticles` yields: plain article text with its metadata. */
export interface ReutersArticle {
  docId: string;
  /** Title line, a blank line, then the body. */
  text: string;
  meta: SourceMeta;
}

const MONTHS: Record<string, string> = {
  JAN: "01",
  FEB: "02",
  MAR: "03",
  APR: "04",
  MAY: "05",
  JUN: "06",
  JUL: "07",
  AUG: "08",
  SEP: "09",
  OCT: "10",
  NOV: "11",
  DEC: "12",
};

const NAMED_ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** Decodes `&lt; &gt; &amp; &quot; &apos; &#NN; &#xNN;`; unknown entities are left as written. */
export function decodeSgmlEntities(text: string): string {
  return text.replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref[0] === "#") {
      const code =
        ref[1] === "x" || ref[1] === "X" ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      return Number.isInteger(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : "";
    }
    return NAMED_ENTITIES[ref] ?? whole;
  });
}

/** Removes C0 controls (but newline and tab), DEL and the literal "^M" the wire copy carries. */
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f]/g;

function stripControls(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/\^M(?=\n|$)/g, "")
    .replace(CONTROLS, "");
}

function collapse(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** Content of the first `<tag>...</tag>` in `record`; undefined when absent, "unclosed" when unclosed. */
function element(record: string, tag: string): string | undefined | { unclosed: true } {
  const open = new RegExp(`<${tag}(?:\\s[^>]*)?>`, "i").exec(record);
  if (!open) return undefined;
  const from = open.index + open[0].length;
  const closeRe = new RegExp(`</${tag}>`, "gi");
  closeRe.lastIndex = from;
  const close = closeRe.exec(record);
  if (!close) return { unclosed: true };
  return record.slice(from, close.index);
}

function list(record: string, tag: string): string[] {
  const inner = element(record, tag);
  if (typeof inner !== "string") return [];
  const out: string[] = [];
  for (const m of inner.matchAll(/<D>([\s\S]*?)<\/D>/gi)) {
    const value = collapse(decodeSgmlEntities(m[1] ?? ""));
    if (value) out.push(value);
  }
  return out;
}

/** "26-FEB-1987 15:01:01.79" (leading blanks and odd times tolerated) → "1987-02-26". */
export function parseReutersDate(raw: string): string | null {
  const m = /(\d{1,2})-([A-Za-z]{3})-(\d{4})/.exec(raw);
  if (!m) return null;
  const month = MONTHS[(m[2] ?? "").toUpperCase()];
  const day = Number(m[1]);
  if (!month || day < 1 || day > 31) return null;
  return `${m[3]}-${month}-${String(day).padStart(2, "0")}`;
}

/** Trailing sign-off: "Reuter", "REUTER", "Reuters", "Reuter...", on its own line or after a sentence. */
const SIGNATURE =
  /(?:(?:^|\n|(?<=[.!?"')]))[ \t]*[Rr][Ee][Uu][Tt][Ee][Rr][Ss]?|[ \t]+REUTERS?)(?:\.{2,3})?[ \t]*$/;
/** A trailing "More" line: the wire's continuation marker, not story text. */
const MORE_MARKER = /\n[ \t]*more[ \t]*$/i;

/** Cleans a raw `<BODY>`: entities, controls, signature, and reflows the 65-column wire lines. */
export function cleanReutersBody(raw: string): string | null {
  let text = stripControls(decodeSgmlEntities(raw)).replace(/\s+$/, "");
  // Some stories are signed twice ("REUTER\n Reuter"), some carry "More" before the sign-off.
  for (let i = 0; i < 3; i++) {
    const before = text;
    text = text.replace(SIGNATURE, "").replace(/\s+$/, "");
    text = text.replace(MORE_MARKER, "").replace(/\s+$/, "");
    if (text === before) break;
  }
  const paragraphs: string[] = [];
  let current: string[] = [];
  const flush = () => {
    const joined = collapse(current.join(" "));
    if (joined) paragraphs.push(joined);
    current = [];
  };
  for (const line of text.split("\n")) {
    if (line.trim() === "") {
      flush();
      continue;
    }
    // The wire indents the first line of each paragraph (and every table row).
    if (/^[ \t]/.test(line)) flush();
    current.push(line);
  }
  flush();
  return paragraphs.length > 0 ? paragraphs.join("\n\n") : null;
}

function attribute(openTag: string, name: string): string | null {
  const m = new RegExp(`\\s${name}\\s*=\\s*"([^"]*)"`, "i").exec(openTag);
  return m ? (m[1] ?? null) : null;
}

function parseRecord(record: string): ReutersStory | string {
  const openEnd = record.indexOf(">");
  if (openEnd < 0) return "unterminated <REUTERS> tag";
  const id = attribute(record.slice(0, openEnd + 1), "NEWID");
  if (!id || !/^\d+$/.test(id.trim())) return "missing or invalid NEWID";
  const fields: Record<"title" | "dateline" | "date" | "body", string | null> = {
    title: null,
    dateline: null,
    date: null,
    body: null,
  };
  for (const tag of ["TITLE", "DATELINE", "DATE", "BODY"] as const) {
    const value = element(record, tag);
    if (value === undefined) continue;
    if (typeof value !== "string") return `unclosed <${tag}>`;
    fields[tag.toLowerCase() as keyof typeof fields] = value;
  }
  const title = fields.title === null ? "" : collapse(stripControls(decodeSgmlEntities(fields.title)));
  const dateline =
    fields.dateline === null
      ? ""
      : collapse(stripControls(decodeSgmlEntities(fields.dateline))).replace(/\s*-+$/, "");
  return {
    id: id.trim(),
    title: title || null,
    dateline: dateline || null,
    date: fields.date === null ? null : parseReutersDate(fields.date),
    body: fields.body === null ? null : cleanReutersBody(fields.body),
    places: list(record, "PLACES"),
    topics: list(record, "TOPICS"),
  };
}

/** Parses every `<REUTERS>` record, reporting the ones skipped and why. Never throws on a record. */
export function parseReutersSgmlWithReport(text: string): ReutersParseResult {
  const stories: ReutersStory[] = [];
  const skipped: ReutersSkip[] = [];
  // Case-insensitive search without toUpperCase(), which can change the length ("ß" → "SS").
  const find = (pattern: RegExp, from: number): number => {
    pattern.lastIndex = from;
    return pattern.exec(text)?.index ?? -1;
  };
  const OPEN = /<REUTERS\b/gi;
  const CLOSE = /<\/REUTERS>/gi;
  let at = find(OPEN, 0);
  while (at >= 0) {
    const next = find(OPEN, at + 8);
    const close = find(CLOSE, at);
    const idGuess = attribute(text.slice(at, Math.min(text.length, at + 300)).split(">")[0] ?? "", "NEWID");
    if (close < 0 || (next >= 0 && close > next)) {
      skipped.push({ offset: at, id: idGuess, reason: "record not closed by </REUTERS>" });
      at = next;
      continue;
    }
    try {
      const story = parseRecord(text.slice(at, close));
      if (typeof story === "string") skipped.push({ offset: at, id: idGuess, reason: story });
      else stories.push(story);
    } catch (error) {
      skipped.push({ offset: at, id: idGuess, reason: `unreadable record: ${String(error)}` });
    }
    at = next;
  }
  return { stories, skipped };
}

/** Parses every `<REUTERS>` record; malformed records are skipped (see parseReutersSgmlWithReport). */
export function parseReutersSgml(text: string): ReutersStory[] {
  return parseReutersSgmlWithReport(text).stories;
}

/** Reads one reut2-0NN.sgm file (latin1). */
export async function readReutersFileWithReport(path: string): Promise<ReutersParseResult> {
  const buffer = await readFile(path);
  return parseReutersSgmlWithReport(buffer.toString("latin1"));
}

/** Reads one reut2-0NN.sgm file (latin1). */
export async function readReutersFile(path: string): Promise<ReutersStory[]> {
  return (await readReutersFileWithReport(path)).stories;
}

/** Reads every `*.sgm` file of a folder, in name order. */
export async function readReutersDir(dir: string): Promise<ReutersParseResult> {
  const names = (await readdir(dir)).filter((n) => n.toLowerCase().endsWith(".sgm")).sort();
  const stories: ReutersStory[] = [];
  const skipped: ReutersSkip[] = [];
  for (const name of names) {
    const result = await readReutersFileWithReport(join(dir, name));
    stories.push(...result.stories);
    skipped.push(...result.skipped);
  }
  return { stories, skipped };
}

/** Stories with both a title and a body, as plain article text ("TITLE\n\nbody"). */
export function reutersToArticles(stories: Iterable<ReutersStory>): ReutersArticle[] {
  const out: ReutersArticle[] = [];
  for (const story of stories) {
    if (!story.title || !story.body) continue;
    out.push({
      docId: `reuters-${story.id}`,
      text: `${story.title}\n\n${story.body}`,
      meta: { outlet: "Reuters", title: story.title, url: null, published: story.date, byline: null },
    });
  }
  return out;
}
