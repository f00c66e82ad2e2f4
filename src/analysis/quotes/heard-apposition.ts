// "On tape Mr Harrow, who once worked on the paper, is heard asking …": the subject of a passive
// verb of hearing before a speech participle, read past an apposition or a relative clause set
// off by commas, as a plain verb's subject is ("past-apposition"); the phrase right before the
// auxiliary is only the comma, so the participle had no subject (switch
// "heard-saying-past-apposition").

import type { Alternative } from "../steps.ts";
import { type Phrase, phraseAfter, phraseOf } from "./phrases.ts";
import { HEARD_PAST_APPOSITION_SWITCH } from "./set24-switches.ts";
import { subjectPastApposition, type VerbAt } from "./subject-past-apposition.ts";
import { PASSIVE_AUX } from "./tokens.ts";

/** Passive verbs of hearing before a speech participle ("was heard saying"). */
export const HEARD = /^(?:heard|overheard|seen|filmed|caught|recorded|taped)$/;

export const HEARD_PAST_APPOSITION_RULE: Alternative<VerbAt, Phrase> = {
  ...HEARD_PAST_APPOSITION_SWITCH,
  try: (v) => {
    const { toks, j } = v;
    // "<subject>, <apposition>, is heard asking": participle, verb of hearing, auxiliary, comma
    if (!/ing$/.test(toks[j]!.lower) || !HEARD.test(toks[j - 1]?.lower ?? "")) return null;
    if (!PASSIVE_AUX.has(toks[j - 2]?.lower ?? "") || toks[j - 3]?.text !== ",") return null;
    return subjectPastApposition({ ...v, j: j - 2, b: j - 3 });
  },
};

/** "The Sun quoted him as saying: “…”": the one quoted, between "quoted" and "as saying", not the
 *  paper that passes the words on (session 43; the closing tag has quoted-as-saying.ts). */
export const QUOTED_OBJECT_AS_SAYING_RULE: Alternative<VerbAt, Phrase> = {
  name: "quoted-object-as-saying",
  doc: '"The Sun quoted him as saying: “…”": the object of "quoted … as saying" speaks, not the quoting paper',
  try: ({ toks, j, text }) => {
    if (toks[j]!.lower !== "saying" || toks[j - 1]?.lower !== "as") return null;
    const v = toks.findLastIndex((t, i) => i < j - 1 && i >= j - 8 && /^quote[sd]$/.test(t.lower));
    if (v < 0 || toks.slice(v + 1, j - 1).some((t) => t.type !== "w")) return null;
    // (a passive, "was quoted by the paper as saying", is heard-saying's: its subject speaks)
    if (PASSIVE_AUX.has(toks[v - 1]?.lower ?? "") || toks[v + 1]?.lower === "by") return null;
    // (him, her, them: the pronoun, for the pronoun rules to resolve)
    const pronoun = v + 2 === j - 1 && /^(?:him|her|them)$/.test(toks[v + 1]!.lower);
    const p = pronoun ? phraseOf(toks, v + 1, v + 1, text) : phraseAfter(toks, v + 1, text);
    return p && p.end === toks[j - 2]!.end ? p : null;
  },
};

/** The rules of a verb of hearing or quoting before a speech participle (cue-before.ts). */
export const HEARD_RULES = [HEARD_PAST_APPOSITION_RULE, QUOTED_OBJECT_AS_SAYING_RULE];
