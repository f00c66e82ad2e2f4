// `"…," reads a memo sent to staff`, `"…," the letter read.`: "read" with a document as its
// subject is a verb of saying for the document (the speech lexicon leaves "read" out: "he read
// the statement" reads aloud, the reader says nothing of his own). Only in closing tags.

import { DOCUMENT_HEADS } from "../lexicons/sources.ts";
import { isOn, type StepSwitches } from "../steps.ts";
import { isCap, type Tok } from "./tokens.ts";

/** "Read" with a document as its subject: its switch (set34-switches.ts). */
export const DOCUMENT_READS_SWITCH = {
  name: "tag-document-reads",
  doc: '`"…," reads a memo sent to staff`, `"…," the letter read.`: a document "reads" in a closing tag, as "said" does',
};

const READS = /^(?:reads?|read)$/;
/** Things with written words that "read" besides the documents: "the sign reads", "a placard read". */
const WRITTEN = /^(?:notices?|signs?|banners?|placards?|captions?|inscriptions?|telegrams?|cards?)$/;
const written = (w: string) => DOCUMENT_HEADS.has(w) || WRITTEN.test(w);
const OPENERS = /^(?:a|an|the|one|its|his|her|their)$/;

/** toks[k] is a lowercase "read(s)" whose subject is a document: inverted, a determiner and up to
 *  three words on to a document noun after it (`reads a telephone memo`), or the document noun
 *  right before it (`the note read`). */
export function documentReads(toks: Tok[], k: number, switches: StepSwitches): boolean {
  const t = toks[k];
  if (t?.type !== "w" || isCap(t) || !READS.test(t.lower)) return false;
  if (!isOn("quotes", DOCUMENT_READS_SWITCH.name, switches)) return false;
  const before = toks[k - 1];
  if (before?.type === "w" && written(before.lower.replace(/['’]s$/, ""))) return true;
  if (!OPENERS.test(toks[k + 1]?.lower ?? "")) return false;
  for (let i = k + 2; i <= k + 5; i++) {
    const w = toks[i];
    if (w?.type !== "w") return false;
    if (written(w.lower)) return true;
  }
  return false;
}
