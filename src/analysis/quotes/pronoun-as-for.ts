// "As for Dan Okoro, he said he's not worried": a fronted "As for X," (or "As to X,") turns the
// sentence to X, and the he/she right after its comma is X; not the person the sentence before
// was about. PolNeAR train, session 20.

import { isOn } from "../steps.ts";
import type { Phrase } from "./phrases.ts";
import { sentenceStart } from "./prior-subject.ts";
import { AS_FOR_SWITCH } from "./pronoun20-switches.ts";
import { type QuoteDoc, speakerForActor } from "./state.ts";
import type { Speaker } from "./types.ts";

const AS_FOR = /^(?:\p{Lu}\p{Ll}*,?\s+)?(?:As for|As to)\s+(.+?),\s*$/u;

/** The person a sentence-opening "As for X," names, when the he/she `p` follows its comma; else null. */
export function asForSpeaker(doc: QuoteDoc, p: Phrase, want: "male" | "female"): Speaker | null {
  if (!isOn("quotes", AS_FOR_SWITCH.name, doc.switches)) return null;
  const from = sentenceStart(doc, p.start);
  const m = AS_FOR.exec(doc.text.slice(from, p.start));
  if (!m) return null;
  const at = from + m[0].lastIndexOf(m[1]!);
  const hit = doc.actors
    .mentionsIn(doc.article.docId)
    .find((x) => x.start >= at && x.end <= p.start && x.via !== "pronoun");
  if (!hit || doc.actors.byId.get(hit.actorId)?.kind !== "person") return null;
  const g = doc.actors.genderOf?.(doc.article.docId, hit.actorId) ?? "any";
  return g === want || g === "any" ? speakerForActor(doc, hit.actorId, p, want) : null;
}
