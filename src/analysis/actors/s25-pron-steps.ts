// Actor rule of session 25's pronoun work (issue #13): "Liverpool forward Milan Baros", "Ajax
// coach Ronald Koeman": a lower-case role noun that only a person holds, written right before a
// run of capitalised words, makes the run a person's name, whatever the learned tagger reads
// (it takes "Milan Baros" for a club, so a later "he" can never find him).

import { ORG_NOUNS } from "../lexicons/organisations.ts";
import { GIVEN_NAMES } from "../lexicons/person-names.ts";
import { ROLE_HEADS } from "../lexicons/titles.ts";
import { plainName } from "./chunk-rules/plain-name.ts";
import type { ChunkRule } from "./chunk-rules/rule.ts";

/** Role heads that describe bodies too ("rival Tesco", "sponsor Vodafone", "champions Leeds"). */
export const BODY_ROLES = new Set(
  `rival rivals partner partners owner owners sponsor sponsors backer leader leaders champion champions
  winner winners holder holders member members supplier buyer seller bidder investor shareholder lender
  client customer contractor operator provider maker producer publisher broadcaster distributor
  retailer side team host hosts organiser organisers`.split(/\s+/),
);

/** The word written right before the run, one space away, if lower-case. */
function wordBefore(text: string, at: number): string | null {
  return /(?:^|[^\p{L}])(\p{Ll}+) $/u.exec(text.slice(Math.max(0, at - 30), at))?.[1] ?? null;
}

export const TAGGER_ORG_ROLE_BEFORE_RULE: ChunkRule = {
  name: "tagger-org-after-person-role",
  doc: "a run the tagger reads as an organisation right after a role noun only a person holds ('Liverpool forward Milan Baros') is a person's name",
  try: (r) => {
    const { st, c } = r;
    if (c.length < 2 || GIVEN_NAMES.has(c[0]!.text) || st.ner.nameAt(c[0]!, c[c.length - 1]!)?.type !== "ORG")
      return null;
    const role = wordBefore(st.text, c[0]!.start);
    if (!role || !ROLE_HEADS.has(role) || BODY_ROLES.has(role) || ORG_NOUNS.has(role)) return null;
    return plainName.try(r);
  },
};
