// "Tom Reed filed the suit in the district court …. “…,” the lawsuit says": a lawsuit speaks for
// the one who filed it, as a report for its author. The filer is the name right before "filed
// (a/the) (law)suit" or "sued" latest before the description.

import { isOn } from "../steps.ts";
import type { Phrase } from "./phrases.ts";
import { LAWSUIT_SUING_SWITCH } from "./set25-switches.ts";
import { type QuoteDoc, speakerForActor } from "./state.ts";
import type { Speaker } from "./types.ts";

/** The rule's name and doc (a SPEAKER_RULES entry in resolve-speaker.ts). */
export const LAWSUIT_FILER_SWITCH = {
  name: "lawsuit-filer",
  doc: '"Tom Reed filed the suit …. “…,” the lawsuit says": the one who filed it',
};

/** A name, then "filed/brought/lodged (the/a) (law)suit" or "sued". */
const FILED =
  /(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3})\s+(?:has\s+|have\s+|had\s+)?(?:(?:filed|brought|lodged|launched)\s+(?:the|a|an|his|her|its|their)\s+(?:\p{Ll}+\s+)?(?:law)?suit|sued)\b/gu;

/** …or "is suing", "sues" (switch "lawsuit-filer-suing": "Ann Roe is suing the studio …. The
 *  lawsuit said"). */
const FILED_OR_SUING =
  /(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3})\s+(?:has\s+|have\s+|had\s+)?(?:(?:filed|brought|lodged|launched)\s+(?:the|a|an|his|her|its|their)\s+(?:\p{Ll}+\s+)?(?:law)?suit|sued|sues|(?:is|are|was|were)\s+(?:now\s+)?suing)\b/gu;

/** The filer of "the lawsuit" p, as an actor the model holds, else null. */
export function lawsuitFiler(doc: QuoteDoc, head: string, p: Phrase): Speaker | null {
  if (!/^(?:lawsuit|suit)$/.test(head)) return null;
  let at: { start: number; end: number } | null = null;
  const filed = isOn("quotes", LAWSUIT_SUING_SWITCH.name, doc.switches) ? FILED_OR_SUING : FILED;
  for (const m of doc.text.slice(0, p.start).matchAll(filed)) {
    const start = m.index + m[0].indexOf(m[1]!);
    at = { start, end: start + m[1]!.length };
  }
  if (!at) return null;
  const mention = doc.actors.mentionAt(doc.article.docId, at.end - 1, at.end);
  return mention && mention.end === at.end ? speakerForActor(doc, mention.actorId, p) : null;
}
