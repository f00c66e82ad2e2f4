// "Mr Milburn said …. Mr Brown has led it before but Mr Milburn is taking that role this time.
// …. It will not be a “battle bus” campaign, he said.": the he/she walk passes over an older name
// that did not speak in favour of the model's choice; a later subject who spoke earlier in the same
// paragraph is no stale name, so it is not passed over (session 36).

import { isOn } from "../steps.ts";
import type { QuoteDoc } from "./state.ts";
import type { Speaker } from "./types.ts";

export const SUBJECT_WHO_SPOKE_SWITCH = {
  name: "pronoun-subject-who-spoke",
  doc: '"Mr Milburn said …. X led it before but Mr Milburn is taking that role. …, he said": a subject who spoke earlier in the paragraph is no stale name the model\'s choice passes',
};

/** History entry `c` (no speaker itself) names a person who spoke before it in paragraph `para`. */
function spokeInParagraph(doc: QuoteDoc, c: Speaker, para: number): boolean {
  if (!c.id || !isOn("quotes", SUBJECT_WHO_SPOKE_SWITCH.name, doc.switches)) return false;
  return doc.history.some((h) => h.id === c.id && h.speaker && h.para === para && h.start < c.start);
}

/** A name in the history no better than the model's choice `modelId`: it did not speak, it stands
 *  before the sentence before (`prevStart`), and (switch) did not speak earlier in its paragraph
 *  ("Mr Johnson was asked why Mr Smith … . He replied:" after an older "Mr Smith's"). */
export const staleName = (doc: QuoteDoc, c: Speaker, modelId: string, prevStart: number, para: number) =>
  !c.speaker && c.id !== modelId && c.start < prevStart && !spokeInParagraph(doc, c, para);
