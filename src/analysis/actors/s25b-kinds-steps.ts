// Actor step of session 25's kind work (issue #13): a name read as a person by its shape alone
// ("Laura Ashley", "Borussia Dortmund", "Shell" guessed a surname) is an organisation when the
// article, at its mentions, writes it the way English writes organisations and never the way it
// writes people: a business noun before it ("housebuilder X", "Miner X"), "X, which", "X's
// shares", "shares in X", "chairman of X", "X - a mining firm", "X restated its reserves". Any
// honorific, "who", age or person role says person and keeps it; a he/she of its own clause
// counts against. Else a later "she" finds the company, and "the firm" never does.

import { foldKey } from "../../text/fold.ts";
import { asciiBoundary, indexesOf } from "../../text/literal-at.ts";
import { ORG_NOUNS } from "../lexicons/organisations.ts";
import type { Step } from "../steps.ts";
import { BODY_ROLES } from "./s25-pron-steps.ts";
import type { ArticleState, Local } from "./types.ts";
import { ROLE_WORDS_LC } from "./word-classes.ts";

/** Business nouns written before a company's name ("bookmaker X", "miner X"), beside ORG_NOUNS. */
const BUSINESS_NOUNS = new Set(
  `miner miners bookmaker bookmakers housebuilder housebuilders builder insurer lender brewer chain
  supermarket supermarkets grocer conglomerate developer distributor supplier broker exchange fund
  carmaker drugmaker chipmaker automaker firms companies clubs banks groups retailers airlines`.split(/\s+/),
);

const isBodyNoun = (w: string) => BUSINESS_NOUNS.has(w) || ORG_NOUNS.has(w) || /^\p{Ll}{3,}maker$/u.test(w);
/** A role noun that bodies hold too ("rival X", "champion X"): no evidence either way. */
const eitherRole = (w: string) => BODY_ROLES.has(w) || isBodyNoun(w);

/** After a name: what organisations have or are ("X's shares", "X's second-quarter revenues",
 *  "X spokesman", "X, which"). */
const ORG_AFTER =
  /^(?:(?:['’]s?(?: [\p{Ll}\d-]+)?)? (?:spokes(?:man|woman|person)|shares?|share price|shareholders|chief executive|chairman|board|profits?|pre-tax|revenues?|subsidiary|headquarters|employees|workforce|(?:largest |biggest |main )?(?:investors?|creditors))\b|,? which\b)/u;
/** Before a name: what one has in or says of organisations ("shares in X", "chairman of X"). */
const ORG_BEFORE =
  /\b(?:shares in|stake in|investors? in|shareholders? in|takeover of|(?:chairman|chief executive|boss|owner|spokes(?:man|woman|person)|founder|director) (?:of|for|at)) $/i;
/** After a name: an apposition headed by an organisation noun (", a mining firm."). */
const ORG_APPOSITION =
  /^(?:,| -| –) (?:an?|the) (?:[\p{L}-]+ ){0,3}?([\p{Ll}-]+)(?=[,.;:)]| (?:that|which|whose|based|with|owned)\b)/u;

/** Says person outright: an honorific, "who", an age. */
const PERSON_AFTER = /^(?:,? who\b|, \d{1,3},| (?:himself|herself)\b)/;

/** Where a clause's subject stands: a sentence or clause start, or after "that" ("… that X had"). */
const SUBJECT_BEFORE = /(?:^|[.!?]["”’]?\s+|\n\s*|, |\bthat )$/;

/** The first he/she/its of the clause after a mention that is its subject ("X restated its
 *  reserves"; not "interview X as it nears the end of its inquiry", where X is an object). */
function clausePronoun(text: string, start: number, end: number): "org" | "person" | null {
  // (a possessive "X's investor, said she" is no subject)
  if (
    !SUBJECT_BEFORE.test(text.slice(Math.max(0, start - 8), start)) ||
    /^['’]/.test(text.slice(end, end + 1))
  )
    return null;
  const clause = /^[^.;:"“”?!]{0,90}/.exec(text.slice(end, end + 90))![0];
  const m = /\b(its|he|his|him|she|her)\b/i.exec(clause);
  if (!m) return null;
  return m[1]!.toLowerCase() === "its" ? "org" : "person";
}

/** The word right before [at, …), when it is lower-case or opens a sentence ("Miner X"). */
function nounBefore(text: string, at: number): string | null {
  const m = /(?:^|([.!?\n]["”]?\s+)|[^\p{L}])(\p{L}+) $/u.exec(text.slice(Math.max(0, at - 30), at));
  if (!m) return null;
  const w = m[2]!;
  if (/^\p{Ll}/u.test(w)) return w;
  return m[1] !== undefined || at - w.length - 1 <= 0 ? w.toLowerCase() : null;
}

/** "Mr", "Dr." and a space right before a word (the window holds the character before "Lady. "). */
const HONORIFIC_BEFORE = /\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady)\.? $/;

/** Is `surname` written after an honorific somewhere ("Mr Vale")? Found by its occurrences: a
 *  pattern holding the word would be compiled anew for each local (text/literal-at.ts). */
const honorificBefore = (text: string, surname: string): boolean =>
  [...indexesOf(text, surname)].some(
    (i) =>
      asciiBoundary(text, i + surname.length) && HONORIFIC_BEFORE.test(text.slice(Math.max(0, i - 8), i)),
  );

/** Organisation cues minus pronoun person cues at the local's mentions; null when something says person. */
function orgScore(text: string, l: Local): number | null {
  if (l.descriptions.some((d) => !eitherRole(d.toLowerCase().split(/\s+/).pop()!))) return null;
  if (honorificBefore(text, l.tokens[l.tokens.length - 1]!)) return null;
  let score = 0;
  for (const m of l.mentions) {
    const after = text.slice(m.end, m.end + 60);
    if (PERSON_AFTER.test(after)) return null;
    const before = text.slice(Math.max(0, m.start - 30), m.start);
    const noun = nounBefore(text, m.start);
    if (noun && ROLE_WORDS_LC.has(noun) && !eitherRole(noun)) return null;
    const app = ORG_APPOSITION.exec(after)?.[1];
    if (
      (noun && isBodyNoun(noun)) ||
      ORG_AFTER.test(after) ||
      ORG_BEFORE.test(before) ||
      (app && isBodyNoun(app))
    )
      score++;
    const p = clausePronoun(text, m.start, m.end);
    if (p === "org") score++;
    else if (p === "person") score--;
  }
  return score;
}

/** Makes the person local an organisation (into the organisation of the same name, if any). */
function toOrg(st: ArticleState, map: Map<string, Local>, key: string, l: Local) {
  map.delete(key);
  const name = l.tokens.join(" ");
  const k = foldKey(name);
  for (const m of l.mentions) if (m.via === "surname") m.via = m.text === name ? "name" : "alias";
  const same = st.orgs.get(k);
  if (same) {
    for (const m of l.mentions) same.mentions.push({ ...m, local: same });
    st.all.splice(st.all.indexOf(l), 1);
    return;
  }
  l.kind = "organization";
  l.surname = null;
  l.first = null;
  st.orgs.set(k, l);
}

export const PERSON_WRITTEN_AS_ORG_STEP: Step<{ st: ArticleState }> = {
  name: "person-written-as-org",
  doc: "a name read as a person that the article writes as organisations are written ('housebuilder X', 'X, which', 'X's shares', 'X restated its') and never as people are: an organisation",
  run: ({ st }) => {
    for (const map of [st.persons, st.surnameOnly]) {
      for (const [key, l] of [...map]) {
        if (l.kind !== "person" || l.mentions.length === 0) continue;
        const score = orgScore(st.text, l);
        // one cue is enough where the article also names it as an organisation
        const need = st.orgs.has(foldKey(l.tokens.join(" "))) ? 1 : 2;
        if (score !== null && score >= need) toOrg(st, map, key, l);
      }
    }
  },
};
