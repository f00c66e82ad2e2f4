// "One survivor, who gave her name only as Shazia, said …": an anonymous source the article then
// names by the one name they gave is that person, so a he/she after it and the reader both see
// the name (the actor model reads the name as a person, named-given-name.ts).

import type { Alternative } from "../steps.ts";
import type { SpeakerInput } from "./speaker-input.ts";
import { speakerForActor } from "./state.ts";
import type { Speaker } from "./types.ts";

/** ", who gave her name (only) as Shazia" right after the source: the possessive, the name. */
const GAVE_NAME =
  /^,\s+who\s+(?:gave|gives|would\s+give)\s+(his|her|their)\s+(?:first\s+)?name\s+(?:only\s+)?as\s+(\p{Lu}[\p{L}'’-]+)/u;

export const NAME_ONLY_AS_RULE: Alternative<SpeakerInput, Speaker> = {
  name: "name-only-as",
  doc: '"One survivor, who gave her name only as Shazia, said": the anonymous source is the one name they gave',
  try: ({ doc, p }) => {
    if (!/^(?:an?|one|another)\s/i.test(p.text)) return null;
    const m = GAVE_NAME.exec(doc.text.slice(p.end, p.end + 80));
    if (!m) return null;
    const name = m[2]!;
    const at = p.end + m[0].length - name.length;
    const hit = doc.actors.mentionAt(doc.article.docId, at, at + name.length);
    // (the possessive tells the gender a he/she after it asks for)
    const gender = m[1] === "his" ? "male" : m[1] === "her" ? "female" : "any";
    return hit && doc.actors.byId.get(hit.actorId)?.kind === "person"
      ? speakerForActor(doc, hit.actorId, { start: at, end: at + name.length, text: name }, gender)
      : null;
  },
};
