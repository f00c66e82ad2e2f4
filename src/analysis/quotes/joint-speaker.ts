// '"…," said Jonathan Wolpaw and Dennis McFarlane', '"…," singer Gary Lightbody and drummer Jonny
// Quinn said': two people joined by "and" at one tag speak together. The phrase readers stop at
// "and", so the quotation went to one of them alone; it goes to both, as one joint speaker with
// no single actor ("Gary Lightbody and Jonny Quinn"). Switch "joint-speakers".

import { isOn } from "../steps.ts";
import type { Phrase } from "./phrases.ts";
import type { QuoteDoc } from "./state.ts";
import type { Speaker } from "./types.ts";

export const JOINT_SPEAKERS_SWITCH = {
  name: "joint-speakers",
  doc: '"said Jonathan Wolpaw and Dennis McFarlane": two people joined by "and" at a tag speak together, one joint speaker',
};

const NAME = String.raw`\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){1,2}`;
/** "and (role words) Name" right after the phrase, the tag's clause ending there. */
const AND_AFTER = new RegExp(
  String.raw`^\s+and\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}(${NAME})(?=\s*[,.;:]|\s+(?:said|told|added)\b)`,
  "u",
);
/** "Name and (role words)" right before the phrase. */
const AND_BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}'’-])(${NAME})\s+and\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}$`,
  "u",
);

/** The person the model marks on the whole name at [start, end), else null. */
function personAt(doc: QuoteDoc, start: number, end: number): string | null {
  const m = doc.actors.mentionAt(doc.article.docId, start, end);
  const ok = m && m.start === start && m.end === end && m.via !== "pronoun";
  return ok && doc.actors.byId.get(m.actorId)?.kind === "person" ? m.actorId : null;
}

/** The joint speaker of a person speaker `sp` (at phrase `p`) and the person "and" joins to it, else null. */
export function jointSpeaker(doc: QuoteDoc, p: Phrase, sp: Speaker): Speaker | null {
  if (sp.kind !== "person" || !sp.id || !isOn("quotes", JOINT_SPEAKERS_SWITCH.name, doc.switches))
    return null;
  const after = AND_AFTER.exec(doc.text.slice(p.end, p.end + 80));
  const beforeText = doc.text.slice(Math.max(doc.article.bodyStart, p.start - 80), p.start);
  const before = after ? null : AND_BEFORE.exec(beforeText);
  const m = after ?? before;
  if (!m) return null;
  const at = after
    ? p.end + m.index + m[0].lastIndexOf(m[1]!)
    : p.start - beforeText.length + m.index + m[0].indexOf(m[1]!);
  const other = personAt(doc, at, at + m[1]!.length);
  if (!other || other === sp.id) return null;
  const name = (id: string) => doc.actors.byId.get(id)?.name ?? "";
  const both = after ? `${name(sp.id)} and ${name(other)}` : `${name(other)} and ${name(sp.id)}`;
  return { ...sp, id: null, name: both, kind: "unnamed", gender: "plural" };
}
