// Actor rules of the classes found on BBC study set 23 (listed in index.ts's ACTOR_STEPS).

import { foldKey } from "../../text/fold.ts";
import { DEMONYMS, PLACE_MODIFIERS, PLACES } from "../lexicons/places.ts";

/** The switch of the first partner's name as a firm's short form (read in resolve-locally.ts). */
export const AMPERSAND_FIRST_STEP = {
  name: "ampersand-first-partner",
  doc: '"Marsh said" after "broker Marsh & Lennox": a firm named "A & B" goes by its first partner\'s name in its own article',
};

/** "Hale & Dorrance" is also "Hale" (a firm named for its partners is called by the first);
 *  read within the article only, where a lone "Hale" is most likely the firm. */
export function ampersandFirstKey(tokens: readonly string[]): string | null {
  if (tokens.length !== 3 || tokens[1] !== "&") return null;
  const w = tokens[0]!;
  if (!/^\p{Lu}\p{Ll}{2,}$/u.test(w) || PLACES.has(w) || DEMONYMS.has(w) || PLACE_MODIFIERS.has(w))
    return null;
  return /^\p{Lu}/u.test(tokens[2]!) ? foldKey(w) : null;
}
