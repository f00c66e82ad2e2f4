import { GIVEN_NAMES } from "../../lexicons/person-names.ts";
import { DEMONYMS } from "../../lexicons/places.ts";
import { HONORIFICS, TITLE_WORDS } from "../../lexicons/titles.ts";
import { describesPeople } from "../word-classes.ts";
import type { ChunkRule } from "./rule.ts";

/** "Sri Lankan", "Costa Rican", "Bosnian Serb", "Roman Catholic": a run ending in a demonym or a
 *  creed names who people are, not an actor ("Dawn French" opens with a given name: a person). */
export const nationality: ChunkRule = {
  name: "nationality",
  doc: "a run ending in a demonym or creed ('Sri Lankan', 'Bosnian Serb'), no given name or title in it: not an actor",
  try: ({ c }) => {
    if (c.length > 3 || !describesPeople(c[c.length - 1]!.text)) return null;
    const personal = (w: string) =>
      GIVEN_NAMES.has(w) || HONORIFICS.has(w) || TITLE_WORDS.has(w.toLowerCase());
    if (c.slice(0, -1).some((t) => personal(t.text) && !DEMONYMS.has(t.text))) return null;
    return true;
  },
};
