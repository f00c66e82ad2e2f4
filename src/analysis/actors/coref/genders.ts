// The gender of each person of one article, for the coreference pass (mentions.ts): an honorific
// at any mention, else the given name, else what an apposition's kin word says (kin-gender.ts).

import type { Actor, Mention } from "../../../types.ts";
import { ROLE_GENDER } from "../../lexicons/titles.ts";
import { type Gender, genderOfName } from "../gender.ts";
import { appositionGenders } from "./kin-gender.ts";

const HONORIFIC_BEFORE =
  /(?:^|[^\p{L}])(Mr|Mrs|Ms|Miss|Sir|Lord|Lady|Dame|Baroness|Baron|King|Queen|Prince|Princess)\.?\s+$/u;

/** "9/11 widow Terry Roe", "the actress Kim Dane": a gendered kin or role noun right before the name. */
const NOUN_BEFORE = /(?:^|[^\p{L}])(\p{Ll}+)\s+$/u;

/** Gender per actor in this article: an honorific at any mention, else (switch `roleBefore`) a kin
 *  or role noun right before a mention ("widow Terry Roe": Terry is no man here), else the given name. */
export function gendersOf(
  inp: { text: string; named: readonly Mention[]; byId: ReadonlyMap<string, Actor> },
  isPerson: (id: string) => boolean,
  apposition: boolean,
  roleBefore = false,
  surnameOnly = false,
): Map<string, Gender> {
  const { text, named, byId } = inp;
  const gender = new Map<string, Gender>();
  for (const m of named) {
    if (!isPerson(m.actorId)) continue;
    const h = HONORIFIC_BEFORE.exec(text.slice(Math.max(0, m.start - 12), m.start));
    const g = h ? genderOfName(h[1]!) : "any";
    if (g !== "any") gender.set(m.actorId, g);
  }
  if (roleBefore)
    for (const m of named) {
      if (!isPerson(m.actorId) || gender.has(m.actorId)) continue;
      const noun = NOUN_BEFORE.exec(text.slice(Math.max(0, m.start - 24), m.start))?.[1];
      // (not a "-man" office, said of women too: "Trump spokesman Hope Hicks")
      const g = noun && !/(?<!wo)man$/.test(noun) ? ROLE_GENDER[noun] : undefined;
      if (g) gender.set(m.actorId, g);
    }
  for (const m of named) {
    if (!isPerson(m.actorId) || gender.has(m.actorId)) continue;
    // ("Arnold congratulated" for Andrea Arnold: a surname alone is no given name, s34 switch)
    if (
      surnameOnly &&
      (m.via === "surname" || (!/\s/.test(m.text) && /\s/.test(byId.get(m.actorId)?.name ?? "")))
    )
      continue;
    const g = genderOfName(m.text);
    if (g !== "any") gender.set(m.actorId, g);
  }
  for (const id of new Set(named.map((m) => m.actorId))) {
    if (!isPerson(id) || gender.has(id)) continue;
    const g = genderOfName(byId.get(id)!.name);
    if (g !== "any") gender.set(id, g);
  }
  if (apposition) appositionGenders(text, named, isPerson, gender);
  return gender;
}

/** A surname written alone gives no gender, though it is a given name elsewhere (session 34). */
export const SURNAME_NO_GENDER_STEP = {
  name: "coref-surname-no-gender",
  doc: "'Arnold congratulated on Oscar win … Andrea Arnold … she said': a surname written alone ('Arnold', 'Howard') gives its person no gender from the given-name lists",
} as const;

/** The gender each person pronoun says. */
export const PERSON_PRONOUNS: Readonly<Record<string, "male" | "female">> = Object.fromEntries(
  ["he him his himself", "she her hers herself"].flatMap((ws, i) =>
    ws.split(" ").map((w) => [w, i ? "female" : "male"]),
  ),
);
