// "Shadow leader of the Commons Oliver Heald said", "the Treasury Select Committee Ann Bell":
// a body's name ends on its head word and a person's name, opening on a given name, follows in
// the same capitalised run. The tagger read the run as one organisation ("Commons Oliver Heald"),
// so the person never spoke. Split it: the body, then its member.

import { KNOWN_ORGS, ORG_NAME_HEADS } from "../../lexicons/organisations.ts";
import { HONORIFICS } from "../../lexicons/titles.ts";
import { addOrg, addPerson } from "../article-actors.ts";
import { knownGivenName } from "../gender.ts";
import { COUNTRY_PREFIX, nameShaped } from "../word-classes.ts";
import type { ChunkRule } from "./rule.ts";

export const BODY_THEN_NAME_RULE: ChunkRule = {
  name: "body-then-name",
  doc: "'the Commons Oliver Heald': a body's head word (or a bare well-known body) then a given name and a surname in one run are the body and a person",
  try: ({ st, c, vocab }) => {
    // the person: the last two or three words, opening on a given name; the body before them
    for (const n of [2, 3]) {
      const at = c.length - n;
      if (at < 1) continue;
      const name = c.slice(at);
      const last = c[at - 1]!;
      // (or an acronym: "the employers' federation NEF Michael Perigot said"; not "US", "UK")
      const acronym =
        at === 1 &&
        last.acronym &&
        !COUNTRY_PREFIX.has(last.text) &&
        name.every((t) => /\p{Ll}/u.test(t.text));
      const body = ORG_NAME_HEADS.has(last.text) || (at === 1 && KNOWN_ORGS.has(last.text)) || acronym;
      if (!body || last.possessive || !knownGivenName(name[0]!.text) || HONORIFICS.has(name[0]!.text))
        continue;
      if (!name.every((t) => nameShaped(t) && !t.possessive && !ORG_NAME_HEADS.has(t.text))) continue;
      addOrg(st, c.slice(0, at), true, "name");
      addPerson(st, name, null, true, vocab);
      return true;
    }
    return null;
  },
};
