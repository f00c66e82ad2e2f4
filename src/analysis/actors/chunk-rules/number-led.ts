import type { ChunkRule } from "./rule.ts";

/** Number words that open a competition's or body's name ("Six Nations", "Tri-Nations", "Five Nations"). */
const NUMBER_WORDS = new Set([
  "Two",
  "Three",
  "Four",
  "Five",
  "Six",
  "Seven",
  "Eight",
  "Nine",
  "Ten",
  "Eleven",
  "Twelve",
  "Twenty",
  "Hundred",
  "Thousand",
  "Tri-Nations",
]);

/** "the 2004 Six Nations campaign": a run of names that opens on a number word is no person's
 *  name (people's given names are never cardinals), so a later "he" cannot take it. */
export const numberLedName: ChunkRule = {
  name: "number-led-name",
  doc: "a run opening on a number word ('Six Nations'): not a person",
  try: ({ c }) => (c.length >= 2 && NUMBER_WORDS.has(c[0]!.text) ? true : null),
};
