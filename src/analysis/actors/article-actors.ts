// An article's actors as it reads them: persons, organisations and lone words waiting to be
// resolved, each with its mentions.

import { foldKey } from "../../text/fold.ts";
import type { NameWord as Token } from "../../text/views.ts";
import type { ActorKind } from "../../types.ts";
import { THING_ACRONYMS } from "../lexicons/not-names.ts";
import { NAME_SUFFIXES, PARTICLES_IN_ACTOR_NAMES } from "../lexicons/person-names.ts";
import { PERSONAL_HONORIFICS } from "../lexicons/titles.ts";
import { isOn } from "../steps.ts";
import { clash, HONORIFIC_GENDER_STEP, honorificGenderAt } from "./honorific-gender.ts";
import { honorificBefore } from "./surname-honorific.ts";
import type { ArticleState, Local, Pending, Via, Vocab } from "./types.ts";
import { span } from "./word-classes.ts";

export function lastPerson(st: ArticleState): Local | undefined {
  return (st as ArticleState & { lastPerson?: Local }).lastPerson;
}

export function newLocal(st: ArticleState, kind: ActorKind, tokens: string[], strong: boolean): Local {
  const l: Local = {
    id: -1,
    docId: st.docId,
    kind,
    tokens,
    surname: null,
    first: null,
    descriptions: [],
    mentions: [],
    strong,
  };
  st.all.push(l);
  return l;
}

function surnameOf(tokens: string[]): { surname: string; first: string | null } {
  let end = tokens.length;
  while (end > 1 && NAME_SUFFIXES.has(tokens[end - 1]!)) end--;
  let s = end - 1;
  while (s > 0 && PARTICLES_IN_ACTOR_NAMES.has(tokens[s - 1]!.toLowerCase()) && s - 1 > 0) s--;
  const first = s > 0 ? foldKey(tokens[0]!) : null;
  return { surname: foldKey(tokens.slice(s, end).join(" ")), first };
}

export function addPerson(
  st: ArticleState,
  toks: Token[],
  description: string | null,
  strong: boolean,
  _v: Vocab,
) {
  // ("McDonald's said": a name printed with 's is a firm's, never a person's; possessive-form-name.ts)
  if (/['’]s$/.test(toks[toks.length - 1]!.text)) return addOrg(st, toks, strong, "name");
  const words = toks.map((t) => t.text);
  const key = foldKey(words.join(" "));
  let l = st.persons.get(key);
  if (!l) {
    l = newLocal(st, "person", words, strong);
    const { surname, first } = surnameOf(words);
    l.surname = surname;
    l.first = first;
    st.persons.set(key, l);
  }
  l.strong ||= strong;
  if (description) l.descriptions.push(description);
  l.mentions.push({
    start: toks[0]!.start,
    end: toks[toks.length - 1]!.end,
    text: span(st.text, toks),
    via: "name",
    local: l,
  });
  (st as ArticleState & { lastPerson?: Local }).lastPerson = l;
}

export function addOrg(st: ArticleState, toks: Token[], strong: boolean, via: Via) {
  const text = span(st.text, toks);
  const words = text.split(/\s+/);
  const key = foldKey(text);
  let l = st.orgs.get(key);
  if (!l) {
    l = newLocal(st, "organization", words, strong);
    st.orgs.set(key, l);
  }
  l.mentions.push({ start: toks[0]!.start, end: toks[toks.length - 1]!.end, text, via, local: l });
}

export function pendingWord(
  st: ArticleState,
  toks: Token[],
  hint: ActorKind | null,
  description: string | null,
  weak = false,
): Pending | null {
  const text = span(st.text, toks);
  if (toks.length === 1 && THING_ACRONYMS.has(text)) return null;
  // "Parkinson's disease", "Down's syndrome": an eponym names an illness, not a person of the corpus
  if (EPONYM_AFTER.test(st.text.slice(toks[toks.length - 1]!.end, toks[toks.length - 1]!.end + 14)))
    return null;
  // "Mr Ingram said it was …": the honorific says person, whatever follows
  const honorific = afterHonorific(st.text, toks[0]!);
  const p: Pending = {
    weak,
    docId: st.docId,
    start: toks[0]!.start,
    end: toks[toks.length - 1]!.end,
    text,
    key: foldKey(text),
    acronym: toks.length === 1 && toks[0]!.acronym,
    hint:
      hint ??
      (honorific ? "person" : orgContext(st.text, toks[0]!, toks[toks.length - 1]!) ? "organization" : null),
    description,
  };
  st.pending.push(p);
  return p;
}

const EPONYM_AFTER = /^['’]s? (?:disease|syndrome|disorder)\b/;

/** Right after a personal honorific ("Mr Warner", "Lady Ford"): a person, whatever the word. */
export function afterHonorific(text: string, first: Token): boolean {
  return PERSONAL_HONORIFICS.has(honorificBefore(text, first.start) ?? "");
}

/** Followed by what organisations do or have: "BT said", "UKA's", "EFF lawyer", "Fiat shares". */
function orgContext(text: string, first: Token, last: Token): boolean {
  const after = text.slice(last.end, last.end + 24);
  const before = text.slice(Math.max(0, first.start - 24), first.start);
  return (
    /^(?:['’]s?)? (?:said it|says it|spokesman|spokeswoman|spokesperson|chief|boss|bosses|officials?|executives?|chairman|shares|shareholders|customers|subscribers|users|staff|employees|board)\b/.test(
      after,
    ) ||
    /\b(?:firm|company|group|rival|giant|operator|maker|provider|retailer|carrier|airline|bank|site|service|agency|body|watchdog|regulator|broadcaster|channel|network|publisher|studio|newspaper|magazine|joined|acquire|acquired|bought|buy|sell|sold|sued|owned by|rival|change|changes to) $/.test(
      before,
    ) ||
    /^[\p{L}\p{N}-]+\.(?:com|org|net|co\.uk)$/u.test(last.text)
  );
}

export function attach(l: Local, p: Pending, via: Via) {
  l.mentions.push({ start: p.start, end: p.end, text: p.text, via, local: l });
  if (p.description) l.descriptions.push(p.description);
}

/** A lone word read as a person with no full name in the article: attached to the article's
 *  surname-only person of that key, made on its first mention (`strong`: titled, "Mr McLetchie"). */
export function attachSurname(st: ArticleState, p: Pending, strong: boolean): void {
  const gender = isOn("actors", HONORIFIC_GENDER_STEP.name, st.switches)
    ? honorificGenderAt(st.text, p.start)
    : undefined;
  // ("Mr Blair" and "Mrs Blair" of one article are two people)
  const first = st.surnameOnly.get(p.key);
  const key = first && clash(gender, first.honorificGender) ? `${p.key}\u0000${gender}` : p.key;
  let l = st.surnameOnly.get(key);
  if (!l) {
    l = newLocal(st, "person", [p.text], strong);
    l.surname = p.key;
    st.surnameOnly.set(key, l);
  }
  l.honorificGender ??= gender;
  attach(l, p, "surname");
}

/** The run names (the end of) a person the article has already named: "Van Commenee", "Brown". */
export function knownSurname(st: ArticleState, c: Token[]): boolean {
  return c.length <= 3 && personOfSurname(st, foldKey(c.map((t) => t.text).join(" "))) !== undefined;
}

/** The article's person whose surname has this key, if any. */
export function personOfSurname(st: ArticleState, key: string): Local | undefined {
  for (const l of st.persons.values()) if (l.surname === key) return l;
  return undefined;
}
