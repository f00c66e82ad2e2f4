// Pronoun classes of session 22, second pass (issue #13): a he/she after a sentence that opens on
// a role ("But the party chief argued …") the article never tied to a name stands for the person
// the article's lead opens on, the one a news story is about and so the one its roles stand for.

import { isOn } from "../steps.ts";
import { unnamedAntecedent } from "./set34-switches.ts";
import type { QuoteDoc } from "./state.ts";

const LEAD_ROLE_SWITCH = {
  name: "pronoun-role-lead-person",
  doc: '"Ann Roe backed the plan. … But the party chief argued …. “…,” she said": an untied role opening the sentence before is the lead\'s person',
};

export const S22_PRON2_SWITCHES = [LEAD_ROLE_SWITCH];

/** Finds the person a sentence [from, to) opens on as its subject, or null. */
type OpeningFinder = (from: number, to: number) => string | null;

/**
 * The person the role description `role` (at `start`, opening the sentence before a he/she tag)
 * stands for when the article gave that role to no name: the person the article's first body
 * sentence opens on. Null when the model names someone there or the role was introduced unnamed.
 */
export function leadRolePerson(
  doc: QuoteDoc,
  start: number,
  role: string,
  opening: OpeningFinder,
): string | null {
  if (!isOn("quotes", LEAD_ROLE_SWITCH.name, doc.switches)) return null;
  const end = start + role.length;
  if (doc.actors.mentionAt(doc.article.docId, start, end)) return null;
  if (unnamedAntecedent(doc, { start, end, text: role })) return null;
  const lead = leadSentence(doc);
  // (the role sentence is itself the lead: nothing earlier to stand for)
  if (!lead || lead.start >= start) return null;
  return opening(lead.start, lead.end);
}

/** The article's first body sentence (a headline left in the body, no closing stop, skipped). */
function leadSentence(doc: QuoteDoc): { start: number; end: number } | null {
  for (const para of doc.article.paragraphs)
    for (const s of para.sentences)
      if (s.start >= doc.article.bodyStart && /[.!?]["”’]?\s*$/u.test(doc.text.slice(s.start, s.end)))
        return s;
  return null;
}
