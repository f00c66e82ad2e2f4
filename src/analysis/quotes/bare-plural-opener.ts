// `Investigations carried out … found more than 7,000 people had entered under a scheme for
// "entrepreneurs"`, `Users can upgrade iTunes by opening the "look for updates" window`: a plural
// common noun opening the sentence is capitalised only by its place; it names no one, so the
// clause-subject readings give it no words unless it is a source's or a role's noun ("Critics",
// "Prosecutors") or the actor model knows it as an actor (session 36).

import { ANONYMOUS_HEADS } from "../lexicons/sources.ts";
import { isOn } from "../steps.ts";
import type { Cue } from "./phrases.ts";
import type { QuoteDoc } from "./state.ts";
import { ROLE_LIKE } from "./tok.ts";

export const BARE_PLURAL_OPENER_SWITCH = {
  name: "bare-plural-opener-no-name",
  doc: '`Users can upgrade it by opening the "look for updates" window`: a sentence-opening plural common noun the actor model does not know is no clause subject',
};

/** The cue, unless its speaker is one capitalised plural word the model knows as no actor and no source noun. */
export function unlessBarePlural(doc: QuoteDoc, c: Cue | null): Cue | null {
  if (!c || !isOn("quotes", BARE_PLURAL_OPENER_SWITCH.name, doc.switches)) return c;
  const w = c.speaker.text;
  // (a role's plural, "Prosecutors wanted the firms to “disgorge” $280bn", is people: a source)
  if (!/^\p{Lu}\p{Ll}+s$/u.test(w) || ANONYMOUS_HEADS.has(w.toLowerCase()) || ROLE_LIKE.test(w.slice(0, -1)))
    return c;
  return doc.actors.mentionAt(doc.article.docId, c.speaker.start, c.speaker.end) ? c : null;
}
