// Speaker classes of "it" and he/she given to the wrong actor (session 17): one list for
// inline-switches.ts, and the small rules the switches guard.

import { isOn } from "../steps.ts";
import type { Phrase } from "./phrases.ts";
import { previousSentenceStart, sentenceEnd, sentenceStart } from "./prior-subject.ts";
import type { QuoteDoc } from "./state.ts";
import type { Speaker } from "./types.ts";

/** "The US tycoon …": an acronym modifying a person's role noun is no organisation. */
export const ACRONYM_MODIFIER_SWITCH = {
  name: "acronym-modifier-person",
  doc: '"The US tycoon, who …, has approached the board with “…”, it has confirmed": an acronym before a lower-case noun the model links to a person describes that person; it is no body for "it" to take up',
};

/** "it" with no organisation before it: one its own sentence names before the tag. */
export const IT_OWN_SENTENCE_BODY_SWITCH = {
  name: "it-own-sentence-body",
  doc: '"The tycoon has sent the Rovers board “…”, it has confirmed": with no organisation in the history and none opening the sentence, "it" is the last one its own sentence names before it',
};

/** "it" with no organisation in the history: the one body the sentence before names (session 34). */
export const IT_ONE_BODY_BEFORE_SWITCH = {
  name: "it-one-body-before",
  doc: '"… as part of his record company SonyBMG\'s new campaign. It has called it “…”": with no organisation in the history or its own sentence, "it" is the one organisation the sentence before names, in any role',
};

/** The switches of this session's "it"/he/she classes, for the ablation. */
export const IT17_SWITCHES = [
  ACRONYM_MODIFIER_SWITCH,
  IT_OWN_SENTENCE_BODY_SWITCH,
  IT_ONE_BODY_BEFORE_SWITCH,
];

/** The last organisation the model names in the sentence of the tag `p`, before it; else null. */
export function itOwnSentenceBody(doc: QuoteDoc, p: Phrase): Speaker | null {
  if (!isOn("quotes", IT_OWN_SENTENCE_BODY_SWITCH.name, doc.switches)) return null;
  // (only the tag of a quotation: `… “…”, it has confirmed`)
  if (!/["”],?\s*$/u.test(doc.text.slice(Math.max(0, p.start - 4), p.start))) return null;
  const from = sentenceStart(doc, p.start);
  const docId = doc.article.docId;
  const ms = doc.actors.mentionsIn(docId).filter((m) => m.start >= from && m.end <= p.start);
  for (let i = ms.length - 1; i >= 0; i--) {
    const actor = doc.actors.byId.get(ms[i]!.actorId);
    if (actor?.kind === "organization" && ms[i]!.via !== "pronoun") {
      const full = fullerOrganisation(doc, actor.name, from) ?? actor;
      return { ...p, id: full.id, name: full.name, kind: "organization", gender: "any" };
    }
  }
  return null;
}

/** "United" after "Manchester United": an organisation named before `before` whose name ends on
 *  this one's (the model may keep the short form apart); else null. */
function fullerOrganisation(
  doc: QuoteDoc,
  name: string,
  before: number,
): { id: string; name: string } | null {
  for (const m of doc.actors.mentionsIn(doc.article.docId)) {
    if (m.start >= before) break;
    const a = doc.actors.byId.get(m.actorId);
    if (a?.kind === "organization" && a.name.endsWith(` ${name}`)) return { id: a.id, name: a.name };
  }
  return null;
}

/** The person "The US tycoon" stands for: a phrase ending on the acronym, a lower-case word after
 *  it, the two together a role mention of a person in the model; else null. */
export function acronymModifiedPerson(
  doc: QuoteDoc,
  p: Phrase,
  acronym: string,
): { id: string; name: string } | null {
  if (!isOn("quotes", ACRONYM_MODIFIER_SWITCH.name, doc.switches)) return null;
  if (!p.text.endsWith(acronym)) return null;
  const noun = /^\s+\p{Ll}[\p{L}-]*/u.exec(doc.text.slice(p.end, p.end + 40));
  if (!noun) return null;
  const m = doc.actors.mentionAt(doc.article.docId, p.start, p.end + noun[0].length);
  const actor = m?.via === "role" ? doc.actors.byId.get(m.actorId) : undefined;
  return actor?.kind === "person" ? { id: actor.id, name: actor.name } : null;
}

/** The one organisation (by the model's named mentions) of the sentence before `p`'s, else null. */
export function itOneBodyBefore(doc: QuoteDoc, p: Phrase): Speaker | null {
  if (!isOn("quotes", IT_ONE_BODY_BEFORE_SWITCH.name, doc.switches)) return null;
  const from = previousSentenceStart(doc, p.start);
  const to = sentenceStart(doc, p.start);
  if (from === to) return null;
  // (only an "it" whose own sentence quotes: one read for the history alone lends too far)
  if (!/["“]/u.test(doc.text.slice(p.end, sentenceEnd(doc, p.start)))) return null;
  const ids = new Set<string>();
  let held = false;
  for (const m of doc.actors.mentionsIn(doc.article.docId)) {
    if (m.start < from || m.end > to || m.via === "pronoun") continue;
    if (doc.actors.byId.get(m.actorId)?.kind !== "organization") continue;
    ids.add(m.actorId);
    // (as the sentence's subject or an owner, "SonyBMG's new campaign": not a name in brackets)
    held ||=
      /^['’](?:s\b|\s)/u.test(doc.text.slice(m.end, m.end + 3)) || opensAt(doc.text.slice(from, m.start));
  }
  if (ids.size !== 1 || !held) return null;
  const actor = doc.actors.byId.get([...ids][0]!)!;
  return { ...p, id: actor.id, name: actor.name, kind: "organization", gender: "any" };
}

/** Do the words before a mention leave it opening its sentence (past a connective and "The")? */
export const opensAt = (before: string): boolean =>
  /^\s*(?:(?:But|And|However|Meanwhile),?\s+)?(?:The\s+)?$/.test(before);
