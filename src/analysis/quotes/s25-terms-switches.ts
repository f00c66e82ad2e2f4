// Session 25 (issue #13), terms and descriptions.
// - A definite description of a person as a tag's subject ("added the two-time champion", "The
//   director said", "said the world indoor champion") is the person the sentence before (or its
//   own sentence) opens on as subject, else the article's main person mentioned just before
//   (s23-desc-switches.ts's reading). Session 23 had this rule and dropped it: it lost a fresh
//   set's rows where the sentence before opened on an adverb ("Meanwhile, Perpignan centre Ann Roe
//   is …") and so fell back to an older subject; openingName now skips such an adverb.

import type { Alternative } from "../steps.ts";
import { describedHead, describedPerson, SEX } from "./s23-desc-switches.ts";
import type { SpeakerInput } from "./speaker-input.ts";
import { speakerForActor } from "./state.ts";
import type { Speaker } from "./types.ts";

/** A definite description of a person who was named before is that person (speaker rule). */
export const DESCRIBED_NAMED_RULE: Alternative<SpeakerInput, Speaker> = {
  name: "description-named-before",
  doc: '"Ann Roe said …. “…,” added the two-time champion": a definite description of a person is the subject of the sentence before, else the article\'s main person mentioned just before',
  try: ({ doc, p }) => {
    // (an apposition, "Ann Roe, the man credited with …", is the apposition rules')
    const head = /,\s*$/.test(doc.text.slice(p.start - 3, p.start)) ? null : describedHead(p.text);
    if (!head) return null;
    // (a nationality the model ties to a person, "Dutch defender Ann Roe" for "the Dutchman", is
    // that person's)
    const m = /\s\p{Lu}\S*$/u.test(p.text) ? doc.actors.mentionAt(doc.article.docId, p.start, p.end) : null;
    if (m?.via === "role" && doc.actors.byId.get(m.actorId)?.kind === "person") return null;
    const id = describedPerson(doc, p);
    if (!id) return null;
    // ("the woman" is never a man the model knows)
    const sex = SEX[head];
    const g = sex ? (doc.actors.genderOf?.(doc.article.docId, id) ?? "any") : "any";
    return g === "any" || g === sex ? speakerForActor(doc, id, p) : null;
  },
};
