// Speaker classes of "it" and he/she given to the wrong actor (session 17): one list for
// inline-switches.ts, and the small rules the switches guard.

import { isOn } from "../steps.ts";
import type { Phrase } from "./phrases.ts";
import type { QuoteDoc } from "./state.ts";

/** "The US tycoon …": an acronym modifying a person's role noun is no organisation. */
export const ACRONYM_MODIFIER_SWITCH = {
  name: "acronym-modifier-person",
  doc: '"The US tycoon, who …, has approached the board with “…”, it has confirmed": an acronym before a lower-case noun the model links to a person describes that person; it is no body for "it" to take up',
};

/** The switches of this session's "it"/he/she classes, for the ablation. */
export const IT17_SWITCHES = [ACRONYM_MODIFIER_SWITCH];

/** The person "The US tycoon" stands for: a phrase ending on the acronym, a lower-case word after
 *  it, the two together a role mention of a person in the model; else null. */
export function acronymModifiedPerson(
  doc: QuoteDoc,
  p: Phrase,
  acronym: string,
): { id: string; name: string } | null {
  if (!isOn("quotes", ACRONYM_MODIFIER_SWITCH.name, doc.switches)) return null;
  if (!p.text.endsWith(acronym)) return null;
  const noun = /^\s+\p{Ll}[\p{L}-]*/u.exec(doc.text.slice(p.end, p.end + 40));
  if (!noun) return null;
  const m = doc.actors.mentionAt(doc.article.docId, p.start, p.end + noun[0].length);
  const actor = m?.via === "role" ? doc.actors.byId.get(m.actorId) : undefined;
  return actor?.kind === "person" ? { id: actor.id, name: actor.name } : null;
}
