// "But a spokeswoman for Tellco said it was “unfair”. … Tellco spokeswoman Ada Lind said …": an
// anonymous source given by a role for an organisation is the one person the article names in
// that same role for that organisation ("Tellco spokeswoman Ada Lind", "Ada Lind, a spokeswoman
// for Tellco,"), before or after. Two different people in the role leave it anonymous, and so
// does a person's role ("a Marsh lawyer": one of Mr Marsh's lawyers).

import { indexesOf, stickyAt } from "../../text/literal-at.ts";
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

/** Between an organisation and its role: "Tellco's ", "Tellco " (then perhaps "press "). */
const ORG_GAP = /(?:['’]s)?\s+/y;
const MODIFIER = /[\p{Ll}-]+\s+/uy;
/** After "Tellco spokeswoman": the person's name. */
const NAME_AFTER = new RegExp(`,?\\s+${PERSON}`, "uy");
/** Before "spokeswoman for Tellco": ", a ", ", the press ". */
const DETERMINER_BEFORE = /,\s+(?:a|an|the)\s+(?:[\p{Ll}-]+\s+)?$/u;
/** Between a role and its organisation: " for ", " at the ". */
const ROLE_GAP = /\s+(?:for|of|at|to)\s+(?:the\s+)?/y;
const NAME_BEFORE = new RegExp(`${PERSON}$`, "u");

/** The person's actor id the article names in the role of `p` for its organisation, else null. */
export function anonymousNamed(doc: QuoteDoc, p: Phrase): string | null {
  const rf = ROLE_FOR.exec(p.text);
  const or = rf ? null : ORG_ROLE.exec(p.text);
  const role = rf?.[1] ?? or?.[2];
  const org = rf?.[2] ?? or?.[1];
  // The rule is about an organisation's roles: "a Jackson lawyer" is one of a person's lawyers.
  if (!role || !org || doc.actors.resolve(org)?.kind === "person") return null;
  const { bodyStart } = doc.article;
  const body = doc.text.slice(bodyStart);
  const found = new Set<string>();
  const add = (name: string, at: number) => {
    const hit = doc.actors.mentionAt(doc.article.docId, bodyStart + at, bodyStart + at + name.length);
    const actor = hit ? doc.actors.byId.get(hit.actorId) : doc.actors.resolve(name);
    if (actor?.kind === "person") found.add(actor.id);
  };
  // Both readings are found from the words written (text/literal-at.ts): a pattern holding them
  // would be compiled anew for each source.
  for (let i = body.indexOf(org); i >= 0; ) {
    const m = orgRoleName(body, i + org.length, role);
    if (m) add(m[1]!, m.index + m[0].indexOf(m[1]!));
    i = body.indexOf(org, m ? m.index + m[0].length : i + 1);
  }
  let from = 0;
  for (const j of indexesOf(body, role)) {
    if (j < from || !stickyAt(ROLE_GAP, body, j + role.length)) continue;
    if (!body.startsWith(org, ROLE_GAP.lastIndex)) continue;
    const w0 = Math.max(from, j - 100);
    const d = DETERMINER_BEFORE.exec(body.slice(w0, j));
    if (!d) continue;
    const comma = w0 + d.index;
    // "Ada Lind, a spokeswoman for Tellco": the name read back from the comma (under 200 characters)
    const n0 = Math.max(from, comma - 200);
    const n = NAME_BEFORE.exec(body.slice(n0, comma));
    if (!n) continue;
    add(n[1]!, n0 + n.index);
    from = ROLE_GAP.lastIndex + org.length;
  }
  return found.size === 1 ? [...found][0]! : null;
}

/** "Tellco spokeswoman Ada Lind" from after the organisation: the name, or null. */
function orgRoleName(body: string, at: number, role: string): RegExpExecArray | null {
  if (!stickyAt(ORG_GAP, body, at)) return null;
  const gap = ORG_GAP.lastIndex;
  // With a modifier first, as (?:[\p{Ll}-]+\s+)? tries it, then without.
  for (const start of stickyAt(MODIFIER, body, gap) ? [MODIFIER.lastIndex, gap] : [gap])
    if (body.startsWith(role, start)) {
      const m = stickyAt(NAME_AFTER, body, start + role.length);
      if (m) return m;
    }
  return null;
}
