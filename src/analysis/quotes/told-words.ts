// `Another minister says she was told: "Who have you been sleeping with?"`: the words after a
// passive "was told:" or "was asked:" were put to the subject by someone else, so neither that
// subject nor the one reporting it spoke them (issue #13, nested reporting).

import type { Step } from "../steps.ts";
import type { SentenceCtx } from "./sentence.ts";
import { PASSIVE_AUX } from "./tokens.ts";

const PUT_TO = /^(?:told|asked)$/;

export const TOLD_WORDS: Step<SentenceCtx> = {
  name: "told-words",
  doc: '`X says she was told: "…"`: words put to the subject after a passive "was told:"/"was asked:" are no one\'s the sentence names',
  run: ({ doc, toks, qis }) => {
    for (const j of qis) {
      const q = toks[j]!.quote!;
      if (!doc.speakers[q] || toks[j - 1]?.text !== ":" || !PUT_TO.test(toks[j - 2]?.lower ?? "")) continue;
      if (!PASSIVE_AUX.has(toks[j - 3]?.lower ?? "")) continue;
      doc.speakers[q] = null;
      doc.cues[q] = null;
      doc.via[q] = null;
    }
  },
};
