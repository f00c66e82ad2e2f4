// "Their album has entered the chart at number two, and singer Joe Mallinson is in an expansive
// mood. “We didn't expect any of this …”": a sentence whose main subject is no person but whose
// last coordinated clause opens on a named person ("…, and <role> <Name> is …") brings that
// person forward; a bare statement after it is theirs (switch "coordinate-subject").

import { isOn } from "../steps.ts";
import { insideQuotation } from "./prior-subject.ts";
import { type QuoteDoc, speakerForActor } from "./state.ts";
import type { Speaker } from "./types.ts";

export const COORDINATE_SUBJECT_SWITCH = {
  name: "coordinate-subject",
  doc: '"…, and singer Joe Mallinson is in an expansive mood. “We didn\'t expect …”": the person opening the last coordinated clause of the sentence before',
} as const;

/** Lower-case role words between the conjunction and the name ("and singer", "and the band's drummer"). */
const BEFORE = /(?:,\s*and|;)\s+(?:(?:the|his|her|their)\s+)?(?:\p{Ll}[\p{Ll}'’-]*\s+){0,3}$/u;
/** A finite verb right after the name. */
const VERB = /^\s+(?:is|was|are|were|has|had|have|does|did|\p{Ll}+(?:ed|s))\b/u;

/** The person opening the last coordinated clause of the sentence [start, end), or undefined. */
export function coordinateSubject(
  doc: QuoteDoc,
  { start, end }: { start: number; end: number },
): Speaker | undefined {
  if (!isOn("quotes", COORDINATE_SUBJECT_SWITCH.name, doc.switches)) return undefined;
  const { text } = doc;
  let found: Speaker | undefined;
  for (const m of doc.actors.mentionsIn(doc.article.docId)) {
    if (m.start < start) continue;
    if (m.start >= end) break;
    if (m.via !== "name" || insideQuotation(doc, m.start)) continue;
    if (doc.actors.byId.get(m.actorId)?.kind !== "person") continue;
    if (!BEFORE.test(text.slice(Math.max(start, m.start - 60), m.start))) continue;
    if (!VERB.test(text.slice(m.end, m.end + 30))) continue;
    // (the last such clause: the one nearest the statement)
    found = speakerForActor(doc, m.actorId, { start: m.start, end: m.end, text: text.slice(m.start, m.end) });
  }
  return found;
}
