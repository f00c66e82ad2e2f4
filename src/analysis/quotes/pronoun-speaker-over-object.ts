// "Jo Marr said she would do all she could. But the plan must not undo the ruling on coma patient
// Ann Vale. “It is important …,” she said": the model takes he/she for the person named last, here
// only at the end of a phrase in a sentence with no person as its subject (no name opening it, no
// he/she or description of a person, no apposition bringing the name in), while the person who
// spoke just before, of that gender, goes on speaking. The speaker wins over such a name.

import type { Mention } from "../../types.ts";
import type { Phrase } from "./phrases.ts";
import { previousSentenceStart, sentenceStart } from "./prior-subject.ts";
import { type QuoteDoc, speakerForActor } from "./state.ts";
import type { Speaker } from "./types.ts";

/** The speaker before, when the model's choice is named only deep in the sentence before `p`. */
export function speakerOverObject(
  doc: QuoteDoc,
  p: Phrase,
  want: "male" | "female",
  m: Mention | null,
): Speaker | null {
  if (m?.via !== "pronoun") return null;
  const prev = previousSentenceStart(doc, p.start);
  const here = sentenceStart(doc, p.start);
  const ms = doc.actors.mentionsIn(doc.article.docId);
  // the model's person: named in the sentence before only, not in the history
  const own = ms.filter((x) => x.actorId === m.actorId && x.start < p.start && x.via !== "pronoun");
  if (!own.length || own.some((x) => x.start < prev) || doc.history.some((h) => h.id === m.actorId))
    return null;
  // no other person in that sentence (by name, pronoun or description) and the name ends it
  if (ms.some((x) => x.start >= prev && x.start < here && x.actorId !== m.actorId)) return null;
  const last = own[own.length - 1]!;
  if (!/^\s*[.!?]/.test(doc.text.slice(last.end, last.end + 3))) return null;
  // the speaker just before it: the history's latest, a person of that gender who spoke
  const before = previousSentenceStart(doc, prev);
  for (let h = doc.history.length - 1; h >= 0; h--) {
    const c = doc.history[h]!;
    if (c.start >= p.start) continue;
    if (c.start < before || c.kind !== "person" || !c.id || !c.speaker) return null;
    const g = doc.actors.genderOf?.(doc.article.docId, c.id) ?? "any";
    return g === want ? speakerForActor(doc, c.id, p, want) : null;
  }
  return null;
}
