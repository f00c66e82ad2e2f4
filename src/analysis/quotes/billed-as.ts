// `the match - which has been billed as "Stars against Legends" - will go ahead`: a passive verb of
// naming that is no verb of saying ("billed as", "touted as") gives the thing a name;
// the quotation after it is that name, no one's words, and no speech verb earlier in the
// sentence ("Mr Ortiz confirmed that …") reaches past it.

import { isOn, type StepSwitches } from "../steps.ts";
import { BILLED_AS_SWITCH } from "./set28-switches.ts";
import type { Tok } from "./tokens.ts";

// "known as" is known-as.ts's, after any word ("a process known as").
const NAMING = /^(?:billed|touted|nicknamed|styled|marketed|advertised|promoted|badged|titled)$/;
const PASSIVE = /^(?:is|are|was|were|be|been|being)$/;

/** toks[j] is "as" after a passive or reduced-relative naming participle ("been billed as", ", known as"). */
export function billedAs(toks: Tok[], j: number, switches: StepSwitches): boolean {
  if (toks[j]?.lower !== "as" || !NAMING.test(toks[j - 1]?.lower ?? "")) return false;
  const before = toks[j - 2];
  const passive = before && (PASSIVE.test(before.lower) || /^[,(–—-]$/.test(before.text));
  return !!passive && isOn("quotes", BILLED_AS_SWITCH.name, switches);
}
