// A document the article gives its author elsewhere speaks for that author. "the report said" is
// the report the article calls "the ADB report" (the nearest such before it, else the first
// after it whose author the article has already named), not the organisation quoted last; and an "It" opening a sentence after one whose
// subject is "the NIESR report" is the NIESR. Only a name the actor model holds is an author:
// "the Iraq report" is about Iraq.

import { DOCUMENT_HEADS } from "../lexicons/sources.ts";
import { isOn } from "../steps.ts";
import { authorPrepositions } from "./document-of.ts";
import { committeeAuthor } from "./lowercase-committee.ts";
import type { Phrase } from "./phrases.ts";
import { possessiveDocuments } from "./possessive-document.ts";
import { previousSentenceStart, sentenceStart } from "./prior-subject.ts";
import { DOCUMENT_BY_AUTHOR_SWITCH } from "./set23-switches.ts";
import { at, lastOf, type QuoteDoc, speakerForActor } from "./state.ts";
import type { Speaker } from "./types.ts";

/** "the ADB report", "a NIESR study", "the Pryce inquiry's report", "a Kestrel Party members'
 *  newsletter": an author's name, then the head. */
const authored = (head: string) =>
  new RegExp(
    `\\b(?:[Tt]he|[Aa]n?)\\s+((?:\\p{Lu}[\\p{L}&'’.-]*\\s+){1,4}?)(?:[\\p{Ll}-]+['’]?\\s+)?${head}\\b`,
    "gu",
  );

/** The model's actor for the name at [start, end), else null. */
function authorActor(doc: QuoteDoc, start: number, name: string): string | null {
  const hit = doc.actors.mentionAt(doc.article.docId, start, start + name.length);
  const actor = hit ? doc.actors.byId.get(hit.actorId) : doc.actors.resolve(name);
  return actor?.id ?? null;
}

/** Verbs a document speaks with ("the report said", "said the study"). */
const SAYS =
  "said|says|say|added|adds|stated|states|found|finds|concluded|concludes|noted|notes|warned|warns|claimed|claims|suggested|suggests|showed|shows|argued|argues|described|describes|called|calls|criticised|criticises|recommended|recommends|urged|urges";

/** Does `p` speak here, with a verb of saying right after it or in an inverted tag before it?
 *  ("the company says the article continues to …" is the reporter's words, not the article's.) */
function speaksHere(doc: QuoteDoc, p: Phrase): boolean {
  return (
    // (past one aside: "Their report, published on Wednesday, said")
    new RegExp(`^(?:,[^,.;"“”]{1,60},)?\\s+(?:${SAYS})\\b`).test(doc.text.slice(p.end, p.end + 80)) ||
    new RegExp(`[,"”]\\s*(?:${SAYS})\\s+$`).test(doc.text.slice(Math.max(0, p.start - 14), p.start))
  );
}

const NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:of|for|the)\s+)*\p{Lu}[\p{L}'’.-]*)*`;
/** "…, said the leaflet published jointly by the Kestrel Trust (KT) and Harbour Council": a
 *  document two bodies put out together. */
const JOINTLY = new RegExp(
  String.raw`\b(?:published|issued|produced|compiled|prepared|written|drawn up)\s+(?:jointly\s+)?by\s+(?:the\s+)?(${NAME})(?:\s+\(\p{Lu}[\p{Lu}&]+\))?\s+and\s+(?:the\s+)?(${NAME})`,
  "gu",
);

/** The two organisations of the one document the article says they put out together, as one
 *  speaker ("Kestrel Trust and Harbour Council"): each of its documents speaks for both. */
function jointAuthors(doc: QuoteDoc, p: Phrase): Speaker | null {
  if (!isOn("quotes", "document-joint-authors", doc.switches)) return null;
  const { text } = doc;
  const pairs = new Set<string>();
  for (const m of text.slice(doc.article.bodyStart).matchAll(JOINTLY)) {
    const at = doc.article.bodyStart + m.index!;
    const before = text
      .slice(Math.max(0, at - 40), at)
      .toLowerCase()
      .split(/[^a-z-]+/);
    if (!before.some((w) => DOCUMENT_HEADS.has(w))) continue;
    const orgs = [m[1]!, m[2]!].map((n) => doc.actors.resolve(n));
    if (orgs.some((a) => a?.kind !== "organization") || orgs[0] === orgs[1]) continue;
    pairs.add(`${orgs[0]!.name} and ${orgs[1]!.name}`);
  }
  if (pairs.size !== 1) return null;
  return {
    text: p.text,
    start: p.start,
    end: p.end,
    id: null,
    name: [...pairs][0]!,
    kind: "organization",
    gender: "plural",
  };
}

/** A name with no full stop in it (one after it ends the sentence). */
const PLAIN_NAME = String.raw`\p{Lu}[\p{L}'’&-]*(?:\s+(?:(?:of|for|the)\s+)*\p{Lu}[\p{L}'’&-]*)*`;

/** "the report by telecoms giant Zentel", "a study from the Kestrel Institute": the head, then
 *  its author after "by" or "from" and up to three lowercase words of description. */
const byAuthor = (head: string, prep: string) =>
  new RegExp(
    String.raw`\b${head}\s+(?:(?:published|commissioned|compiled|produced|issued)\s+)?(?:${prep})\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,3}?(${PLAIN_NAME})`,
    "gu",
  );

/** The author of the document `head` ("report") the article names for its author, nearest `p`. */
export function authorElsewhere(doc: QuoteDoc, head: string, p: Phrase): Speaker | null {
  if (!speaksHere(doc, p)) return null;
  const joint = jointAuthors(doc, p);
  if (joint) return joint;
  const body = doc.article.bodyStart;
  let before: string | null = null;
  let after: string | null = null;
  let lastAuthorAt = -1;
  const found = [...doc.text.slice(body).matchAll(authored(head))];
  // (set 23) "the report by telecoms giant Zentel": an organisation after "by"/"from" (switch;
  // "a letter from president Lee Scott" may be the person's own, not the firm's document)
  const by = isOn("quotes", DOCUMENT_BY_AUTHOR_SWITCH.name, doc.switches)
    ? [...doc.text.slice(body).matchAll(byAuthor(head, authorPrepositions(doc.switches)))]
    : [];
  for (const m of [...found, ...by].sort((a, b) => a.index! - b.index!)) {
    const name = m[1]!.trim();
    const start = body + m.index! + m[0].indexOf(name);
    const id = /^(?:The|A|An)$/.test(name) ? null : authorActor(doc, start, name);
    if (!id || (by.includes(m) && doc.actors.byId.get(id)?.kind !== "organization")) continue;
    if (start < p.start) {
      before = id;
      lastAuthorAt = start;
    }
    // …one named after it only for an author the article has already brought in.
    else if (start > p.end && lastOf(doc, (h) => h.id === id, p.start)) {
      after = id;
      break;
    }
  }
  // ("Their report said …": its owner when nearer than any named author; session 44)
  for (const d of possessiveDocuments(doc, head))
    if (d.start <= p.start && (!before || d.start > lastAuthorAt)) before = d.id;
  const id = before ?? after;
  // ("a report by the Commons work and pensions committee": a committee named in lowercase words,
  // over the house alone that the name rules read of it)
  const committee = isOn("quotes", "lowercase-committee", doc.switches)
    ? committeeAuthor(doc, head, p)
    : null;
  const named = id ? doc.actors.byId.get(id)?.name : undefined;
  if (committee && (!named || committee.name!.startsWith(named))) return committee;
  if (!id) return null;
  // The organisation as the article named it when it spoke ("the ADB"), else the model's name.
  const seen = lastOf(doc, (h) => h.id === id && !!h.name, p.start);
  return seen ? at(seen, p) : speakerForActor(doc, id, p);
}

/** "The guidance published on Tuesday said … . …, it said": an "it" after a sentence opening on a
 *  document, in an article whose one document two bodies put out together, is those bodies. */
export function itAfterJointDocument(doc: QuoteDoc, p: Phrase): Speaker | null {
  if (p.text !== "it" && p.text !== "It") return null;
  const from = previousSentenceStart(doc, sentenceStart(doc, p.start));
  const opening = /^\s*(?:And\s+|But\s+)?(?:[Tt]he|[Ii]ts)\s+(?:[\p{Ll}-]+\s+)*?([\p{Ll}-]+)\b/u.exec(
    doc.text.slice(from, from + 80),
  );
  return opening && DOCUMENT_HEADS.has(opening[1]!) ? jointAuthors(doc, p) : null;
}

/** "…, the NIESR report was optimistic. It said …": the author of a document subject of the sentence before. */
export function itAfterDocument(doc: QuoteDoc, p: Phrase): Speaker | null {
  if (p.text !== "It" || sentenceStart(doc, p.start) !== p.start) return null;
  const from = previousSentenceStart(doc, p.start);
  const prev = doc.text.slice(from, p.start);
  for (const head of DOCUMENT_HEADS) {
    if (!prev.includes(head)) continue;
    const re = new RegExp(
      `(?:^|,\\s+)(?:[Tt]he|[Aa]n?|[Ii]ts)\\s+((?:\\p{Lu}[\\p{L}&'’.-]*\\s+){1,4}?)(?:[\\p{Ll}-]+['’]?\\s+)?${head}\\s+(?:was|is|has|had|\\p{Ll}+ed|\\p{Ll}+s)\\b`,
      "u",
    );
    const m = re.exec(prev);
    if (!m) continue;
    const name = m[1]!.trim();
    const id = authorActor(doc, from + m.index + m[0].indexOf(name), name);
    if (id) return speakerForActor(doc, id, p);
  }
  return null;
}
