// `"Don't you care?", implored campaigner Ann Bell`, `"It was a disaster," a crestfallen Mr Bell
// confided in the host`: verbs of pleading and confiding, outside the speech lexicon (which the
// whole pipeline reads), close a tag as "said" does; only in tags, by their own switch.

import { words } from "../lexicons/word-list.ts";
import { isOn, type StepSwitches } from "../steps.ts";
import { isCap, type Tok } from "./tokens.ts";

/** "Plea verb in a tag": its switch (set21-switches.ts). */
export const PLEA_VERB_SWITCH = {
  name: "tag-plea-verb",
  doc: '`"…?", implored campaigner Ann Bell`, `"…," a crestfallen Mr Bell confided`: a verb of pleading or confiding closes a tag as "said" does',
};

/** Verbs of pleading and confiding, every inflection used in tags. */
const PLEA_VERBS = words(`
  implore implores implored plead pleads pleaded beg begs begged confide confides confided
`);

/** toks[j] is a lowercase verb of pleading or confiding, switch on. */
export function pleaVerb(t: Tok | undefined, switches: StepSwitches): boolean {
  return (
    t?.type === "w" && !isCap(t) && PLEA_VERBS.has(t.lower) && isOn("quotes", PLEA_VERB_SWITCH.name, switches)
  );
}
