// "Mr Bush's first task was to “…” within the US, he said.": a person named in the possessive
// opening the sentence a he/she tag closes owns its subject; they are whom the speaker talks
// about, not the he/she (switch "pronoun-not-possessive-opener"). The name stays in the speaker
// history, where an office or description after it may take it up ("The BBC's … The corporation").

import { isOn } from "../steps.ts";
import type { Phrase } from "./phrases.ts";
import { sentenceStart } from "./prior-subject.ts";
import { ownPossessor } from "./s23-name-switches.ts";
import type { QuoteDoc } from "./state.ts";

/** The person whose possessive name opens the sentence of pronoun `p`, else null. */
export function possessiveOpener(doc: QuoteDoc, p: Phrase): string | null {
  if (!isOn("quotes", "pronoun-not-possessive-opener", doc.switches)) return null;
  const from = sentenceStart(doc, p.start);
  for (const m of doc.actors.mentionsIn(doc.article.docId)) {
    if (m.start < from || m.end > p.start || m.via === "pronoun") continue;
    // the name opens the sentence (past a title or role in capitals) and is followed by 's
    const lead = doc.text.slice(from, m.start);
    if (!/^(?:(?:The|the)\s+)?(?:\p{Lu}[\p{L}.-]*\s+)*$/u.test(lead)) return null;
    if (!/^['’]s?\s/u.test(doc.text.slice(m.end, m.end + 3))) return null;
    if (ownPossessor(doc.text, m.end, doc.switches)) return null;
    return doc.actors.byId.get(m.actorId)?.kind === "person" ? m.actorId : null;
  }
  return null;
}
