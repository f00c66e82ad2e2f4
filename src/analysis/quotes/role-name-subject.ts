// "Westland's foreign minister, Dan Roper, plays down the concerns. “…,” he said": a sentence that
// opens on a role with the name in apposition to it. The leading-name step reads the role alone
// (no one the model holds), so the history had no person there and the he/she after it went to an
// older speaker. The name, with its role (its gender: "His wife, Ann, …"), is the subject.

import { PRONOUNS } from "../lexicons/pronouns.ts";
import { ROLE_HEADS, TITLE_WORDS } from "../lexicons/titles.ts";
import { type NamedPhrase, nameAfterRole } from "./apposition.ts";
import { phraseOf } from "./phrases.ts";
import type { QuoteDoc } from "./state.ts";
import { isCap, type Tok } from "./tokens.ts";

/** The name after an opening role ("<role>, <Name>,"), when the model holds a person there. */
export function roleNameSubject(doc: QuoteDoc, toks: Tok[]): NamedPhrase | null {
  // ("L/Cpl Pearce's mother, Linda,": a slash inside a rank is no clause's punctuation)
  const c = toks.findIndex(
    (t, k) =>
      t.type !== "w" && !(t.text === "/" && k > 0 && toks[k + 1] !== undefined && isCap(toks[k + 1]!)),
  );
  // (the role: two to six words, no pronoun subject, its head a role or office in lower case:
  // "She thanked the woman she played, Kay Roe, for …" opens on no role)
  if (c < 2 || c > 6 || toks[c]!.text !== ",") return null;
  const head = toks[c - 1]!;
  if (!/^\p{Ll}/u.test(head.text) || !(ROLE_HEADS.has(head.lower) || TITLE_WORDS.has(head.lower)))
    return null;
  if (toks.slice(0, c).some((t) => t.lower in PRONOUNS && !/^(?:his|her|their|its)$/.test(t.lower)))
    return null;
  const role = phraseOf(toks, 0, c - 1, doc.text);
  const name = nameAfterRole(toks, c, role, doc.text);
  if (!name) return null;
  const m = doc.actors.mentionAt(doc.article.docId, name.start, name.end);
  const person =
    !!m &&
    m.start >= name.start &&
    m.end <= name.end &&
    m.via !== "pronoun" &&
    m.via !== "role" &&
    doc.actors.byId.get(m.actorId)?.kind === "person";
  return person ? name : null;
}
