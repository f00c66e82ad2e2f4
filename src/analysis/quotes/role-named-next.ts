// "Meanwhile, Norway's trade minister has said the region faced “deep trouble” unless …. Lars Hoff
// said he would …": news writing often gives a source's office first and the name only in the next
// sentence, which opens on the name alone (no role before it: that would be someone else) and a
// verb of saying. When the name appears there for the first time, the office was that person.

import { ROLE_HEADS } from "../lexicons/titles.ts";
import { SPEECH_VERB_FORMS } from "../lexicons/verbs.ts";
import { isOn } from "../steps.ts";
import { personSaid } from "./said.ts";
import type { QuoteDoc } from "./state.ts";
import { ROLE_NAMED_NEXT_SWITCH } from "./terms21-switches.ts";
import type { QuoteFound } from "./types.ts";

/** "Scotland's first minister has told pupils it is okay to get drunk “once in a while”. Jack
 *  McConnell was speaking to …": a progressive of speaking introduces the office's holder too. */
export const SPEAKING_NEXT_SWITCH = {
  name: "role-named-next-speaking",
  doc: '"Scotland\'s first minister has told pupils …“once in a while”. Jack McConnell was speaking to …": the name opening the next sentence with "was speaking/talking/addressing" is the office\'s holder',
};
const SPEAKING = /^\s+(?:was|is|had been|has been)\s+(?:speaking|talking|addressing|answering)\b/;

/** Roles that stand for a body's voice, not one person to be named later. */
const VOICE_ROLES = /^(?:spokes(?:man|woman|person)|official|source|aide|adviser|advisor)$/;

/** At most an honorific before the name opening the sentence. */
const HONORIFIC = /^(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|Professor|Prof)\.?\s+)?$/;

/** The lower-case role noun ending a speaker's words when the speaker is named by no name. */
function bareRole(q: QuoteFound, titled = false): string | null {
  // (an indefinite "a campaigner" may be anyone: lead-description-ahead.ts reads the lead's)
  // ("First Minister": an office written as a title that no actor holds is bare too, s34 switch)
  const named =
    /\p{Lu}/u.test(q.speakerName ?? "") &&
    !(titled && !q.speakerId && /(?:^|\s)\p{Ll}[\p{L}-]*$/u.test(q.speakerText ?? ""));
  if (!q.speakerText || named || /^an?\s/i.test(q.speakerText)) return null;
  // ("its co-chairman": a shared office is the office)
  const head = (/([\p{L}-]+)\s*$/u.exec(q.speakerText)?.[1]?.toLowerCase() ?? "").replace(/^co-/, "");
  return ROLE_HEADS.has(head) && !VOICE_ROLES.test(head) ? head : null;
}

/** The person the sentence at [start, end) opens on, bare and first named there, before a verb of
 *  saying ("Lars Hoff said", "Dr Ann Wells told"). */
function introducedSpeaker(doc: QuoteDoc, start: number, end: number) {
  const ms = doc.actors.mentionsIn(doc.article.docId);
  const m = ms.find((x) => x.start >= start && x.start < end && x.via !== "pronoun" && x.via !== "role");
  if (!m || doc.actors.byId.get(m.actorId)?.kind !== "person") return null;
  if (!HONORIFIC.test(doc.text.slice(start, m.start))) return null;
  const after = doc.text.slice(m.end, m.end + 30);
  const verb = /^\s+([\p{Ll}]+)/u.exec(after)?.[1] ?? "";
  // ("Jack McConnell was speaking to 100 pupils": a progressive of speaking too, s34 switch)
  const speaking = isOn("quotes", SPEAKING_NEXT_SWITCH.name, doc.switches) && SPEAKING.test(after);
  if (!SPEECH_VERB_FORMS.has(verb) && !speaking) return null;
  // named here first: one named before is someone the office was not (a headline's name aside, s34)
  // (the headline is no paragraph: the body's first sentence starts after it)
  const lead = doc.article.paragraphs[0]?.sentences[0]?.start ?? 0;
  const from = isOn("quotes", SPEAKING_NEXT_SWITCH.name, doc.switches) ? lead : 0;
  if (ms.some((x) => x.actorId === m.actorId && x.start < m.start && x.start >= from)) return null;
  return m;
}

/** Does the sentence at [start, end) name a person who speaks in it ("Ann Pike says …")? */
function namedSpeakerIn(doc: QuoteDoc, start: number, end: number): boolean {
  return doc.actors.mentionsIn(doc.article.docId).some((x) => {
    if (x.start < start || x.end > end || (x.via !== "name" && x.via !== "surname")) return false;
    const verb = /^\s+(?:(?:has|have|had)\s+)?(\p{Ll}+)/u.exec(doc.text.slice(x.end, x.end + 30))?.[1] ?? "";
    return doc.actors.byId.get(x.actorId)?.kind === "person" && SPEECH_VERB_FORMS.has(verb);
  });
}

/** Give each quotation voiced by a bare role to the person the next sentence introduces. */
export function roleNamedNext(doc: QuoteDoc, direct: QuoteFound[]): void {
  if (!isOn("quotes", ROLE_NAMED_NEXT_SWITCH.name, doc.switches)) return;
  const paras = doc.article.paragraphs;
  const sentences = paras.flatMap((p, k) => p.sentences.map((s) => ({ ...s, k })));
  for (const q of direct) {
    if (!bareRole(q, isOn("quotes", SPEAKING_NEXT_SWITCH.name, doc.switches))) continue;
    const i = sentences.findIndex((s) => s.start <= q.start && q.start < s.end);
    const here = sentences[i];
    const next = sentences[i + 1];
    if (!here || !next || !doc.text.slice(here.start, here.end).includes(q.speakerText!)) continue;
    // the same paragraph, or the lead and the paragraph after it; no one named speaking in its own sentence
    if (next.k !== here.k && i !== 0) continue;
    if (namedSpeakerIn(doc, here.start, here.end)) continue;
    const m = introducedSpeaker(doc, next.start, next.end);
    if (!m) continue;
    const actor = doc.actors.byId.get(m.actorId)!;
    Object.assign(q, personSaid(actor, m.text), { via: "context" });
  }
}
