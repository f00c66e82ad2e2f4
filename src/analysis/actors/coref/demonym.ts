// "the Dutchman", "the Scot", "the 25-year-old Australian": a nationality used as a description
// stands for the one person the article gives that nationality before a name ("Dutch defender
// Ann Roe", "Scot Jo Marr"). With no one (or several) given it, it is left to the sentence
// before, as other descriptions are; that reading took up whoever opened that sentence ("Bo Vale
// hailed Ann Roe's goals. The Dutchman said": not Vale). Switch "coref-demonym". (The headline's
// one person, tried as a fallback, was wrong more often than right: tennis reports headline the
// winner and call the loser "the American".)

import type { Actor, Mention } from "../../../types.ts";
import { DEMONYM_NOUNS } from "../../lexicons/places.ts";
import { ROLE_HEADS } from "../../lexicons/titles.ts";

/** Nationality nouns whose adjective is another word ("Dutchman" → "Dutch"); others are their own. */
export const ADJECTIVE_OF: Readonly<Record<string, string>> = {
  scot: "Scottish",
  scotsman: "Scottish",
  scotswoman: "Scottish",
  briton: "British",
  brit: "British",
  englishman: "English",
  englishwoman: "English",
  irishman: "Irish",
  irishwoman: "Irish",
  welshman: "Welsh",
  welshwoman: "Welsh",
  frenchman: "French",
  frenchwoman: "French",
  dutchman: "Dutch",
  dutchwoman: "Dutch",
  spaniard: "Spanish",
  swede: "Swedish",
  dane: "Danish",
  pole: "Polish",
  finn: "Finnish",
  turk: "Turkish",
  aussie: "Australian",
  kiwi: "New Zealand",
};

const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

/** Countries whose name is not their adjective less its last letter ("Kenyan" → "Kenya"). */
const COUNTRY_OF: Readonly<Record<string, readonly string[]>> = {
  Scottish: ["Scotland"],
  English: ["England"],
  Welsh: ["Wales"],
  Irish: ["Ireland"],
  British: ["Britain"],
  French: ["France"],
  Dutch: ["Holland", "the Netherlands"],
  Spanish: ["Spain"],
  Swedish: ["Sweden"],
  Danish: ["Denmark"],
  Polish: ["Poland"],
  Finnish: ["Finland"],
  Turkish: ["Turkey"],
  German: ["Germany"],
  Italian: ["Italy"],
  Canadian: ["Canada"],
  Mexican: ["Mexico"],
  Brazilian: ["Brazil"],
  Argentine: ["Argentina"],
  Argentinian: ["Argentina"],
  American: ["America", "the US"],
  Chinese: ["China"],
  Japanese: ["Japan"],
  Portuguese: ["Portugal"],
  Swiss: ["Switzerland"],
  Greek: ["Greece"],
  Belgian: ["Belgium"],
  Norwegian: ["Norway"],
  "New Zealand": ["New Zealand"],
};

/** The country names an adjective of nationality goes with ("Ethiopian" → "Ethiopia"). */
const countriesOf = (adjective: string): readonly string[] =>
  COUNTRY_OF[adjective] ?? (/[a-z]an$/.test(adjective) ? [adjective.slice(0, -1)] : []);

/** Words between a nationality and a name that still describe the person ("Dutch former defender"). */
const MODIFIERS = new Set(["former", "veteran", "international", "young", "teenage", "world", "tennis"]);
export const describes = (w: string) => ROLE_HEADS.has(w) || MODIFIERS.has(w) || /-year-old$/.test(w);

/** What a demonym description needs of the article: its text, named mentions and actors. */
export interface DemonymInput {
  text: string;
  named: readonly Mention[];
  byId: ReadonlyMap<string, Actor>;
}

/** The person a nationality description (head `noun`, lower case) at `at` stands for, or null. */
export function demonymPerson(inp: DemonymInput, noun: string, at: number): string | null {
  const { text, named } = inp;
  const adjective = ADJECTIVE_OF[noun] ?? cap(noun);
  // "Dutch defender Ann Roe", "Dutchman Ann Roe", "Australian Jo Marr": the nationality just before a name
  // (only role words between: "The Scot initially defended Ann Roe" gives Ann Roe no nationality)
  // …or its country's possessive: "Ethiopia's Tesfaye Bekele" (session 43)
  const countries = countriesOf(adjective).map((c) => String.raw`${c}['’]s`);
  const given = new RegExp(
    String.raw`(?:^|[^\p{L}])(?:${[adjective, cap(noun), ...countries].join("|")})((?:\s+[\p{Ll}\d-]+){0,2})\s+$`,
    "u",
  );
  const gives = (m: Mention) => {
    const g = given.exec(text.slice(Math.max(0, m.start - 40), m.start));
    return !!g && g[1]!.split(/\s+/).every((w) => !w || describes(w));
  };
  const persons = named.filter((m) => inp.byId.get(m.actorId)?.kind === "person");
  const ids = new Set(persons.filter(gives).map((m) => m.actorId));
  if (ids.size !== 1) return null;
  const [id] = [...ids];
  return persons.some((m) => m.actorId === id && m.start < at) ? id! : null;
}

/** A description ending on a nationality noun ("the Dutchman"): its person, else null. */
export function nationalPerson(inp: DemonymInput, phrase: string, at: number): string | null {
  const noun = /(\p{Lu}\p{Ll}+)$/u.exec(phrase)?.[1]?.toLowerCase() ?? "";
  return DEMONYM_NOUNS.has(noun) ? demonymPerson(inp, noun, at) : null;
}
