// Session 27, names (issue #13): "Mr Blair insisted" in an article that names both Sir Ian Blair
// and Tony Blair went to the knight, the longer full name. British usage calls a knight "Sir Ian"
// and a peer "Lord X" after the first mention, never "Mr Blair": a plain honorific before a
// surname the article gives a knight, dame or peer too stands for the other full name.

import { FEMALE_NAMES, MALE_NAMES } from "../actors/gender.ts";
import { HONORIFIC_GENDER, STYLED } from "../lexicons/titles.ts";
import { isOn } from "../steps.ts";
import type { QuoteDoc } from "./state.ts";

export const PLAIN_HONORIFIC_SWITCH = {
  name: "plain-honorific-not-knight",
  doc: '"Mr Blair" where the article names Sir Ian Blair and Tony Blair: the one who is no knight or peer',
};

/** Does a given name fit the honorific's gender ("Mr" never "Cherie")? */
function fits(honorific: "male" | "female" | "any", given: string): boolean {
  const g = given.toLowerCase();
  if (honorific === "male") return !FEMALE_NAMES.has(g) || MALE_NAMES.has(g);
  if (honorific === "female") return !MALE_NAMES.has(g) || FEMALE_NAMES.has(g);
  return true;
}

/** "Mr Blair" before `before`: the latest full name with that surname and no knight's or peer's
 *  style, when the article also styles one so; else null (the usual expansion decides). */
export function plainHonorificName(
  doc: QuoteDoc,
  words: readonly string[],
  core: readonly string[],
  before: number,
): { name: string; gender: "male" | "female" | "any" } | null {
  const honorific = words.length === 2 && core.length === 1 ? words[0]!.toLowerCase() : "";
  if (!HONORIFIC_GENDER[honorific] || STYLED.has(honorific)) return null;
  if (!isOn("quotes", PLAIN_HONORIFIC_SWITCH.name, doc.switches)) return null;
  const surname = core[0]!.toLowerCase();
  let styled = false;
  let plain: (typeof doc.names.full)[number] | null = null;
  for (const f of doc.names.full) {
    if (f.at >= before) break;
    const ws = f.name.split(" ");
    if (f.org || ws.length < 2 || ws[ws.length - 1]!.toLowerCase() !== surname) continue;
    if (STYLED.has(ws[0]!.toLowerCase())) styled = true;
    else if (fits(HONORIFIC_GENDER[honorific]!, ws[0]!)) plain = f;
  }
  return styled && plain ? { name: plain.name, gender: plain.gender } : null;
}
