// Session 25 (issue #13), terms and descriptions.
// - A definite description of a person as a tag's subject ("added the two-time champion", "The
//   director said", "said the world indoor champion") is the person the sentence before (or its
//   own sentence) opens on as subject, else the article's main person mentioned just before
//   (s23-desc-switches.ts's reading). Session 23 had this rule and dropped it: it lost a fresh
//   set's rows where the sentence before opened on an adverb ("Meanwhile, Perpignan centre Ann Roe
//   is …") and so fell back to an older subject; openingName now skips such an adverb.
// - A BBC lead voices its story through an unnamed person and names them next: "A council candidate
//   has quit after admitting a "brief flirtation" with … . Ann Roe, who …". Any -ing form of a
//   verb of saying voices the claim ("admitting", "conceding", "calling", "suggesting"), as does
//   a passive "quoted" ("after being quoted as wanting a "…""): the lexicon lists few -ing forms.

import { SPEECH_VERB_FORMS } from "../lexicons/verbs.ts";
import { type Alternative, isOn, type StepSwitches } from "../steps.ts";
import { describedHead, describedPerson, SEX } from "./s23-desc-switches.ts";
import { SLOGAN_OWNER_SWITCH } from "./s25-slogan.ts";
import type { SpeakerInput } from "./speaker-input.ts";
import { speakerForActor } from "./state.ts";
import type { Speaker } from "./types.ts";

/** Month names ending like a person noun ("September" … "December"). */
const MONTHS = /^(?:september|october|november|december)$/;

/** A definite description of a person who was named before is that person (speaker rule). */
export const DESCRIBED_NAMED_RULE: Alternative<SpeakerInput, Speaker> = {
  name: "description-named-before",
  doc: '"Ann Roe said …. “…,” added the two-time champion": a definite description of a person is the subject of the sentence before, else the article\'s main person mentioned just before',
  try: ({ doc, p }) => {
    // (an apposition, "Ann Roe, the man credited with …", is the apposition rules')
    const head = /,\s*$/.test(doc.text.slice(p.start - 3, p.start)) ? null : describedHead(p.text);
    // ("In the October …": a month is no person, for all its person's ending)
    if (!head || MONTHS.test(head)) return null;
    // (a nationality the model ties to a person, "Dutch defender Ann Roe" for "the Dutchman", is
    // that person's)
    const m = /\s\p{Lu}\S*$/u.test(p.text) ? doc.actors.mentionAt(doc.article.docId, p.start, p.end) : null;
    if (m?.via === "role" && doc.actors.byId.get(m.actorId)?.kind === "person") return null;
    const id = describedPerson(doc, p);
    if (!id) return null;
    // ("the woman" is never a man the model knows)
    const sex = SEX[head];
    const g = sex ? (doc.actors.genderOf?.(doc.article.docId, id) ?? "any") : "any";
    return g === "any" || g === sex ? speakerForActor(doc, id, p) : null;
  },
};

/** The switch of a lead voiced by an -ing form or a passive "quoted" (listed in study-set-switches.ts). */
const LEAD_GERUND_VOICE_SWITCH = {
  name: "lead-gerund-voice",
  doc: '"A candidate has quit after admitting a “…”. Ann Roe, who …": an -ing form of a verb of saying, or a passive "quoted", voices the lead\'s claim for lead-named-next',
};

/** "admitting", "conceding", "calling": the -ing form of a verb the lexicon lists in another form. */
function speechGerund(w: string): boolean {
  const stem = /^(\p{Ll}{2,})ing$/u.exec(w)?.[1];
  if (!stem) return false;
  // (a doubled last consonant, "admitt"; a dropped "e", "conced")
  const bases = [stem, `${stem}e`, /([^aeiou])\1$/.test(stem) ? stem.slice(0, -1) : stem];
  // (a regular past the lexicon lists, "admitted", "conceded": not "going" for "goes")
  return bases.some((b) => SPEECH_VERB_FORMS.has(`${b}ed`) || SPEECH_VERB_FORMS.has(`${b}d`));
}

/** Does word `k` of `words` voice a lead's claim by this session's reading (switch)? */
export function leadGerundVoice(words: readonly string[], k: number, switches: StepSwitches): boolean {
  if (!isOn("quotes", LEAD_GERUND_VOICE_SWITCH.name, switches)) return false;
  const w = words[k]!;
  if (w === "quoted") return /^(?:being|been|was|were|is|are)$/.test(words[k - 1] ?? "");
  return speechGerund(w);
}

/** The inline switches of this file, for the ablation (study-set-switches.ts). */
export const S25_TERMS_SWITCHES = [LEAD_GERUND_VOICE_SWITCH, SLOGAN_OWNER_SWITCH];
