// A quotation inside reported speech: `Calloway said the ferry had been "patient beyond words"`.
// The direct walk finds no cue of its own for a quotation in the middle of a clause, and leaves
// it without a speaker; the reported-speech record around it names who said the clause, so the
// quotation's words are that speaker's too. Only a statement with no speaker takes one (a term,
// `claims that "outsourcing" is to blame`, stays the writer's), and only from a record whose
// checks already trusted its speaker (REPORTED_SPEAKER_CHECKS).

import { SPEECH_VERB_FORMS } from "../lexicons/verbs.ts";
import { isOn, type StepSwitches } from "../steps.ts";
import { REPORTED_OWN_SPEECH_SWITCH } from "./left16-switches.ts";
import { organisationName } from "./org-subject.ts";
import { PLURAL_ROLE_OWN_SPEECH_SWITCH, pluralRoleWord } from "./s22-cue-switches.ts";
import type { QuoteFound } from "./types.ts";

/** Verbs of saying proper (not "agreed", "called"): their subject says the words reported. */
const SAYING = /^(?:said|says|told|tells|added|stated|insisted|claimed|argued|warned)$/i;

/** "the values that “…”" is a relative clause, no noun of discussion (session 34). */
export const RELATIVE_NOT_DISCUSSED_SWITCH = {
  name: "relative-not-discussed",
  doc: '"He went on to reflect on the values that “most Britons hold dear”": a plural of things before "that" heads a relative clause, not a claim under discussion, so the record around lends its speaker',
};

/** Two named people reported together lend their terms (session 35). */
export const JOINT_REPORTERS_SWITCH = {
  name: "joint-reporters-lend",
  doc: '"Jo Marr and Ivo Brandt said that they remained “long-term investors”": two named people reporting together lend the record\'s terms, as one named speaker does',
};

/** A record's speaker of two people the model holds, by their full names ("Jo Roe and Ivo
 *  Brandt", reported-speaker.ts twoPeople: a person's kind, no id). */
const jointNames = (r: QuoteFound) =>
  r.speakerKind === "person" && !r.speakerId && / and /.test(r.speakerName ?? "");

/** "suggestions that “…”", "claims that “…”": a noun's "that" clause right before the quotation. */
function discussed(text: string, at: number, narrow = false): boolean {
  const m = /(\p{L}+)\s+that\s+["“‘']?$/u.exec(text.slice(Math.max(0, at - 30), at));
  // "he claims that" is a verb; "Claims that" opening the sentence, a noun.
  if (!m) return false;
  const w = m[1]!.toLowerCase();
  // ("the values that “most Britons hold dear”": a plural of things, not of what is said, is a
  // relative clause's head, session 34 switch)
  const plural = /(?:ion|ment)s?$/.test(w) || PROPOSITIONS.has(w) || (!narrow && /s$/.test(w));
  return plural && (/^\p{Lu}/u.test(m[1]!) || !SPEECH_VERB_FORMS.has(w));
}

/** Plural nouns of what is said or thought, whose "that" opens what they say ("claims that …"). */
const PROPOSITIONS = new Set(
  `claims reports allegations fears hopes rumours rumors suggestions assertions accusations arguments
  beliefs views warnings concerns complaints signs hints promises pledges charges doubts worries
  remarks comments words calls demands threats predictions forecasts estimates figures findings
  results reports statements denials admissions assurances guarantees insists says suggests`.split(/\s+/),
);

/** The record's speaker opens a "with" clause of its own: "…, with Ann Roe branding it …". */
function withClause(text: string, r: QuoteFound): boolean {
  const before = text.slice(Math.max(0, r.start - 100), r.start);
  const m = /\bwith\s+([^,;:.!?"“”]{2,80})$/u.exec(before);
  return !!m && !!r.speakerText && m[1]!.includes(r.speakerText);
}

/**
 * Gives each quotation without a speaker the speaker of the reported speech holding it. With
 * `terms` (switch "term-in-reported"), a term too, and a quotation whose speaker is the reported
 * clause's own subject ("The steel industry will face “serious challenges”, the Chamber has
 * said": the industry is what was said about, the Chamber said it). With `innermost` (switch
 * "reported-innermost"), the record nearest around the quotation ("The Greens are thought likely to
 * propose …, with Ann Roe branding it a “stealth tax”": Roe's, not the Greens').
 */
export function lendReportedSpeakers(
  quotes: QuoteFound[],
  reported: readonly QuoteFound[],
  text: string,
  switches: StepSwitches,
  lendsTerm: (r: QuoteFound, q: QuoteFound) => boolean = () => true,
): void {
  const on = (name: string) => isOn("quotes", name, switches);
  const terms = on("term-in-reported");
  const innermost = on("reported-innermost");
  const ownSpeech = on(REPORTED_OWN_SPEECH_SWITCH.name);
  const pluralRoles = on(PLURAL_ROLE_OWN_SPEECH_SWITCH.name);
  const narrow = on(RELATIVE_NOT_DISCUSSED_SWITCH.name);
  const jointPeople = on(JOINT_REPORTERS_SWITCH.name);
  if (reported.length === 0) return;
  for (const q of quotes) {
    // (a named speaker is kept, but for the reported clause's own subject the model holds no actor for)
    if (q.speakerName && (!terms || q.speakerId)) continue;
    if (!q.speakerName && q.kind === "term" && !terms) continue;
    const around = reported.filter((x) => x.start <= q.start && q.end <= x.end && x.speakerName);
    // (a record of a "with" clause inside another: "…, with Ann Roe branding it a “…”")
    const inner = innermost ? around.filter((x) => x !== around[0] && withClause(text, x)).pop() : undefined;
    const r = inner ?? around[0];
    if (!r) continue;
    // Only from a speaker the model knows, and never a title ("Plays for Sure"), which no one
    // says, nor a word under discussion ("Suggestions that “outsourcing” is to blame are wrong").
    // (an organisation's name the model holds no actor for, "the Growers' Union", is as sure)
    // (and two named people speaking together, "John Roe and Ivo Brandt", session 35 switch)
    const known =
      !!r.speakerId ||
      r.speakerKind === "organization" ||
      organisationName(r.speakerName) ||
      (jointPeople && jointNames(r));
    // (with `lendsTerm`, not from a record of deciding: "decided to act after the “…”")
    const lend =
      terms && known && lendsTerm(r, q) && !/^\p{Lu}/u.test(q.text) && !discussed(text, q.start, narrow);
    // (a subject the model holds no actor for: "a claim by rival Joe Price that …" keeps Price)
    // …but not one its own verb of saying gives the quotation ("The lawyer who … had said the
    // rules were “…”, said Mr Hale": the lawyer's words; switch "reported-subject-own-speech")
    // …nor "Prosecutors said …", a plural role noun opening the sentence (switch "plural-role-own-speech")
    const plural = pluralRoles && pluralRoleWord(q.speakerText);
    const says = ownSpeech && (q.speakerKind === "unnamed" || plural) && SAYING.test(q.cue ?? "");
    const subjectInside =
      lend && !says && !!q.speakerText && !q.speakerId && !!r.speakerId && r.text.startsWith(q.speakerText);
    if (!subjectInside && (q.speakerName || (q.kind === "term" && !lend))) continue;
    takeReportedSpeaker(q, r);
  }
}

/** `q` takes the speaker and cue of the record `r` (the reported speech around it, by default). */
export function takeReportedSpeaker(q: QuoteFound, r: QuoteFound, via: QuoteFound["via"] = "cue"): void {
  q.speakerName = r.speakerName;
  q.speakerText = r.speakerText;
  q.speakerId = r.speakerId;
  q.speakerKind = r.speakerKind;
  q.cue = r.cue;
  q.via = via;
}
