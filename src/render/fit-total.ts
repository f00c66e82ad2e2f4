// The 6,000-character total of a message's embeds: texts shrink, least important first, and no
// embed is dropped whole (a /sources page keeps every article's field).

import type { APIEmbed } from "discord-api-types/v10";
import { clip, embedChars, LIMITS } from "./limits.ts";

/** Shrinks texts, least important first, until all embeds together fit the 6,000 total. */
export function fitTotal(embeds: APIEmbed[]): void {
  let over = embeds.reduce((s, e) => s + embedChars(e), 0) - LIMITS.embedTotal;
  const shrink = (text: string): string => {
    if (over <= 0 || text.length <= 1) return text;
    const next = clip(text, Math.max(1, text.length - over));
    over -= text.length - next.length;
    return next;
  };
  for (const e of [...embeds].reverse()) {
    if (e.description) e.description = shrink(e.description);
    for (const f of [...(e.fields ?? [])].reverse()) f.value = shrink(f.value);
    for (const f of [...(e.fields ?? [])].reverse()) f.name = shrink(f.name);
    if (e.footer) e.footer.text = shrink(e.footer.text);
    if (e.author) e.author.name = shrink(e.author.name);
    if (e.title) e.title = shrink(e.title);
  }
}
