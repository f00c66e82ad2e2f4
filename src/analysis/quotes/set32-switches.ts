// Switches of the speaker classes found on BBC study set 32 (one list for inline-switches.ts).

import { GIVEN_NAMES } from "../lexicons/person-names.ts";
import { TITLE_HEADS } from "../lexicons/titles.ts";
import { isOn, type StepSwitches } from "../steps.ts";
import type { QuoteDoc } from "./state.ts";

/** "Chief engineer at the port, Ann Roe, would like …. “…,” she said": a name set off by commas
 *  after a role phrase opening the sentence, a verb after it, is that sentence's subject
 *  (prior-subject.ts subjectMentionBefore). */
const ROLE_FIRST_APPOSED_SWITCH = {
  name: "role-first-apposed-subject",
  doc: '"Chief engineer at the port, Ann Roe, would like …. “…,” she said": the name after a fronted role phrase, between commas, is the subject',
};

/** Finite verbs and auxiliaries that may follow a subject's closing comma. */
const FINITE_AFTER =
  /^(?:would|will|could|can|may|might|should|must|shall|has|had|have|is|was|are|were|does|did|says|said|told|tells|added|adds|believes|believed|thinks|thought|wants|wanted|hopes|hoped|warned|warns|argued|argues|explained|explains|admitted|admits|agreed|agrees|insisted|insists|\p{Ll}+ed)$/u;

/** Does the name in [start, end) close an apposition whose head is a role phrase opening the
 *  sentence ("Computer expert at the firm, Ann Roe, would …")? The phrase before holds no comma,
 *  opens on a capital, is no subordinate clause and is short. */
export function roleFirstApposed(text: string, start: number, end: number, switches: StepSwitches): boolean {
  if (!isOn("quotes", ROLE_FIRST_APPOSED_SWITCH.name, switches)) return false;
  const verb = /^,\s+(\p{Ll}+)\b/u.exec(text.slice(end, end + 40))?.[1];
  if (!verb || !FINITE_AFTER.test(verb)) return false;
  const before = text.slice(Math.max(0, start - 120), start);
  const m = /(?:^|[.!?]["”]?\s+|\n\s*)([^.!?\n,"“”]+),\s*$/u.exec(before);
  if (!m) return false;
  const words = m[1]!.trim().split(/\s+/);
  // a capitalised role noun first, a prepositional tail at most: "Senior analyst at Bexa"
  return (
    words.length >= 2 &&
    words.length <= 9 &&
    /^\p{Lu}\p{Ll}+$/u.test(words[0]!) &&
    !/^(?:When|While|If|As|After|Before|Although|Though|Because|Since|Until|Unless|In|On|At|For|With|By|From|Yesterday|Today|Last|Earlier|Later|But|And|However|Meanwhile|Speaking|According)$/.test(
      words[0]!,
    ) &&
    words.some((w) => /^(?:at|of|for|with|from|in)$/.test(w))
  );
}

/** Is the history entry in [start, end) the role phrase such a name is apposed to ("Chief engineer
 *  at the harbour" before ", Tom Varley, would")? The name, not the role, is the person there. */
export function apposedRoleEntry(doc: QuoteDoc, c: { start: number; end: number }): boolean {
  if (!isOn("quotes", ROLE_FIRST_APPOSED_SWITCH.name, doc.switches)) return false;
  const gap = /^[^,.!?"“”\n]{0,60},\s+/.exec(doc.text.slice(c.end, c.end + 80));
  if (!gap) return false;
  const at = c.end + gap[0].length;
  const name = doc.actors
    .mentionsIn(doc.article.docId)
    .find((m) => m.start === at && m.via !== "pronoun" && m.via !== "role");
  return !!name && roleFirstApposed(doc.text, name.start, name.end, doc.switches);
}

/** "The Higher Education Minister, Kim Howells, said": "the", capitalised words and an office head
 *  is a description, whatever its modifiers (a name takes no article); the name after it speaks
 *  (apposition.ts nameAfterRole; capitalOffice knows only listed office modifiers). */
const DEFINITE_OFFICE_SWITCH = {
  name: "definite-capital-office",
  doc: '"The Higher Education Minister, Kim Howells, said": "the" and capitalised words closing on an office head are a role; the name in apposition speaks',
};

/** Is `text` "the" and two to five capitalised words closing on an office head, no given name? */
export function definiteOffice(text: string, switches: StepSwitches | undefined): boolean {
  if (!switches || !isOn("quotes", DEFINITE_OFFICE_SWITCH.name, switches)) return false;
  const m = /^the\s+(.+)$/i.exec(text);
  const w = m ? m[1]!.split(/\s+/) : [];
  return (
    w.length >= 2 &&
    w.length <= 5 &&
    TITLE_HEADS.has(w[w.length - 1]!) &&
    w.every((x) => /^\p{Lu}[\p{L}-]*$/u.test(x) && !GIVEN_NAMES.has(x))
  );
}

/** `," said Trade and Industry Minister Ann Roe`: the phrase reader stops at "and" in a portfolio;
 *  the name after the office speaks, not "Trade" (cue-after.ts tag-said-x; set 22's
 *  portfolio-title reads the same office before the verb). */
const PORTFOLIO_AND_TAG_SWITCH = {
  name: "tag-portfolio-and-name",
  doc: '`," said Trade and Industry Minister Ann Roe`: the name past a portfolio holding "and" and its office speaks',
};

/** " and", one to three capitalised words, an office head, a name of two or more capitalised words. */
const AND_OFFICE_NAME =
  /^\s+and\s+((?:\p{Lu}\p{Ll}+\s+){1,3})(\p{Lu}[\p{L}-]+)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)+)/u;

/** The name after a portfolio "<Word(s)> and <Word(s)> <Office> <Name>" that `role` (one or two
 *  capitalised words, the phrase reader's stop before "and") opens; else null. */
export function portfolioAndName(
  role: { start: number; end: number; text: string },
  text: string,
  switches: StepSwitches,
): { start: number; end: number; text: string } | null {
  if (!isOn("quotes", PORTFOLIO_AND_TAG_SWITCH.name, switches)) return null;
  const w = role.text.split(/\s+/);
  if (w.length > 2 || !w.every((x) => /^\p{Lu}\p{Ll}+$/u.test(x) && !GIVEN_NAMES.has(x))) return null;
  const m = AND_OFFICE_NAME.exec(text.slice(role.end, role.end + 120));
  if (!m || !TITLE_HEADS.has(m[2]!)) return null;
  const start = role.end + m[0].length - m[3]!.length;
  return { start, end: start + m[3]!.length, text: m[3]! };
}

/** "He sees Ray as a successor to Tom Hale, who retires soon, …. “…,” he said": a name after a
 *  preposition is its object, though a who-clause follows; it is no clause's subject for a he/she
 *  to take up (prior-subject.ts subjectMentionBefore). */
const PREPOSITION_WHO_SWITCH = {
  name: "preposition-object-who",
  doc: '"a successor to Tom Hale, who retires soon": a name after a preposition, before ", who", is no subject a he/she takes up',
};

/** A preposition, maybe a determiner and up to two lowercase words, and capitalised words, ending the text. */
const AFTER_PREPOSITION =
  /\b(?:for|to|with|by|against|from|of|about|on|at|into|over|under|behind|beside|like|than|between|among)\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?:[\p{Ll}-]+\s+){0,2}(?:\p{Lu}[\p{L}.'’-]*\s+)*$/u;

/** Is the name in [start, end), before ", who", a preposition's object? */
export function prepositionObjectWho(
  text: string,
  start: number,
  end: number,
  switches: StepSwitches,
): boolean {
  if (!isOn("quotes", PREPOSITION_WHO_SWITCH.name, switches)) return false;
  if (!/^,\s+(?:who|whose)\b/.test(text.slice(end, end + 10))) return false;
  return AFTER_PREPOSITION.test(text.slice(Math.max(0, start - 60), start));
}

/** "Education Secretary Ann Roe …. The minister also confirmed": a secretary of state is a minister,
 *  so "Secretary" before a name is no other office than "the minister" (office-subject.ts otherRole). */
const MINISTER_SECRETARY_SWITCH = {
  name: "minister-holds-secretary",
  doc: '"Education Secretary Ann Roe told the BBC …. The minister also confirmed": "Secretary" is no other office than "the minister"',
};

/** Is the title word `w` before a name the office `head` too ("secretary" for "the minister")? */
export const sameMinistry = (head: string, w: string, switches: StepSwitches): boolean =>
  head === "minister" && w === "secretary" && isOn("quotes", MINISTER_SECRETARY_SWITCH.name, switches);

/** "… before the next general election. Ms Roe is expected to": the words before a name that
 *  end the sentence before are no title of the name ("general" is no rank of Ms Roe's;
 *  office-subject.ts otherRole). */
const LEAD_SENTENCE_END_SWITCH = {
  name: "name-lead-sentence-end",
  doc: '"… the next general election. Ms Roe is": words before a name up to a sentence end are no title of the name',
};

/** The words of `lead` (the few before a name) after the last lowercase word ending a sentence. */
export function sentenceLead(lead: string, switches: StepSwitches): string {
  if (!isOn("quotes", LEAD_SENTENCE_END_SWITCH.name, switches)) return lead;
  const m = /^.*\p{Ll}{2,}[.!?]\s+/u.exec(lead);
  return m ? lead.slice(m[0].length) : lead;
}

/** `Police were "swamped" by forms and there was little to reassure them," said Mr Dean.`: a
 *  closing mark whose opening the corpus lost, tagged after it, closes a quotation (spans.ts). */
export const STRAY_TAGGED_SWITCH = {
  name: "stray-mark-tagged",
  doc: '`… there was little to reassure them," said Mr Dean.`: a stray closing mark with a speech verb after it closes a quotation from the sentence start or the mark before',
};

/** `," said his wife, Ann.`: a given name apposed to "his/her <kin>" takes the family's surname
 *  (set32-org.ts kinSurname, read in resolve-speaker.ts resolvePhrase). */
export const KIN_SURNAME_SWITCH = {
  name: "apposed-kin-surname",
  doc: '`," said his wife, Ann.`: a given name apposed to "his/her <kin>" takes the surname of the person the pronoun stands for',
};

/** "Port 'hides fuel leaks'" over "The port has been accused of … by the river trust, Clean Tay.":
 *  the accuser the lead names as the passive's agent (set32-headline.ts). */
export const ACCUSED_BY_LEAD_SWITCH = {
  name: "headline-lead-accused-by",
  doc: '"Port \'hides fuel leaks\'" over "The port has been accused of hiding leaks by the river trust, Clean Tay.": the accuser the lead names as the passive\'s agent',
};

/** The inline switches of set 32's classes, for the ablation. */
export const SET32_SWITCHES = [
  ROLE_FIRST_APPOSED_SWITCH,
  DEFINITE_OFFICE_SWITCH,
  PORTFOLIO_AND_TAG_SWITCH,
  PREPOSITION_WHO_SWITCH,
  MINISTER_SECRETARY_SWITCH,
  LEAD_SENTENCE_END_SWITCH,
  KIN_SURNAME_SWITCH,
  ACCUSED_BY_LEAD_SWITCH,
  STRAY_TAGGED_SWITCH,
];
