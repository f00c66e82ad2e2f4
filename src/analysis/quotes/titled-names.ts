// "Secretary of State Imogen Farrow", "Former Chief of Staff Ron Pell": the name after an office
// whose title runs on through "of" (coreName drops titles word by word and would keep "State").

import { OFFICE_HEADS, ROLE_HEADS, TITLE_HEADS, TITLE_OF_WORDS } from "../lexicons/titles.ts";
import type { Phrase } from "./phrases.ts";
import type { QuoteDoc } from "./state.ts";

/** The name closing a phrase that opens with an "<office> of <complement>" title, else null. */
export function nameAfterOffice(p: Phrase): Phrase | null {
  const words = p.text.split(/\s+/);
  const of = words.findIndex((w, i) => w === "of" && i > 0 && TITLE_HEADS.has(words[i - 1]!));
  if (of < 0) return null;
  let e = of + 1;
  while (e < words.length && TITLE_OF_WORDS.has(words[e]!)) e++;
  const name = words.slice(e);
  if (e === of + 1 || name.length === 0 || !name.every((w) => /^\p{Lu}/u.test(w))) return null;
  const text = name.join(" ");
  return p.text.endsWith(text) ? { start: p.end - text.length, end: p.end, text } : null;
}

/** "Shadow leader of the Commons Oliver Heald": does the phrase, opening on a title (`lead`, the
 *  words before "of"), end on a person's full name the model marks? Then the name is the speaker. */
export function endsOnPersonName(doc: QuoteDoc, p: Phrase, lead: string): boolean {
  const head = lead.split(/\s+/).pop()!.toLowerCase();
  if (!OFFICE_HEADS.has(head) && !ROLE_HEADS.has(head)) return false;
  const m = doc.actors.mentionAt(doc.article.docId, p.end - 1, p.end);
  return (
    !!m &&
    m.via === "name" &&
    m.end === p.end &&
    m.start > p.start + lead.length &&
    /\s/.test(m.text) &&
    doc.actors.byId.get(m.actorId)?.kind === "person"
  );
}
