// "Harry Dunstan, a dairy farmer who started the event, said … “…,” the farmer said": a definite
// description whose head the article gave one named person in an indefinite apposition ("<Name>,
// a … farmer", "a … farmer, <Name>,", "<Name> is a … farmer") stands for that person. The
// indefinite describes the name beside it; it brings no one new in.

import { literal } from "../../text/regex-literal.ts";
import type { Alternative } from "../steps.ts";
import type { Phrase } from "./phrases.ts";
import type { SpeakerInput } from "./speaker-input.ts";
import { type QuoteDoc, speakerForActor } from "./state.ts";
import type { Speaker } from "./types.ts";

/** Up to four modifiers between the article and the head ("a former dairy farmer"). */
const MODS = String.raw`(?:[\p{L}\p{N}'’-]+\s+){0,4}`;

/** The one person the article describes as "a … <head>" in apposition before `p`, or null. */
function apposedPerson(doc: QuoteDoc, p: Phrase, head: string): string | null {
  const h = literal(head);
  const after = new RegExp(`^(?:,\\s+|\\s+(?:is|was)\\s+)(?:a|an)\\s+${MODS}${h}\\b(?!-)`, "iu");
  const before = new RegExp(`\\b(?:a|an)\\s+${MODS}${h},\\s*$`, "iu");
  let id: string | null = null;
  for (const m of doc.actors.mentionsIn(doc.article.docId)) {
    if (m.end > p.start) break;
    if (m.via === "role" || m.via === "pronoun") continue;
    const apposed =
      after.test(doc.text.slice(m.end, m.end + 80)) ||
      (before.test(doc.text.slice(Math.max(0, m.start - 80), m.start)) &&
        /^,/.test(doc.text.slice(m.end, m.end + 1)));
    if (!apposed) continue;
    if (id && id !== m.actorId) return null;
    id = m.actorId;
  }
  return id && doc.actors.byId.get(id)?.kind === "person" ? id : null;
}

export const APPOSED_HEAD_RULE: Alternative<SpeakerInput, Speaker> = {
  name: "apposed-head",
  doc: '"Harry Dunstan, a dairy farmer, said … “…,” the farmer said": the one person the article gave that head in an indefinite apposition',
  try: ({ doc, p, kind, namedHead, definite }) => {
    if (!definite || kind !== "person" || namedHead) return null;
    const ws = p.text.split(/\s+/);
    if (ws.length !== 2 || !/^the$/i.test(ws[0]!)) return null;
    const head = ws[1]!;
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(head)) return null;
    const id = apposedPerson(doc, p, head);
    return id ? speakerForActor(doc, id, p) : null;
  },
};
