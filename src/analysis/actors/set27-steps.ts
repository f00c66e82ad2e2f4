// Actor rules of the classes found on BBC study set 27 (chunk rules listed in chunk-rules/index.ts).

import { ORG_NAME_HEADS, ORG_STARTS } from "../lexicons/organisations.ts";
import { addOrg } from "./article-actors.ts";
import type { ChunkRule } from "./chunk-rules/rule.ts";

/** "Joint Committee on Human Rights", "Council on Foreign Relations": an organisation head, "on"
 *  and a capitalised subject is one body's name, as "of" and "for" make one (the chunker joins
 *  "on" only after such a head; organisations.ts reads "of", "for" and "to"). */
export const ORG_HEAD_ON_STEP: ChunkRule = {
  name: "org-head-on-subject",
  doc: '"Joint Committee on Human Rights", "Council on Foreign Relations": an organisation head, "on" and a capitalised subject name one body',
  try: ({ st, c }) => {
    const on = c.findIndex((t) => t.text === "on");
    if (on <= 0 || on >= c.length - 1 || !c[on + 1]!.cap) return null;
    const head = c[on - 1]!.text;
    if (!ORG_NAME_HEADS.has(head) && !ORG_STARTS.has(head)) return null;
    addOrg(st, c, true, "name");
    return true;
  },
};
