// "The boy's mother, who cannot be named, said …", "his widow said": a relative of someone, with no
// role link to a name ("his wife, Cherie Blair,"), is that someone's relative, a person of their
// own: not the person the article has just named, who was named as no one's mother (session 46).

import { RELATION_MODIFIERS, RELATION_NOUNS } from "../../lexicons/titles.ts";

export const RELATION_OF_STEP = {
  name: "coref-relation-of-other",
  doc: "'the boy's mother', 'his widow' with no role link: someone's relative, not the person just named",
} as const;

const RELATION_OF = new RegExp(
  String.raw`(?:['’]s?|\b(?:his|her|their))\s+(?:(?:${RELATION_MODIFIERS})\s+)?(?:${RELATION_NOUNS.join("|")})$`,
  "iu",
);

/** Is `phrase` a possessed relation ("the boy's mother", "his widow", "their son")? */
export const relationOf = (phrase: string): boolean => RELATION_OF.test(phrase);
