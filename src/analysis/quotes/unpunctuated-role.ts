// `"…," Dr Pavel Orn games director at graphics firm Zentrix told the BBC`: a name with its role
// and firm after it, the commas of the apposition left out. Read back from the verb, the phrase
// is the firm; the speaker is the name the tag opens on (switch "tag-name-unpunctuated-role").

import { isOn, type StepSwitches } from "../steps.ts";
import { type Phrase, phraseOf } from "./phrases.ts";
import { UNPUNCTUATED_ROLE_SWITCH } from "./set22-switches.ts";
import { isCap, ROLE_LIKE, type Tok } from "./tokens.ts";

const LINK = /^(?:at|of|for|with|from)$/;
/** Role nouns ROLE_LIKE's endings miss. */
const ROLE_WORDS = /^(?:executive|chief|head|boss|chair|secretary|expert)$/;

/** The name at toks[k] when lower-case words holding a role noun and a link ("director at")
 *  stand between it and `first`, with no punctuation; null otherwise. */
export function nameBeforeUnpunctuatedRole(
  toks: Tok[],
  k: number,
  first: Phrase,
  text: string,
  switches: StepSwitches,
): Phrase | null {
  if (!isOn("quotes", UNPUNCTUATED_ROLE_SWITCH.name, switches) || first.start <= toks[k]!.start) return null;
  let m = k;
  while (m < toks.length && toks[m]!.type === "w" && isCap(toks[m]!)) m++;
  // (a name of two to four words: "Dr Pavel Orn", "Pavel Orn")
  if (m - k < 2 || m - k > 4) return null;
  let role = false;
  let link = false;
  let n = m;
  for (; n < toks.length && toks[n]!.start < first.start; n++) {
    const t = toks[n]!;
    if (t.type !== "w" || n - m > 10) return null;
    if (isCap(t)) continue;
    if ((ROLE_LIKE.test(t.lower) || ROLE_WORDS.test(t.lower)) && !link) role = true;
    else if (LINK.test(t.lower) && role) link = true;
  }
  return role && link && n > m ? phraseOf(toks, k, m - 1, text) : null;
}
