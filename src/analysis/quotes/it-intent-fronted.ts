// "If it wins a third term, the Harbour Party is committed to …. It aims to bring in a “fair rent”
// cap": the sentence before the "It plans/aims …" sentence opens on a fronted if- or when-clause, so
// the organisation it "opens on" (it-intent.ts) is the main clause's subject after the comma. The
// pronoun reader had taken "It" for another organisation named earlier; the main subject of the
// sentence right before is the nearer antecedent, so it replaces that reading too (switch
// "it-intent-fronted", terms21b-switches.ts).

import { isOn, type StepSwitches } from "../steps.ts";
import { IT_INTENT_FRONTED_SWITCH } from "./terms21b-switches.ts";

/** A fronted condition or time clause up to its comma ("If it wins a third term, "). */
const FRONTED = /^(?:If|When|Once|Unless|Should|Although|While|Though)\b[^,.;:"“”]{3,120},\s*/;

/** Where the sentence at `start` has its main clause, past a fronted clause (else `start`). */
export function mainClauseStart(text: string, start: number, switches: StepSwitches): number {
  if (!isOn("quotes", IT_INTENT_FRONTED_SWITCH.name, switches)) return start;
  const m = FRONTED.exec(text.slice(start, start + 160));
  return m ? start + m[0].length : start;
}

/** May the rule replace this speaker: none, or only the pronoun "It" read as someone earlier. */
export function replaceableIt(
  q: { speakerName: string | null; speakerText: string | null },
  switches: StepSwitches,
): boolean {
  if (!q.speakerName) return true;
  return q.speakerText === "It" && isOn("quotes", IT_INTENT_FRONTED_SWITCH.name, switches);
}
