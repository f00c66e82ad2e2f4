// "Lib Dem spokesman Ann Roe said … But the Lib Dem spokesman questioned whether …": a definite
// spokesperson described by a capitalised party or body ("the Lib Dem spokesman", "the Harbour
// Board spokeswoman") stands for the person the article named with that role: the actor model's
// role link there, else the article's own role links (role-antecedent.ts), every capitalised word
// of the description in the role before the name. A spokesperson reads as an anonymous source, so
// the description was left as written. "The spokesman" alone, with no capitalised word, stays.

import { roleAntecedent } from "./role-antecedent.ts";
import type { SpeakerInput } from "./speaker-input.ts";
import { speakerForActor } from "./state.ts";
import type { Speaker } from "./types.ts";

/** The rule's name and doc (a SPEAKER_RULES entry in resolve-speaker.ts). */
export const NAMED_SPOKESPERSON_SWITCH = {
  name: "spokesperson-role-link",
  doc: '"the Lib Dem spokesman questioned" after "Lib Dem spokesman Ann Roe": the person the article named with that role',
};

/** "the Lib Dem spokesman", "The Harbour Board spokeswoman": up to three words before the head. */
const DESCRIBED = /^the\s+(?:[\p{L}'’-]+\s+){1,3}spokes(?:man|woman|person)$/iu;

/** The person a definite, capitalised spokesperson description stands for, else null. */
export function namedSpokesperson({ doc, p }: SpeakerInput): Speaker | null {
  if (!DESCRIBED.test(p.text)) return null;
  if (
    !p.text
      .split(/\s+/)
      .slice(1, -1)
      .some((w) => /^\p{Lu}/u.test(w))
  )
    return null;
  const m = doc.actors.mentionAt(doc.article.docId, p.start, p.end);
  if (!m) return roleAntecedent(doc, p);
  const actor = m.via === "role" ? doc.actors.byId.get(m.actorId) : undefined;
  return actor?.kind === "person" ? speakerForActor(doc, actor.id, p) : null;
}
