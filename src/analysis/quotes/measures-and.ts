// "the world 200m and 400m record holder", "the 100m and 200m champion": "and" between two
// measures modifying one description's head joins them, not two subjects. Read by phrases.ts,
// which takes no switches; the class's switch ("description-record-holder") is where the
// description is resolved (sole-person-description.ts).

import type { Tok } from "./tokens.ts";

/** toks[k] is "and" between two measures ("200m and 400m", "5,000 and 10,000m") before a lowercase head. */
export function measuresAnd(toks: Tok[], k: number): boolean {
  const measure = (t: Tok | undefined) =>
    t?.type === "w" && /^\d[\d,.]*(?:m|km|kg|cc|mph|ft)?$/.test(t.lower);
  return (
    toks[k]!.lower === "and" &&
    measure(toks[k - 1]) &&
    measure(toks[k + 1]) &&
    /^\p{Ll}/u.test(toks[k + 2]?.text ?? "")
  );
}
