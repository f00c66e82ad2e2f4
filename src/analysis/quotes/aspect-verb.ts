// "He said the firm would continue to make “every lawful move”": "continue" before "to" and a
// verb says that something goes on, not that someone speaks, so it is no cue and its subject is
// no speaker ("…,” he continued." keeps its cue).

import type { Tok } from "./tokens.ts";

/** The switch of this reading (listed in inline-switches.ts for the ablation). */
export const ASPECT_VERB_SWITCH = {
  name: "continue-to-verb",
  doc: '"the firm would continue to make “every lawful move”": "continue to" and a verb is no speech verb',
};

/** toks[j] is "continue(s/d)" or "continuing" followed by "to" and a lower-case word (or quotation). */
export function aspectualUse(toks: Tok[], j: number, text = ""): boolean {
  const to = toks[j + 1];
  const verb = toks[j + 2];
  return (
    /^continu(?:e|es|ed|ing)$/.test(toks[j]!.lower) &&
    to?.lower === "to" &&
    // ("the article continues to “needlessly spread fear”": a quotation opening on the verb, too)
    ((verb?.type === "w" && /^\p{Ll}+$/u.test(verb.text)) ||
      (verb?.type === "q" && /^["“‘']?\p{Ll}/u.test(text.slice(verb.start, verb.start + 2))))
  );
}
