// "Mr Brown has headed the campaign before but Mr Milburn is taking that role this time. … It will
// not be a “battle bus” campaign, he said.": the named person opening the clause after "but" is the
// later subject, so a he/she after the sentence may go on from them (session 36). The history held
// only the sentence's opening name.

import type { Step } from "../steps.ts";
import { FINITE } from "./clause-subject.ts";
import type { HistoryCtx } from "./history-ctx.ts";
import { phraseAfter } from "./phrases.ts";
import { resolvePhrase } from "./resolve-speaker.ts";

export const BUT_CLAUSE_HISTORY: Step<HistoryCtx> = {
  name: "but-clause-subject-history",
  doc: '"X has led it before but Mr Milburn is taking that role": the named person opening the clause after "but", with its verb, for the history',
  run: ({ toks, found, doc }) => {
    for (let j = 1; j < toks.length - 2; j++) {
      if (toks[j]!.lower !== "but") continue;
      // (a quotation before the "but" is a tag's business, not the history's)
      if (toks.slice(0, j).some((t) => t.type === "q")) return;
      const p = phraseAfter(toks, j + 1, doc.text);
      if (!p || !/^\p{Lu}/u.test(p.text) || found.some((f) => f.at === p.start)) continue;
      const verb = toks.find((t) => t.start >= p.end);
      // (a finite verb right after it, as clause-subject reads one: "is", "has", "said")
      if (verb?.type !== "w" || !FINITE.test(verb.text)) continue;
      const sp = resolvePhrase(doc, p);
      if (sp.kind === "person" && sp.id)
        found.push({ at: p.start, q: -1, cue: { speaker: p, cue: "", label: false } });
    }
  },
};
