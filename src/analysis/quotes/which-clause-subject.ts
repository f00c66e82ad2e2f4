// "The commission took the pair to the European Court of Justice - which ruled EU countries could
// not put the pact “in abeyance”": a term in a which/who clause set off by a comma or a dash, after
// a verb of judging or saying, is the clause's antecedent's, not the sentence subject's (session
// 35; the which-clause-name subject rule reads verbs of saying after a comma only).

import { MONTH_FULL, WEEKDAY_RE } from "../dates/vocabulary.ts";
import { SPEECH_VERB_FORMS } from "../lexicons/verbs.ts";
import type { Alternative } from "../steps.ts";
import { type Cue, phraseBefore } from "./phrases.ts";
import type { Tok } from "./tokens.ts";

type CueAt = { ctx: { toks: Tok[]; doc: { text: string } }; j: number };

/** Verbs whose clause gives the antecedent's view: judging, finding, saying. */
const JUDGING =
  /^(?:ruled|rules|found|finds|concluded|concludes|judged|described|describes|called|calls|dubbed|branded|labelled|labeled|warned|warns|claimed|claims|said|says|insisted|insists|argued|argues|accused|accuses|criticised|criticized|condemned|hailed|praised|welcomed)$/;

/** A month or a day ("January", "Monday"), never a judging antecedent (the dates vocabulary's names). */
const TIME_WORD = new RegExp(`^(?:${MONTH_FULL}|${WEEKDAY_RE})$`);

export const WHICH_CLAUSE_SUBJECT_RULE: Alternative<CueAt, Cue> = {
  name: "which-clause-subject",
  doc: '"… the European Court of Justice - which ruled EU countries could not put the pact “in abeyance”": the capitalised antecedent of a which/who clause after a comma or dash, with a verb of judging or saying',
  try: ({ ctx, j }) => {
    const { toks } = ctx;
    for (let w = j - 1; w > 1; w--) {
      const t = toks[w]!;
      if (t.type === "q" || (t.type === "p" && /^[;:]$/.test(t.text))) return null;
      if (t.lower !== "which" && t.lower !== "who") continue;
      const mark = toks[w - 1]!;
      const verb = toks[w + 1];
      if (!/^[,–—-]$/.test(mark.text) || verb?.type !== "w" || !JUDGING.test(verb.lower)) return null;
      // (", which described": a verb of saying after a comma is the which-clause-name subject rule's)
      if (mark.text === "," && SPEECH_VERB_FORMS.has(verb.lower)) return null;
      const p = phraseBefore(toks, w - 1, ctx.doc.text);
      // (a time is no antecedent that judges: "an inspection in January, which found")
      return p && /^(?:[Tt]he\s+)?\p{Lu}/u.test(p.text) && !TIME_WORD.test(p.text)
        ? { speaker: p, cue: verb.lower, label: false }
        : null;
    }
    return null;
  },
};
