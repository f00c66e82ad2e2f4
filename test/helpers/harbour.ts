// The invented newspaper the reported-speech tests write for: an article of one body, with front
// matter, and the people it introduces before the sentence under test.

import { buildArticle } from "../../src/corpus/article.ts";
import type { Article } from "../../src/types.ts";

export function harbourArticle(body: string): Article {
  const text = `---\noutlet: Harbour Gazette\ntitle: t\nurl: https://example.org/t\npublished: 2031-05-02\n---\n${body}`;
  const r = buildArticle("t.txt", text);
  if (!r.ok) throw new Error(r.reason);
  return r.article;
}

/** Mayor Ines Calloway is introduced. */
export const MAYOR_INTRO = "Mayor Ines Calloway opened the new ferry terminal in Port Alder on Monday.";

/** Two people are introduced. */
export const TWO_INTRO = `${MAYOR_INTRO} Harbour master Tobias Wrenfield was there too.`;
