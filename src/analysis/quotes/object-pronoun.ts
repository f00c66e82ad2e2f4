// "The row prompted him to say …" (caused-to-say.ts): an object pronoun speaks only where the
// person it stands for is known to be of its gender; the he/she rules' looser fallbacks (the
// latest speaker, a person of unknown gender) are for "he said" tags, which always have someone.
// An object pronoun left unresolved names no speaker at all (narrator-i.ts clears it).

import { OBJECT_PRONOUNS } from "../lexicons/pronouns.ts";
import type { Phrase } from "./phrases.ts";
import type { QuoteDoc } from "./state.ts";
import type { Speaker } from "./types.ts";

export const isObjectPronoun = (text: string): boolean => text.toLowerCase() in OBJECT_PRONOUNS;

/** `sp`, the he/she rules' reading of `p`; for an object pronoun, only a person of gender `want`. */
export function objectPronounChecked(doc: QuoteDoc, p: Phrase, sp: Speaker, want: string): Speaker {
  if (!isObjectPronoun(p.text) || (sp.id && doc.actors.genderOf?.(doc.article.docId, sp.id) === want))
    return sp;
  return { ...p, id: null, name: null, kind: "person", gender: sp.gender };
}
