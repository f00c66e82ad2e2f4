// "games firm Pocket Tech", "US magazine Mobile PC": a run of two name-shaped words right
// after a lower-case noun that only an organisation is (firm, magazine, retailer) names that
// organisation. The plain-name rule read it as a person with the role "firm", so "said the
// magazine" found no magazine. Not when the run opens on a given name or a title ("told the
// magazine Gordon Brown had …", "the paper Mr Lee owns"), nor a longer run ("the transport union Rail
// Ivo Brandt"): a person may end it.

import { BODY_KIND_NOUNS } from "../../lexicons/organisations.ts";
import { HONORIFICS, TITLE_HEADS } from "../../lexicons/titles.ts";
import { addOrg } from "../article-actors.ts";
import { knownGivenName } from "../gender.ts";
import { nameShaped } from "../word-classes.ts";
import type { ChunkRule } from "./rule.ts";

export const KIND_NOUN_NAME_RULE: ChunkRule = {
  name: "kind-noun-name",
  doc: "'games firm Pocket Tech', 'US magazine Mobile PC': name-shaped words right after a noun only a body is name that body",
  try: ({ st, c }) => {
    if (c.length !== 2 || !c.every((t) => nameShaped(t))) return null;
    const first = c[0]!.text;
    // (no given name anywhere in it: "the transport union Rail Ivo Brandt" ends on a person)
    if (c.some((t) => knownGivenName(t.text)) || HONORIFICS.has(first) || TITLE_HEADS.has(first)) return null;
    const kind = /(?:^|[^\p{L}'’-])(\p{Ll}+) $/u.exec(
      st.text.slice(Math.max(0, c[0]!.start - 20), c[0]!.start),
    )?.[1];
    if (!kind || !BODY_KIND_NOUNS.has(kind)) return null;
    addOrg(st, c, true, "name");
    return true;
  },
};
