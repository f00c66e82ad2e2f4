// "Maria Lenz, WPA president and veteran campaigner said", "Dr Karl Voss, Zentrix senior vice
// president, Research and Development, said", "Mr Oduya, MP for Kettleby, Lincolnshire, said":
// the phrase next to the verb is a role in apposition to a name before it (after the role's own
// commas or an "and"), so the name speaks, not the role.

import { STOPWORDS } from "../../search/stopwords.ts";
import { PRONOUNS } from "../lexicons/pronouns.ts";
import type { NamedPhrase } from "./apposition.ts";
import type { Phrase } from "./phrases.ts";
import type { QuoteDoc } from "./state.ts";

/** A role: a lower-case head ("senior vice president"), or a role for a place ("MP for Bath"). */
const ROLE =
  /^(?:(?:[\p{L}&'’-]+\s+){0,5}\p{Ll}[\p{Ll}-]*|(?:\p{Ll}[\p{L}-]*\s+)*(?:\p{Ll}[\p{L}-]*|MP|MSP|MEP|AM|MLA)\s+(?:for|of|at)\s+.+)$/u;
/** Words that may join role segments between the name and the role; any other stopword is a clause. */
const JOINS = new Set(["and", "of", "for", "at", "the", "&"]);

/** The person named before role phrase `p` in apposition, with the role, or null. */
export function nameBeforeRole(doc: QuoteDoc, p: Phrase): NamedPhrase | null {
  if (!ROLE.test(p.text) || p.text.toLowerCase() in PRONOUNS || /^(?:the|a|an)$/i.test(p.text)) return null;
  const ms = doc.actors.mentionsIn(doc.article.docId);
  let m = null;
  for (let k = ms.length - 1; k >= 0; k--) {
    const x = ms[k]!;
    if (x.start >= p.start) continue;
    if (p.start - x.end > 90) break;
    // (an organisation inside the role, "WPA president", is passed over)
    if (x.via === "pronoun" || x.via === "role" || doc.actors.byId.get(x.actorId)?.kind !== "person")
      continue;
    m = x;
    break;
  }
  if (!m || !joinedByApposition(doc.text.slice(m.end, p.start))) return null;
  // The name opens its clause: "In a statement, Dr Karl Voss, …" (a title before it is its own).
  const before = doc.text.slice(Math.max(doc.article.bodyStart, m.start - 40), m.start);
  if (!/(?:^|[.,;:—–"”(\n]|\b(?:and|but))\s*(?:\p{Lu}[\p{L}.]*\s+)?$/u.test(before)) return null;
  return { start: m.start, end: m.end, text: doc.text.slice(m.start, m.end), role: p };
}

/** `, WPA president and ` / `, Zentrix senior vice president, ` / `, `: a comma, then role words. */
function joinedByApposition(between: string): boolean {
  if (!/^,\s/.test(between) || /^,\s+and\s/.test(between)) return false;
  const rest = between.slice(1).trim();
  if (rest === "") return true;
  if (!/(?:,|\sand)$/.test(rest) || /[.;:!?"“”()]/.test(rest)) return false;
  const words = rest.split(/[\s,]+/).filter(Boolean);
  return (
    words.length <= 8 && words.every((w) => JOINS.has(w.toLowerCase()) || !STOPWORDS.has(w.toLowerCase()))
  );
}
