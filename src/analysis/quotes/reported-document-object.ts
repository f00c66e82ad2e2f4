// Reported speech by a document, its finding as the object of its verb (reported-document.ts
// finds the document): "A Gazette survey found broad support for the toll".

import type { Alternative } from "../steps.ts";
import { contentFrom } from "./reported-clause.ts";
import { type CueAt, cueWith, type ReportedCue } from "./reported-cue.ts";
import { documentSubject } from "./reported-document.ts";
import { isCap } from "./tokens.ts";

/**
 * "A Gazette survey found broad support for the toll", "Port records show the ferry running
 * late": a document's finding as the verb's object, not a clause (only with a document subject:
 * "Calloway found it difficult" reports nothing).
 */
export const REPORTED_DOCUMENT_OBJECT: Alternative<CueAt, ReportedCue> = {
  name: "reported-document-object",
  doc: "\"A Gazette survey found broad support for …\": a poll's or record's finding as the object of its verb",
  try: ({ toks, j, text, switches }) => {
    const t = toks[j]!;
    if (
      t.type !== "w" ||
      isCap(t) ||
      toks[j + 1]?.type !== "w" ||
      /^(?:that|to|by|in|on|at)$/.test(toks[j + 1]!.lower)
    )
      return null;
    const sp = documentSubject(toks, j, text, switches);
    return sp ? cueWith(sp, t.lower, contentFrom(toks, j + 1)) : null;
  },
};
