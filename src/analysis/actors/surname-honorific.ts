// "Mr Flight", "Ms Reed": honorifics that go before a surname, never before a given name alone;
// and royal styles ("Prince Charles"), whose given name is that royal's own.

import { SURNAME_HONORIFICS } from "../lexicons/titles.ts";

/** "Mr", "Ms" right before `at`: an honorific that takes a surname ("Sir" takes a given name). */
export function afterSurnameHonorific(text: string, at: number): boolean {
  const before = /(?:^|[^\p{L}])(\p{L}+)\.? $/u.exec(text.slice(Math.max(0, at - 6), at));
  return !!before && SURNAME_HONORIFICS.has(before[1]!);
}

/** Does the text put an honorific that takes a surname before this word ("Mr Flight")? */
export function calledBySurname(text: string, surname: string): boolean {
  for (let i = text.indexOf(surname); i >= 0; i = text.indexOf(surname, i + 1))
    if (afterSurnameHonorific(text, i) && !/^\p{L}/u.test(text[i + surname.length] ?? "")) return true;
  return false;
}

/** Does the text put a royal style before this word ("Prince Charles")? Then the word, alone too,
 *  is that royal's own name, never another person's given name. */
export function royalName(text: string, word: string): boolean {
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1))
    if (
      /(?:^|[^\p{L}])(?:Prince|Princess|King|Queen)\s$/u.test(text.slice(Math.max(0, i - 10), i)) &&
      !/^\p{L}/u.test(text[i + word.length] ?? "")
    )
      return true;
  return false;
}
