// "The singer grabbed an intruder … The singer did not want to talk": a description the model
// links to no one here stands for the person the model linked the same words to earlier in the
// article, when every earlier link of those words is to that one person.

import type { Phrase } from "./phrases.ts";
import { type QuoteDoc, speakerForActor } from "./state.ts";
import type { Speaker } from "./types.ts";

/** The person the article's earlier uses of description `p` stand for, or null. */
export function sameDescription(doc: QuoteDoc, p: Phrase): Speaker | null {
  const { actors, article, text } = doc;
  if (actors.mentionAt(article.docId, p.start, p.end)) return null;
  const want = p.text.toLowerCase();
  let id: string | null = null;
  for (const m of actors.mentionsIn(article.docId)) {
    if (m.start >= p.start) break;
    if (m.via !== "role" || text.slice(m.start, m.end).toLowerCase() !== want) continue;
    if (id && id !== m.actorId) return null;
    id = m.actorId;
  }
  return id && actors.byId.get(id)?.kind === "person" ? speakerForActor(doc, id, p) : null;
}
