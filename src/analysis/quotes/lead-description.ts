// "UK pupils should learn Latin, a schools minister has said. Ruth Ames told MPs …": a BBC lead
// reports through an indefinite description of a person and names them in the next sentence.
// Only in the article's first sentence, where nobody is named before it; a description of a
// group, an organisation or a document ("a committee of MPs", "a charity", "a report") is left
// to the organisation rules.

import { GROUP_NOUNS, ORG_NOUNS } from "../lexicons/organisations.ts";
import { DOCUMENT_HEADS } from "../lexicons/sources.ts";
import { personNamedAhead } from "./office-ahead.ts";
import type { Phrase } from "./phrases.ts";
import type { QuoteDoc } from "./state.ts";
import type { Speaker } from "./types.ts";

/** The person an indefinite description reporting the article's lead is, named just after it. */
export function leadDescriptionAhead(doc: QuoteDoc, p: Phrase): Speaker | null {
  const head = /^an?\s+(?:[\p{L}-]+\s+){0,3}(\p{Ll}+)$/iu.exec(p.text)?.[1];
  if (!head || /s$/.test(head) || ORG_NOUNS.has(head) || GROUP_NOUNS.has(head) || DOCUMENT_HEADS.has(head))
    return null;
  const lead = doc.article.paragraphs[0]?.sentences[0];
  if (!lead || p.start < lead.start || p.end > lead.end) return null;
  return personNamedAhead(doc, p, head, 1);
}
