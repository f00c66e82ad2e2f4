// "Mr Flight", "Ms Reed": honorifics that go before a surname, never before a given name alone;
// and royal styles ("Prince Charles"), whose given name is that royal's own.

import { SURNAME_HONORIFICS } from "../lexicons/titles.ts";

/** The word, with its stop if any, right before `at` across one space ("Mr", "Dr."), else null. */
export function honorificBefore(text: string, at: number): string | null {
  return /(?:^|[^\p{L}.])(\p{L}+\.?) $/u.exec(text.slice(Math.max(0, at - 12), at))?.[1] ?? null;
}

/** "Mr", "Ms" right before `at`: an honorific that takes a surname ("Sir" takes a given name). */
export function afterSurnameHonorific(text: string, at: number): boolean {
  return SURNAME_HONORIFICS.has(honorificBefore(text, at)?.replace(/\.$/, "") ?? "");
}

/** What an article writes after its honorifics and royal styles, read in one pass over the text
 *  (asked for each name, so never a scan of the text per name). */
interface Styled {
  text: string;
  /** Words right after "Mr", "Ms" …: surnames. */
  surnames: Set<string>;
  /** Runs of capitalised words after "Prince", "Queen" …, and each run's first words. */
  royals: Set<string>;
}
let last: Styled | null = null;

const HONORIFIC_RUN = new RegExp(
  `(?:^|[^\\p{L}])(?:${[...SURNAME_HONORIFICS].join("|")})\\.? (\\p{Lu}[\\p{L}'’-]*)`,
  "gu",
);
const ROYAL_RUN =
  /(?:^|[^\p{L}])(?:Prince|Princess|King|Queen)\s(\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,3})/gu;

function styledIn(text: string): Styled {
  if (last?.text === text) return last;
  const surnames = new Set<string>();
  for (const m of text.matchAll(HONORIFIC_RUN)) surnames.add(m[1]!);
  const royals = new Set<string>();
  for (const m of text.matchAll(ROYAL_RUN)) {
    const ws = m[1]!.split(" ");
    for (let k = 1; k <= ws.length; k++) royals.add(ws.slice(0, k).join(" "));
  }
  last = { text, surnames, royals };
  return last;
}

/** Does the text put an honorific that takes a surname before this word ("Mr Flight")? */
export function calledBySurname(text: string, surname: string): boolean {
  return styledIn(text).surnames.has(surname);
}

/** Does the text put a royal style before this word or name ("Prince Charles")? Then the word,
 *  alone too, is that royal's own name, never another person's given name. */
export function royalName(text: string, name: string): boolean {
  return styledIn(text).royals.has(name);
}
