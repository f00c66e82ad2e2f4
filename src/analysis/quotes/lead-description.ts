// "UK pupils should learn Latin, a schools minister has said. Ruth Ames told MPs …": a BBC lead
// reports through an indefinite description of a person and names them in the next sentence.
// Only in the article's first sentence, where nobody is named before it; a description of a
// group, an organisation or a document ("a committee of MPs", "a charity", "a report") is left
// to the organisation rules.

import { GROUP_NOUNS, ORG_NOUNS } from "../lexicons/organisations.ts";
import { DOCUMENT_HEADS } from "../lexicons/sources.ts";
import { isOn } from "../steps.ts";
import { personNamedAhead } from "./office-ahead.ts";
import type { Phrase } from "./phrases.ts";
import type { QuoteDoc } from "./state.ts";
import type { Speaker } from "./types.ts";

export const LEAD_OWNED_DESCRIPTION_SWITCH = {
  name: "lead-owned-description",
  doc: '"…, according to his former adviser. …, Ed Lane hinted": a lead\'s his/her description is the person the next sentence names, not the one named before',
} as const;

/** The person an indefinite description reporting the article's lead is, named just after it. */
export function leadDescriptionAhead(doc: QuoteDoc, p: Phrase): Speaker | null {
  // "his former chief economic adviser" too (switch "lead-owned-description"): a person's relation
  // to the one "his" takes up, named after it in the next sentence.
  const owned =
    /^(?:his|her)\s/i.test(p.text) && isOn("quotes", LEAD_OWNED_DESCRIPTION_SWITCH.name, doc.switches);
  const head = (
    owned ? /^(?:his|her)\s+(?:[\p{L}-]+\s+){0,3}(\p{Ll}+)$/iu : /^an?\s+(?:[\p{L}-]+\s+){0,3}(\p{Ll}+)$/iu
  ).exec(p.text)?.[1];
  if (!head || /s$/.test(head) || ORG_NOUNS.has(head) || GROUP_NOUNS.has(head) || DOCUMENT_HEADS.has(head))
    return null;
  const lead = doc.article.paragraphs[0]?.sentences[0];
  if (!lead || p.start < lead.start || p.end > lead.end) return null;
  return personNamedAhead(doc, p, head, 1, owned);
}
