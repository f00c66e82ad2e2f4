// `"…," Mr Kapp is reported as saying`: a passive verb of reporting followed by "as saying" keeps
// its subject as the speaker (as "was quoted as saying" does, "quoted" being no verb of saying);
// a bare passive ("…, it has been reported") still names no one.

import { isOn, type StepSwitches } from "../steps.ts";
import type { Tok } from "./tokens.ts";

/** "Passive reported as saying": its switch (set21-switches.ts). */
export const PASSIVE_AS_SAYING_SWITCH = {
  name: "tag-passive-as-saying",
  doc: '`"…," Mr Kapp is reported as saying`: the subject of a passive verb of reporting before "as saying" speaks',
};

/** toks[j] is a passive verb of reporting before "as saying/adding/…" (switch on). */
export function passiveAsSaying(toks: Tok[], j: number, switches: StepSwitches): boolean {
  return (
    toks[j + 1]?.lower === "as" &&
    /^(?:saying|adding|telling|writing|declaring|stating)$/.test(toks[j + 2]?.lower ?? "") &&
    isOn("quotes", PASSIVE_AS_SAYING_SWITCH.name, switches)
  );
}
