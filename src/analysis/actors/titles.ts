// Titles and honorifics before a name ("Secretary of State | Marco Rubio", "Mr | McLetchie"),
// and an organisation named at the front of a title ("FBI Director").

import type { NameWord as Token } from "../../text/views.ts";
import { NEVER } from "../lexicons/not-names.ts";
import { KNOWN_ORGS, ORG_NAME_HEADS } from "../lexicons/organisations.ts";
import { NAME_SUFFIXES } from "../lexicons/person-names.ts";
import { DEMONYMS, PLACES } from "../lexicons/places.ts";
import {
  HONORIFICS,
  PERSONAL_HONORIFICS,
  TITLE_HEADS,
  TITLE_MODIFIERS,
  TITLE_OF_WORDS,
} from "../lexicons/titles.ts";
import { addOrg } from "./article-actors.ts";
import { FEMALE_NAMES, MALE_NAMES } from "./gender.ts";
import type { ArticleState } from "./types.ts";
import { COUNTRY_PREFIX, monthNameAt } from "./word-classes.ts";

interface TitleSplit {
  headAt: number;
  titleEnd: number;
  nameFrom: number;
}

/** "Secretary of State | Marco Rubio", "Mr | McLetchie", "Acting … Director | Todd Lyons". */
/** Title words that are also common given names: "Dean Boyd" is a man, "the Dean" an office. */
const GIVEN_NAME_TITLES = new Set(["Dean"]);

export function splitTitle(w: string[]): TitleSplit | null {
  for (let h = w.length - 2; h >= 0; h--) {
    if (!TITLE_HEADS.has(w[h]!) && !HONORIFICS.has(w[h]!)) continue;
    // ("Dean Boyd": a title word that is also a common given name, before one surname, is the name)
    if (h === 0 && w.length === 2 && GIVEN_NAME_TITLES.has(w[0]!)) continue;
    let j = h + 1;
    if ((w[j] === "of" || w[j] === "for") && j + 1 < w.length) {
      j++;
      if (w[j] === "the") j++;
      while (j < w.length - 1 && TITLE_OF_WORDS.has(w[j]!)) j++;
    }
    // more title words right after the head ("Chief Executive Officer Jane Roe")
    while (j < w.length - 1 && TITLE_HEADS.has(w[j]!)) j++;
    const name = w.slice(j);
    if (name.length === 0 || name.length > 5) return null;
    if (name.every((x) => NAME_SUFFIXES.has(x))) continue;
    if (name.some((x) => TITLE_HEADS.has(x) || (/^[\p{Lu}]{2,}$/u.test(x) && !NAME_SUFFIXES.has(x))))
      return null;
    if (
      name.some(
        (x, i) =>
          ORG_NAME_HEADS.has(x) ||
          PLACES.has(x) ||
          (NEVER.has(x) && !monthNameAt(name, i)) ||
          // ("Mr Warner", "Lord Sainsbury": after a personal honorific a firm's name is a surname)
          (KNOWN_ORGS.has(x) && !PERSONAL_HONORIFICS.has(w[h]!)) ||
          DEMONYMS.has(x),
      )
    )
      return null;
    if (!/^\p{Lu}/u.test(name[name.length - 1]!)) return null;
    return { headAt: h, titleEnd: j, nameFrom: j };
  }
  return jobBeforeGivenName(w);
}

/**
 * "Pollster Bob Hale", "Chef Ann Roy": a capitalised word that is no given name, honorific, place
 * or organisation, before a known given name and a surname, is a job written as a title.
 */
function jobBeforeGivenName(w: string[]): TitleSplit | null {
  if (w.length < 3 || w.length > 5) return null;
  const [job, given] = [w[0]!, w[1]!];
  const known = (x: string) => MALE_NAMES.has(x.toLowerCase()) || FEMALE_NAMES.has(x.toLowerCase());
  if (!/^\p{Lu}\p{Ll}+$/u.test(job) || !known(given) || known(job) || HONORIFICS.has(job)) return null;
  if (
    [job, ...w.slice(1)].some(
      (x) => ORG_NAME_HEADS.has(x) || PLACES.has(x) || KNOWN_ORGS.has(x) || DEMONYMS.has(x),
    )
  )
    return null;
  if (NEVER.has(job) || !w.slice(2).every((x) => /^\p{Lu}/u.test(x))) return null;
  return { headAt: 0, titleEnd: 1, nameFrom: 1 };
}

/** An organisation named at the front of a title: "FBI Director", "Immigration and Customs Enforcement Director". */
export function orgInsideTitle(st: ArticleState, toks: Token[]) {
  let t = toks;
  while (t.length && (TITLE_MODIFIERS.has(t[0]!.text) || DEMONYMS.has(t[0]!.text)) && !t[0]!.acronym) {
    if (t[1]?.text === "and") break;
    t = t.slice(1);
  }
  while (t.length && TITLE_HEADS.has(t[t.length - 1]!.text)) t = t.slice(0, -1);
  if (t.length === 0) return;
  const words = t.map((x) => x.text);
  if (t.length === 1 && (KNOWN_ORGS.has(words[0]!) || (t[0]!.acronym && !COUNTRY_PREFIX.has(words[0]!)))) {
    addOrg(st, t, true, t[0]!.acronym ? "acronym" : "name");
  } else if (t.length >= 3 && words.includes("and") && words[words.length - 1] !== "and") {
    addOrg(st, t, true, "name");
  }
}
