// One article file's text and metadata → an Article: cleaned, segmented, cut into passages.
// Pure: the same text and metadata always give the same passages and offsets.

import type { Article, Passage, SourceMeta } from "../types.ts";
import { cleanLines, splitLines } from "./clean.ts";
import { metaFromFields, parseFrontMatter } from "./frontmatter.ts";
import { passagesOf } from "./passages.ts";
import { paragraphsOf, paragraphsWithSentences } from "./segment.ts";
import { deriveTitle } from "./title.ts";

export const UNKNOWN_META: SourceMeta = {
  outlet: null,
  title: null,
  url: null,
  published: null,
  byline: null,
};

export type ArticleResult = { ok: true; article: Article } | { ok: false; reason: string };

/** `file` is the path relative to the corpus folder, with `/` separators. */
export function docIdOf(file: string): string {
  return file.replace(/\.(?:txt|md|markdown)$/i, "");
}

export function buildArticle(file: string, text: string, known: Partial<SourceMeta> = {}): ArticleResult {
  const fm = parseFrontMatter(text);
  if (!fm.ok) return { ok: false, reason: fm.reason };
  // Front matter written into the file wins over the shared table: it travels with the file.
  const meta: SourceMeta = {
    ...UNKNOWN_META,
    ...known,
    ...(fm.value ? metaFromFields(fm.value.fields) : {}),
  };
  const bodyStart = fm.value?.bodyStart ?? (text.charCodeAt(0) === 0xfeff ? 1 : 0);
  const lines = splitLines(text, bodyStart);
  const cleaned = cleanLines(lines, { byline: meta.byline, title: meta.title });
  const paragraphs = paragraphsWithSentences(
    text,
    paragraphsOf(text, lines, cleaned.kept, cleaned.lineStart),
  );
  const docId = docIdOf(file);
  const passages = passagesOf(docId, text, paragraphs);
  if (passages.length === 0) return { ok: false, reason: "nothing in it reads as article text" };
  return {
    ok: true,
    article: {
      docId,
      file,
      text,
      meta,
      displayTitle: meta.title ?? deriveTitle(text, cleaned.headline, paragraphs),
      bodyStart,
      paragraphs,
      passages,
      dropped: cleaned.dropped,
    },
  };
}

const isPlain = (o: object) => Object.getPrototypeOf(o) === Object.prototype;

/** The passage as a plain object (its id a field). */
export function plainPassage(p: Passage): Passage {
  if (isPlain(p)) return p;
  const { id, docId, paragraph, start, end, text } = p;
  return { id, docId, paragraph, start, end, text };
}

/** The article as a plain object, for another thread: a structured copy keeps own fields only,
 *  so paragraphs and passage ids made when read (cache/stored-article.ts) are written out first. */
export function plainArticle(a: Article): Article {
  if (isPlain(a) && a.passages.every(isPlain)) return a;
  return { ...a, paragraphs: a.paragraphs, passages: a.passages.map(plainPassage) };
}
