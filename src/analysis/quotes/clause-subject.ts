// Quoted words inside a clause with no speech verb, owned by the clause's subject (issue #13):
//   `Ms Wood slated the show's "horrible" humour`, `He also attacked the way it was "sold"`,
//   `Now Wilson believes the band will "complete the hat-trick"` — the subject's own words;
//   `Aragones' "no comment"`, `the council's "final offer"` — words owned by a possessive name.
// Tried after every cue with a speech verb, so a verb of saying always wins.

import { STOPWORDS } from "../../search/stopwords.ts";
import { ORG_NOUNS } from "../lexicons/organisations.ts";
import { PLACES } from "../lexicons/places.ts";
import { PRONOUNS } from "../lexicons/pronouns.ts";
import { ANONYMOUS_HEADS } from "../lexicons/sources.ts";
import { words as wordSet } from "../lexicons/word-list.ts";
import { isOn, type StepSwitches } from "../steps.ts";
import { cutAtPast, moreVerbAt, pastWhoClause } from "./clause-verbs.ts";
import { type Cue, sentenceSubject } from "./phrases.ts";
import { OWNER_MODIFIER_SWITCH } from "./set28-switches.ts";
import { isAdverb, isCap, PASSIVE_AUX, ROLE_LIKE, type Tok } from "./tokens.ts";

/** A finite verb right after a subject: "slated", "believes", "was", "has"; or an irregular past of
 *  judging ("felt", "thought": `Mr Reed felt that Ann Lo's "masterpiece" …` is his word, not hers). */
export const FINITE =
  /^(?:[a-z-]{2,}(?:ed|es|s)|is|was|has|had|will|would|could|can|may|might|does|did|felt|thought|knew|found|saw|held)$/;

/** Verbs of deciding and acting, not of saying or judging: `He has opted for a system of "control
 *  orders"`, `The board fined the station for its "wardrobe malfunction"` carry no words of the subject's;
 *  nor do verbs of allowing, owning or taking on (`which allows "reasonable force"`, `He assumed the "dumb
 *  name"`, session 44);
 *  nor does a part an actor plays (`Smith plays a New York "date doctor"`), nor a standing held
 *  (`Madonna remained in second place because of the "monumental" costs`). */
const DOING = wordSet(`fined opted decided chose refused plays played portrays portrayed stars starred
  remained remains stayed stays ranked ranks grossed earned
  allows allowed assumed assumes
  bought buys sold sells owns owned`);

/** The sentence's opening subject as the cue of quotation toks[j], when a finite verb follows it;
 *  with `more`, the reading of clause-verbs.ts (an irregular past of giving a view, a who-clause). */
export function clauseSubject(
  toks: Tok[],
  j: number,
  text: string,
  more = false,
  person = false,
  stance = false,
): Cue | null {
  const read = sentenceSubject(toks, j, text);
  const subj = read && more ? (cutAtPast(toks, read, text) ?? read) : read;
  if (!subj) return null;
  if (titleOf(toks[j]!, text)) return null;
  const pronoun = PRONOUNS[subj.text.toLowerCase()];
  // he/she, a name, or a spokesperson or an organisation ("a spokeswoman", "the council"); not
  // "it", "they", nor a bare description ("Two big US names", "A bookmaker").
  if (pronoun !== undefined && pronoun !== "male" && pronoun !== "female") return null;
  const words = subj.text.split(/\s+/);
  const head = words[words.length - 1]!.toLowerCase();
  const described = /^\p{Ll}/u.test(words[words.length - 1]!) && pronoun === undefined;
  // (person: "the Frenchman", a person's description the caller resolves to a name)
  const personal = person && /^the$/i.test(words[0]!) && ROLE_LIKE.test(head);
  if (person && !personal) return null;
  if (
    described &&
    !personal &&
    !ANONYMOUS_HEADS.has(head) &&
    !(ORG_NOUNS.has(head) && /^the$/i.test(words[0]!))
  )
    return null;
  const after = toks.findIndex((t) => t.start >= subj.end);
  // (more: "Jo Marr, who had two nominations, paid tribute": past a who-clause set off by commas)
  const past = more ? pastWhoClause(toks, after, j) : -1;
  let v = past > 0 ? past : after;
  while (v >= 0 && v < j && isAdverb(toks[v]!)) v++;
  // `the Pro-Life Alliance "congratulated" Mr Howard`: the quotation is the verb itself.
  if (v === j && quotedVerb(toks[j]!, text))
    return { speaker: subj, cue: text.slice(toks[j]!.start + 1, toks[j]!.end - 1), label: false };
  const verb = toks[v];
  if (v < 0 || v >= j || verb?.type !== "w" || isCap(verb)) return null;
  // ("Kelly had been full of “…” thoughts": a "be" skipped as an adverb is the finite verb of a
  // predicate)
  const copula = !more && copulaPredicate(toks, after, v, verb);
  if (
    !copula &&
    (more ? !(moreVerbAt(toks, v) || (past > 0 && FINITE.test(verb.lower))) : !FINITE.test(verb.lower))
  )
    return null;
  if (DOING.has(verb.lower)) return null;
  // One clause: no break (";", ":" or a dash) between the subject and the quotation; an earlier
  // quotation in it is the same subject's ("slated its “horrible” brand of “victim” humour").
  const between = toks.slice(after, j);
  if (between.some((t) => t.type === "p" && /^[;:–—]$/.test(t.text))) return null;
  // A passive's subject is no speaker ("Osbourne has been praised by police for “…”").
  if (
    between.some(
      // ("had been full of": "been" before no participle is no passive)
      (t, k) =>
        (t.lower === "been" && !PREDICATE.test(between[k + 1]?.lower ?? "")) ||
        // ("is concerned that", "was worried": a stance, no passive, session 35 switch)
        (PASSIVE_AUX.has(t.lower) &&
          /ed$/.test(between[k + 1]?.lower ?? "") &&
          !(stance && PREDICATE.test(between[k + 1]!.lower))),
    )
  )
    return null;
  return { speaker: subj, cue: verb.lower, label: false };
}

/** (clause-subject read "is concerned" as a passive, whose subject says nothing; this rule adds
 *  only what that reading missed, session 35) */
export const CLAUSE_SUBJECT_STANCE_RULE = {
  name: "clause-subject-stance",
  doc: '`Ms Hewitt is concerned that children play games with "high levels of violence"`: a stance ("concerned", "worried") after "is" is no passive; the subject holds the view',
  try: ({ ctx, j }: { ctx: { toks: Tok[]; doc: { text: string } }; j: number }): Cue | null =>
    clauseSubject(ctx.toks, j, ctx.doc.text)
      ? null
      : clauseSubject(ctx.toks, j, ctx.doc.text, false, false, true),
};

/** Predicate words after a skipped "be" that carry a feeling or stance ("full of", "critical of",
 *  "keen to", "adamant"), not a passive's participle. */
const PREDICATE =
  /^(?:full|critical|keen|adamant|confident|determined|eager|happy|unhappy|angry|furious|delighted|disappointed|sure|certain|convinced|concerned|worried|upset|proud|anxious|scathing|dismissive|wary|sceptical|skeptical|optimistic|pessimistic|clear)$/;

function copulaPredicate(toks: Tok[], after: number, v: number, verb: Tok): boolean {
  if (!PREDICATE.test(verb.lower)) return false;
  return toks.slice(after, v).some((t) => /^(?:is|was|were|are|been)$/.test(t.lower));
}

/** A quotation of one lowercase past-tense verb ("congratulated", "welcomed"). */
function quotedVerb(q: Tok, text: string): boolean {
  return /^["“]\p{Ll}[\p{Ll}-]{2,}ed[”"]$/u.test(text.slice(q.start, q.end));
}

/** Words whose 's is a contraction of "is" or "has": "It's", "He's", "There's", "What's". */
const CONTRACTED =
  /^(?:It|He|She|There|Here|What|Who|Where|When|How|Why|Everything|Nothing|Everyone|Someone|Let)$/;

/** `Aragones' "no comment"`: the name owning the quoted words right after it. */
export function possessiveOwner(toks: Tok[], j: number, text: string, switches: StepSwitches): Cue | null {
  const from = toks[0]?.start ?? 0;
  const before = text.slice(from, toks[j]!.start);
  const m =
    titleOf(toks[j]!, text) || judgesNoun(toks, j, text, switches) || namesMeasure(toks, j, switches)
      ? null
      : OWNER.exec(before);
  if (!m) return null;
  // "But William Hill's “…”": a conjunction opening the sentence is no part of the name.
  const lead = /^(?:But|And|So|Yet)\s+(?=\p{Lu})/u.exec(m[1]!)?.[0].length ?? 0;
  const name = m[1]!.slice(lead);
  if (/^(?:The|A|An|This|That|His|Her|Its|Their|But|And)$/.test(name.split(" ")[0]!)) return null;
  // `It's "this new journalism"`: a pronoun's 's is "is" or "has", no owner (session 39)
  if (CONTRACTED.test(name)) return null;
  // "America's “culture wars”": a place owns no words (the term is the narrative's, or the people's there).
  if (PLACES.has(name)) return null;
  const start = from + m.index + lead;
  return { speaker: { start, end: start + name.length, text: name }, cue: "'s", label: false };
}

const OWNER = /(\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*){0,3})(?:['’]s|(?<=s)['’])\s*$/u;

/** Nouns whose quoted modifier is the owner's saying (`Obama's "keep it" promise`). */
const SAID_NOUNS =
  /^(?:promise|pledge|claim|call|warning|vow|slogan|phrase|words|remark|comment|motto|mantra)s?$/;

/** Adjective endings: a one-word quotation ending so before a noun modifies that noun. */
const ADJECTIVE = /^\p{Ll}[\p{Ll}-]+(?:ous|ive|ful|al|ic|ible|able|ent|ant|less|ing|ed|ish|est)$/u;

/** `Mr Hale's "courageous" leadership` (set 28): a quoted adjective before a lowercase word that is
 *  no function word (a noun it modifies). */
function judgesNoun(toks: Tok[], j: number, text: string, switches: StepSwitches): boolean {
  if (!isOn("quotes", OWNER_MODIFIER_SWITCH.name, switches)) return false;
  const n = toks[j + 1];
  const quoted = text.slice(toks[j]!.start + 1, toks[j]!.end - 1).trim();
  return (
    n?.type === "w" &&
    !isCap(n) &&
    !STOPWORDS.has(n.lower) &&
    !SAID_NOUNS.test(n.lower) &&
    ADJECTIVE.test(quoted)
  );
}

/** `Under Mr Brown's "sustainable investment" rule`, `Lycos Europe's "Make love not spam" campaign`:
 *  a quotation naming the owner's measure or programme is its name, not the owner's words (session 36). */
export const OWNER_MEASURE_SWITCH = {
  name: "possessive-named-measure",
  doc: '`Under Mr Brown\'s "sustainable investment" rule`: a quotation before a noun of a measure or programme names it; the possessor said nothing',
};

const MEASURE_NOUNS =
  /^(?:rules?|polic(?:y|ies)|campaigns?|schemes?|programmes?|programs?|initiatives?|index|labels?|reforms?|packages?|projects?|strategy|banner|brand)$/;

const namesMeasure = (toks: Tok[], j: number, switches: StepSwitches) =>
  toks[j + 1]?.type === "w" &&
  MEASURE_NOUNS.test(toks[j + 1]!.lower) &&
  isOn("quotes", OWNER_MEASURE_SWITCH.name, switches);

/** "Plays for Sure", "Big Brother": a title-cased quotation is a name, no one's words. */
function titleOf(q: Tok, text: string): boolean {
  const words = text.slice(q.start, q.end).match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  const long = words.filter((w) => w.length > 3);
  return long.length > 0 && long.every((w) => /^\p{Lu}/u.test(w));
}
