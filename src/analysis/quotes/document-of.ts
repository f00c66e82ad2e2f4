// "The report of the Public Assets Review Board … "…," the report said": a document's author may
// follow "of" as well as "by"/"from" (wire style). Only an organisation the model holds counts
// (document-author.ts checks), so "a report of violence" or "the report of a witness" names no one.
import { isOn, type StepSwitches } from "../steps.ts";

/** The switch, listed with the study sets' switches (study-set-switches.ts). */
export const DOCUMENT_OF_AUTHOR_SWITCH = {
  name: "document-of-author",
  doc: '"The report of the Assets Board …. “…,” the report said": the organisation after "of" is the author',
};

/** The prepositions before a document's author, as a regular-expression alternation. */
export function authorPrepositions(switches: StepSwitches): string {
  return isOn("quotes", DOCUMENT_OF_AUTHOR_SWITCH.name, switches) ? "by|from|of" : "by|from";
}
