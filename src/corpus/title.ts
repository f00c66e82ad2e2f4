// A display title for an article whose metadata has none: its headline line when the
// file starts with one, else the opening words of its first sentence.

import type { Paragraph } from "../types.ts";

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
