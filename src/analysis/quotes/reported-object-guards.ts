// Objects that are no content of reported speech: the journalist's sourcing formula after "spoke
// on" ("condition of anonymity", "background", "behalf of …") and a counted thing handed over
// ("delivered 55 cartel figures", "released 20 prisoners"): what was done, not what was said.

import { CARDINALS } from "../lexicons/numbers.ts";
import { isOn, type StepSwitches } from "../steps.ts";
import { SUBJECT_PARTICIPLE_SWITCH } from "./reported-subject.ts";
import { SEEN_COUNT_SWITCH } from "./set26-switches.ts";
import type { Tok } from "./tokens.ts";

export const SOURCING_FORMULA_SWITCH = {
  name: "reported-sourcing-formula",
  doc: '"spoke on condition of anonymity", "spoke on behalf of the firm": a sourcing formula, no content',
};

export const COUNTED_OBJECT_SWITCH = {
  name: "reported-counted-object",
  doc: '"delivered 55 cartel figures", "released 20 prisoners": a counted thing handed over, no content',
};

/** The first words of a preposition's object that name how someone spoke, not what about. */
const FORMULA =
  /^(?:condition|background|behalf|record|camera|air|radio|television|tv|phone|telephone|sidelines)$/;

/** Does the object at toks[k] open on a sourcing formula ("on [the] condition of anonymity")? */
export function sourcingFormula(toks: Tok[], k: number, switches: StepSwitches): boolean {
  const first = toks[k]?.lower === "the" ? toks[k + 1] : toks[k];
  return !!first && FORMULA.test(first.lower) && isOn("quotes", SOURCING_FORMULA_SWITCH.name, switches);
}

/** Verbs of handing over: their object is speech only when it is not counted ("released a statement");
 *  "lists three reasons", "issued two warnings" are speech however counted. */
const HANDING_OVER = /^(?:deliver(?:s|ed|ing)?|releas(?:e|es|ed|ing)|hand(?:s|ed|ing)?)$/;

/** Is the object at toks[k] a number of things handed over ("delivered 55 cartel figures")? */
export function countedObject(toks: Tok[], j: number, k: number, switches: StepSwitches): boolean {
  const t = toks[k];
  if (!t) return false;
  const counted =
    /^\d[\d,.]*$/.test(t.text) || t.lower in CARDINALS || /^(?:dozens|hundreds|thousands)$/.test(t.lower);
  // "will see 4.6% growth", "saw 20,000 visitors": a counted thing met, not a view (switch)
  if (SEEING.test(toks[j]!.lower)) return counted && isOn("quotes", SEEN_COUNT_SWITCH.name, switches);
  if (!HANDING_OVER.test(toks[j]!.lower)) return false;
  return counted && isOn("quotes", COUNTED_OBJECT_SWITCH.name, switches);
}

const SEEING = /^(?:see|sees|saw|seeing|seen)$/;

/** The switches of this module, for the ablation. */
export const OBJECT_GUARD_SWITCHES = [
  SOURCING_FORMULA_SWITCH,
  COUNTED_OBJECT_SWITCH,
  SUBJECT_PARTICIPLE_SWITCH,
];
