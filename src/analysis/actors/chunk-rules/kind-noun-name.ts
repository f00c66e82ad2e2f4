// "games firm Pocket Tech", "US magazine Mobile PC": a run of two to four name-shaped words right
// after a lower-case noun that only an organisation is (firm, magazine, retailer) names that
// organisation. The plain-name rule read it as a person with the role "firm", so "said the
// magazine" found no magazine. Not when the run opens on a given name or a title ("told the
// magazine Gordon Brown had …", "the paper Mr Lee owns"): a clause's subject may follow.

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
    if (c.length < 2 || c.length > 4 || !c.every((t) => nameShaped(t))) return null;
    const first = c[0]!.text;
    const given =
      GIVEN_NAMES.has(first) || MALE_NAMES.has(first.toLowerCase()) || FEMALE_NAMES.has(first.toLowerCase());
    if (given || HONORIFICS.has(first) || TITLE_HEADS.has(first)) return null;
    const kind = /(?:^|[^\p{L}'’-])(\p{Ll}+) $/u.exec(
      st.text.slice(Math.max(0, c[0]!.start - 20), c[0]!.start),
    )?.[1];
    if (!kind || !BODY_KINDS.has(kind)) return null;
    addOrg(st, c, true, "name");
    return true;
  },
};
