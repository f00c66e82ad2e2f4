// "the Conseil Superieur de l'Audiovisuel said": a French or Italian name word after an elided
// article ("l'Audiovisuel", "d'Italia", "dell'Arte") starts with a lowercase letter yet is a
// capitalised name word; read as a lowercase head, it made the name a person's description.

import { isOn, type StepSwitches } from "../steps.ts";

export const ELIDED_ARTICLE_SWITCH = {
  name: "elided-article-name-word",
  doc: '"the Conseil Superieur de l\'Audiovisuel said": a word like "l\'Audiovisuel" (elided article, capital) is a name word, not a lowercase head',
};

const ELIDED = /^(?:l|d|dell|all|nell|sull)['’]\p{Lu}/u;

/** The word is a lowercase head of a description: lowercase, and no elided article before a capital (switch). */
export function lowercaseHead(word: string, switches: StepSwitches): boolean {
  if (!/^\p{Ll}/u.test(word)) return false;
  return !(ELIDED.test(word) && isOn("quotes", ELIDED_ARTICLE_SWITCH.name, switches));
}
