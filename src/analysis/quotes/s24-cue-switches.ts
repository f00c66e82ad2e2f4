// Subjects of verbs of saying the phrase readers miss (session 24, issue #13): in a closing tag, a
// bare plural noun for people with no determiner (`"…," organisers said`, `," said engineers`), a
// name followed by its role with the apposition's commas left out (`"…," Dr Ann Roe head of research
// said`), a document on someone's website (its owner); before a verb, a name past a who-clause of
// any length (`Venn, who …, afterwards said:`).

import { ORG_NOUNS } from "../lexicons/organisations.ts";
import { ANONYMOUS_HEADS, DOCUMENT_HEADS } from "../lexicons/sources.ts";
import { HONORIFICS, ROLE_HEADS, TITLE_WORDS } from "../lexicons/titles.ts";
import { LABEL_VERBS, SPEECH_VERB_FORMS, VERBS_ATTRIBUTING_ONLY_BEFORE_A_QUOTE } from "../lexicons/verbs.ts";
import { type Alternative, isOn, type StepSwitches } from "../steps.ts";
import { type Cue, type Phrase, phraseBefore, phraseOf } from "./phrases.ts";
import type { TagInput } from "./tag-input.ts";
import { isAdverb, isCap, isPronoun, ROLE_LIKE, type Tok } from "./tokens.ts";

const BARE_PLURAL_TAG_SWITCH = {
  name: "tag-bare-plural-people",
  doc: '`"…," organisers said`, `," said structural engineers`: a plural noun for people needs no determiner to be the subject of a verb of saying',
};

const NAME_ROLE_RUN_TAG_SWITCH = {
  name: "tag-name-role-run",
  doc: '`"…," Dr Ann Roe head of research said`: the name before a role whose commas were left out, not the role',
};

/** Plurals in -er/-or/-ent/-ant that name things, not people. */
const THING_PLURALS =
  /^(?:numbers|papers|letters|orders|others|matters|cent(?:er|re)s|layers|waters|powers|computers|answers|factors|sectors|doors|floors|colou?rs|errors|motors|mirrors|plants|grants|events|talents|contents|patents|accents|percents|elements|corners|borders|markets)$/;

/** Is `w` a lowercase plural noun for people ("organisers", "engineers", "fans", "unions")? */
function peoplePlural(w: string): boolean {
  if (!/^\p{Ll}[\p{Ll}-]+s$/u.test(w) || THING_PLURALS.test(w) || DOCUMENT_HEADS.has(w)) return false;
  if (/ments$/.test(w)) return false;
  const one = w.replace(/(?<=[sxz]|[cs]h)es$/, "").replace(/s$/, "");
  return (
    ANONYMOUS_HEADS.has(w) ||
    ROLE_HEADS.has(one) ||
    ORG_NOUNS.has(one) ||
    (one.length > 4 && ROLE_LIKE.test(one)) ||
    /^(?:fans|crews|nurses|judges|mps|troops|rebels|locals|relatives|families)$/.test(w)
  );
}

/** The first speech verb at or after toks[j] past adverbs, with the speaker's words before it. */
function verbAt(toks: Tok[], j: number): number {
  let v = j;
  while (toks[v]?.type === "w" && isAdverb(toks[v]!)) v++;
  const t = toks[v];
  if (
    t?.type !== "w" ||
    !SPEECH_VERB_FORMS.has(t.lower) ||
    VERBS_ATTRIBUTING_ONLY_BEFORE_A_QUOTE.has(t.lower)
  )
    return -1;
  return toks[v + 1]?.text === ":" ? -1 : v;
}

/** Is the quotation set off from the word after it by a comma or dash, inside its marks or after them? */
function setOff(toks: Tok[], qi: number, k: number, text: string): boolean {
  const q = toks[qi]!;
  const inner = text
    .slice(q.start, q.end)
    .replace(/["“”'’\s]+$/u, "")
    .slice(-1);
  return k !== qi + 1 || /[,—–-]/.test(inner);
}

const lowerWord = (t: Tok | undefined) => t?.type === "w" && !isCap(t) && !/^\d/.test(t.text);

/** Prepositions that open a place or body after the subject's head ("engineers at the council"). */
const LINKS = /^(?:at|in|from|of|for|on|across|with)$/;

/** Past a prepositional phrase of up to six words after the subject: the first word after it. */
function pastLink(toks: Tok[], e: number): number {
  if (!LINKS.test(toks[e]?.lower ?? "")) return e;
  let j = e + 1;
  while (j - e < 7 && toks[j]?.type === "w" && !(SPEECH_VERB_FORMS.has(toks[j]!.lower) && !isCap(toks[j]!)))
    j++;
  return j;
}

/** `," (lowercase modifiers) <people plural> said` or `," said (modifiers) <people plural>`. */
function barePluralTag({ toks, qi, k, text, tagOnly, switches }: TagInput): Cue | null {
  if (!isOn("quotes", BARE_PLURAL_TAG_SWITCH.name, switches) || !setOff(toks, qi, k, text)) return null;
  const verb = toks[k]!.lower;
  // (", echoing critics who …": a participle opens a clause, not an inverted tag)
  const after =
    SPEECH_VERB_FORMS.has(verb) && !VERBS_ATTRIBUTING_ONLY_BEFORE_A_QUOTE.has(verb) && !/ing$/.test(verb);
  const s = after ? k + 1 : k;
  let e = s;
  const stop = (t: Tok) => SPEECH_VERB_FORMS.has(t.lower) || isAdverb(t) || LINKS.test(t.lower);
  while (e - s < 3 && lowerWord(toks[e]) && !stop(toks[e]!)) e++;
  // (the last of one to three lowercase words is the head: "structural engineers")
  const head = toks[e - 1];
  if (e === s || !head || !peoplePlural(head.lower) || TITLE_WORDS.has(toks[s]!.lower)) return null;
  if (
    toks
      .slice(s, e - 1)
      .some((t) => /^(?:the|a|an|and|or|to|which|who|that|what|whose|these|those|such)$/.test(t.lower))
  )
    return null;
  // (one anonymous source word is the older rules' own: "analysts", "officials")
  if (e === s + 1 && ANONYMOUS_HEADS.has(head.lower)) return null;
  const end = pastLink(toks, e);
  // ("engineers from Tyne Council": a named body after the link speaks through them)
  const named = toks.slice(e + 1, end).some((t) => isCap(t));
  const speaker = phraseOf(toks, s, named ? end - 1 : e - 1, text);
  const cue = (v: number): Cue => ({ speaker, cue: toks[v]!.lower, label: LABEL_VERBS.has(toks[v]!.lower) });
  if (after) return tagOnly(toks[end - 1]!.end) ? cue(k) : null;
  const v = verbAt(toks, end);
  // ("which backers of the law use to refer": an infinitive has no subject here)
  return v >= 0 && toks[v - 1]?.lower !== "to" && tagOnly(toks[v]!.end) ? cue(v) : null;
}

/** Words a role may hold before its noun ("senior", "deputy") or after it (links, determiners). */
const ROLE_WORDS = /^(?:executive|chief|head|boss|chair|secretary|expert|director|officer|leader)$/;

/** Is toks[n], lowercase inside a role run, a role noun? */
const roleNoun = (t: Tok) =>
  ROLE_WORDS.test(t.lower) || ROLE_HEADS.has(t.lower) || (ROLE_LIKE.test(t.lower) && t.lower.length > 4);

/** `," (Title) Name Surname <lowercase role run> said`: the name, when the run holds a role noun
 *  and any capitalised word in it follows a link ("head of exploration at Cairn Oil"). */
function nameRoleRunTag({ toks, qi, k, text, tagOnly, switches }: TagInput): Cue | null {
  if (!isOn("quotes", NAME_ROLE_RUN_TAG_SWITCH.name, switches) || !setOff(toks, qi, k, text)) return null;
  let m = k;
  while (toks[m]?.type === "w" && isCap(toks[m]!) && m - k < 5) m++;
  const from = HONORIFICS.has(toks[k]!.text) ? k + 1 : k;
  // (a first name and a surname, or a title and a surname)
  if (m - k < 2 || m - k > 4 || !lowerWord(toks[m]) || /^(?:the|a|an)$/.test(toks[k]!.lower)) return null;
  if (!toks.slice(from, m).every((t) => /^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?$/u.test(t.text))) return null;
  let role = false;
  let n = m;
  for (; n < toks.length && n - m < 10; n++) {
    const t = toks[n]!;
    if (t.type !== "w" || /^(?:and|or|but|who|which|that)$/.test(t.lower)) return null;
    if (SPEECH_VERB_FORMS.has(t.lower) && !isCap(t)) break;
    if (isCap(t) && !(role && (LINKS.test(toks[n - 1]!.lower) || isCap(toks[n - 1]!)))) return null;
    if (!isCap(t) && roleNoun(t)) role = true;
  }
  if (!role || n === m) return null;
  const v = verbAt(toks, n);
  if (v < 0 || !tagOnly(toks[v]!.end)) return null;
  return {
    speaker: phraseOf(toks, k, m - 1, text),
    cue: toks[v]!.lower,
    label: LABEL_VERBS.has(toks[v]!.lower),
  };
}

const WEBSITE_OWNER_TAG_SWITCH = {
  name: "tag-website-owner",
  doc: '`"…," a statement on her website said`: a document posted on someone\'s website, page or blog speaks for its owner',
};

/** Pages a person or body posts on ("her website", "the club's official site"). */
const SITE = /^(?:website|site|blog|page|homepage|web)$/;

/** `," a statement on (her|Sorel's) (official) website said`: the owner, a possessive pronoun (taken
 *  up as he/she) or a name's possessive (the name). */
function websiteOwnerTag({ toks, qi, k, text, tagOnly, switches }: TagInput): Cue | null {
  if (!isOn("quotes", WEBSITE_OWNER_TAG_SWITCH.name, switches) || !setOff(toks, qi, k, text)) return null;
  const d = /^(?:a|an|the)$/.test(toks[k]!.lower) ? k + 1 : k;
  if (!DOCUMENT_HEADS.has(toks[d]?.lower ?? "") || !/^(?:on|from)$/.test(toks[d + 1]?.lower ?? ""))
    return null;
  const o = d + 2;
  const owner = toks[o];
  if (owner?.type !== "w") return null;
  const pronoun = /^(?:her|his|their)$/.test(owner.lower);
  const possessive = isCap(owner) && /^\p{Lu}\p{Ll}+['’]s$/u.test(owner.text);
  if (!pronoun && !possessive) return null;
  let e = o + 1;
  if (/^(?:official|own|personal)$/.test(toks[e]?.lower ?? "")) e++;
  if (!SITE.test(toks[e]?.lower ?? "")) return null;
  const v = verbAt(toks, e + 1);
  if (v < 0 || !tagOnly(toks[v]!.end)) return null;
  // (read as "her statement", "Sorel's statement": the document-author rules give its owner)
  const word = `${owner.text} ${toks[d]!.lower}`;
  return { speaker: { start: owner.start, end: owner.end, text: word }, cue: toks[v]!.lower, label: false };
}

/** Closing-tag alternatives for cue-after.ts, tried before `tag-said-x`. */
export const S24_CUE_TAG_RULES: readonly Alternative<TagInput, Cue>[] = [
  { ...WEBSITE_OWNER_TAG_SWITCH, try: websiteOwnerTag },
  { ...NAME_ROLE_RUN_TAG_SWITCH, try: nameRoleRunTag },
  { ...BARE_PLURAL_TAG_SWITCH, try: barePluralTag },
];

/** `Venn, who left in the third vote having won 4% of the poll, afterwards said:`: a relative
 *  clause of any length or punctuation between a name and its verb of saying. */
const LONG_RELATIVE_SUBJECT_SWITCH = {
  name: "subject-before-long-relative",
  doc: '`Venn, who left in the third vote having won just 4% of the poll, afterwards said: "…"`: the name before a long who-clause is the subject of the verb after it',
};

/** The name opening the sentence before ", who …," when toks[b] is the comma closing that clause
 *  before the verb (past its adverbs); null when a sentence mark, a quotation or a verb of saying
 *  comes between, or the name is not the sentence's first phrase. */
export function subjectBeforeLongRelative(
  toks: Tok[],
  b: number,
  text: string,
  switches: StepSwitches,
): Phrase | null {
  if (toks[b]?.text !== "," || !isOn("quotes", LONG_RELATIVE_SUBJECT_SWITCH.name, switches)) return null;
  let w = b - 1;
  for (; w > 1 && !(/^(?:who|whose)$/.test(toks[w]!.lower) && toks[w - 1]!.text === ","); w--) {
    const t = toks[w]!;
    if (t.type === "q" || /^[.!?;:]$/.test(t.text) || (SPEECH_VERB_FORMS.has(t.lower) && !isCap(t)))
      return null;
  }
  if (w <= 1) return null;
  const p = phraseBefore(toks, w - 1, text);
  if (!p || !/^\p{Lu}/u.test(p.text) || isPronoun(toks[w - 2]!)) return null;
  const start = toks.findIndex((t) => t.start === p.start);
  // (the name opens the sentence, or follows a fronted phrase's comma)
  return start === 0 || toks[start - 1]?.text === "," ? p : null;
}

/** This module's inline switches (the closing-tag rules are listed with cue-after.ts's), for the ablation. */
export const S24_CUE_SWITCHES = [LONG_RELATIVE_SUBJECT_SWITCH];
