// Session 40, names (issue #13, PolNeAR train): "a Salem, N.H., resident named Caroline", "a
// protester who gave his name only as Marco": a person the article introduces by a given name alone.
// A lone known given name otherwise waits for a full name the article gives, and with none it was
// no actor, so the "she said" after it found no one. Session 44: a relation's one name too ("Her
// friend Shona", "His father, Bill,"), read as a person by the noun before it.

import { RELATION_MODIFIERS, RELATION_NOUNS } from "../../lexicons/titles.ts";
import { isOn } from "../../steps.ts";
import { addPerson } from "../article-actors.ts";
import { knownGivenName } from "../gender.ts";
import type { ChunkRule } from "./rule.ts";

/** What introduces someone by one name, right before it (a known given name says person). */
const NAMED_BEFORE = /\b(?:named|identified (?:only )?as|known only as)\s+$/;
/** What introduces a person by one name whatever the name: a person noun before "named", or
 *  "gave her name as". */
const PERSON_NAMED_BEFORE =
  /\b(?:(?:wo)?man|girl|boy|resident|protester|voter|student|teacher|worker|supporter|mother|father|son|daughter|wife|husband|friend|officer|soldier|veteran|nurse|doctor|teenager|person|immigrant|refugee|farmer|driver|owner|activist|retiree|fan)\s+named\s+$|\b(?:gave|gives|giving) (?:his|her) (?:first )?name (?:only )?as\s+$/;
/** "Her friend Shona", "His father, Bill,": a relation of someone named by one name (session 44). */
const RELATION_BEFORE = new RegExp(
  String.raw`\b(?:his|her|their)\s+(?:(?:${RELATION_MODIFIERS})\s+)?(?:${RELATION_NOUNS.join("|")}),?\s+$`,
  "iu",
);
/** "Mr Whitlock's mother, Sheila,": a named person's relation, one name after a comma (session 46). */
const NAMED_RELATION_BEFORE = new RegExp(
  String.raw`(?<![\p{L}'’-])\p{Lu}[\p{L}'’-]*['’]s?\s+(?:(?:${RELATION_MODIFIERS})\s+)?(?:${RELATION_NOUNS.join("|")}),\s+$`,
  "u",
);

/** The switch of the named-owner reading of a relation ("Mr Whitlock's mother, Sheila,"). */
export const NAMED_RELATION_STEP = {
  name: "named-relation-given-name",
  doc: "'Mr Whitlock's mother, Sheila,': a given name after a named person's relation and a comma is a person",
};

export const NAMED_GIVEN_NAME_RULE: ChunkRule = {
  name: "named-given-name",
  doc: "'a resident named Caroline', 'who gave her name only as Maria': one name after a person noun and 'named', after 'gave her name as', or a known given name after 'named'/'identified as', is a person",
  try: ({ st, c, vocab }) => {
    if (c.length !== 1 || !/^\p{Lu}\p{Ll}+$/u.test(c[0]!.text)) return null;
    const at = c[0]!.start;
    const before = st.text.slice(Math.max(0, at - 40), at);
    // (a relation's word is a name when the lexicon knows it or a comma closes it: "his wife
    // Democratic presidential front-runner …" reads an adjective)
    const relation =
      (RELATION_BEFORE.test(before) ||
        (NAMED_RELATION_BEFORE.test(before) && isOn("actors", NAMED_RELATION_STEP.name, st.switches))) &&
      (knownGivenName(c[0]!.text) || /^[,;:.]/.test(st.text.slice(c[0]!.end, c[0]!.end + 1)));
    const named = PERSON_NAMED_BEFORE.test(before) || relation;
    if (!named && !(knownGivenName(c[0]!.text) && NAMED_BEFORE.test(before))) return null;
    addPerson(st, c, null, true, vocab);
    return true;
  },
};
