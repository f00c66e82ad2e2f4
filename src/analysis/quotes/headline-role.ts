// "US bank boss hails 'genius' Smith" over "US Federal Reserve chairman Alan Greenspan has given a
// speech …": a headline whose quoted words follow a role noun and a verb ("boss hails", "chief
// warns") names no one; the person the lead sentence opens on, styled with a role, is that role.

import { ROLE_HEADS } from "../lexicons/titles.ts";
import type { QuoteDoc } from "./state.ts";
import { ROLE_LIKE } from "./tokens.ts";

/** Role nouns a headline uses for a person (a table beside the lexicon's role heads). */
const TITLE_ROLES = new Set(["boss", "chief", "head", "leader", "star", "legend", "veteran", "coach"]);

/** The person (actor id and the name as the lead writes it) a headline role stands for, else null. */
export function headlineRolePerson(
  doc: QuoteDoc,
  start: number,
  title: { start: number; end: number },
): { id: string; text: string; name: string } | null {
  const before = doc.text.slice(title.start, start - 1);
  const m = /(?:^|\s)(\p{Ll}[\p{Ll}-]+)\s+\p{Ll}+s\s*$/u.exec(before);
  const role = m?.[1] ?? "";
  if (!m || !(TITLE_ROLES.has(role) || ROLE_HEADS.has(role) || ROLE_LIKE.test(role))) return null;
  const lead = doc.article.paragraphs[0]?.sentences[0];
  if (!lead) return null;
  const first = doc.actors
    .mentionsIn(doc.article.docId)
    .find(
      (x) =>
        x.start >= lead.start &&
        x.end <= lead.end &&
        x.via === "name" &&
        doc.actors.byId.get(x.actorId)?.kind === "person",
    );
  // The lead opens on the person: only capitalised words and role words before the name.
  const opening = first ? doc.text.slice(lead.start, first.start) : "x";
  if (!first || !/^(?:(?:\p{Lu}[\p{L}.'’-]*|\p{Ll}+)\s+)*$/u.test(opening) || /[,;:]/.test(opening))
    return null;
  const actor = doc.actors.byId.get(first.actorId);
  if (actor?.kind !== "person" || !opening.split(/\s+/).some((w) => ROLE_HEADS.has(w) || ROLE_LIKE.test(w)))
    return null;
  return { id: actor.id, text: first.text, name: actor.name };
}
