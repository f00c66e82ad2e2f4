// A display title for an article whose metadata has none: its headline line when the
// file starts with one, else the opening words of its first sentence.

import type { Article, Paragraph } from "../types.ts";

const MAX_TITLE = 90;

export function deriveTitle(text: string, headline: string | null, paragraphs: Paragraph[]): string {
  if (headline) return clip(headline);
  const first = paragraphs[0]?.sentences[0];
  if (!first) return "Untitled article";
  return clip(text.slice(first.start, first.end).replace(/\s+/g, " ").trim());
}

function clip(s: string): string {
  if (s.length <= MAX_TITLE) return s.replace(/[.\s]+$/, "");
  const cut = s.slice(0, MAX_TITLE);
  const sp = cut.lastIndexOf(" ");
  return `${(sp > 40 ? cut.slice(0, sp) : cut).replace(/[,;:.\s]+$/, "")}…`;
}

/** The headline a reader sees, searched as the article's title field: the metadata or front-matter
 *  title, else the first line cleaning took as the headline; "" when the article has neither (a
 *  title derived from the first sentence would only repeat the body). */
export function searchableTitle(article: Pick<Article, "meta" | "dropped">): string {
  if (article.meta.title) return article.meta.title;
  return article.dropped.find((d) => d.reason === "headline")?.text.trim() ?? "";
}
