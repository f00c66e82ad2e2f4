// "Some delegates at the convention in Philadelphia said", "protest organizers in Cleveland say",
// "Republican leaders in the Senate said": a group of people placed by "in"/"at"/"from" is the
// subject, not the place. The phrase reader took the place alone ("Philadelphia"), which named no
// one (a reported record dropped) or someone wrong.

import { DEMONYMS } from "../lexicons/places.ts";
import { ANONYMOUS_HEADS, GROUP_PLURALS } from "../lexicons/sources.ts";
import { isOn, type StepSwitches } from "../steps.ts";
import { DETERMINERS, isCap, type Tok } from "./tokens.ts";

/** Plural nouns of people in groups, beyond the anonymous sources' and the lexicon's groups. */
const MORE_GROUPS =
  /^(?:leaders|delegates|members|senators|governors|candidates|parents|students|families|veterans|conservatives|liberals|moderates|donors|women|men|people|residents|officials|lawmakers|legislators)$/;
/** Agent plurals: people named for what they do ("organizers", "economists", "advocates"); words
 *  in -ants/-ents only as listed ("documents", "comments" are things). */
export const AGENT_PLURAL =
  /^(?:\p{Ll}{3,}(?:ers|ors|ists|ians)|advocates|delegates|candidates|residents|students|parents|immigrants|migrants|participants|applicants|opponents|proponents|constituents|respondents|dissidents|agents|defendants|claimants)$/u;

/** A lowercase plural naming a group of people. */
const groupHead = (t: Tok | undefined): boolean =>
  !!t &&
  t.type === "w" &&
  !isCap(t) &&
  (MORE_GROUPS.test(t.lower) ||
    (/s$/.test(t.lower) &&
      (GROUP_PLURALS.has(t.lower) || ANONYMOUS_HEADS.has(t.lower) || AGENT_PLURAL.test(t.lower))));

const PLACE_LINK = /^(?:in|at|from|across)$/;

/** Does the link toks[s-1] ("in", "at") place a group (its head right before it, or one more
 *  placed phrase back: "delegates at the convention in …")? */
export function placedGroup(toks: Tok[], s: number): boolean {
  let k = s - 1;
  for (let hop = 0; hop < 2; hop++) {
    if (!PLACE_LINK.test(toks[k]?.lower ?? "")) return false;
    if (groupHead(toks[k - 1])) return true;
    // over "the convention" (a determiner and up to three lowercase words) to the link before it
    let m = k - 1;
    let n = 0;
    while (m > 0 && toks[m]!.type === "w" && !isCap(toks[m]!) && !DETERMINERS.has(toks[m]!.lower) && n < 3) {
      m--;
      n++;
    }
    if (n === 0 || !DETERMINERS.has(toks[m]?.lower ?? "")) return false;
    k = m - 1;
  }
  return false;
}

export const GROUP_SPEAKER_SWITCH = {
  name: "group-speaker",
  doc: '"Iowa biofuels advocates say", "Senate Republican leaders said": a group of people named by its place or party is kept as written, not cut to its plural ("advocates")',
};

/** "Iowa biofuels advocates", "10 Virginia Democratic primary voters", "Republican leaders in the
 *  Senate": a capitalised word, then a lowercase plural of people (or one placed after it). */
export function groupPhrase(words: readonly string[], doc?: GroupDoc): boolean {
  // (a clause opened by a preposition is no group: "With Democratic leaders increasingly worried")
  if (OPENER.test(words[0] ?? "")) return false;
  const g = words.findIndex((w, i) => i > 0 && /^\p{Ll}/u.test(w) && groupWord(w));
  // (a name among its modifiers; a sentence's capital alone is none: "Civil rights activists say")
  const named = (w: string, i: number) =>
    /^\p{Lu}/u.test(w) &&
    (i > 0 || DEMONYMS.has(w) || PARTY_WORDS.test(w) || /^\p{Lu}{2,}$/u.test(w) || placeName(doc, w));
  if (g < 0 || !words.slice(0, g).some(named)) return false;
  // (its modifiers only: no verb or clause word before it, "Clinton performed well among … voters")
  if (words.slice(0, g).some((w) => /^\p{Ll}/u.test(w) && NOT_MODIFIER.test(w))) return false;
  // the group ends the phrase, or a placing link follows it
  return g === words.length - 1 || /^(?:in|at|from|across)$/.test(words[g + 1]!);
}

/** Lowercase words that cannot modify a group's noun: verbs, adverbs, clause and link words. */
const NOT_MODIFIER =
  /(?:ed|ly)$|^(?:among|well|who|that|which|and|or|but|with|for|to|by|of|is|are|was|were|has|have|had|said|says|the|a|an)$/;

/** What a group's reading asks of its article: the text and the actor model. */
interface GroupDoc {
  text: string;
  actors: { resolve: (name: string) => { kind: string } | null };
}

/** A sentence's first word that the text writes capitalised inside a sentence too ("… in Iowa,
 *  …") and no organisation of the model's bears ("G7 ministers" are the G7's, read as such). */
const placeName = (doc: GroupDoc | undefined, w: string): boolean =>
  !!doc &&
  new RegExp(`[\\p{Ll},;] ${w.replace(/[^\p{L}\p{N}]/gu, "")}\\b`, "u").test(doc.text) &&
  doc.actors.resolve(w)?.kind !== "organization";

/** Party words that open a group's name ("Republican voters", "Labour MPs"). */
const PARTY_WORDS =
  /^(?:Democratic|Republican|GOP|Labour|Tory|Conservative|Liberal|Green|Socialist|Communist)$/;

const OPENER =
  /^(?:with|without|among|amid|for|in|at|as|while|when|if|although|though|despite|after|before|like|unlike|since|because|from|to|by|on|of)$/i;

const groupWord = (w: string): boolean => groupHead({ text: w, lower: w, start: 0, end: 0, type: "w" });

const COUNT_WORD =
  /^(?:\d[\d.,]*%?|percent|of|in|one|two|three|four|five|six|seven|eight|nine|ten|about|some|nearly|almost|more|than|half|a|third|quarter|majority)$/i;

export const GROUP_REPORT_SWITCH = {
  name: "reported-group-poll",
  doc: '"a poll showed 55 percent of Sanders supporters said …": a group counted by a poll or survey is not the source of its reported answer (the poll is)',
};

/** Is a reported record by group `words` one to drop? A poll or survey earlier in its sentence is
 *  the source ("In a CNN poll, 31% of voters said"). */
export function groupReportDoubtful(words: readonly string[], before: string, doc?: GroupDoc): boolean {
  // ("55 percent of Calder voters", "Six in 10 voters": the group after its count)
  let k = 0;
  while (k < words.length - 1 && COUNT_WORD.test(words[k]!)) k++;
  // (a count in a poll's sentence, before or in the phrase: "In a CNN poll, 31% of Republicans and
  // Republican-leaning voters said", "In a Times survey, 79 percent of Democrats said")
  const counted = k > 0 || /(?:\d%?|percent|majority|half|third|quarter)\s+of\s*$/i.test(before);
  if (counted && /\b(?:poll|polls|survey|surveys)\b/i.test(before)) return true;
  if (!groupPhrase(words.slice(k), doc)) return false;
  return /\b(?:poll|polls|survey|surveys|percent)\b|%/i.test(before);
}

/** A speaker phrase (phrases.ts's Phrase, written out: phrases.ts reads this module). */
interface Phrase {
  start: number;
  end: number;
  text: string;
}

export const GROUP_INCLUDING_SWITCH = {
  name: "reported-group-including",
  doc: '"Several candidates, including Trump, said …": the members a group\'s apposition names are part of the speaker',
};

/** "Several candidates, including Trump, said": the group's subject phrase `sp` run on over the
 *  apposition naming its members, up to the verb at `verb`; else `sp`. */
export function withIncluded(sp: Phrase, verb: number, text: string, switches: StepSwitches): Phrase {
  const last = /(\S+)$/.exec(sp.text)?.[1] ?? "";
  if (!groupWord(last.toLowerCase()) || !isOn("quotes", GROUP_INCLUDING_SWITCH.name, switches)) return sp;
  const between = text.slice(sp.end, verb);
  const m =
    /^,\s+including\s+[^,;:"“”]+?(?=,\s*(?:(?:have|has|had|also|all|both)\s+)*$)/.exec(between) ??
    /^\s+[—–]\s+(?:and,\s+)?(?:in particular,\s+)?[^—–,;:"“”]+?(?=\s+[—–]\s+(?:(?:have|has|had|also)\s+)*$)/.exec(
      between,
    );
  if (!m || !/\p{Lu}/u.test(m[0].replace(/^\W*including/, ""))) return sp;
  const end = sp.end + m[0].length;
  return { start: sp.start, end, text: text.slice(sp.start, end) };
}
