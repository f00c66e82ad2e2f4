// "The Canada-based company says …" after "Video game firm Keelware …": a modifier telling where a
// body is based or listed describes it; it is no name, so the phrase is a description of the
// organisation the article names ("the company"), not an organisation "Canada-based company".
// Switch "place-based-body" (listed in coref18-switches.ts).

import { isOn, type StepSwitches } from "../steps.ts";
import { demonymLed } from "./demonym-description.ts";

/** The switch of the rule. */
export const PLACE_MODIFIER_SWITCH = {
  name: "place-based-body",
  doc: '"The Canada-based company says": a place-based modifier describes the body the article names, it is no name',
};

/** "Canada-based", "London-listed", "US-owned": a capitalised place joined to a participle of where a body is. */
const PLACE_MODIFIER = /^\p{Lu}[\p{L}.]*-(?:based|listed|owned|headquartered|registered)$/u;

/** A description's first word that names no one: lower case, or a place-based modifier (switch);
 *  or, given the description's words, a nationality before lower-case words (set 31's switch). */
export const descriptive = (w: string, switches: StepSwitches, core?: readonly string[]): boolean =>
  /^\p{Ll}/u.test(w) ||
  (PLACE_MODIFIER.test(w) && isOn("quotes", PLACE_MODIFIER_SWITCH.name, switches)) ||
  (!!core && demonymLed(core, switches));
