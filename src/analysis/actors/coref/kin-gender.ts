// "Mirel Dane, the painter's stepsister, said": a person whose given name the lexicon does not
// know takes the gender of the kin or role noun the article puts in apposition after the name
// (switch "coref-apposition-gender"). Without it the article's own pronouns decide, and a "him"
// in her reported words ("… a square named after him") made her male, so her "she said" went to
// the man who shares her surname.

import type { Mention } from "../../../types.ts";
import { ROLE_GENDER } from "../../lexicons/titles.ts";
import type { Gender } from "../gender.ts";

/** ", the painter's stepsister," / ", his widow," / ", a spokeswoman for …,": the head before the comma. */
const APPOSITION =
  /^,\s+(?:the|a|an|his|her|their|\p{Lu}[\p{L}-]*['’]s?)\s+(?:[\p{L}-]+['’]s?\s+){0,3}?(\p{Ll}[\p{L}-]*)\s*(?:,|\s(?:for|of|to|at)\s)/u;

/** Adds the gender an apposition's kin or role noun gives to persons of none yet. */
export function appositionGenders(
  text: string,
  named: readonly Mention[],
  isPerson: (id: string) => boolean,
  gender: Map<string, Gender>,
): void {
  for (const m of named) {
    if (gender.has(m.actorId) || !isPerson(m.actorId)) continue;
    const head = APPOSITION.exec(text.slice(m.end, m.end + 80))?.[1];
    const g = head ? ROLE_GENDER[head] : undefined;
    if (g) gender.set(m.actorId, g);
  }
}
