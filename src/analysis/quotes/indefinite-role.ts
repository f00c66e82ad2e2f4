// "Another commuter, Dev Sharma, said …. The mayor urged …": a person the article brings in by an
// indefinite person noun in apposition ("another commuter, Dev Sharma,", "Dev Sharma, a
// 41-year-old accountant,") is one of many such people, and holds no office the article leaves
// unnamed. The role links of coref read the definite appositions; these are the indefinite ones.

import { isOn } from "../steps.ts";
import { personNoun } from "./person-noun.ts";
import type { QuoteDoc } from "./state.ts";

export const INDEFINITE_ROLE_SWITCH = {
  name: "office-other-indefinite-role",
  doc: '"Another commuter, Dev Sharma, said …. The mayor urged": a person brought in by an indefinite person noun in apposition holds no office the article never gave them',
} as const;

// "another commuter, " / "One villager, " right before the name
const BEFORE = /(?:^|[\s(])(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\p{Ll}\d-]+\s+){0,2}(\p{Ll}[\p{Ll}-]+),\s+$/u;
// ", a 41-year-old accountant," / ", a local journalist." right after it
const AFTER =
  /^,\s+(?:an?|another|one)\s+(?:[\p{Ll}\d-]+\s+){0,3}?(\p{Ll}[\p{Ll}-]+)(?=[,.;]|\s+(?:from|in|at|who|for|of|with|to|on)\b)/u;

/** Did the article bring person `id` in by an indefinite person noun other than `head`? */
export function indefiniteRole(doc: QuoteDoc, id: string, head: string): boolean {
  if (!isOn("quotes", INDEFINITE_ROLE_SWITCH.name, doc.switches)) return false;
  for (const m of doc.actors.mentionsIn(doc.article.docId)) {
    if (m.actorId !== id || m.via === "pronoun" || m.via === "role") continue;
    const noun =
      BEFORE.exec(doc.text.slice(Math.max(0, m.start - 50), m.start))?.[1] ??
      AFTER.exec(doc.text.slice(m.end, m.end + 60))?.[1];
    if (noun && noun !== head && personNoun(noun)) return true;
  }
  return false;
}
