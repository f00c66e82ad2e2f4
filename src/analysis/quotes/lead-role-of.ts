// "The head of US TV network Fox has admitted …. Chief executive Gail Berman said …": a lead whose
// subject is a role "of" a body names the body only, not the person speaking; like set 23's "A
// senior Tory MP has …", only a person it names makes the lead's source named, so the person the
// next sentence opens on is the source (lead-named-next.ts).

import { isOn, type StepSwitches } from "../steps.ts";
import { LEAD_ROLE_OF_SWITCH } from "./set27-switches.ts";

/** "The head of", "The new chief executive of": a definite role of a body opening the lead. */
const ROLE_OF =
  /^The\s+(?:[\p{Ll}-]+\s+){0,2}(?:head|boss|chief|executive|leader|chairman|chairwoman|chair|director|founder|owner|president|editor)\s+of\s/u;

/** Does the lead open on a role of a body (switch on)? */
export function leadRoleOf(lead: string, switches: StepSwitches): boolean {
  return ROLE_OF.test(lead) && isOn("quotes", LEAD_ROLE_OF_SWITCH.name, switches);
}
