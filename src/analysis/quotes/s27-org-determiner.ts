// Session 27, names (issue #13): "But the Confederation of British Industry (CBI) called for …".
// An organisation's name linked through "of/for/and" after a lowercase determiner read as a
// description ("critics of the plan": the linked-description rule) or, with a plural last word
// ("the Federation of Garden Traders"), as an anonymous source; "The Confederation …" opening a
// sentence was read as the name. Tried before those rules: the name the model holds as an
// organisation is that organisation.

import { TITLE_WORDS } from "../lexicons/titles.ts";
import type { Alternative } from "../steps.ts";
import type { SpeakerInput } from "./speaker-input.ts";
import type { Speaker } from "./types.ts";

/** Capitalised words joined by at least one "of/for/and/to" between two of them ("Confederation of
 *  British Industry"); "the" only after a link ("Friends of the Earth"). */
function linkedName(ws: readonly string[]): boolean {
  const cap = (w: string | undefined) => !!w && /^\p{Lu}/u.test(w);
  let links = 0;
  for (let k = 0; k < ws.length; k++) {
    if (cap(ws[k])) continue;
    const link = /^(?:of|for|and|to)$/.test(ws[k]!) && cap(ws[k - 1]);
    const article = ws[k] === "the" && /^(?:of|for|to)$/.test(ws[k - 1] ?? "");
    if (!(link || article) || k === ws.length - 1) return false;
    if (link) links++;
  }
  return cap(ws[0]) && cap(ws[ws.length - 1]) && links > 0;
}

export const ORG_NAME_AFTER_DETERMINER_RULE: Alternative<SpeakerInput, Speaker> = {
  name: "org-name-after-lowercase-the",
  doc: '"But the Confederation of British Industry called": a name linked through of/for/and after "the" is the organisation the model holds, not a description',
  try: ({ doc, p, words }) => {
    if (!/^(?:the|a|an)$/i.test(words[0] ?? "")) return null;
    const name = words.slice(1);
    if (name.length < 3 || TITLE_WORDS.has(name[0]!.toLowerCase()) || !linkedName(name)) return null;
    const actor = doc.actors.resolve(name.join(" "));
    // (the actor's own name: coreName would cut a name whose head is no listed one to its last word)
    return actor?.kind === "organization"
      ? { ...p, id: actor.id, name: actor.name, kind: "organization", gender: "any" }
      : null;
  },
};
