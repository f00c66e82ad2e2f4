// Reported speech in a participle clause opening the sentence: "Citing the cost of steel, Halvorsen
// dropped the plan", "After praising the coach, Okafor said …". The participle has no subject of
// its own: it shares the main clause's, the name right after its comma; its content is the clause
// up to that comma.

import type { Alternative } from "../steps.ts";
import { phraseOf } from "./phrases.ts";
import type { CueAt, ReportedCue } from "./reported-cue.ts";
import { cueWith } from "./reported-cue.ts";
import { isCap } from "./tokens.ts";

/** What may come before the participle: a preposition of time or manner ("After", "In addition to"). */
const OPENERS =
  /^(?:(?:and|but|yet|so) )?(?:after|before|in|by|despite|while|since|when|without|besides|upon|on|through|in addition to|instead of)?$/;
/** Prepositions of place, time or hearer that open a participle's setting, not its content. */
const SETTING = /^(?:at|in|from|during|outside|inside|alongside)$/;
/** The participle clause runs at most this many tokens to its comma. */
const MAX_CLAUSE = 40;

export const REPORTED_OPENING: Alternative<CueAt, ReportedCue> = {
  name: "reported-opening-participle",
  doc: "\"Citing the cost of steel, Halvorsen dropped …\": an opening participle's content, the main clause's subject",
  try: ({ toks, j, text }) => {
    const t = toks[j]!;
    if (t.type !== "w" || !/ing$/.test(t.lower) || j > 3) return null;
    if (
      !OPENERS.test(
        toks
          .slice(0, j)
          .map((x) => x.lower)
          .join(" "),
      )
    )
      return null;
    // "Speaking to reporters, X said": a speaking verb's content opens with "about".
    const first = toks[j + 1]?.lower ?? "";
    if (/^(?:speak|talk)/.test(t.lower) && first !== "about") return null;
    let k = j + 1;
    while (k < toks.length && k - j <= MAX_CLAUSE && toks[k]!.text !== ",") {
      if (toks[k]!.type === "p" && toks[k]!.text !== "’" && toks[k]!.text !== "'") return null;
      k++;
    }
    if (toks[k]?.text !== "," || k < j + 2) return null;
    // The main clause's subject: a name (capitalised words) or he/she, then its verb, a lowercase
    // word (not a comma: an apposition or a list).
    let e = k + 1;
    if (/^(?:he|she)$/.test(toks[e]?.lower ?? "")) e++;
    else while (e < toks.length && e - k <= 5 && toks[e]!.type === "w" && isCap(toks[e]!)) e++;
    const next = toks[e];
    if (e === k + 1 || next?.type !== "w" || isCap(next)) return null;
    const sp = phraseOf(toks, k + 1, e - 1, text);
    let a = first === "that" ? j + 2 : j + 1;
    // "Writing in the Times, X argued": where, not what; "Since announcing in October that he
    // would …": the content starts after the setting's "that".
    if (SETTING.test(first)) {
      const that = toks.slice(j + 2, k).findIndex((x) => x.lower === "that");
      if (that < 0) return null;
      a = j + 3 + that;
    }
    return a < k ? cueWith(sp, t.lower, { start: toks[a]!.start, end: toks[k - 1]!.end }) : null;
  },
};
