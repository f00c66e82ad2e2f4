// "When Rita Marsh pointed out that Tom Bell calls it “care for all,” Ann Roe seized upon it. “…,”
// she said": a sentence opening on a subordinate clause ("When/After/While …,") is about the main
// clause's subject, the name right after the clause's comma; the he/she that goes on is that
// person, not the subordinate clause's subject or a speaker it reports. The step "fronted-subject"
// reads such a sentence when its clause holds no quotation; this rule reads the ones that do.
// PolNeAR train, session 20.

import { isOn } from "../steps.ts";
import type { Phrase } from "./phrases.ts";
import { namedPersonsBefore, previousSentenceStart, sentenceStart, subjectAt } from "./prior-subject.ts";
import { MAIN_AFTER_SUBORDINATE_SWITCH } from "./pronoun20-switches.ts";
import type { QuoteDoc } from "./state.ts";
import { SUBORDINATE_OPENING } from "./tag-frame.ts";

/** Right after a clause's comma (and a quotation's closing mark), titles allowed: ", Sen. Ann Roe". */
const AFTER_COMMA = /,\s*["”’]?\s*(?:\p{Lu}[\p{L}.]*\s+)*$/u;

/**
 * The main clause's subject of the sentence before `p`'s when that sentence opens on a subordinate
 * clause, of gender `want` (or none known, when `fits` allows it); else null.
 */
export function mainAfterSubordinate(doc: QuoteDoc, p: Phrase, fits: (id: string) => boolean): string | null {
  if (!isOn("quotes", MAIN_AFTER_SUBORDINATE_SWITCH.name, doc.switches)) return null;
  const here = sentenceStart(doc, p.start);
  const from = previousSentenceStart(doc, p.start);
  if (from >= here || !SUBORDINATE_OPENING.test(doc.text.slice(from, here))) return null;
  // (the he/she's own sentence names no one before it: that person would be nearer)
  if (!namedPersonsBefore(doc, p.start, here).next().done) return null;
  // the first name, in text order, that stands right after a comma as a clause's subject
  const ms = [...namedPersonsBefore(doc, here, from)].reverse();
  for (const m of ms) {
    const before = doc.text.slice(from, m.start);
    if (!AFTER_COMMA.test(before) || !subjectAt(doc.text, m.start, m.end)) continue;
    // (only a clause holding a quotation: the step "fronted-subject" reads the others)
    if (!/["“”]/u.test(before)) return null;
    return fits(m.actorId) ? m.actorId : null;
  }
  return null;
}
