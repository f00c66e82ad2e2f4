// Switches of the speaker classes found on BBC study set 30 (one list for inline-switches.ts).

import { ROLE_HEADS } from "../lexicons/titles.ts";
import { isOn, type StepSwitches } from "../steps.ts";
import { PASSIVE_AUX, type Tok } from "./tokens.ts";

/** "the brother of Sam Hale … Writer Tom Hale … said Hale": of two full names as long as each
 *  other that a short name fits, the one named last before it (doc-names.ts expand). */
export const LATEST_SHARED_NAME_SWITCH = {
  name: "latest-shared-surname",
  doc: '"the brother of Sam Hale … Writer Tom Hale is a judge. “…,” said Hale": a surname two full names share is the one named last before it',
};

/** `was called "…" by the trial judge`: an agent headed by a person's role noun can speak, as "by
 *  a spokesman" can (cue-after.ts tag-passive-agent; "judge" and "coach" end in no -er or -ist). */
const PASSIVE_ROLE_AGENT_SWITCH = {
  name: "passive-role-agent",
  doc: '`was called "…" by the trial judge`, `was described as "…" by the coach`: an agent headed by a role noun speaks',
};

/** Is `head` (lower case) a person's role noun that may speak as a passive's agent? */
export const roleAgent = (head: string, switches: StepSwitches): boolean =>
  ROLE_HEADS.has(head) && isOn("quotes", PASSIVE_ROLE_AGENT_SWITCH.name, switches);

/** `a stand was modelled as a "smart kitchen" by the Home Times`: a passive verb of making gives
 *  the maker, who says nothing; the quoted words are no one's (cue-after.ts tag-passive-agent). */
const MAKING_PASSIVE_SWITCH = {
  name: "making-passive-agent",
  doc: '`a stand was modelled as a "smart kitchen" by the Home Times`: the agent of a passive verb of making is no speaker',
};

/** Past participles of making, building and shaping: their agent made the thing, said nothing. */
const MAKING_PARTICIPLES = new Set(
  `modelled modeled built designed made created developed produced constructed fashioned styled
  shaped painted decorated furnished fitted kitted laid`.split(/\s+/),
);

/** Is the quotation at `qi` the complement of a passive verb of making ("was modelled as a …")? */
export function makingPassive(toks: Tok[], qi: number, switches: StepSwitches): boolean {
  if (!isOn("quotes", MAKING_PASSIVE_SWITCH.name, switches)) return false;
  for (let j = qi - 1; j >= 1 && j >= qi - 5; j--) {
    const u = toks[j]!;
    if (u.type !== "w") return false;
    if (MAKING_PARTICIPLES.has(u.lower)) return PASSIVE_AUX.has(toks[j - 1]!.lower);
  }
  return false;
}

/** "Mr Hale predicted …. The MP for Kettleby said": "the MP" the model links to no one is the member
 *  the sentence before names as its subject (capitalised-office.ts). */
export const MEMBER_OFFICE_SWITCH = {
  name: "member-office-subject",
  doc: '"However, Mr Hale predicted …. The MP for Kettleby said": an unlinked "the MP" is the subject the sentence before names',
};

/** The inline switches of set 30's classes, for the ablation. */
export const SET30_SWITCHES = [
  LATEST_SHARED_NAME_SWITCH,
  PASSIVE_ROLE_AGENT_SWITCH,
  MAKING_PASSIVE_SWITCH,
  MEMBER_OFFICE_SWITCH,
];
