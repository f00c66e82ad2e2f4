// "“Do you want it enough?” These are the questions Ana Ruiz will be asking of young players …":
// an article that opens on an untagged quotation takes it up in the next sentence with a
// demonstrative and a noun of speech ("These are the questions", "Those were the words of"); the
// person that sentence names is the speaker.

import { personNamesIn } from "./prior-subject.ts";
import { personSaid } from "./said.ts";
import type { QuoteDoc } from "./state.ts";
import type { QuoteFound } from "./types.ts";

export const OPENING_TAKEN_UP_SWITCH = {
  name: "opening-taken-up",
  doc: '"“Do you want it enough?” These are the questions Ana Ruiz will ask": an untagged opening quotation is the person\'s the next sentence names, when it takes the words up as "these are the questions/words"',
} as const;

const TAKEN_UP =
  /^(?:These|Those|That|This|Such)\s+(?:are|were|is|was)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+)?(?:words?|questions?|message|verdict|views?|warning|advice|thoughts|sentiments|demands?|plea|challenge|promise|vow)\b/u;

/** The article's opening quotations with no speaker, given to the person the next sentence names. */
export function openingTakenUp(doc: QuoteDoc, direct: QuoteFound[]): void {
  const sentences = doc.article.paragraphs.flatMap((p) => p.sentences);
  const open = direct.filter((q) => !q.speakerName && q.start < (doc.article.paragraphs[0]?.end ?? 0));
  if (!open.length) return;
  const last = open[open.length - 1]!;
  const next = sentences.find((s) => s.start >= last.end);
  if (!next || !TAKEN_UP.test(doc.text.slice(next.start, next.end))) return;
  const m = personNamesIn(doc, next.start, next.end)[0];
  const actor = m ? doc.actors.byId.get(m.actorId) : undefined;
  if (!m || !actor) return;
  for (const q of open) Object.assign(q, personSaid(actor, m.text), { via: "context", cue: "lead" });
}
