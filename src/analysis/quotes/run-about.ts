// `… Tom Hadley looks certain to get the call. "I learnt …. "… Tom Hadley is an outstanding
// player …"`: the paragraphs a quotation runs on into are one voice's, so a run that speaks of
// the sentence-before's subject by full name is not that subject's (switch "not-about-speaker-run").

import { isOn } from "../steps.ts";
import { RUN_ABOUT_SUBJECT_SWITCH } from "./set23-switches.ts";
import type { QuoteDoc } from "./state.ts";
import { fullNameSubject } from "./third-person.ts";
import type { Speaker } from "./types.ts";

/** Does quotation q, with the spans that continue it, name `sp` as a verb's subject? */
export function runNamesSubject(doc: QuoteDoc, q: number, sp: Speaker): boolean {
  if (!isOn("quotes", RUN_ABOUT_SUBJECT_SWITCH.name, doc.switches)) return false;
  let end = doc.spans[q]!.end;
  for (let k = q + 1; k < doc.spans.length && doc.spans[k]!.continues === k - 1; k++) end = doc.spans[k]!.end;
  return fullNameSubject(doc.text.slice(doc.spans[q]!.start, end), sp);
}
