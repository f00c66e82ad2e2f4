// "Mr Hale spoke, pointing out there is …": tokens.ts joins "pointing out" into one verb token, so
// a test for a participle by its "-ing" ending missed the one verb of saying with a particle.

import { isOn, type StepSwitches } from "../steps.ts";
import type { Tok } from "./tokens.ts";

export const POINTING_OUT_SWITCH = {
  name: "pointing-out-participle",
  doc: '"Mr Hale spoke, pointing out there is …": "pointing out" is a participle, sharing the subject of the sentence or tag before it',
};

/** toks[j] is a participle: "-ing", or "pointing out" (switch). */
export function participleAt(toks: Tok[], j: number, switches: StepSwitches): boolean {
  const w = toks[j]!.lower;
  return /ing$/.test(w) || (/ing out$/.test(w) && isOn("quotes", POINTING_OUT_SWITCH.name, switches));
}
