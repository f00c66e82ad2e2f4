// "The row prompted him to say …" (caused-to-say.ts): an object pronoun speaks only where the
// person it stands for is known to be of its gender; the he/she rules' looser fallbacks (the
// latest speaker, a person of unknown gender) are for "he said" tags, which always have someone.
// An object pronoun left unresolved names no speaker at all (never "him" as a name).

import { OBJECT_PRONOUNS, PRONOUNS } from "../lexicons/pronouns.ts";
import type { Phrase } from "./phrases.ts";
import { clearSpeaker } from "./so-called.ts";
import type { QuoteDoc } from "./state.ts";
import type { QuoteFound, Speaker } from "./types.ts";

const isObjectPronoun = (text: string): boolean => {
  const lower = text.toLowerCase();
  return lower in OBJECT_PRONOUNS && !(lower in PRONOUNS);
};

/** `sp`, the he/she rules' reading of `p`; for an object pronoun, only a person of gender `want`. */
export function objectPronounChecked(doc: QuoteDoc, p: Phrase, sp: Speaker, want: string): Speaker {
  if (!isObjectPronoun(p.text) || (sp.id && doc.actors.genderOf?.(doc.article.docId, sp.id) === want))
    return sp;
  return { ...p, id: null, name: null, kind: "person", gender: sp.gender };
}

/** Quotations `direct` (one per span) whose speaker is an unresolved object pronoun lose it. */
export function unattributeObjectPronouns(doc: QuoteDoc, direct: QuoteFound[]): void {
  direct.forEach((q, i) => {
    const sp = doc.speakers[i];
    if (sp && !sp.id && isObjectPronoun(sp.text)) clearSpeaker(q);
  });
}
