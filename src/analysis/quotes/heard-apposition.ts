// "On tape Mr Harrow, who once worked on the paper, is heard asking …": the subject of a passive
// verb of hearing before a speech participle, read past an apposition or a relative clause set
// off by commas, as a plain verb's subject is ("past-apposition"); the phrase right before the
// auxiliary is only the comma, so the participle had no subject (switch
// "heard-saying-past-apposition").

import type { Alternative } from "../steps.ts";
import type { Phrase } from "./phrases.ts";
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
