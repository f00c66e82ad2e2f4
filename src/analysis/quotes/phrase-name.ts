// The name inside the words naming a speaker, before they are resolved (resolve-speaker.ts):
// "a proud coach Mike Ruddock" is the name, "Jo Marr, economist at Calder Insight" the person
// before the preposition, "The year-old Committee for Free Voices" the organisation.

import { isOn } from "../steps.ts";
import { namePastAffiliationChain } from "./affiliation-chain.ts";
import { describedSurname } from "./described-surname.ts";
import { memberBeforeSeat } from "./member-description.ts";
import { orgPastModifiers } from "./modified-org-name.ts";
import { nameBeforeRole } from "./name-before-role.ts";
import { personAfterNoun } from "./name-forms.ts";
import { nicknamedName } from "./nickname.ts";
import { subjectBeforePreposition } from "./object-of-preposition.ts";
import { officeHolder } from "./office-holder.ts";
import type { Phrase } from "./phrases.ts";
import { publicationPastModifiers } from "./publication-name.ts";
import { nameBeforeRoleChain } from "./s22-role-chain.ts";
import { membersOfOrganisation } from "./s23-name-switches.ts";
import { nameAfterSentenceLetter } from "./sentence-letter-name.ts";
import { personAfterBody } from "./set33-switches.ts";
import type { QuoteDoc } from "./state.ts";

/** The phrase naming the speaker inside p0 (each rule by its switch), else p0 itself. */
export function nameInPhrase(doc: QuoteDoc, p0: Phrase): Phrase {
  // "a proud coach Mike Ruddock": an indefinite description before a full name is the name's.
  // "a spokesman for the Calder Water Authority" is the spokesman, not the authority's name.
  const linked =
    isOn("quotes", "speaker-org", doc.switches) &&
    /^(?:a|an)\s+(?:[\p{Ll}-]+\s+)*?(?:for|at|of|with|from|to)\s/u.test(p0.text);
  const describedOn = isOn("quotes", "described-name", doc.switches) && !linked;
  const described =
    (describedOn
      ? /^(?:a|an)\s+(?:[\p{Ll}-]+\s+)+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)+)$/u.exec(p0.text)
      : null) ?? (describedOn ? (personAfterNoun(doc, p0) ?? describedSurname(doc, p0)) : null);
  return (
    (described ? { start: p0.end - described[1]!.length, end: p0.end, text: described[1]! } : null) ??
    officeHolder(doc, p0) ?? // "The Archbishop of Canterbury" named in apposition before (switch)
    (isOn("quotes", "object-of-preposition", doc.switches) ? subjectBeforePreposition(doc, p0) : null) ??
    namePastAffiliationChain(doc, p0) ?? // "Dr Ezra Avram, of the … at the … in Bristol said" (switch)
    nameBeforeRoleChain(doc, p0) ?? // "Ann Brekke, head of the unit at the company says" (switch)
    (isOn("quotes", "name-before-role", doc.switches) ? nameBeforeRole(doc, p0) : null) ??
    (isOn("quotes", "member-description", doc.switches) ? memberBeforeSeat(doc, p0) : null) ??
    nicknamedName(doc, p0) ?? // `Antonio "LA" Reid`: the given name past a quoted nickname (switch)
    orgPastModifiers(doc, p0) ?? // "The year-old Committee for …": the name past its modifiers (switch)
    publicationPastModifiers(doc, p0) ?? // "the influential Rapido magazine": past its modifiers (switch)
    nameAfterSentenceLetter(doc, p0) ?? // "Malcolm X. Attallah Shabazz": the second name (switch)
    personAfterBody(doc, p0) ?? // "… the Audit Committee Ann Bell MP": the person (set 33 switch)
    membersOfOrganisation(doc, p0) ?? // "The remaining members of Vexhound": the band (s23 switch)
    p0
  );
}
