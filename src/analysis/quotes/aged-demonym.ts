// "The 55-year-old Frenchman told the club's website": an age before a nationality noun is a
// person's description as "the Frenchman" is, not a name "55-year-old Frenchman"; it stands for
// the person the article has named (read by resolve-speaker.ts's person-description rule).

import { DEMONYM_NOUNS } from "../lexicons/places.ts";
import { isOn, type StepSwitches } from "../steps.ts";
import { AGED_DEMONYM_SWITCH } from "./set27-switches.ts";

const AGE = /^\d{1,3}-year-old$/;

/** "the Scot", "the ex-Arsenal", and (switch) "the 55-year-old Frenchman": a description whose
 *  capitalised head is a nationality noun or an "ex-" word. */
export function demonymDescription(
  words: readonly string[],
  lastWord: string,
  switches: StepSwitches,
): boolean {
  if (words.length === 2) return DEMONYM_NOUNS.has(lastWord) || /^ex-/.test(lastWord);
  return (
    words.length === 3 &&
    AGE.test(words[1]!) &&
    DEMONYM_NOUNS.has(lastWord) &&
    isOn("quotes", AGED_DEMONYM_SWITCH.name, switches)
  );
}
