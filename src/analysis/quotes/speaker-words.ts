// The words of a speaker's phrase: its core name ("Mr Straw" → Straw), the gender its honorific
// gives, whether it is a person, an organisation or an unnamed source.

import { FEMALE_NAMES, genderOfName, MALE_NAMES } from "../actors/gender.ts";
import { clash, fullNameGender, HONORIFIC_GENDER_STEP } from "../actors/honorific-gender.ts";
import { calledBySurname, royalName } from "../actors/surname-honorific.ts";
import { ORG_NOUNS } from "../lexicons/organisations.ts";
import { PARTICLES_IN_SPEAKER_NAMES } from "../lexicons/person-names.ts";
import { ANONYMOUS_HEADS, GROUP_PLURALS } from "../lexicons/sources.ts";
import {
  HONORIFIC_GENDER,
  POST_NOMINALS,
  STYLED,
  SURNAME_HONORIFICS,
  TITLE_WORDS,
} from "../lexicons/titles.ts";
import { isOn, type StepSwitches } from "../steps.ts";
import { orgNameTail } from "./org-link.ts";
import { DETERMINERS } from "./tokens.ts";
import type { SpeakerKind } from "./types.ts";

const lowerCase = (s: string) => s.toLowerCase();

/** The article's name when it holds every word of the canonical one and more, else the canonical. */
export function fuller(article: string, canonical: string): string {
  const a = lowerCase(article).split(" ");
  const c = lowerCase(canonical).split(" ");
  return a.length > c.length && c.every((w) => a.includes(w)) ? article : canonical;
}

export function genderOfWords(words: string[]): "male" | "female" | "any" {
  for (const w of words) {
    const g = HONORIFIC_GENDER[w.toLowerCase()];
    if (g) return g;
  }
  return "any";
}

/**
 * "Mr Howard" where the article calls Howard Flight "Mr Flight": an honorific that takes a surname
 * before a person's given name is someone else, once the article shows that person's surname so.
 * (Without it, "Mr Kim" may be Kim Yungmin: a name written surname first.) Full names it may not be.
 */
export function givenNameBarred(
  words: readonly string[],
  text: string,
): ((full: string) => boolean) | undefined {
  // "Prince Charles", and "Charles" alone in an article that writes it: the royal's own name
  const last = words.at(-1) ?? "";
  // (unless the full name is a royal's too: "Prince Saud" for "Prince Saud Al-Faisal")
  if (words.length <= 2 && /^\p{Lu}\p{Ll}+$/u.test(last) && royalName(text, last))
    return (full) => !royalName(text, full);
  if (words.length !== 2 || !SURNAME_HONORIFICS.has(words[0]!.replace(/\.$/, ""))) return undefined;
  return (full) => calledBySurname(text, full.split(" ").at(-1)!);
}

/** "Mrs Blair" is never the fuller "Tony Blair", nor "Mr Howard" "Sandra Howard" (session 40):
 *  full names an honorific's gender bars, when the honorific has one. */
export function otherGenderBarred(
  words: readonly string[],
  switches: StepSwitches,
): ((full: string) => boolean) | undefined {
  if (words.length !== 2 || !isOn("actors", HONORIFIC_GENDER_STEP.name, switches)) return undefined;
  const said = genderOfName(words[0]!);
  return said === "any" ? undefined : (full) => clash(said, fullNameGender(full));
}

/** A name without leading determiners, titles and plain honorifics ("Mr Straw" → Straw). */
export function coreName(words: string[]): string[] {
  const core = readCoreName(words);
  // "Paul Boateng MP", "Ken Macdonald QC": post-nominal letters are no part of a plain name of two or
  // three words (session 37; a longer run is left to the rules that split a body from its holder)
  let end = core.length;
  while (end > 2 && POST_NOMINALS.has(core[end - 1]!)) end--;
  return end < core.length && end <= 3 ? core.slice(0, end) : core;
}

function readCoreName(words: string[]): string[] {
  let i = 0;
  // Drop descriptive words up to the last title word, when a name follows.
  let lastTitle = -1;
  for (let k = 0; k < words.length - 1; k++) {
    const w = words[k]!.toLowerCase();
    if (TITLE_WORDS.has(w) || DETERMINERS.has(w) || (HONORIFIC_GENDER[w] && !STYLED.has(w))) lastTitle = k;
    else if (/^\p{Ll}/u.test(words[k]!) && !PARTICLES_IN_SPEAKER_NAMES.has(w)) lastTitle = k;
  }
  const lastLower = words[words.length - 1]!.toLowerCase();
  // ("U.S. Department of Agriculture Deputy Administrator William Bailey": a body's name run on into
  // a title and a person's given name and surname is the person's, session 37)
  if (ORG_NOUNS.has(lastLower) || (orgNameTail(words) && !endsOnPerson(words))) {
    // "the State Department": keep the organisation's name whole, minus determiners.
    while (i < words.length && DETERMINERS.has(words[i]!.toLowerCase())) i++;
    // ("Iraq's Ministry of Communications": the possessor is no part of the name)
    if (i < words.length - 1 && /['’]s$/.test(words[i]!) && orgNameTail(words.slice(i + 1))) i++;
    return words.slice(i);
  }
  i = lastTitle + 1;
  // "Economy minister German Gref": a capitalised nationality right after an office word is the
  // first name, not a second title.
  if (
    i === words.length - 1 &&
    i >= 1 &&
    /^\p{Lu}/u.test(words[i - 1]!) &&
    (i === 1 || (/^\p{Ll}/u.test(words[i - 2]!) && TITLE_WORDS.has(words[i - 2]!.toLowerCase()))) &&
    NATIONALITIES.has(words[i - 1]!.toLowerCase())
  )
    i--;
  // "Pollster Tom Pike": a capitalised word before a known given name and a surname is a job,
  // not part of the name (unless it is a given name itself: "Mary Anne Hale").
  if (words.length - i >= 3 && isJobBeforeName(words[i]!, words[i + 1]!)) i++;
  // "Credit Suisse Paul Hofer": capitals with no given name, then a given name and a surname
  i = personAfterCapitals(words, i);
  // Possessives ("Britain's") belong to a description, not the name; so does all before a plural
  // one before a full name ("the Liberal Democrats' Ed Fenwick", not "the Music Managers' Forum").
  // A singular one too when a name of two words or more follows ("Tennis Norway's Per Dahl").
  for (let k = words.length - 3; k >= i; k--) {
    if (/\p{L}s['’]$/u.test(words[k]!) || /^\p{Lu}.*['’]s$/u.test(words[k]!)) {
      i = k + 1;
      break;
    }
  }
  const rest = words.slice(i).filter((w) => !/['’]s$/.test(w) || w === words[words.length - 1]);
  return rest;
}

const givenName = (w: string) => MALE_NAMES.has(w) || FEMALE_NAMES.has(w);

/** From `i`, two capitalised words or more with no given name among them, then a known given name
 *  and one capitalised surname closing the words: where the person's name starts (session 37). */
function personAfterCapitals(words: string[], i: number): number {
  const k = words.length - 2;
  // (one capital word is enough when it is an acronym: "NEF Michael Perigot")
  const acronym = k - i === 1 && /^\p{Lu}{2,}$/u.test(words[i]!);
  if ((k - i < 2 && !acronym) || !givenName(words[k]!.toLowerCase())) return i;
  const before = words.slice(i, k);
  const caps = (w: string) => /^\p{Lu}/u.test(w);
  if (!before.every(caps) || before.some((w) => givenName(w.toLowerCase()))) return i;
  return /^\p{Lu}\p{Ll}/u.test(words[k + 1]!) ? k : i;
}

/** The words close on a known given name and a capitalised surname, after three words or more. */
const endsOnPerson = (words: string[]): boolean =>
  words.length >= 5 &&
  givenName(words[words.length - 2]!.toLowerCase()) &&
  /^\p{Lu}\p{Ll}/u.test(words[words.length - 1]!);

/** "Pollster" before "Tom": a capitalised word, no given name, particle or honorific, before a given name. */
function isJobBeforeName(word: string, next: string): boolean {
  const w = word.toLowerCase();
  return (
    /^\p{Lu}\p{Ll}+$/u.test(word) &&
    givenName(next.toLowerCase()) &&
    !givenName(w) &&
    !PARTICLES_IN_SPEAKER_NAMES.has(w) &&
    !HONORIFIC_GENDER[w]
  );
}

const NATIONALITIES = new Set(["german", "french", "british", "american", "mexican"]);

export function classify(words: string[]): SpeakerKind {
  const lower = words.map((w) => w.toLowerCase());
  const head = lower[lower.length - 1] ?? "";
  if (
    /^(?:a|an|one|another)$/.test(lower[0] ?? "") &&
    !lower.slice(1).some((w, i) => ORG_NOUNS.has(w) && i === lower.length - 2)
  )
    return "unnamed";
  if (ANONYMOUS_HEADS.has(head) || ANONYMOUS_HEADS.has(head.replace(/s$/, ""))) return "unnamed";
  // (the plural alone: "Saturday's organisers" is left to the possessive rules)
  if (GROUP_PLURALS.has(head) && lower.length === 1) return "unnamed";
  if (ORG_NOUNS.has(head)) return "organization";
  return "person";
}

/** "a spokeswoman", "a senior official", "a Treasury source": one anonymous source. */
export function anonymousSource(text: string): boolean {
  // the head comes before "for"/"of"/"at" ("a spokesman for the Oxford University Press"), unless
  // the phrase ends on it after an organisation's name that holds "of" ("a Ministry of Defence spokesman")
  const last = text.split(/\s+/).pop()!.toLowerCase();
  const head = ANONYMOUS_HEADS.has(last) ? text : (/^(.*?)\s(?:for|of|at|to)\s/.exec(text)?.[1] ?? text);
  const w = head.split(/\s+/).pop()!.toLowerCase();
  return /^(?:a|an|the|one|another)\s/i.test(text) && ANONYMOUS_HEADS.has(w) && !/s$/.test(w);
}

/** A plural noun by its ending: "officials", not "waitress" or "boss". */
export const pluralNoun = (w: string): boolean => /[^s]s$/.test(w);
