// "games firm Pocket Tech", "US magazine Mobile PC": a run of two name-shaped words right
// after a lower-case noun that only an organisation is (firm, magazine, retailer) names that
// organisation. The plain-name rule read it as a person with the role "firm", so "said the
// magazine" found no magazine. Not when the run opens on a given name or a title ("told the
// magazine Gordon Brown had …", "the paper Mr Lee owns"), nor a longer run ("the transport union Rail
// Ivo Brandt"): a person may end it.

import { GIVEN_NAMES } from "../../lexicons/person-names.ts";
import { HONORIFICS, TITLE_HEADS } from "../../lexicons/titles.ts";
import { addOrg } from "../article-actors.ts";
import { FEMALE_NAMES, MALE_NAMES } from "../gender.ts";
import { nameShaped } from "../word-classes.ts";
import type { ChunkRule } from "./rule.ts";

/** Nouns only a body is, written right before its name. Not "broadcaster", "publisher",
 *  "maker" or "operator": "veteran broadcaster Cyril Fletcher" is a person. */
const BODY_KINDS = new Set(
  `firm company magazine newspaper paper tabloid website network channel studio label airline retailer
  supermarket chain bank insurer charity union club group giant agency watchdog regulator`.split(/\s+/),
);

export const KIND_NOUN_NAME_RULE: ChunkRule = {
  name: "kind-noun-name",
  doc: "'games firm Pocket Tech', 'US magazine Mobile PC': name-shaped words right after a noun only a body is name that body",
  try: ({ st, c }) => {
    if (c.length !== 2 || !c.every((t) => nameShaped(t))) return null;
    const first = c[0]!.text;
    // (no given name anywhere in it: "the transport union Rail Ivo Brandt" ends on a person)
    const given = (w: string) =>
      GIVEN_NAMES.has(w) || MALE_NAMES.has(w.toLowerCase()) || FEMALE_NAMES.has(w.toLowerCase());
    if (c.some((t) => given(t.text)) || HONORIFICS.has(first) || TITLE_HEADS.has(first)) return null;
    const kind = /(?:^|[^\p{L}'’-])(\p{Ll}+) $/u.exec(
      st.text.slice(Math.max(0, c[0]!.start - 20), c[0]!.start),
    )?.[1];
    if (!kind || !BODY_KINDS.has(kind)) return null;
    addOrg(st, c, true, "name");
    return true;
  },
};
