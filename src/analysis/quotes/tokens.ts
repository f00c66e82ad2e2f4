// The words of a sentence as the attribution rules read them: clause words, punctuation, and
// each quotation (marks included) as one token; plus the word tests every rule shares.
// The words are the text layer's tokens read through the `clauseWordEndIn` view, not the layer's
// plain words: with those the label-set figures did not move but 21 of the 11,121 BBC quotations
// changed ("Mr. Brown said" lost its cue, "Mr R. Sridharan" became "Mr R", "B. She" became "she").

import { STOPWORDS } from "../../search/stopwords.ts";
import type { TextLayer } from "../../text/tokens.ts";
import { CAMEL_NAME, clauseWordEndIn } from "../../text/views.ts";
import { ADVERBS, LY_NOUNS } from "../lexicons/clauses.ts";
import { PRONOUNS, S_CONTRACTIONS } from "../lexicons/pronouns.ts";
import { DOCUMENT_HEADS } from "../lexicons/sources.ts";
import { AFTER_NAME_IN_S, SPEECH_VERB_FORMS } from "../lexicons/verbs.ts";
import { isOn, type StepSwitches } from "../steps.ts";
import { markOpeningPortfolioAnd } from "./opening-portfolio.ts";
import { objectReportNoun, pluralReportNoun } from "./plural-report-noun.ts";
import { markPortfolioAnd } from "./portfolio-and.ts";
import { joinAmpersandWords } from "./s24-name-switches.ts";
import { markRoleModifiers, ROLE_MODIFIER_SWITCH } from "./s25-role-modifier.ts";
import { PLURAL_POSSESSIVE_SWITCH } from "./set19-switches.ts";
import { DIGIT_LED_NAME_SWITCH } from "./set24-switches.ts";
import { PORTFOLIO_AND_SWITCH } from "./set31-switches.ts";
import { joinPolityStates } from "./set33-states.ts";
import type { Span } from "./spans.ts";
import { OPENING_PORTFOLIO_AND_SWITCH } from "./terms21b-switches.ts";
import { isCap, type Tok } from "./tok.ts";

export { isCap, ROLE_LIKE, type Tok } from "./tok.ts";

/** "Wales' ", "the Hawks' ": a word in s closed by an apostrophe, a space and a letter (a plural
 *  possessive, not a closing quotation mark before a tag). */
const PLURAL_POSSESSIVE = /^['’] \p{L}/u;
/** "4Cast", "3Com", "7Up": digits, then a capital and lower case (not "3G", "4x4", "1990s"). */
const DIGIT_LED = /^\p{N}+\p{Lu}\p{Ll}/u;

/** Tokens of the layer's text [s, e), with quotations (spans[]) as single tokens; with `switches`,
 *  a plural possessive's apostrophe stays on its word (set19-switches.ts). */
export function tokensOf(
  layer: TextLayer,
  s: number,
  e: number,
  spans: Span[],
  first: number,
  switches?: StepSwitches,
): Tok[] {
  const { text } = layer;
  const possessive = switches !== undefined && isOn("quotes", PLURAL_POSSESSIVE_SWITCH.name, switches);
  const digitLed = switches !== undefined && isOn("quotes", DIGIT_LED_NAME_SWITCH.name, switches);
  const out: Tok[] = [];
  let k = first;
  let i = s;
  while (i < e) {
    while (k < spans.length && spans[k]!.markClose < i) k++;
    const sp = spans[k];
    if (sp && sp.markOpen < s && i <= sp.markClose) {
      i = sp.markClose + 1; // the rest of a quotation that began in an earlier sentence
      k++;
      continue;
    }
    if (sp && i >= sp.markOpen && i <= sp.markClose) {
      // Whole quotation (with its marks) as one token.
      const qs = sp.markOpen;
      const qe = sp.openEnded ? sp.markClose : sp.markClose + 1;
      out.push({ text: "¶", lower: "¶", start: qs, end: qe, type: "q", quote: k });
      i = qe;
      k++;
      continue;
    }
    const c = text[i]!;
    const code = text.charCodeAt(i);
    // ASCII spaces by code (\t \n \v \f \r and space), others by the pattern
    if (code === 32 || (code >= 9 && code <= 13) || (code >= 128 && /\s/.test(c))) {
      i++;
      continue;
    }
    let end = clauseWordEndIn(layer, i);
    // "Wales' two-try scorer": the apostrophe is the word's (a punctuation token breaks clauses)
    if (
      possessive &&
      end > i &&
      /[sS]$/.test(text[end - 1]!) &&
      PLURAL_POSSESSIVE.test(text.slice(end, end + 3))
    )
      end++;
    if (end >= 0) {
      const t = text.slice(i, end);
      const w: Tok = { text: t, lower: t.toLowerCase(), start: i, end, type: "w" };
      if ((digitLed && DIGIT_LED.test(t)) || CAMEL_NAME.test(t)) w.cap = true;
      out.push(w);
      i = end;
      continue;
    }
    out.push({ text: c, lower: c, start: i, end: i + 1, type: "p" });
    i++;
  }
  // (set 33: "member states" as one noun, switch)
  // (session 24: "S&P" as one word, switch)
  const joined = joinPolityStates(
    joinParticles(joinAmpersandWords(out, text, switches), text),
    text,
    switches,
  );
  if (switches !== undefined && isOn("quotes", PORTFOLIO_AND_SWITCH.name, switches)) markPortfolioAnd(joined);
  // (terms set: "Trade and industry minister Ola Brems" opening the sentence, switch)
  if (switches !== undefined && isOn("quotes", OPENING_PORTFOLIO_AND_SWITCH.name, switches))
    markOpeningPortfolioAnd(joined);
  if (switches !== undefined && isOn("quotes", ROLE_MODIFIER_SWITCH.name, switches))
    markRoleModifiers(joined);
  return joined;
}

/** "point out": a verb whose particle makes it a verb of saying. */
const PARTICLE_VERB = /^point(?:s|ed|ing)?$/;

/** "points out", "pointed out" as one verb token, so a tag reads "points out X" as it reads "says
 *  X" (", points out analyst Tom Hale", ", Mr Hale points out."); "out" must follow after a space. */
function joinParticles(toks: Tok[], text: string): Tok[] {
  const out: Tok[] = [];
  for (let j = 0; j < toks.length; j++) {
    const t = toks[j]!;
    const n = toks[j + 1];
    if (
      t.type === "w" &&
      PARTICLE_VERB.test(t.lower) &&
      n?.lower === "out" &&
      /^\s+$/.test(text.slice(t.end, n.start))
    ) {
      out.push({ ...t, text: text.slice(t.start, n.end), lower: `${t.lower} out`, end: n.end });
      j++;
    } else out.push(t);
  }
  return out;
}

// "said one senior official", "another aide wrote": one and another open an anonymous source too.
export const DETERMINERS = new Set(["the", "a", "an", "his", "her", "its", "their", "our", "one", "another"]);
export const isAdverb = (t: Tok) =>
  t.type === "w" &&
  (ADVERBS.has(t.lower) ||
    (/ly$/.test(t.lower) && t.lower !== "only" && !isCap(t) && !LY_NOUNS.has(t.lower)));
export const isPronoun = (t: Tok) => t.type === "w" && t.lower in PRONOUNS && t.lower !== "it";
export const isVerbish = (t: Tok) => SPEECH_VERB_FORMS.has(t.lower);
/** "his comment", "Mr Howard's report", "the claims": a cue word used as a noun. */
export const nounUse = (toks: Tok[], j: number) => {
  const p = toks[j - 1];
  if (p?.type !== "w") return false;
  if (DETERMINERS.has(p.lower) || p.lower === "this") return true;
  if (/['’]s$/.test(p.lower) && !possessiveNameVerb(toks, j)) return true;
  // "the media reports were": a plural noun, a plural verb after it (plural-report-noun.ts)
  if (pluralReportNoun(toks, j)) return true;
  // "shrugged off claims from X", "denied reports that": a past verb's object, a noun (same module)
  if (objectReportNoun(toks, j)) return true;
  // "unavailable for comment", "without comment": the object of a preposition, a noun.
  if ((p.lower === "for" || p.lower === "without") && toks[j]!.lower === "comment") return true;
  // "said in reply to inquiries", "in answer to": a noun after "in"; the cue is the verb before.
  if (p.lower === "in" && /^(?:reply|response|answer)$/.test(toks[j]!.lower)) return true;
  // "her State of the Nation address": a determiner, a name run, and a verb that is also a noun.
  if (namedModifierNoun(toks, j)) return true;
  // "a highly critical report": a determiner, an adverb and its adjective, a verb that is also a noun;
  // "the Indian Ocean island state": a determiner, a name run and a noun modifying it.
  if (gradedModifierNoun(toks, j) || namedRunModifierNoun(toks, j)) return true;
  // "avoided those on TPS lists when …": a preposition, a name, and a plural noun (session 37).
  if (prepositionNameNoun(toks, j)) return true;
  // "a rallying call", "his F4 label": a determiner, one modifier, and a verb that is also a noun.
  const pp = toks[j - 2];
  return (
    NOUN_VERBS.has(toks[j]!.lower) &&
    pp?.type === "w" &&
    (DETERMINERS.has(pp.lower) || /['’]s$/.test(pp.lower)) &&
    !ADVERBS.has(p.lower) &&
    !(pp.lower === "the" && /s$/.test(p.lower))
  );
};
/** "McDonald's said", "Moody's told": a name ending in 's (not "he's", nor "is said to") and a
 *  verb after it that no possessive owns as a noun (lexicons: AFTER_NAME_IN_S). */
function possessiveNameVerb(toks: Tok[], j: number): boolean {
  const p = toks[j - 1]!;
  return (
    AFTER_NAME_IN_S.has(toks[j]!.lower) &&
    isCap(p) &&
    !S_CONTRACTIONS.has(p.lower.slice(0, -2)) &&
    toks[j + 1]?.lower !== "to"
  );
}

/** Prepositions that take a noun phrase, never a clause ("on", "from"; not "after", "by", "to"; nor
 *  "of", whose phrase may end a title: "the former secretary of State wants"). */
const NOUN_PREPOSITIONS =
  /^(?:on|in|at|from|for|with|into|onto|under|over|against|between|through|within|without|across|behind|upon|via)$/;

/** "on TPS lists", "from Labour claims": a preposition, one or two capitalised words, then a
 *  cue word in -s (not "says"), which is a plural noun there (session 37). */
function prepositionNameNoun(toks: Tok[], j: number): boolean {
  const w = toks[j]!.lower;
  if (!/[^s]s$/.test(w) || w === "says") return false;
  for (let k = j - 1; k >= Math.max(0, j - 2) && toks[k]?.type === "w" && isCap(toks[k]!); k--) {
    const p = toks[k - 1];
    // (not inside a name: "Citizens for Tax Justice advocates", "Bank of England warns")
    const before = toks[k - 2];
    if (p?.type === "w" && NOUN_PREPOSITIONS.test(p.text) && !(before?.type === "w" && isCap(before)))
      return true;
  }
  return false;
}
/** "a highly critical report", "its most detailed statement": determiner, adverb, modifier, noun (session 36). */
function gradedModifierNoun(toks: Tok[], j: number): boolean {
  const [d, adv, mod] = [toks[j - 3], toks[j - 2], toks[j - 1]];
  return (
    NOUN_VERBS.has(toks[j]!.lower) &&
    d?.type === "w" &&
    // (a possessive, not a pronoun's contraction: "he's entirely to blame" keeps its verb)
    (DETERMINERS.has(d.lower) ||
      (/['’]s$/.test(d.lower) && !/^(?:he|she|it|that|there|what|who|here)['’]s$/.test(d.lower))) &&
    adv?.type === "w" &&
    (/^\p{Ll}+ly$/u.test(adv.text) || /^(?:most|more|very|less|least)$/.test(adv.lower)) &&
    mod?.type === "w" &&
    /^\p{Ll}+$/u.test(mod.text) &&
    !STOPWORDS.has(mod.lower)
  );
}
/** "the Indian Ocean island state", "the famous Durex brand": a determiner, two to four modifiers
 *  (capitalised words, or lower-case words of no verb's form), the last singular, then a verb that
 *  is also a noun (session 36; "The Tories state" keeps its plural subject's verb). */
function namedRunModifierNoun(toks: Tok[], j: number): boolean {
  const last = toks[j - 1];
  if (!NOUN_VERBS.has(toks[j]!.lower) || last?.type !== "w" || /s$/.test(last.text)) return false;
  // ("a Donald Trump tweet attacking …": before a participle the word stays the name's speech act,
  // which the reported-speech reader attributes to the name)
  if (/^\p{Ll}+ing$/u.test(toks[j + 1]?.text ?? "")) return false;
  const modifier = (t: Tok) =>
    t.type === "w" &&
    (isCap(t) || (/^\p{Ll}+$/u.test(t.text) && !/(?:ed|ly)$/.test(t.text) && !STOPWORDS.has(t.lower)));
  let k = j - 1;
  while (k >= 0 && j - k <= 4 && modifier(toks[k]!)) k--;
  return (
    k < j - 2 &&
    k >= 0 &&
    toks[k]!.type === "w" &&
    DETERMINERS.has(toks[k]!.lower) &&
    toks.slice(k + 1, j).some(isCap) &&
    // (a run of capitals alone, "the Harbour Trust report", is the noun-after-name-run reading)
    toks.slice(k + 1, j).some((t) => !isCap(t))
  );
}
/** "his Budget speech", "her State of the Nation address": a possessive, a run of
 *  capitalised words (through "of"/"the"/"and"), then the base form of a verb that is also a noun
 *  make one noun phrase. A plural run keeps its verb ("the Democrats claim"). */
function namedModifierNoun(toks: Tok[], j: number): boolean {
  if (!NOUN_VERBS.has(toks[j]!.lower)) return false;
  let k = j - 1;
  if (!isCap(toks[k]!) || /s$/.test(toks[k]!.lower)) return false;
  const owner = /^(?:his|her|its|their|our|my|your)$/;
  const inRun = (t: Tok) => (isCap(t) && !owner.test(t.lower)) || /^(?:of|the|and)$/.test(t.text);
  while (k > 0 && inRun(toks[k - 1]!)) k--;
  const before = toks[k - 1];
  return before?.type === "w" && owner.test(before.lower);
}
/** Base forms of reporting verbs that are also nouns ("a call", "a new label", "the island state"). */
const NOUN_VERBS = new Set(
  `call label comment claim report note post tweet answer reply promise pledge remark joke quip vow brand term
  demand echo chant lament retort address state stress boast praise caution counter recall blame`.split(
    /\s+/,
  ),
);
/** Auxiliaries that make a following participle passive ("was described as"). */
export const PASSIVE_AUX = new Set(["was", "were", "been", "being", "is", "are", "be", "get", "got"]);
/** A document verb: "the statement read", "Morquendi's message reads". */
export const isReadCue = (toks: Tok[], j: number) =>
  /^reads?$/.test(toks[j]!.lower) && DOCUMENT_HEADS.has((toks[j - 1]?.lower ?? "").replace(/['’]s$/, ""));

/** Capitalised words that open a sentence or clause but are never part of a speaker's name.
 *  ("Among them were blogs …, saying": set 19 added "among", an inverted sentence's preposition.) */
export const FRONT_WORDS = new Set(
  `but and when despite earlier meanwhile on in at either other those these then however also yet so now
  later speaking asked last next after before while although if as since following instead still indeed
  elsewhere there here today yesterday tonight this that it's both many some among
  nevertheless nonetheless moreover furthermore besides otherwise likewise similarly consequently
  accordingly therefore additionally ultimately eventually initially originally currently recently
  previously subsequently clearly obviously apparently certainly surely admittedly fortunately
  unfortunately interestingly importantly notably separately altogether anyway nowadays even`.split(/\s+/),
);

/** Index of the first span whose closing mark is at or after `pos` (binary search). */
export function firstSpanEndingAfter(spans: Span[], pos: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.markClose < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the last word or quotation token (trailing punctuation ignored). */
export function lastWordOrQuote(toks: Tok[]): number {
  for (let j = toks.length - 1; j >= 0; j--) if (toks[j]!.type !== "p") return j;
  return -1;
}
