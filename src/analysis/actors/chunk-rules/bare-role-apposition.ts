// "JF Sullivan, spokesman for e-mail software firm Sendmail said", "Parul Jain, deputy chief
// economist at Nomura, said": a run of name-shaped words set
// off by a comma and a bare role only a person holds (no article: "spokesman for", "chief
// executive of") names a person, whatever the tagger says of initials ("JF") before a surname.
// Placed with person-apposition, before the tagger's organisation rule.

import { addPerson, lastPerson } from "../article-actors.ts";
import { appositive, precedingRole } from "../cues.ts";
import { nameShaped } from "../word-classes.ts";
import type { ChunkRule } from "./rule.ts";

/** ", spokesman for", ", chief executive of": a bare person's role and its link right after a name. */
const BARE_ROLE =
  /^,\s+(?:(?:senior|chief|deputy|former|managing|executive|vice|assistant|associate|lead|head|principal)\s+){0,3}(?:spokesman|spokeswoman|spokesperson|chairman|chairwoman|executive|director|economist|analyst|strategist|founder|editor|professor|officer|manager|adviser|advisor)\s+(?:for|of|at|with)\s/u;

export const personBareRole: ChunkRule = {
  name: "person-bare-role-apposition",
  doc: "'JF Sullivan, spokesman for …': two or three name-shaped words before a bare person's role and its link are a person",
  try: ({ st, s, c, vocab }) => {
    if (c.length < 2 || c.length > 3 || !c.every((t) => nameShaped(t))) return null;
    const last = c[c.length - 1]!;
    if (!BARE_ROLE.test(st.text.slice(last.end, last.end + 60))) return null;
    addPerson(st, c, precedingRole(st, s, c[0]!), true, vocab);
    const app = appositive(st.text, last, st.switches);
    if (app) lastPerson(st)?.descriptions.push(app);
    return true;
  },
};
