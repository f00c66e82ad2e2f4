// Switches of the term classes found on BBC study sets 42-48 in session 23 (issue #13), with the
// small rules they name; one list for study-set-switches.ts.

import { IRREGULAR_PAST_FORMS, LABEL_VERBS, SPEECH_VERB_FORMS } from "../lexicons/verbs.ts";
import { type Alternative, isOn, type StepSwitches } from "../steps.ts";
import { type Cue, phraseBefore } from "./phrases.ts";
import type { QuoteDoc } from "./state.ts";
import { isAdverb, isCap, PASSIVE_AUX, type Tok } from "./tokens.ts";

/** `Mr Vale said that booking lines had been "swamped" by Oasis fans`: a quoted passive participle
 *  inside the clause of a verb of saying is the sayer's word for what the agent did; the agent after
 *  "by" did the swamping, it did not say so. */
const SAID_CLAUSE_AGENT_SWITCH = {
  name: "said-clause-agent",
  doc: '`Mr Vale said that booking lines had been "swamped" by Oasis fans`: the agent of a quoted passive participle in a said-clause is no speaker; the subject of "said" is',
};

/** A quotation of one lowercase participle in -ed ("swamped", "horrified"). */
function quotedParticiple(q: Tok, text: string): boolean {
  return /^["“‘']\s*\p{Ll}[\p{Ll}-]{2,}ed\s*["”’']$/u.test(text.slice(q.start, q.end));
}

/** Is toks[qi] a quoted participle after a passive auxiliary, inside the clause of a verb of saying
 *  (not one of labelling, whose agent does speak: "was described as “…” by X") earlier in its
 *  sentence, with a subject before that verb? Then its "by" agent is no speaker (switch on). */
export function saidClauseAgent(toks: Tok[], qi: number, text: string, switches: StepSwitches): boolean {
  if (!quotedParticiple(toks[qi]!, text) || !PASSIVE_AUX.has(toks[qi - 1]?.lower ?? "")) return false;
  let said = -1;
  for (let i = qi - 2; i > 0 && said < 0; i--) {
    const t = toks[i]!;
    if (t.type === "q") return false;
    if (t.type === "w" && SPEECH_VERB_FORMS.has(t.lower) && !LABEL_VERBS.has(t.lower)) said = i;
  }
  return said > 0 && toks[said - 1]!.type === "w" && isOn("quotes", SAID_CLAUSE_AGENT_SWITCH.name, switches);
}

/** `And although Reyes insisted thoughts of leaving are "not on my mind", he admitted "it hurts"`:
 *  a verb right before a quotation introduces that quotation, so it is no closing tag of the one
 *  before, which has a verb of saying of its own earlier in the sentence. */
const VERB_OPENS_NEXT_QUOTE_SWITCH = {
  name: "tag-verb-opens-next-quote",
  doc: '`Although Reyes insisted it is "not on my mind", he admitted "it hurts"`: "he admitted" opens the next quotation; the first keeps its own "Reyes insisted"',
};

/** Is the tag verb toks[j] after toks[qi] followed at once by a quotation of its own, while toks[qi]
 *  has a subject and a verb of saying before it in its sentence (switch on)? */
export function verbOpensNextQuote(toks: Tok[], qi: number, j: number, switches: StepSwitches): boolean {
  if (toks[j + 1]?.type !== "q") return false;
  const own = toks
    .slice(1, qi)
    .some((t, i) => t.type === "w" && SPEECH_VERB_FORMS.has(t.lower) && toks[i]!.type === "w");
  return own && isOn("quotes", VERB_OPENS_NEXT_QUOTE_SWITCH.name, switches);
}

/** Copulas and auxiliaries: `Jo Yang, who remains the firm's "Chief Wizard"` names a role. */
const COPULAS =
  /^(?:has|had|have|remains?|remained|becomes?|became|seems?|seemed|appears?|appeared|looks?|looked)$/;

/** A who-clause's verb of its own: a past or present in -ed/-s, or an irregular past, not a copula
 *  (`Ms Pike, who is a "national treasure"` is others' words for her). */
function ownVerb(t: Tok | undefined): boolean {
  if (t?.type !== "w" || isCap(t) || PASSIVE_AUX.has(t.lower) || COPULAS.test(t.lower)) return false;
  return /^\p{Ll}{3,}(?:ed|s)$/u.test(t.text) || IRREGULAR_PAST_FORMS.has(t.lower);
}

/** `… second nature to Ms Pike, who scorns the "chattering classes" and coined "commuter rage"`: a
 *  quotation inside a who-clause set off by a comma, with no verb of saying, no passive and no
 *  further comma before it, is the words of the clause's antecedent, as the opening subject's are
 *  in a clause of its own. */
export const WHO_CLAUSE_TERM_RULE: Alternative<{ ctx: { toks: Tok[]; doc: QuoteDoc }; j: number }, Cue> = {
  name: "who-clause-antecedent",
  doc: '`… to Ms Pike, who scorns the "chattering classes"`: a quotation in a who-clause with no verb of saying is the antecedent\'s',
  try: ({ ctx, j }) => {
    const { toks, doc } = ctx;
    let w = j - 1;
    for (; w > 1 && toks[w]!.lower !== "who"; w--) {
      const t = toks[w]!;
      if ((t.type === "p" && /^[,;:–—-]$/.test(t.text)) || (t.type === "w" && SPEECH_VERB_FORMS.has(t.lower)))
        return null;
      if (t.lower === "been" || (PASSIVE_AUX.has(t.lower) && /ed$/.test(toks[w + 1]?.lower ?? "")))
        return null;
    }
    if (toks[w]?.lower !== "who" || toks[w - 1]?.text !== ",") return null;
    let v = w + 1;
    while (v < j && isAdverb(toks[v]!)) v++;
    if (/^(?:has|had|have)$/.test(toks[v]?.lower ?? "")) v++;
    if (v >= j || !ownVerb(toks[v]) || !isOn("quotes", WHO_CLAUSE_TERM_RULE.name, doc.switches)) return null;
    const head = phraseBefore(toks, w - 1, doc.text);
    return head ? { speaker: head, cue: toks[v]!.lower, label: false } : null;
  },
};

/** `It was also agreed that a plan to "explain" the rules …`: a passive verb of saying with an adverb
 *  after its auxiliary is as subjectless as "It was agreed"; "It" is no speaker. */
const PASSIVE_PAST_ADVERB_SWITCH = {
  name: "passive-past-adverb",
  doc: '`It was also agreed that a plan to "explain" …`: a passive past an adverb has no subject of its own, as "was agreed" has none',
};

/** The word before speech verb toks[j]; past the adverbs and auxiliaries after toks[b], a passive
 *  auxiliary among them ("was also agreed", "has since been told"; switch on). */
export function wordBeforeVerb(toks: Tok[], j: number, b: number, switches: StepSwitches): Tok | undefined {
  if (/ing$/.test(toks[j]!.lower) || !isOn("quotes", PASSIVE_PAST_ADVERB_SWITCH.name, switches))
    return toks[j - 1];
  // (only after an expletive "It": "Mr Ray was also told" keeps its reading as before)
  const aux = toks.slice(b + 1, j - 1).find((t) => PASSIVE_AUX.has(t.lower));
  return aux && toks[b]?.lower === "it" ? aux : toks[j - 1];
}

/** The inline switches of session 23's term classes, for the ablation (the who-clause rule is a
 *  CUE_RULES entry, named there). */
export const S23_TERM_SWITCHES = [
  SAID_CLAUSE_AGENT_SWITCH,
  VERB_OPENS_NEXT_QUOTE_SWITCH,
  PASSIVE_PAST_ADVERB_SWITCH,
];
