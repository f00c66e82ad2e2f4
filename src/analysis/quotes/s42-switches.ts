// Session 42's quote switches, listed with the study sets' switches.

import { AGENT_BEFORE_AS_SWITCH } from "./agent-before-as.ts";
import { GROUP_INCLUDING_SWITCH } from "./group-head.ts";
import { SUBORDINATE_APPOSITION_SWITCH } from "./subordinate-coordination.ts";

/** `Mr Varley said: "…" The Home Secretary told the BBC: "…"`: an office written in capitals that
 *  the model links to no one takes up its holder as the lowercase office does (office-subject.ts). */
export const CAPITALISED_OFFICE_SUBJECT_SWITCH = {
  name: "capitalised-office-subject",
  doc: '"Mr Varley said: “…” The Home Secretary told the BBC": an unlinked office in capitals is the subject the sentence before names, as "the home secretary" is',
};

/** `…, pro-hunt MPs say.`: members of a parliament written as a plural abbreviation, with a
 *  party or a modifier before it, as a closing tag's described source (described-closing-tag.ts). */
export const DESCRIBED_TAG_MEMBERS_SWITCH = {
  name: "described-tag-members",
  doc: '`The law is "so poorly drafted" no-one can define the offence, pro-hunt MPs say.`: members written as a plural abbreviation (MPs, MEPs) with a party or modifier close the sentence as its source',
};

/** `Mr Roe said Iraq was a "crucible". Any exit must "augment" the process.¶"…," he said.`: the
 *  paragraph's last sentence lies between reports of one speaker too (between-reports.ts). */
export const BETWEEN_REPORTS_NEXT_PARAGRAPH_SWITCH = {
  name: "between-reports-next-paragraph",
  doc: "a quotation in a paragraph's last sentence, with no speech of its own, between a report of one named speaker and the next paragraph's first sentence by the same speaker, is theirs",
};

/** "Sanders says Clinton ran a campaign in Nevada that led to …": a "that" after a clause that
 *  opens right after the verb is a relative's; the content is the clause (reported-clause.ts). */
export const THAT_AFTER_CLAUSE_SWITCH = {
  name: "reported-that-after-clause",
  doc: '"Sanders says Clinton ran a campaign that led to her win": "that" after the clause the verb opens is a relative\'s, not the start of what was said',
};

export const S42_SWITCHES = [
  SUBORDINATE_APPOSITION_SWITCH,
  GROUP_INCLUDING_SWITCH,
  THAT_AFTER_CLAUSE_SWITCH,
  AGENT_BEFORE_AS_SWITCH,
  CAPITALISED_OFFICE_SUBJECT_SWITCH,
  DESCRIBED_TAG_MEMBERS_SWITCH,
  BETWEEN_REPORTS_NEXT_PARAGRAPH_SWITCH,
];
