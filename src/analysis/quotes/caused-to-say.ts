// `a show that led 12 viewers to complain he was "lewd"`, `the ruling prompted fans to claim …`: the
// object of a causative verb is the subject of the speech verb in the infinitive after it (they
// did complain), where an infinitive's subject is otherwise the main clause's or no one's.

import type { Alternative } from "../steps.ts";
import type { Phrase } from "./phrases.ts";
import { CAUSED_TO_SAY_SWITCH } from "./set29-switches.ts";
import type { VerbAt } from "./subject-past-apposition.ts";

/** Verbs whose object goes on to do what the infinitive says (not "asked", "urged": they may not). */
const CAUSATIVE =
  /^(?:led|leads|prompted|prompts|caused|causes|forced|forces|drove|drives|spurred|moved|leading|prompting|causing|forcing|driving|spurring)$/;

/** `<causative> <object of one to four words> to <speech verb>`: the object phrase. */
export const CAUSED_TO_SAY_RULE: Alternative<VerbAt, Phrase> = {
  ...CAUSED_TO_SAY_SWITCH,
  try: ({ toks, j, text }) => {
    // (only for a quotation after it in the sentence: with none, the object stays out of the
    // history, as other infinitives' subjects do, and headline terms keep their own reading)
    if (toks[j - 1]?.lower !== "to" || !toks.slice(j + 1).some((t) => t.type === "q")) return null;
    for (let c = j - 3; c >= Math.max(0, j - 6); c--) {
      if (!CAUSATIVE.test(toks[c]!.lower)) continue;
      const words = toks.slice(c + 1, j - 1);
      if (words.some((t) => t.type !== "w")) return null;
      const a = words[0]!;
      const b = words[words.length - 1]!;
      return { start: a.start, end: b.end, text: text.slice(a.start, b.end) };
    }
    return null;
  },
};
