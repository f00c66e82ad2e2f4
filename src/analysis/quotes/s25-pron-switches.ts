// Pronoun classes of session 25 (issue #13; BBC study sets 36-55 and PolNeAR train). An "it" that
// tags or reports speech goes on from the speaker just before it when that speaker is a bare name
// nothing marks as a person's ("Christian Aid has called on …. It added", `"…," said Seagate.
// "…," it said`): people are "he" or "she", so a name with no title, no gendered given name and no
// he/she of its own that just spoke is the body "it" is, over an organisation named further back.

import { genderOfName } from "../actors/index.ts";
import { SPEECH_VERB_FORMS } from "../lexicons/verbs.ts";
import { isOn } from "../steps.ts";
import { itAfterJointDocument } from "./document-author.ts";
import type { Phrase } from "./phrases.ts";
import { sentenceStart } from "./prior-subject.ts";
import { itSpeechClauseSubject, itStatementAuthor } from "./s24-pron-switches.ts";
import { PREFIXED_VERB_SWITCH } from "./s25-prefixed-verb.ts";
import { at, paraOf, type QuoteDoc } from "./state.ts";
import type { Speaker } from "./types.ts";

const IT_LAST_SPEAKER_SWITCH = {
  name: "it-last-speaker-body",
  doc: '"Christian Aid has called on firms to …. It added that …", `"…," said Seagate. "…," it said`: "it" is the bare name that spoke just before, no person\'s title, given name or he/she to it',
};

export const S25_PRON_SWITCHES = [IT_LAST_SPEAKER_SWITCH, PREFIXED_VERB_SWITCH];

/** A bare name: up to four capitalised words ("&" and "of" allowed), no role or title words, no
 *  possessive ending ("Sanders'"). */
const BARE_NAME = /^\p{Lu}[\p{L}&'’.-]*(?:\s+(?:&|of|\p{Lu}[\p{L}&'’.-]*)){0,3}(?<!['’]s?)$/u;

/** he/she and their forms: a pronoun mention of a person. */
const HE_SHE = /^(?:he|she|him|her|his|hers|himself|herself)$/i;

/** "Harlow has said it …", "Mr Ross's statement said: “…” It added" (s24), or the bare name that
 *  spoke just before (this file): the source of an "it" its context names; else null. */
export const itSpeechSource = (doc: QuoteDoc, p: Phrase): Speaker | null =>
  itAfterJointDocument(doc, p) ??
  itSpeechClauseSubject(doc, p) ??
  itStatementAuthor(doc, p) ??
  itLastSpeakerBody(doc, p);

/**
 * The speaker an "it" at `p` goes on from: the latest entry of the speaker history before it (past
 * earlier "it"s), when that entry spoke, in this paragraph or the one before, and is a bare name
 * read as a person's that nothing marks as one (see the file's head). Else null.
 */
function itLastSpeakerBody(doc: QuoteDoc, p: Phrase): Speaker | null {
  if (!isOn("quotes", IT_LAST_SPEAKER_SWITCH.name, doc.switches) || p.text.toLowerCase() !== "it")
    return null;
  // (only an "it" that speaks: "it said", "It also added")
  const verb = /^\s+(?:\p{Ll}+ly\s+|also\s+|has\s+|had\s+)?(\p{Ll}+)/u.exec(
    doc.text.slice(p.end, p.end + 40),
  );
  if (!verb || !SPEECH_VERB_FORMS.has(verb[1]!)) return null;
  let h: Speaker | undefined;
  for (let i = doc.history.length - 1; i >= 0; i--) {
    const c = doc.history[i]!;
    if (c.start >= p.start || c.text.toLowerCase() === "it") continue;
    h = c;
    break;
  }
  if (!h?.speaker || h.kind !== "person" || (h.para ?? 0) < paraOf(doc, p.start) - 1) return null;
  if (!BARE_NAME.test(h.text) || genderOfName(h.name ?? h.text) !== "any") return null;
  return unmarkedPerson(doc, h) ? { ...at(h, p), kind: "organization", gender: "any" } : null;
}

/** No gender the model gives the speaker's actor nor a he/she of the model that stands for it. */
function unmarkedPerson(doc: QuoteDoc, h: Speaker): boolean {
  if (h.gender !== "any") return false;
  // (a name the model holds no actor for only when written inside a sentence, where its capital
  // marks a name: "said Seagate", not "Consumer demand will …")
  if (!h.id) return sentenceStart(doc, h.start) < h.start;
  const docId = doc.article.docId;
  if ((doc.actors.genderOf?.(docId, h.id) ?? "any") !== "any") return false;
  return !doc.actors
    .mentionsIn(docId)
    .some((m) => m.actorId === h.id && m.via === "pronoun" && HE_SHE.test(doc.text.slice(m.start, m.end)));
}
