// "Tory leader Maud Ellery … The Tory leader brands such criticisms as “rubbish”": a description
// whose head is a role stands for the person the article gave that role, read from the article's
// own role links (the actor model marks a description only before a few verbs, so "brands",
// "went on" or "insists" left it unnamed). Used only where the model has no mention there.

import { type ArticleCoref, corefReadOptions, readCoref, roleLinkFor } from "../actors/index.ts";
import { ROLE_HEADS } from "../lexicons/titles.ts";
import type { Phrase } from "./phrases.ts";
import { unnamedAntecedent } from "./set34-switches.ts";
import { type QuoteDoc, speakerForActor } from "./state.ts";
import type { Speaker } from "./types.ts";

/** Each article's role links, read once and only for an article with such a description. */
const corefs = new WeakMap<QuoteDoc, ArticleCoref>();

/** The article's role links (read on first use, then kept with the article's QuoteDoc). */
export function articleCoref(doc: QuoteDoc): ArticleCoref {
  let coref = corefs.get(doc);
  if (!coref) {
    coref = readCoref(doc.text, doc.article.bodyStart, corefReadOptions(doc.switches));
    corefs.set(doc, coref);
  }
  return coref;
}

/** The person the article gave the role of definite description `p`, else null. */
export function roleAntecedent(doc: QuoteDoc, p: Phrase): Speaker | null {
  const m = /^the\s.*?(\p{Ll}+)$/iu.exec(p.text);
  if (!m || !ROLE_HEADS.has(m[1]!) || doc.actors.mentionAt(doc.article.docId, p.start, p.end)) return null;
  // (an unnamed one of the role introduced before it in the paragraph, set 34)
  if (unnamedAntecedent(doc, p)) return null;
  const coref = articleCoref(doc);
  const link = roleLinkFor(coref, p.text, p.start);
  const end = link ? link.at + link.name.length : 0;
  const at = link ? doc.actors.mentionAt(doc.article.docId, end - 1, end) : null;
  const actor = at ? doc.actors.byId.get(at.actorId) : undefined;
  return actor?.kind === "person" ? speakerForActor(doc, actor.id, p) : null;
}
