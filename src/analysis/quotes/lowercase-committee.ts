// "The influential Commons home affairs committee was responding …. “…,” the committee said": a
// parliamentary committee the article names in lowercase words is no capitalised name the actor
// model holds, so "the committee" found no organisation; the latest such name before it is the one.

import type { Phrase } from "./phrases.ts";
import type { QuoteDoc } from "./state.ts";
import type { Speaker } from "./types.ts";

/** The rule's name and doc (a SPEAKER_RULES entry in resolve-speaker.ts). */
export const LOWERCASE_COMMITTEE_SWITCH = {
  name: "lowercase-committee",
  doc: '"the committee said" after "the Commons farming select committee": that committee, named as the article writes it',
};

/** A house of a parliament, then lowercase words, then "committee"; or (session 33) "the joint
 *  committee on human rights": a joint or select committee on lowercase words. */
const COMMITTEE =
  /\b((?:Commons|Lords|Senate|House|Assembly|Holyrood|Parliament['’]s)\s+(?:[\p{Ll}-]+\s+){1,4}committee|(?<=[Tt]he\s)(?:joint|select|standing)\s+committee\s+on\s+[\p{Ll}-]+(?:\s+(?!(?:found|said|says|has|have|had|is|was|were|will|would|which|that|who|and|to|in|of)\b)[\p{Ll}-]+(?<!ed)){0,2})\b/gu;

/** The committee named in lowercase words latest before "the committee" p, else null. */
export function lowercaseCommittee(doc: QuoteDoc, head: string, p: Phrase): Speaker | null {
  if (head !== "committee") return null;
  let name: string | null = null;
  // (the phrase itself too: "…, the Commons science and technology committee added")
  for (const m of doc.text.slice(0, p.end).matchAll(COMMITTEE)) name = m[1]!;
  return name ? { ...p, id: null, name, kind: "organization", gender: "any" } : null;
}

/** "a highly critical report by the Commons work and pensions committee … The report concluded":
 *  the lowercase committee a document of that head is said to be by, latest before `p`. */
export function committeeAuthor(doc: QuoteDoc, head: string, p: Phrase): Speaker | null {
  const by = new RegExp(
    String.raw`\b${head}\s+(?:(?:published|issued|produced)\s+)?(?:by|from)\s+the\s+(?:influential\s+|cross-party\s+)?$`,
  );
  let name: string | null = null;
  for (const m of doc.text.slice(doc.article.bodyStart, p.start).matchAll(COMMITTEE)) {
    const at = doc.article.bodyStart + m.index!;
    if (by.test(doc.text.slice(Math.max(0, at - 60), at))) name = m[1]!;
  }
  return name ? { ...p, id: null, name, kind: "organization", gender: "any" } : null;
}
