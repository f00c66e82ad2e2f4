// `Tom Reid has failed to tackle the "basic unfairness" in the tax system, Ann Vale has said.`:
// a name (or he/she) tag closing the sentence makes the whole sentence its reported speech, so
// the quotation before it is the tag's, not the clause subject's, when the subject's verb is no
// verb of saying or judging ("failed", "introduced"). With "thinks", "called", "described" the
// quoted words stay the subject's (`Ann Vale called the plan "a mess", Tom Reid said`). The
// tail-tag rule (tail-tag.ts) reads such a tag for quotations no other cue took; this one reads it
// before the clause-subject rule gives the quotation to the subject.

import type { Alternative } from "../steps.ts";
import { isOn } from "../steps.ts";
import { clauseSubject } from "./clause-subject.ts";
import { DESCRIBED_CLOSING_TAG } from "./described-closing-tag.ts";
import type { Cue } from "./phrases.ts";
import { COLON_KNOWN_PERSON } from "./s22-nospk-switches.ts";
import { WHO_CLAUSE_TERM_RULE } from "./s23-term-switches.ts";
import { NAMED_CLOSING_TAG_SWITCH, TAIL_HEARER_SWITCH } from "./set27-switches.ts";
import type { QuoteDoc } from "./state.ts";
import { TAIL_ROLE_NAME_SWITCH, tailTag } from "./tail-tag.ts";
import { isVerbish, type Tok } from "./tokens.ts";

type At = { ctx: { toks: Tok[]; doc: QuoteDoc }; j: number };

/** The closing name tag of quotation toks[j]'s sentence, when the clause subject's verb says nothing. */
function namedClosingTag({ ctx, j }: At): Cue | null {
  const { toks, doc } = ctx;
  const subj = clauseSubject(toks, j, doc.text) ?? clauseSubject(toks, j, doc.text, true);
  if (!subj) return null;
  const verb = toks.find((t) => t.type === "w" && t.lower === subj.cue);
  if (!verb || isVerbish(verb)) return null;
  const on = (name: string) => isOn("quotes", name, doc.switches);
  const tail = tailTag(toks, doc.text, on(TAIL_ROLE_NAME_SWITCH.name), on(TAIL_HEARER_SWITCH.name));
  if (!tail || tail.at < toks[j]!.end || tail.cue.speaker.start === subj.speaker.start) return null;
  return tail.cue;
}

/** The CUE_RULES entries (sentence.ts) tried before the clause-subject rule: set 25's described
 *  closing tag, set 27's named one, then a known person's surname before a colon. */
export const CLOSING_TAG_RULES: readonly Alternative<At, Cue>[] = [
  DESCRIBED_CLOSING_TAG,
  { ...NAMED_CLOSING_TAG_SWITCH, try: namedClosingTag },
  COLON_KNOWN_PERSON, // (session 22: after the colon rules, which want a title or a given name)
  WHO_CLAUSE_TERM_RULE, // (session 23: a quotation in a who-clause with no verb of saying)
];
