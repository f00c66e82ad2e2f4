import type { NameWord as Token } from "../../../text/views.ts";
import { NEVER } from "../../lexicons/not-names.ts";
import { GROUP_NOUNS } from "../../lexicons/organisations.ts";
import { addOrg } from "../article-actors.ts";
import { isCommon } from "../vocabulary.ts";
import { describesPeople } from "../word-classes.ts";
import type { ChunkRule } from "./rule.ts";

/** "Sinaloa cartel", "Tren de Aragua gang": a lower-case group noun after the run. */
export const groupNoun: ChunkRule = {
  name: "group-noun",
  doc: "a lower-case group noun after ('Sinaloa cartel'): an organisation",
  try: ({ st, c, vocab }) => {
    const last = c[c.length - 1]!;
    const gm = /^ ([a-z]+)/.exec(st.text.slice(last.end, last.end + 20));
    if (!gm || !GROUP_NOUNS.has(gm[1]!) || last.possessive) return null;
    // "Chechen rebels", "Jewish group", "Sudanese Hutu militia": who they are, not a group's name
    let cs = c;
    while (cs.length > 0 && describesPeople(cs[0]!.text)) cs = cs.slice(1);
    if (cs.length === 0) return true;
    if (cs.length >= 2) {
      addOrg(st, cs, true, "name");
      return true;
    }
    if (cs.length === 1 && !isCommon(cs[0]!.text, vocab) && !NEVER.has(cs[0]!.text)) {
      const tok = cs[0]!;
      const end = tok.end + 1 + gm[1]!.length;
      const withNoun: Token = { ...tok, text: st.text.slice(tok.start, end), end };
      addOrg(st, [withNoun], true, "name");
      return true;
    }
    return null;
  },
};
