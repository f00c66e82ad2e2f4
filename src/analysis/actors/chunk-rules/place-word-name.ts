// Session 39, names (issue #13): people whose names hold a place word — "Mr Houston", "Baroness
// Scotland", "ombudsman Elizabeth France", "producer Michael London", "spokesman Mike Lake",
// "analyst Carolina Milanesi". Every later rule reads a place word as no actor, so these speakers
// were left as bare strings. Only a person's cue lets the run through: a personal honorific, or a
// known given name or a role noun before it; "Lake Geneva", "the London office" stay places.

import { foldKey } from "../../../text/fold.ts";
import { ORG_NAME_HEADS } from "../../lexicons/organisations.ts";
import { PLACE_HEADS, PLACES } from "../../lexicons/places.ts";
import { addPerson, afterHonorific, attach, attachSurname, personOfSurname } from "../article-actors.ts";
import { appositive, precedingRole, speechNear } from "../cues.ts";
import { knownGivenName } from "../gender.ts";
import type { ArticleState, Pending } from "../types.ts";
import { isCommon } from "../vocabulary.ts";
import { nameShaped, span } from "../word-classes.ts";
import type { ChunkRule } from "./rule.ts";

const isPlaceWord = (w: string): boolean => PLACES.has(w) || PLACE_HEADS.has(w);

export const PLACE_WORD_NAME_RULE: ChunkRule = {
  name: "place-word-name",
  doc: "'Mr Houston', 'ombudsman Elizabeth France', 'analyst Carolina Milanesi': a person's cue makes a name holding a place word a person",
  try: ({ st, s, c, vocab }) => {
    // "Mr Houston": the honorific says person; the surname joins the person the article named so
    if (c.length === 1 && PLACES.has(c[0]!.text) && afterHonorific(st.text, c[0]!)) {
      surnameMention(st, span(st.text, c), c[0]!.start, c[0]!.end);
      return true;
    }
    if (c.length !== 2 || !nameShaped(c[1]!)) return null;
    const [first, last] = [c[0]!, c[1]!];
    const role = precedingRole(st, s, first);
    // "ombudsman Elizabeth France", "Mike Lake said": a known given name and a place word
    if (knownGivenName(first.text) && !PLACES.has(first.text) && isPlaceWord(last.text)) {
      const cue = role ?? appositive(st.text, last, st.switches);
      if (!cue && !speechNear(st.text, first, last)) return null;
      addPerson(st, c, cue, true, vocab);
      return true;
    }
    // "analyst Carolina Milanesi": a place word opening a name the role noun says is a person's
    if (
      role &&
      PLACES.has(first.text) &&
      !isPlaceWord(last.text) &&
      !ORG_NAME_HEADS.has(last.text) &&
      !last.acronym &&
      !isCommon(last.text, vocab)
    ) {
      addPerson(st, c, role, true, vocab);
      return true;
    }
    return null;
  },
};

/** A surname after an honorific: a mention of the article's person of that surname, or of a person
 *  known by the surname alone. */
function surnameMention(st: ArticleState, text: string, start: number, end: number): void {
  const key = foldKey(text);
  const p: Pending = {
    docId: st.docId,
    start,
    end,
    text,
    key,
    acronym: false,
    hint: "person",
    description: null,
  };
  const named = personOfSurname(st, key);
  if (named) attach(named, p, "surname");
  else attachSurname(st, p, true);
}
