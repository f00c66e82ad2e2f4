// Lone words (surnames, first names, acronyms, short forms) joined to the unique actor of the
// same article that they name.

import { foldKey } from "../../text/fold.ts";
import { NEVER } from "../lexicons/not-names.ts";
import { DEMONYMS, PLACES } from "../lexicons/places.ts";
import { type Alternative, firstOf, isOn } from "../steps.ts";
import { apposedAcronyms } from "./apposed-acronym.ts";
import { attach, attachSurname, newLocal } from "./article-actors.ts";
import { knownGivenName } from "./gender.ts";
import { HONORIFIC_GENDER_STEP, otherGender } from "./honorific-gender.ts";
import { push } from "./maps.ts";
import { firstNamesClose } from "./merge.ts";
import { abbreviates, acronymInitials, generation, INITIALS_HYPHEN_STEP, initials } from "./names.ts";
import { orgShortKeys } from "./org-keys.ts";
import { weakPersonsAsOrgs } from "./person-as-org.ts";
import { PRONOUN_FOLLOWS_STEP, personsByPronoun } from "./pronoun-follows.ts";
import { ORG_HINT_SURNAME_RULE } from "./s22-actors-steps.ts";
import { CLIPPED_PAST_COUNTRY_STEP, clippable } from "./s23-name-steps.ts";
import { AMPERSAND_FIRST_STEP, ampersandFirstKey } from "./set23-steps.ts";
import { afterSurnameHonorific, calledBySurname, royalName } from "./surname-honorific.ts";
import { TAGGER_GUESS_STEP, takeTaggerGuesses } from "./tagger-guess.ts";
import type { ArticleState, Local, Pending, Vocab } from "./types.ts";
import { isCommon } from "./vocabulary.ts";
import { COUNTRY_PREFIX } from "./word-classes.ts";

/** The article's actors by the keys a lone word may match. */
interface LocalKeys {
  bySurname: Map<string, Local[]>;
  byFirst: Map<string, Local[]>;
  /** Organisation short forms, and "#" + initials or an acronym the article gives. */
  orgKeys: Map<string, Local>;
}

interface LoneWord {
  st: ArticleState;
  keys: LocalKeys;
  p: Pending;
}

/** What became of a lone word: attached to an actor, or dropped (it is not a name). */
type Outcome = "attached" | "dropped";

/** The rules a lone word of an article tries in order; one left over resolves corpus-wide later. */
const LONE_WORD_RULES: readonly Alternative<LoneWord, Outcome>[] = [
  {
    name: "local-surname",
    doc: "the surname of the unique person of the article with it",
    try: ({ st, keys, p }) => {
      let persons = keys.bySurname.get(p.key);
      // ("Mrs Blair" where the article names Tony Blair: not him; Cherie Blair if it names her too)
      if (persons && isOn("actors", HONORIFIC_GENDER_STEP.name, st.switches))
        persons = persons.filter((l) => !otherGender(st.text, p, l));
      if (persons?.length !== 1 || p.hint === "organization") return null;
      attach(persons[0]!, p, "surname");
      return "attached";
    },
  },
  {
    // (session 43: "Pop singer Shannon Reid … “…,” says Reid. … Her mother, Donna Reid, …": never
    // the one the article has yet to name)
    name: "only-introduced-surname",
    doc: "a surname two people of the article share, before the second is named in full: the one named so far",
    try: ({ st, keys, p }) => {
      let persons = keys.bySurname.get(p.key);
      if (!persons || persons.length < 2 || p.hint === "organization") return null;
      // (a word after a capitalised one is part of a longer name: "Swiss Re's")
      if (/\p{Lu}[\p{L}'’.-]*\s+$/u.test(st.text.slice(Math.max(0, p.start - 30), p.start))) return null;
      if (isOn("actors", HONORIFIC_GENDER_STEP.name, st.switches))
        persons = persons.filter((l) => !otherGender(st.text, p, l));
      // (with both named before it, the choice is left to the corpus-wide reading, as before)
      const named = persons.filter((l) => l.mentions.some((m) => m.text.includes(" ") && m.start < p.start));
      if (named.length !== 1) return null;
      attach(named[0]!, p, "surname");
      return "attached";
    },
  },
  ORG_HINT_SURNAME_RULE,
  {
    // (session 46: Spanish and Portuguese names carry the father's surname, then the mother's)
    name: "paternal-surname",
    doc: "'Mr Ayala' in an article naming Ramon Ayala Torrico: the first of a person's two surnames, when no one has it as the last",
    try: ({ st, keys, p }) => {
      if (p.hint === "organization" || p.acronym || keys.bySurname.has(p.key) || knownGivenName(p.text))
        return null;
      // (a person by a known given name: "Rival Corvane Broadband" read as one is no family name)
      const paternal = (l: Local) =>
        l.tokens.length >= 3 &&
        knownGivenName(l.tokens[0]!) &&
        foldKey(l.tokens[l.tokens.length - 2]!) === p.key;
      const persons = [...new Set(st.persons.values())].filter(paternal);
      if (persons.length !== 1) return null;
      attach(persons[0]!, p, "surname");
      return "attached";
    },
  },
  {
    name: "weak-word-only-surname",
    doc: "a sentence-initial common word ('Brown') is only ever a surname the article gives",
    try: ({ p }) => (p.weak ? "dropped" : null),
  },
  {
    name: "local-org-short-form",
    doc: "an organisation's short form or acronym in the same article",
    try: ({ keys, p }) => {
      const org =
        keys.orgKeys.get(p.key) ??
        (p.acronym ? keys.orgKeys.get(`#${p.text.replace(/[.&]/g, "")}`) : undefined);
      // "Bannon" in an article that names a person Bannon is not "the Bannon network"
      if (!org || p.hint === "person" || (!p.acronym && keys.bySurname.has(p.key))) return null;
      attach(org, p, p.acronym ? "acronym" : "alias");
      return "attached";
    },
  },
  {
    // "the Fed" for the Federal Reserve: a headline clipping of a name's first word; one
    // organisation of the article only, never a person's surname or an acronym.
    name: "clipped-org-name",
    doc: "'the Fed said' in an article naming the 'Federal Reserve': a lone word clipping the first word of one organisation's name",
    try: ({ st, keys, p }) => {
      if (
        p.acronym ||
        p.hint === "person" ||
        !/^\p{Lu}\p{Ll}{2,3}$/u.test(p.text) ||
        keys.bySurname.has(p.key)
      )
        return null;
      const past = isOn("actors", CLIPPED_PAST_COUNTRY_STEP.name, st.switches);
      const clipped = (l: Local) =>
        l.tokens.length >= 2 &&
        clippable(l.tokens, past).some((w) => w.length >= p.text.length + 3 && w.startsWith(p.text));
      const orgs = [...new Set(st.orgs.values())].filter(clipped);
      if (orgs.length !== 1) return null;
      attach(orgs[0]!, p, "alias");
      return "attached";
    },
  },
  {
    // "the Committee said" after "the Committee to Protect Bloggers": a body's head word alone
    // names it when one organisation of the article is that head and "of"/"for"/"to" a name.
    name: "body-head-word",
    doc: "'the Committee' in an article naming one 'Committee to Protect X' / 'Bank of Y': that body",
    try: ({ st, keys, p }) => {
      if (p.acronym || p.hint === "person" || keys.bySurname.has(p.key)) return null;
      const heads = [...new Set(st.orgs.values())].filter(
        (l) => l.tokens.length >= 3 && l.tokens[0] === p.text && /^(?:of|for|to)$/.test(l.tokens[1]!),
      );
      if (heads.length !== 1) return null;
      attach(heads[0]!, p, "alias");
      return "attached";
    },
  },
  {
    name: "local-first-name",
    doc: "the first name of the unique person of the article with it (and no such surname), unless 'Mr'/'Ms' stands before it and the article calls that person 'Mr <surname>'",
    try: ({ st, keys, p }) => {
      const firsts = keys.byFirst.get(p.key);
      if (firsts?.length !== 1 || keys.bySurname.has(p.key) || p.hint === "organization") return null;
      // "Mr Howard" in an article that calls Howard Flight "Mr Flight": someone else; so is
      // "Prince Charles" in one that names Charles Kennedy
      if (afterSurnameHonorific(st.text, p.start) && calledBySurname(st.text, firsts[0]!.tokens.at(-1)!))
        return null;
      if (royalName(st.text, p.text) && !royalName(st.text, firsts[0]!.tokens.join(" "))) return null;
      attach(firsts[0]!, p, "alias");
      return "attached";
    },
  },
  {
    name: "possessive-surname",
    doc: "'Mr Ebber's' for Bernie Ebbers: a possessive eating the surname's final s",
    try: ({ keys, p }) => {
      const plural = p.hint === "person" ? keys.bySurname.get(`${p.key}s`) : undefined;
      if (plural?.length !== 1 || keys.bySurname.has(p.key)) return null;
      attach(plural[0]!, p, "surname");
      return "attached";
    },
  },
  {
    name: "titled-surname",
    doc: "'Mr McLetchie', 'President Sheinbaum' with no full name in the article: a person",
    try: ({ st, p }) => {
      if (p.hint !== "person") return null;
      attachSurname(st, p, true);
      return "attached";
    },
  },
];

const STEPS = {
  weakPersonOrg: {
    name: "weak-person-org",
    doc: "'Vorland Boerse's bid … investors in Vorland Boerse': a person by default (no given name, title or role) named twice where organisations stand is one",
  },
  firstNameVariants: {
    name: "first-name-variants",
    doc: "'Dave Collins' and 'David Collins' in one article: one person",
  },
  abbreviatedOrgs: {
    name: "abbreviated-org-names",
    doc: "'Lib Dems' in an article that says 'Liberal Democrats': one organisation",
  },
  orgBehaviour: {
    name: "org-behaviour-words",
    doc: "lone words that behave like organisations in the article ('X shares', 'the firm X')",
  },
  taggerGuess: TAGGER_GUESS_STEP,
  renamed: {
    name: "renamed-orgs",
    doc: "'… is now known as MCI': another name of the organisation named last",
  },
};

/** The local steps' names and docs, in the order they run, for the ablation table. */
export const LOCAL_STEPS: readonly { readonly name: string; readonly doc: string }[] = [
  STEPS.weakPersonOrg,
  STEPS.firstNameVariants,
  STEPS.abbreviatedOrgs,
  ...LONE_WORD_RULES,
  STEPS.orgBehaviour,
  PRONOUN_FOLLOWS_STEP,
  STEPS.taggerGuess,
  STEPS.renamed,
];

const RENAMED_BEFORE =
  /\b(?:now|formerly|previously|later|since|also) (?:known as|called|renamed) $|\brenamed (?:itself )?(?:as )?$/;

/** Lone words that name an entity of the same article: surname, first name, acronym, short form. */
export function resolveLocally(st: ArticleState, vocab: Vocab) {
  const on = (step: { name: string }) => isOn("actors", step.name, st.switches);
  if (on(STEPS.weakPersonOrg)) weakPersonsAsOrgs(st);
  if (on(STEPS.firstNameVariants)) mergeFirstNameVariants(st);
  const keys = localKeys(st, vocab);
  if (on(STEPS.abbreviatedOrgs)) mergeAbbreviations(st);
  // "… and is now known as MCI": resolved once every organisation of the article is known
  const renames = on(STEPS.renamed)
    ? st.pending.filter((p) => RENAMED_BEFORE.test(st.text.slice(Math.max(0, p.start - 40), p.start)))
    : [];
  // explicit "(DEA)" right after an org mention
  for (const l of st.orgs.values()) {
    for (const m of l.mentions) {
      const pm = /^ \((\p{Lu}[\p{Lu}\p{N}&.]{1,9})\)/u.exec(st.text.slice(m.end, m.end + 14));
      if (pm) keys.orgKeys.set(`#${pm[1]!.replace(/\./g, "")}`, l);
    }
  }
  for (const [k, l] of apposedAcronyms(st)) keys.orgKeys.set(k, l);
  const left: Pending[] = [];
  for (const p of st.pending)
    if (firstOf("actors", LONE_WORD_RULES, { st, keys, p }, st.switches) === null) left.push(p);
  const behaved = on(STEPS.orgBehaviour) ? orgBehaviour(st, left, vocab) : left;
  const named = on(PRONOUN_FOLLOWS_STEP) ? personsByPronoun(st, behaved, vocab) : behaved;
  const rest = on(STEPS.taggerGuess) ? takeTaggerGuesses(st, named, vocab) : named;
  st.pending = renames.length ? renamed(st, renames, rest) : rest;
}

/** "Dave Collins" and "David Collins" in one article: one person. */
function mergeFirstNameVariants(st: ArticleState) {
  const seen = new Map<string, Local[]>();
  for (const [k, l] of [...st.persons]) {
    const same = seen.get(l.surname!) ?? [];
    const twin = same.find(
      (o) =>
        o.first &&
        l.first &&
        firstNamesClose(o.first, l.first, true) &&
        generation(o.tokens) === generation(l.tokens),
    );
    if (twin) {
      for (const m of l.mentions) twin.mentions.push({ ...m, via: "alias", local: twin });
      twin.descriptions.push(...l.descriptions);
      twin.strong ||= l.strong;
      l.mentions = [];
      st.persons.delete(k);
      st.all.splice(st.all.indexOf(l), 1);
    } else push(seen, l.surname!, l);
  }
}

function localKeys(st: ArticleState, vocab: Vocab): LocalKeys {
  const bySurname = new Map<string, Local[]>();
  const byFirst = new Map<string, Local[]>();
  for (const l of st.persons.values()) {
    push(bySurname, l.surname!, l);
    // "de la Fuente" is also "Fuente"? no: particles stay.
    if (l.first && !isCommon(l.tokens[0]!, vocab)) push(byFirst, l.first, l);
  }
  const orgKeys = new Map<string, Local>();
  for (const l of st.orgs.values()) {
    const name = l.tokens.join(" ");
    for (const k of orgShortKeys(l.tokens)) if (!orgKeys.has(k)) orgKeys.set(k, l);
    const first = isOn("actors", AMPERSAND_FIRST_STEP.name, st.switches) ? ampersandFirstKey(l.tokens) : null;
    if (first && !orgKeys.has(first)) orgKeys.set(first, l);
    if (l.tokens.length >= 2) {
      for (const ini of [
        initials(name, isOn("actors", INITIALS_HYPHEN_STEP.name, st.switches)),
        acronymInitials(name),
      ]) {
        if (ini && ini.length >= 2) orgKeys.set(`#${ini}`, orgKeys.get(`#${ini}`) ?? l);
      }
    }
  }
  return { bySurname, byFirst, orgKeys };
}

/** Lone words that behave like organisations somewhere in the article ("X shares", "the firm X"). */
function orgBehaviour(st: ArticleState, left: Pending[], vocab: Vocab): Pending[] {
  const lone = new Map<string, Pending[]>();
  for (const p of left) {
    if (p.text.includes(" ") || COUNTRY_PREFIX.has(p.text) || NEVER.has(p.text) || PLACES.has(p.text))
      continue;
    if (/^\p{Lu}{2,}s$/u.test(p.text)) continue;
    if (DEMONYMS.has(p.text) || isCommon(p.text, vocab)) continue;
    push(lone, p.key, p);
  }
  const rest: Pending[] = [];
  for (const p of left) {
    const same = lone.get(p.key);
    if (same?.some((x) => x.hint === "organization")) {
      let l = st.orgs.get(p.key);
      if (!l) {
        l = newLocal(st, "organization", [p.text], true);
        st.orgs.set(p.key, l);
      }
      attach(l, p, p.acronym ? "acronym" : "name");
    } else rest.push(p);
  }
  return rest;
}

/** "X … is now known as MCI": MCI is another name of the organisation named last before it. */
function renamed(st: ArticleState, renames: Pending[], rest: Pending[]): Pending[] {
  const to = new Map<string, Local>();
  for (const p of renames) {
    let near: Local | null = null;
    let at = -1;
    for (const [k, l] of st.orgs) {
      if (k === p.key) continue;
      for (const m of l.mentions) {
        if (m.end <= p.start && m.start > at && p.start - m.end < 600) {
          near = l;
          at = m.start;
        }
      }
    }
    if (!near || to.has(p.key)) continue;
    to.set(p.key, near);
    const own = st.orgs.get(p.key);
    if (own && own !== near) {
      for (const m of own.mentions) near.mentions.push({ ...m, via: "alias", local: near });
      own.mentions = [];
      st.orgs.delete(p.key);
      st.all.splice(st.all.indexOf(own), 1);
    }
  }
  return rest.filter((p) => {
    const l = to.get(p.key);
    if (l) attach(l, p, p.acronym ? "acronym" : "alias");
    return !l;
  });
}

/** "Lib Dems" in an article that says "Liberal Democrats": each word a prefix of the other's. */
function mergeAbbreviations(st: ArticleState) {
  const orgs = [...st.orgs.entries()].filter(([, l]) => l.tokens.length >= 2 && l.mentions.length > 0);
  if (orgs.length > 200) return;
  for (const [k, short] of orgs) {
    const full = orgs.find(
      ([, l]) => l !== short && l.mentions.length > 0 && abbreviates(short.tokens, l.tokens),
    );
    if (!full) continue;
    const long = full[1];
    for (const m of short.mentions) long.mentions.push({ ...m, via: "alias", local: long });
    short.mentions = [];
    st.orgs.delete(k);
    st.all.splice(st.all.indexOf(short), 1);
  }
}
