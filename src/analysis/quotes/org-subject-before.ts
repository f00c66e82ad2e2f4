// "Next has said its profit will fall. “Sales were weak,” the company said": an organisation the
// model does not hold (a name that is also a common word, a firm named once) leaves "the company"
// with no organisation in the speaker history. The name opening one of the two sentences before
// as their subject ("Next has said", "Calder Mills reported") is the organisation it takes up.

import { literal } from "../../text/regex-literal.ts";
import { PLACES } from "../lexicons/places.ts";
import { PRONOUNS } from "../lexicons/pronouns.ts";
import type { Phrase } from "./phrases.ts";
import { sentenceStart } from "./prior-subject.ts";
import type { QuoteDoc } from "./state.ts";
import type { Speaker } from "./types.ts";

/** A capitalised name opening a sentence, then a finite verb ("has said", "reported", "is"). */
const OPENING_SUBJECT =
  /^(\p{Lu}[\p{L}&'’.-]*(?:\s+(?:\p{Lu}[\p{L}&'’.-]*|&|of|and))*?)\s+(?:has|have|had|is|was|will|would|says|said|(?!hundred\b)\p{Ll}+ed)\b/u;
/** Function words and quantifiers that open a sentence and name no one. */
const NOT_A_NAME = new Set(
  `the a an this that these those its it but and however meanwhile in on at as if when while after
  before some many most more much several few other all both each every no one two three four five
  six seven eight nine ten dozens hundreds thousands`.split(/\s+/),
);

/** A name, not a common word opening the sentence: no function word first, and a lone word the
 *  article never writes in lower case ("Sales were weak" is no firm's name; "Next has said" is). */
function nameLike(doc: QuoteDoc, name: string): boolean {
  const first = name.split(/\s+/)[0]!.toLowerCase();
  if (NOT_A_NAME.has(first) || first in PRONOUNS || PLACES.has(name)) return false;
  return (
    /\s/.test(name) || !new RegExp(`\\b${literal(first)}\\b`).test(doc.text.slice(doc.article.bodyStart))
  );
}

/** "The British Retail Consortium published …", "Marks and Spencer saw …": an organisation's
 *  name after an optional "The", then any lower-case verb (the sentence right before only). */
const OPENING_ORG = new RegExp(
  String.raw`^(?:The\s+)?(\p{Lu}[\p{L}&.-]*(?:\s+(?:\p{Lu}[\p{L}&.-]*|&|of|and))*?)\s+(?:(?:has|have|had)\s+)?` +
    // a verb, not a noun the name modifies ("Tory leader Michael Howard", "Chief executive …")
    String.raw`(\p{Ll}+ed|is|was|are|were|will|would|could|can|may|might|must|should|did|does|said|told|says|reports|expects|plans|wants|warns|saw|made|cut|rose|fell|sold|lost|won|took|gave|paid|set|put|bought|grew|hit|has|have|had)\b`,
  "u",
);
/** Verbs by which an organisation issues a document ("The BRC published a survey"). */
const ISSUED = /^(?:publish|release|issue|produce|commission|conduct|compile|unveil)(?:e?[ds]|ing)?$/;

/**
 * The organisation the sentences before `p` open on, for an organisation description; else null.
 * With `near` (switch "org-subject-first"), only the sentence right before, read more widely.
 */
export function orgSubjectBefore(
  doc: QuoteDoc,
  p: Phrase,
  near: "any" | "issued" | false = false,
): Speaker | null {
  let end = sentenceStart(doc, p.start);
  for (let back = 0; back < (near ? 1 : 2) && end > doc.article.bodyStart; back++) {
    const start = sentenceStart(doc, end - 1);
    const m = (near ? OPENING_ORG : OPENING_SUBJECT).exec(doc.text.slice(start, end));
    const name = m?.[1];
    end = start;
    if (near === "issued" && !ISSUED.test(m?.[2] ?? "")) continue;
    if (!name || !nameLike(doc, name)) continue;
    const at = start + m!.index + m![0].indexOf(name);
    const hit = doc.actors.mentionAt(doc.article.docId, at, at + name.length);
    const actor = hit ? doc.actors.byId.get(hit.actorId) : doc.actors.resolve(name);
    // (near: an organisation the model holds, or an unknown name of several words)
    if (actor?.kind === "person" || (near && (actor ? actor.kind !== "organization" : !/\s/.test(name))))
      continue;
    return { ...p, id: actor?.id ?? null, name: actor?.name ?? name, kind: "organization", gender: "any" };
  }
  return null;
}
