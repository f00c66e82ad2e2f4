// "When Kim Ode pointed out the cost, Dan Roper seized on it. “…,” he said": the main subject of a
// sentence that opens on a fronted clause or phrase (or on "And even …") is no leading name, so
// the speaker history never held it, and the he/she after it went to an older speaker or to the
// fronted clause's own subject. This step finds that subject for the history: the first phrase
// after a comma of the fronted part that ends on a person the actor model names, followed by a
// verb (past an aside: "Dan Roper, without naming him, also accused …"; "Dan Roper on Friday played …").

import { IRREGULAR_PAST_FORMS, SAME_FORM_PASTS } from "../lexicons/verbs.ts";
import { isOn } from "../steps.ts";
import type { Phrase } from "./phrases.ts";
import { phraseAfter } from "./phrases.ts";
import { insideQuotation } from "./prior-subject.ts";
import { FRONTED_VOICE_DESCRIBED_SWITCH } from "./pronoun18-switches.ts";
import type { QuoteDoc } from "./state.ts";
import { isVerbish, type Tok } from "./tokens.ts";

/** Words that open a fronted clause or phrase before the main subject ("When …, X", "At …, X"). */
const FRONT_OPENERS = new Set(
  `when while as after before since although though because if once unless until whereas despite at
  in on during following like unlike with without for from by among amid asked just earlier later
  meanwhile instead still then now before within throughout upon over under`.split(/\s+/),
);
/** Past participles that open a clause about the main subject ("Born in 1912, …", "Elected in 1945, …"). */
const PAST_PARTICIPLE_OPENERS = new Set(
  `born educated elected appointed raised named trained brought schooled promoted sacked dropped recalled
  capped signed injured freed jailed released appointed awarded knighted`.split(/\s+/),
);

/** The switch of the past-participle opening (session 35). */
export const PAST_PARTICIPLE_SWITCH = {
  name: "fronted-past-participle",
  doc: '"Born in 1912 and educated at …, Lord Callaghan became a clerk": the subject after an opening past participle\'s clause goes into the history, for a he/she after it',
};

/** "And even Obama tried …": an opening conjunction, then the subject (an adverb may come between). */
const CONJUNCTIONS = new Set(["and", "but", "yet", "so"]);
const CONJ_ADVERBS = new Set(["even", "also", "then", "now", "still", "later", "again"]);
/** Words between a subject and its verb that are no verb: "on Friday", "also", "later". */
const BEFORE_VERB =
  /^(?:\s+(?:also|then|later|again|still|now|even|once|quickly|too|himself|herself|only|never|already|first|on\s+\p{Lu}\p{Ll}+day|(?:on|this|last|earlier|in)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|morning|afternoon|evening|night)|yesterday|today))*\s+/u;
/** A finite verb: a past or present tense form, or an auxiliary ("played", "plays", "has", "doesn't"). */
const FINITE =
  /^(?:\p{Ll}+ed|\p{Ll}{2,}[^s\W]s|is|was|has|had|does|did|doesn[’']t|didn[’']t|isn[’']t|wasn[’']t|hasn[’']t|will|would|can|could|may|might|must|should|seems|says|sees|agrees|goes)\b/u;

/** "Feminist icon Ada Frost quit the show": the described-leading-name step also takes an
 *  irregular past ("quit", "left", "won") for the verb after the name. */
export const DESCRIBED_NAME_IRREGULAR_SWITCH = {
  name: "described-name-irregular-past",
  doc: '"Feminist icon Ada Frost quit the show over what she called “…”": a described name opening the sentence is its subject before an irregular past too',
};
/** Irregular pasts the lexicon leaves out, unchanged from the present ("quit", "hit", "cut"). */

/** The first word after a subject ending at `end` is a finite verb, past an aside or a time phrase
 *  (with `irregular`, an irregular past too: "quit", "left"). */
function verbFollows(text: string, end: number, irregular = false): boolean {
  let rest = text.slice(end, end + 200);
  // ", without naming him, …", ", an early backer of Vale, …": one comma-delimited aside
  const aside = /^,\s+[^,.;:"“”]{1,100},/u.exec(rest);
  if (aside) rest = rest.slice(aside[0].length);
  const skip = BEFORE_VERB.exec(rest);
  if (!skip) return false;
  const next = rest.slice(skip[0].length);
  if (FINITE.test(next)) return true;
  const w = /^\p{Ll}+\b/u.exec(next)?.[0] ?? "";
  return irregular && (IRREGULAR_PAST_FORMS.has(w) || SAME_FORM_PASTS.has(w));
}

/** Does the sentence open on a fronted part (a clause, a phrase, a conjunction)? ("To …," too,
 *  with switch "fronted-voice-described": "To Ann Roe, the plan …" had no reading before.) */
function frontedOpening(doc: QuoteDoc, toks: Tok[]): boolean {
  const t = toks[0];
  if (t?.type !== "w") return false;
  if (t.lower === "to" && isOn("quotes", FRONTED_VOICE_DESCRIBED_SWITCH.name, doc.switches)) return true;
  // (a past participle's clause too, "Born in 1912 and educated at …, Lord Callaghan became", session 35)
  const participle =
    PAST_PARTICIPLE_OPENERS.has(t.lower) && isOn("quotes", PAST_PARTICIPLE_SWITCH.name, doc.switches);
  return (
    FRONT_OPENERS.has(t.lower) ||
    /^\p{Lu}\p{Ll}+ing$/u.test(t.text) ||
    CONJUNCTIONS.has(t.lower) ||
    participle
  );
}

/** Where a subject may start: after a comma of the fronted part, or after "And (even)". */
function candidateStarts(toks: Tok[]): number[] {
  const out: number[] = [];
  if (CONJUNCTIONS.has(toks[0]!.lower)) out.push(CONJ_ADVERBS.has(toks[1]?.lower ?? "") ? 2 : 1);
  toks.forEach((t, k) => {
    if (t.type === "p" && t.text === ",") out.push(k + 1);
    // `… as “Medicare for all,” Clinton seized …`: a quotation closing on a comma
    else if (t.type === "q" && /,["”]$/u.test(t.text)) out.push(k + 1);
  });
  return out;
}

/** The phrase up to the first person the model names in it (not by pronoun or role): "Dan Roper"
 *  of "Dan Roper seized" (a verb no speech verb stays in the phrase), or null. */
function personPhrase(doc: QuoteDoc, p: Phrase): Phrase | null {
  const m = doc.actors
    .mentionsIn(doc.article.docId)
    .find(
      (x) =>
        x.start >= p.start && x.start < p.end && x.end <= p.end && x.via !== "pronoun" && x.via !== "role",
    );
  if (!m || doc.actors.byId.get(m.actorId)?.kind !== "person" || insideQuotation(doc, m.start)) return null;
  return { start: p.start, end: m.end, text: doc.text.slice(p.start, m.end) };
}

/** The main subject of a sentence opening on a fronted part, a person, or null. */
export function frontedSubject(doc: QuoteDoc, toks: Tok[]): Phrase | null {
  if (toks.length < 4 || !frontedOpening(doc, toks)) return null;
  const voice = frontedVoice(doc, toks);
  if (voice) return voice;
  for (const k of candidateStarts(toks)) {
    const p = phraseAfter(toks, k, doc.text);
    if (p && /^(?:he|she|they)$/i.test(p.text)) return null;
    if (!p || !/^\p{Lu}/u.test(p.text)) continue;
    // (the first named person after the fronted part is the subject, or there is none)
    const person = personPhrase(doc, p);
    if (!person) continue;
    // (an irregular past too after a participle's clause: "Born in 1912, Lord Roe became …")
    const participle = PAST_PARTICIPLE_OPENERS.has(toks[0]!.lower);
    return verbFollows(doc.text, person.end, participle) ? person : null;
  }
  return null;
}

/** "For Ann Roe, the plan is a sham. “…,” she said": the person a fronted "To"/"For" gives the
 *  view to is the voice the he/she after it goes on with, not the clause's subject. */
function frontedVoice(doc: QuoteDoc, toks: Tok[]): Phrase | null {
  if (toks[0]!.lower !== "to" && toks[0]!.lower !== "for") return null;
  const p = phraseAfter(toks, 1, doc.text);
  const person = p && personPhrase(doc, p);
  if (person && /^,/.test(doc.text.slice(person.end, person.end + 1))) return person;
  return isOn("quotes", FRONTED_VOICE_DESCRIBED_SWITCH.name, doc.switches) ? describedVoice(doc, toks) : null;
}

/** "To Westport economist Ann Roe, …", "For Florida consultant Roe, …": a capitalised word after
 *  "To"/"For", description words with no verb, then a person the model names, right before the
 *  first comma (an infinitive, "To help Ann Roe, …", opens on a lower-case verb). */
function describedVoice(doc: QuoteDoc, toks: Tok[]): Phrase | null {
  const comma = toks.findIndex((t) => t.type === "p" && t.text === ",");
  if (comma < 3 || comma > 14 || !/^\p{Lu}/u.test(toks[1]!.text)) return null;
  const words = toks.slice(1, comma);
  // (a capitalised word is a name's or a body's: "Montclair State University")
  const verbOrLink = (t: Tok) => /^\p{Ll}/u.test(t.text) && (isVerbish(t) || NOT_DESCRIPTIVE.has(t.lower));
  if (words.some((t) => t.type !== "w" || FINITE.test(t.text) || verbOrLink(t))) return null;
  const end = toks[comma - 1]!.end;
  const m = doc.actors
    .mentionsIn(doc.article.docId)
    .find((x) => x.end === end && x.start >= toks[1]!.start && x.via !== "pronoun" && x.via !== "role");
  if (!m || doc.actors.byId.get(m.actorId)?.kind !== "person" || insideQuotation(doc, m.start)) return null;
  return { start: m.start, end: m.end, text: doc.text.slice(m.start, m.end) };
}

/**
 * "Republican presidential nominee Dan Roper has blasted the media.", "Westport builder Dan Roper
 * expressed dismay": capitalised words and lower-case description words before a person's name
 * that a verb follows. The leading-name step reads only the capitalised words ("Republican"), so
 * the person never reached the history.
 */
export function describedLeadingName(doc: QuoteDoc, toks: Tok[]): Phrase | null {
  let k = 0;
  while (k < toks.length && k < 3 && toks[k]!.type === "w" && /^\p{Lu}/u.test(toks[k]!.text)) k++;
  const lower = k;
  while (k < toks.length && k - lower < 3 && toks[k]!.type === "w" && /^\p{Ll}/u.test(toks[k]!.text)) {
    // (a verb or a function word: "Kim Ode asked Dan Roper", "Vale and Dan Roper")
    if (isVerbish(toks[k]!) || FINITE.test(toks[k]!.text) || NOT_DESCRIPTIVE.has(toks[k]!.lower)) return null;
    k++;
  }
  if (lower === 0 || k === lower) return null;
  const p = phraseAfter(toks, k, doc.text);
  const person = p && /^\p{Lu}/u.test(p.text) ? personPhrase(doc, p) : null;
  const irregular = isOn("quotes", DESCRIBED_NAME_IRREGULAR_SWITCH.name, doc.switches);
  return person && verbFollows(doc.text, person.end, irregular) ? person : null;
}

/** Lower-case words that are no description of the name after them. */
const NOT_DESCRIPTIVE = new Set(
  `and or but of to for with from by at in on as than that who whom whose which the a an his her its
  their our my your this these those when while after before since if not also said says told`.split(/\s+/),
);
