// Session 37 (issue #13): "according to PC Pro, has “superb upgrade potential”": a tag whose whole
// phrase names an organisation the actor model holds is that organisation, even when its first word
// reads as a title elsewhere ("PC" for a police constable would leave the name "Pro").

import { HONORIFIC_GENDER, TITLE_WORDS } from "../lexicons/titles.ts";
import type { Alternative } from "../steps.ts";
import { ISSUED_DOCUMENT_RULE, STATEMENT_OF_SUBJECT_RULE } from "./issued-document.ts";
import { NAME_ONLY_AS_RULE } from "./name-only-as.ts";
import { OUR_REPORTER_RULE } from "./our-reporter.ts";
import type { SpeakerInput } from "./speaker-input.ts";
import { coreName } from "./speaker-words.ts";
import { SOURCE_AGAIN_RULE, SPOKESPERSON_AGAIN_RULE } from "./spokesperson-again.ts";
import { speakerForActor } from "./state.ts";
import type { Speaker } from "./types.ts";

export const WHOLE_ORGANISATION_RULE: Alternative<SpeakerInput, Speaker> = {
  name: "whole-phrase-organisation",
  doc: '"according to PC Pro": a phrase that names all of an organisation the model holds is it, though its name reads as a title and a name ("PC", "Pro")',
  try: ({ doc, p, words }) => {
    // (a name in capitals throughout, after "the" at most: "a super PAC" is a description)
    const named = /^the$/i.test(words[0] ?? "") ? words.slice(1) : words;
    if (named.length < 2 || !named.every((w) => /^\p{Lu}/u.test(w))) return null;
    // ("the Chief Executive": an office written in capitals, the capitalised-office rule's)
    if (coreName(words).length === named.length || named.every((w) => TITLE_WORDS.has(w.toLowerCase())))
      return null;
    // (an organisation of this article, never after an honorific: "Mr Warner" is no "Warner Inc")
    if (HONORIFIC_GENDER[named[0]!.toLowerCase()]) return null;
    const actor = doc.actors.resolve(named.join(" "));
    const here = actor?.kind === "organization" && actor.documents.includes(doc.article.docId);
    return here ? speakerForActor(doc, actor.id, p) : null;
  },
};

/** The rules the speaker table tries first (resolve-speaker.ts). */
export const EARLY_SPEAKER_RULES = [
  OUR_REPORTER_RULE,
  WHOLE_ORGANISATION_RULE,
  SPOKESPERSON_AGAIN_RULE,
  SOURCE_AGAIN_RULE,
  ISSUED_DOCUMENT_RULE,
  STATEMENT_OF_SUBJECT_RULE,
  NAME_ONLY_AS_RULE,
];
