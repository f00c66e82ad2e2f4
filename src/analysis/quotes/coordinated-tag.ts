// `"I'm still making music," he said, but added that he was "not going to be around".`: a speech
// verb coordinated after a closing tag ("…, but added", "…, and insisted") has that tag's speaker
// as its subject; the sentence opens on the quotation, so no subject stands before the tag.

import { PRONOUNS } from "../lexicons/pronouns.ts";
import { SPEECH_VERB_FORMS } from "../lexicons/verbs.ts";
import { type Alternative, isOn } from "../steps.ts";
import { type Phrase, phraseAfter, phraseBefore, phraseOf } from "./phrases.ts";
import { BUT_CLAUSE_SWITCH } from "./set27-switches.ts";
import { subjectPastApposition, type VerbAt } from "./subject-past-apposition.ts";
import { SUBORDINATE_COORDINATION } from "./subordinate-coordination.ts";
import { isCap } from "./tokens.ts";

/** `"…," he said, but added`, `"…," said Ann Roe, and added`: the tag's speaker before "but"/"and". */
export const COORDINATED_AFTER_TAG: Alternative<VerbAt, Phrase> = {
  name: "coordination-after-tag",
  doc: '`"…," he said, but added that he was “…”`: a speech verb coordinated after a closing tag has the tag\'s speaker',
  try: ({ toks, b, text }) => {
    if (!/^(?:and|but)$/.test(toks[b]?.lower ?? "") || toks[b - 1]?.text !== ",") return null;
    // the sentence opens on a quotation closed by a comma: `"…,"` then the tag
    if (toks[0]?.type !== "q" || !/,["'”’]?$/.test(text.slice(toks[0].start, toks[0].end).trim()))
      return null;
    let k = 1;
    if (toks[k]?.text === ",") k++;
    const w = toks[k];
    if (w?.type !== "w") return null;
    // `," he said, but`: a pronoun and its verb, then the comma
    if (w.lower in PRONOUNS && SPEECH_VERB_FORMS.has(toks[k + 1]?.lower ?? "") && k + 2 === b - 1)
      return phraseOf(toks, k, k, text);
    // `," said Ann Roe, but`: the inverted tag's name, up to the comma
    if (!SPEECH_VERB_FORMS.has(w.lower)) return null;
    const p = phraseAfter(toks, k + 1, text);
    return p && p.end <= toks[b - 1]!.start && /^\p{Lu}/u.test(p.text) ? p : null;
  },
};

/** Words before a noun ("a silly claim", "the report"): a speech verb's form after them is a noun. */
const NOUN_BEFORE = /^(?:a|an|the|this|that|its|his|her|their|our|your)$/;

/** `Police claimed …, but his lawyer, Sam Pike, told the BBC it was untrue and added: "…"`: a speech
 *  verb coordinated by "and" after a clause opened by "but" has that clause's subject, the one of
 *  its own speech verb, not the subject opening the sentence (switch). */
export const BUT_CLAUSE_COORDINATION: Alternative<VerbAt, Phrase> = {
  ...BUT_CLAUSE_SWITCH,
  try: ({ toks, b, text, switches }) => {
    if (toks[b]?.lower !== "and" || !isOn("quotes", BUT_CLAUSE_SWITCH.name, switches)) return null;
    let m = b - 1;
    while (m > 0 && toks[m]!.lower !== "but" && toks[m]!.type !== "q") m--;
    if (m <= 0 || toks[m]!.lower !== "but") return null;
    // the clause's one speech verb, with no other before "and" (`said Mr Hart had told her …` is none)
    const verbs: number[] = [];
    for (let k = m + 1; k < b; k++)
      if (SPEECH_VERB_FORMS.has(toks[k]!.lower) && !isCap(toks[k]!) && !NOUN_BEFORE.test(toks[k - 1]!.lower))
        verbs.push(k);
    const k = verbs[0];
    if (verbs.length !== 1 || k === undefined || k - m > 8) return null;
    const v: VerbAt = { toks, j: k, b: k - 1, text, switches };
    const p = toks[k - 1]?.text === "," ? subjectPastApposition(v) : phraseBefore(toks, k, text);
    return p && p.start > toks[m]!.start && /^\p{Lu}/u.test(p.text) ? p : null;
  },
};

/** The coordination rules read before the sentence-subject one (cue-before.ts). */
export const COORDINATION_RULES: readonly Alternative<VerbAt, Phrase>[] = [
  BUT_CLAUSE_COORDINATION,
  SUBORDINATE_COORDINATION,
];
