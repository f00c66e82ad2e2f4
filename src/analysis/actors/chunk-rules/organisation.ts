import { addOrg } from "../article-actors.ts";
import { nationalBody, orgSpan } from "../organisations.ts";
import type { ChunkRule } from "./rule.ts";

/** "State Department", "FBI", "House of Commons", "UK Athletics": an organisation name. */
export const organisation: ChunkRule = {
  name: "organisation",
  doc: "an organisation name: org head, known org, 'X of Y' body, national body ('UK Athletics')",
  try: ({ st, c, vocab }) => {
    const org = orgSpan(c, st.text, vocab) ?? nationalBody(c, vocab);
    if (!org) return null;
    addOrg(st, org.tokens, org.strong, org.via);
    return true;
  },
};
