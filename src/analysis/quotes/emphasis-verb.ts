// `"This is a pilot scheme," underlined Mr Orr`, `"…," Ms Ash underscored`: verbs of emphasis
// outside the speech lexicon (which the whole pipeline reads) close a tag as "stressed" does; only
// in tags, by their own switch, with the verbs of pleading (plea-verb.ts).

import { words } from "../lexicons/word-list.ts";
import { isOn, type StepSwitches } from "../steps.ts";
import { pleaVerb } from "./plea-verb.ts";
import { moreTagVerb } from "./s22-nospk-switches.ts";
import { EMPHASIS_VERB_SWITCH } from "./set27-switches.ts";
import { documentReads } from "./set34-reads.ts";
import { isCap, type Tok } from "./tokens.ts";

/** Verbs of emphasis, every inflection used in tags. */
const EMPHASIS_VERBS = words(`
  underline underlines underlined underscore underscores underscored
`);

/** t (toks[k] when given) is a lowercase verb that closes a tag only (pleading, confiding,
 *  emphasis, a document's "reads"), its switch on. */
export function tagOnlyVerb(t: Tok | undefined, switches: StepSwitches, toks?: Tok[], k = -1): boolean {
  if (pleaVerb(t, switches) || moreTagVerb(t, switches)) return true;
  if (toks && documentReads(toks, k, switches)) return true;
  return (
    t?.type === "w" &&
    !isCap(t) &&
    EMPHASIS_VERBS.has(t.lower) &&
    isOn("quotes", EMPHASIS_VERB_SWITCH.name, switches)
  );
}
