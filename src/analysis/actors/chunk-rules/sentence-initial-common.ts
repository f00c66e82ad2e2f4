import { PARTICLES_IN_ACTOR_NAMES } from "../../lexicons/person-names.ts";
import { DEMONYMS } from "../../lexicons/places.ts";
import { HONORIFICS, TITLE_HEADS, TITLE_MODIFIERS } from "../../lexicons/titles.ts";
import { isOn } from "../../steps.ts";
import { knownSurname, pendingWord } from "../article-actors.ts";
import { atSentenceStart } from "../cues.ts";
import { isCommon } from "../vocabulary.ts";
import type { ChunkRule } from "./rule.ts";

/** A title's modifier of time ("Former Stoke striker …"), never part of a name. */
// (and "One Labour campaigner", "Another Tory MP": a determiner before a body's name and a role, session 45)
const TIME_MODIFIER =
  /^(?:Former|Ex|Acting|Retired|Veteran|Interim|Caretaker|Then|Outgoing|Incoming|One|Another)$/;

/** The switch of the "&" exception. */
export const AMPERSAND_NAME_STEP = {
  name: "sentence-initial-ampersand",
  doc: "'Marks & Spencer has cut…': a common word starting the sentence stays in a name joined by '&'",
};

/** "Yet Trump", "The State Department": a common word capitalised only because it starts the
 *  sentence is not part of the name (a lone one may still be a surname the article gives). */
export const sentenceInitialCommon: ChunkRule = {
  name: "sentence-initial-common",
  doc: "drop a sentence-initial common word ('Yet Trump'); alone, it may only be a known surname",
  try: (r) => {
    const { st, s, vocab } = r;
    let c = r.c;
    if (!atSentenceStart(s, c[0]!, st.text) && !/[:;]\s*["“]?\s*$/.test(st.text.slice(s.start, c[0]!.start)))
      return null;
    const f = c[0]!;
    // ("Former Stoke striker Kevin Shelton": a title's modifier before a lower-case role is prose, session 44)
    const beforeRole = TIME_MODIFIER.test(f.text) && /^\s+\p{Ll}/u.test(st.text.slice(c[c.length - 1]!.end));
    const titled = c.length > 1 && !beforeRole && (TITLE_MODIFIERS.has(f.text) || DEMONYMS.has(f.text));
    const surname = knownSurname(st, c);
    if (
      f.cap &&
      !surname &&
      (isCommon(f.text, vocab) || beforeRole) &&
      !TITLE_HEADS.has(f.text) &&
      !HONORIFICS.has(f.text) &&
      !titled &&
      // "Marks & Spencer": partners' names joined by "&" are one name, never prose
      !(c[1]?.text === "&" && isOn("actors", AMPERSAND_NAME_STEP.name, st.switches))
    ) {
      // a lone common word may still be the surname of someone the article names ("Brown said")
      if (c.length === 1 && !f.possessive) pendingWord(st, c, null, null, true);
      c = c.slice(1);
      while (c.length > 0 && !c[0]!.cap && !PARTICLES_IN_ACTOR_NAMES.has(c[0]!.text)) c = c.slice(1);
    }
    r.c = c;
    return null;
  },
};
