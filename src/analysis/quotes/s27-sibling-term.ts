// `The spokesman said there was "no yes or no" answer and the area was "pretty grey"`: a term
// left without a speaker inside reported speech whose speaker is an anonymous source ("the
// spokesman", which reported-inside.ts does not lend from: the words might be a title no one
// says) takes that speaker when an earlier quotation inside the same reported speech already
// has it from its own cue: the speaker demonstrably says quoted words there.

import { isOn, type StepSwitches } from "../steps.ts";
import { takeReportedSpeaker } from "./reported-inside.ts";
import type { QuoteFound } from "./types.ts";

/** The switch, listed with the study sets' switches (study-set-switches.ts). */
export const SIBLING_TERM_SWITCH = {
  name: "sibling-term-speaker",
  doc: '`The spokesman said there was "no" answer and the area was "grey"`: a term with no speaker inside reported speech takes its speaker when an earlier quotation there has it',
};

/** Give each speakerless term the speaker of the reported speech around it, when a quotation
 *  before it inside that speech was given the same speaker by its cue. */
export function siblingTerms(
  direct: QuoteFound[],
  reported: readonly QuoteFound[],
  switches: StepSwitches,
): void {
  if (!isOn("quotes", SIBLING_TERM_SWITCH.name, switches)) return;
  for (const q of direct) {
    if (q.speakerName || q.kind !== "term" || /^\p{Lu}/u.test(q.text)) continue;
    const r = reported.find((x) => x.start <= q.start && q.end <= x.end && x.speakerName);
    if (!r) continue;
    const sibling = direct.some(
      (x) =>
        x !== q &&
        x.start >= r.start &&
        x.end <= q.start &&
        x.speakerName === r.speakerName &&
        x.speakerText === r.speakerText &&
        x.via === "cue",
    );
    if (sibling) takeReportedSpeaker(q, r);
  }
}
