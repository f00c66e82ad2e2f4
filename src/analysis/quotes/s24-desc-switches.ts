// Session 24 (issue #13), descriptions of an organisation: a definite description stands for the
// body the article named before it, outside quotations.
// - Its head is the kind the name ends on: "the festival" after "the Linz Puppet Festival", "the
//   museum" after "the Tate Modern Museum", "the project" after "the Kestrel Project".
// - Its plural head is what an apposition said the body is made of: "the campaigners" after "Clean
//   Rivers Now, a coalition of local campaigners", "the researchers" after "the Wayfarer Project -
//   a group of security researchers" (or "a team of doctors known as Medics Abroad").

import { ORG_NOUNS } from "../lexicons/organisations.ts";
import type { Alternative } from "../steps.ts";
import type { Phrase } from "./phrases.ts";
import { insideQuotation } from "./prior-subject.ts";
import { LEAD_BUSINESS_RULE } from "./s24-lead-body.ts";
import type { SpeakerInput } from "./speaker-input.ts";
import { type QuoteDoc, speakerForActor } from "./state.ts";
import type { Speaker } from "./types.ts";

/** A capitalised word of a name ("Film", "O'Neill", "AT&T"). */
const CAP = "\\p{Lu}[\\p{L}\\p{N}&'’-]*";

/** Words that open a sentence or a clause before a name, not part of it. */
const NOT_NAME = /^(?:The|A|An|At|In|On|By|For|From|With|And|But|Or|Of|To|As|This|That|Its|Their)$/;

/** Collective nouns that say what a body is made of: "a group of researchers". */
const COLLECTIVE =
  "group|team|network|coalition|alliance|association|body|collective|consortium|federation|union|panel|society|organisation|organization|community|band|collection|army|league|club";

/** Kinds of body that speak through statements and are named by their kind ("the Linz Puppet
 *  Festival"), beyond the usual organisation nouns (ORG_NOUNS): not things ("the time", "the
 *  amendment", "the movie", "the state") that a name may end on too. */
const BODY_KINDS = new Set(
  `festival project church museum gallery trust fund society academy hospital clinic orchestra theatre
  theater centre center college coalition alliance movement consortium partnership bureau laboratory
  exchange forum caucus initiative institution zoo library tribunal inquiry observatory choir`.split(/\s+/),
);

/** "the [up to two lower-case words] <head>": the head, else null. */
function definiteHead(text: string): string | null {
  const m = /^[Tt]he\s+(?:[\p{Ll}\d][\p{Ll}\d-]*\s+){0,2}(\p{Ll}[\p{Ll}-]+)$/u.exec(text);
  return m ? m[1]! : null;
}

/** A speaker for the name at [start, end): the model's actor there or by name, else the name. */
function namedBody(doc: QuoteDoc, start: number, name: string, p: Phrase): Speaker {
  const hit = doc.actors.mentionAt(doc.article.docId, start, start + name.length);
  const actor = hit ? doc.actors.byId.get(hit.actorId) : doc.actors.resolve(name);
  if (actor && actor.kind !== "person") {
    const sp = speakerForActor(doc, actor.id, p);
    // (the actor's own name when the article's form is a piece of it: "Museum of Coastal Life")
    return actor.name.includes(sp.name ?? "") ? { ...sp, name: actor.name } : sp;
  }
  return { ...p, id: null, name, kind: "organization", gender: "any" };
}

/** A name at `m` (a match whose group `g` is the name), its leading sentence words dropped. */
function nameOf(m: RegExpMatchArray, g: number, base: number): { at: number; name: string } | null {
  const words = m[g]!.split(/\s+/);
  let k = 0;
  while (k < words.length - 1 && NOT_NAME.test(words[k]!)) k++;
  const name = words.slice(k).join(" ");
  const at = base + m.index! + m[0].indexOf(m[g]!) + (m[g]!.length - name.length);
  return { at, name };
}

/** "the festival" after "the Linz Puppet Festival": the latest name before `p`, outside
 *  quotations, of two to five words ending on the capitalised head; else null. */
function kindNamedBody(doc: QuoteDoc, p: Phrase): Speaker | null {
  const head = definiteHead(p.text);
  // (an organisation noun's head is orgByHeadJoined's, in resolve-speaker.ts)
  if (!head || !BODY_KINDS.has(head) || ORG_NOUNS.has(head)) return null;
  const cap = head[0]!.toUpperCase() + head.slice(1);
  // (its name may run on through "of": "the Festival of British Song", "the Living Church of Hope")
  const re = new RegExp(
    `(?<![\\p{L}\\p{N}&'’.-])((?:${CAP}\\s+){0,4}${cap}(?:\\s+of\\s+(?:the\\s+)?${CAP}(?:\\s+${CAP}){0,3})?)(?![\\p{L}\\p{N}]|\\s+\\p{Lu})`,
    "gu",
  );
  const base = doc.article.bodyStart;
  let found: { at: number; name: string } | null = null;
  for (const m of doc.text.slice(base, p.start).matchAll(re)) {
    const named = nameOf(m, 1, base);
    // (a name of one word is the head itself opening a sentence: "Festival organisers said")
    if (named && /\s/.test(named.name) && !insideQuotation(doc, named.at)) found = named;
  }
  return found ? namedBody(doc, found.at, found.name, p) : null;
}

/** "the researchers" after "the Wayfarer Project - a group of security researchers": the body an
 *  apposition or a copula said is a collective of that plural head, latest before `p`; else null. */
function collectiveOfBody(doc: QuoteDoc, p: Phrase): Speaker | null {
  const head = definiteHead(p.text);
  if (!head || !/[^s]s$/.test(head)) return null;
  const name = `(?<![\\p{L}\\p{N}&'’.-])((?:${CAP}\\s+){0,4}${CAP})`;
  const of = `(?:[Aa]n?|[Tt]he)\\s+(?:[\\p{L}-]+\\s+){0,2}(?:${COLLECTIVE})\\s+of\\s+(?:[\\p{L}-]+\\s+){0,3}${head}`;
  // "X, a group of …", "X - a team of …", "X is a network of …"; "a group of … called X"
  const after = new RegExp(`${name}\\s*(?:,|[-–—]|\\s(?:is|was|are|were))\\s+${of}(?![\\p{L}])`, "gu");
  const before = new RegExp(`${of},?\\s+(?:called|known\\s+as|named)\\s+(?:the\\s+)?${name}`, "gu");
  const base = doc.article.bodyStart;
  const text = doc.text.slice(base, p.start);
  let found: { at: number; name: string } | null = null;
  for (const m of [...text.matchAll(after), ...text.matchAll(before)]) {
    const named = nameOf(m, 1, base);
    if (named && !insideQuotation(doc, named.at) && (!found || named.at > found.at)) found = named;
  }
  return found ? namedBody(doc, found.at, found.name, p) : null;
}

/** A band member's role after the band's name: "Kestrels singer Ann Roe", "Keel drummer Ivo Marsh". */
const MEMBER_ROLE =
  "(?:lead\\s+)?(?:singer|guitarist|drummer|bassist|frontman|frontwoman|vocalist|keyboardist|songwriter)";

/** "the band" after "Kestrels singer Ann Roe": the band a member's role names, latest before `p`
 *  outside quotations; else null. */
function bandOfMember(doc: QuoteDoc, p: Phrase): Speaker | null {
  if (!/^[Tt]he\s+(?:[\p{L}\d-]+\s+){0,2}band$/u.test(p.text)) return null;
  const re = new RegExp(
    `(?<![\\p{L}\\p{N}&'’.-])((?:${CAP}\\s+){0,3}${CAP})\\s+${MEMBER_ROLE}\\s+\\p{Lu}`,
    "gu",
  );
  const base = doc.article.bodyStart;
  let found: { at: number; name: string } | null = null;
  for (const m of doc.text.slice(base, p.start).matchAll(re)) {
    const named = nameOf(m, 1, base);
    if (named && !NOT_NAME.test(named.name) && !insideQuotation(doc, named.at)) found = named;
  }
  return found ? namedBody(doc, found.at, found.name, p) : null;
}

export const S24_DESC_RULES: readonly Alternative<SpeakerInput, Speaker>[] = [
  {
    name: "kind-named-body",
    doc: '"the festival" after "the Linz Puppet Festival": a definite description is the latest name outside quotations ending on its head',
    try: ({ doc, p, definite }) => (definite ? kindNamedBody(doc, p) : null),
  },
  {
    name: "collective-of-body",
    doc: '"the researchers" after "the Wayfarer Project - a group of security researchers": the body said to be a collective of that plural',
    try: ({ doc, p, definite }) => (definite ? collectiveOfBody(doc, p) : null),
  },
  LEAD_BUSINESS_RULE,
  {
    name: "band-of-member",
    doc: '"the band" after "Kestrels singer Ann Roe": the band a member\'s role is named for',
    try: ({ doc, p }) => bandOfMember(doc, p),
  },
];
