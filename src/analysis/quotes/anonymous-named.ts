// "But a spokeswoman for Tellco said it was “unfair”. … Tellco spokeswoman Ada Lind said …": an
// anonymous source given by a role for an organisation is the one person the article names in
// that same role for that organisation ("Tellco spokeswoman Ada Lind", "Ada Lind, a spokeswoman
// for Tellco,"), before or after. Two different people in the role leave it anonymous, and so
// does a person's role ("a Marsh lawyer": one of Mr Marsh's lawyers).

import { literal } from "../../text/regex-literal.ts";
import type { Phrase } from "./phrases.ts";
import type { QuoteDoc } from "./state.ts";

const ORG = "((?:\\p{Lu}[\\p{L}&.'’-]*)(?:\\s+(?:\\p{Lu}[\\p{L}&.'’-]*|of|for|and))*)";
/** "a spokeswoman for Tellco", "an adviser to the Calder Trust": role and organisation. */
const ROLE_FOR = new RegExp(
  `^(?:a|an)\\s+(?:[\\p{Ll}-]+\\s+)?(\\p{Ll}+)\\s+(?:for|of|at|to)\\s+(?:the\\s+)?${ORG}$`,
  "u",
);
/** "a Tellco spokeswoman": organisation and role. */
const ORG_ROLE = new RegExp(`^(?:a|an)\\s+${ORG}\\s+(\\p{Ll}+)$`, "u");
const PERSON = "(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)+)";

/** The person's actor id the article names in the role of `p` for its organisation, else null. */
export function anonymousNamed(doc: QuoteDoc, p: Phrase): string | null {
  const rf = ROLE_FOR.exec(p.text);
  const or = rf ? null : ORG_ROLE.exec(p.text);
  const role = rf?.[1] ?? or?.[2];
  const org = rf?.[2] ?? or?.[1];
  // The rule is about an organisation's roles: "a Jackson lawyer" is one of a person's lawyers.
  if (!role || !org || doc.actors.resolve(org)?.kind === "person") return null;
  const [r, o] = [literal(role), literal(org)];
  const res = [
    new RegExp(`${o}(?:['’]s)?\\s+(?:[\\p{Ll}-]+\\s+)?${r},?\\s+${PERSON}`, "gu"),
    new RegExp(
      `${PERSON},\\s+(?:a|an|the)\\s+(?:[\\p{Ll}-]+\\s+)?${r}\\s+(?:for|of|at|to)\\s+(?:the\\s+)?${o}`,
      "gu",
    ),
  ];
  const found = new Set<string>();
  for (const re of res)
    for (const m of doc.text.slice(doc.article.bodyStart).matchAll(re)) {
      const name = m[1]!;
      const at = doc.article.bodyStart + m.index! + m[0].indexOf(name);
      const hit = doc.actors.mentionAt(doc.article.docId, at, at + name.length);
      const actor = hit ? doc.actors.byId.get(hit.actorId) : doc.actors.resolve(name);
      if (actor?.kind === "person") found.add(actor.id);
    }
  return found.size === 1 ? [...found][0]! : null;
}
