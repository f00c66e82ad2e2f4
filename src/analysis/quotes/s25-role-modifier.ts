// `"…," said Florida state archivist Jody Norman`, `said Texas state Sen. John Doe`: a verb-like
// word ("state", "report") between a capitalised modifier and a role word before a name modifies
// the role; it is no verb ending the speaker's phrase at the place (session 25, issue #13; BBC
// study set 50). The phrase then reads on to the name.

import { ROLE_HEADS, TITLE_WORDS } from "../lexicons/titles.ts";
import { SPEECH_VERB_FORMS } from "../lexicons/verbs.ts";
import { isCap, ROLE_LIKE, type Tok } from "./tok.ts";

export const ROLE_MODIFIER_SWITCH = {
  name: "verb-like-role-modifier",
  doc: '"said Florida state archivist Jody Norman": a verb-like word between a capitalised word and a role before a name modifies the role, not a verb',
};

/** Words with an agent noun's ending that are none ("Trump went after Hillary Clinton"). */
const NOT_AGENT = new Set(
  "after under over never ever rather other either neither whether later former together per for or nor".split(
    " ",
  ),
);

/** A role word: a known one, or a lower-case agent noun ("archivist", "prosecutor"). */
const roleWord = (t: Tok | undefined) =>
  t?.type === "w" &&
  (ROLE_HEADS.has(t.lower) ||
    TITLE_WORDS.has(t.lower.replace(/\.$/, "")) ||
    (!isCap(t) && ROLE_LIKE.test(t.lower) && !NOT_AGENT.has(t.lower)));

/** Marks each such verb-like word (`roleModifier`): a capitalised word before it, a role word
 *  after it (and up to one more), then a capitalised name (after a comma too). */
export function markRoleModifiers(toks: Tok[]): void {
  for (let k = 1; k + 2 < toks.length; k++) {
    const t = toks[k]!;
    if (t.type !== "w" || isCap(t) || !SPEECH_VERB_FORMS.has(t.lower)) continue;
    const before = toks[k - 1]!;
    if (before.type !== "w" || !isCap(before) || !roleWord(toks[k + 1])) continue;
    const e = roleWord(toks[k + 2]) ? k + 3 : k + 2;
    // ("Trump's Virginia state director, Mike Rubino, reached out": the name in apposition)
    const name = toks[e]?.text === "," ? toks[e + 1] : toks[e];
    if (name?.type === "w" && isCap(name) && !roleWord(name)) t.roleModifier = true;
  }
}
