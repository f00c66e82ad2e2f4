// Speaker rules for a definite description no name is given beside ("the singer", "the chancellor"):
// the same words the article linked to a person before, an office the article opens on before
// naming anyone (or an indefinite description reporting the lead), or the subject of the
// sentence before. Tried in this order, between the
// description-subject and person-description rules of resolve-speaker.ts.

import { type Alternative, isOn } from "../steps.ts";
import { APPOSED_HEAD_RULE } from "./apposed-head.ts";
import { leadDescriptionAhead } from "./lead-description.ts";
import { officeAhead } from "./office-ahead.ts";
import { officeSubject } from "./office-subject.ts";
import { officeTied } from "./office-tied.ts";
import { OFFICE_SOLE_UNROLED_SWITCH, officeSoleUnroled } from "./office-unroled.ts";
import { pluralPair } from "./plural-pair.ts";
import { OFFICE_RUN_HOLDER_RULE } from "./pronoun19-switches.ts";
import { WHO_CLAUSE_DESCRIPTION } from "./relative-head.ts";
import { DESCRIBED_NAMED_RULE } from "./s25-terms-switches.ts";
import { sameDescription } from "./same-description.ts";
import { SOLE_PERSON_DESCRIPTION } from "./sole-person-description.ts";
import type { SpeakerInput } from "./speaker-input.ts";
import type { Speaker } from "./types.ts";

/** "the Salford MP", "the Labour MEP": a member of a parliament described by a place or party. */
const MEMBER = /^the\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,2}(?:MP|MEP|MSP|AM|MLA)$/iu;

export const DESCRIPTION_REUSE_RULES: readonly Alternative<SpeakerInput, Speaker>[] = [
  // (first: the clause, not the model's link, says who the description is)
  WHO_CLAUSE_DESCRIPTION,
  OFFICE_RUN_HOLDER_RULE,
  {
    name: "plural-pair-rule",
    doc: '"the two firms said", "the judges said": the latest pair of names of that kind joined by "and" (plural-pair.ts, switch "plural-pair")',
    try: ({ doc, p }) => pluralPair(doc, p),
  },
  {
    name: "member-office",
    doc: '"the Salford MP told the committee": a member described by place or party is an office, taken up as office-subject takes one, not a name "Salford MP"',
    // (the model's role link is not read: it may tie "the Salford MP" to "UK Muslims")
    try: ({ doc, p }) => (MEMBER.test(p.text) ? officeSubject(doc, p, false, true) : null),
  },
  {
    name: "same-description",
    doc: '"The singer grabbed …. … The singer did not want": the person the model linked the same description to earlier',
    try: ({ doc, p, kind, namedHead, definite }) =>
      definite && kind === "person" && !namedHead ? sameDescription(doc, p) : null,
  },
  APPOSED_HEAD_RULE,
  {
    name: "office-ahead",
    doc: '"The attorney general has again denied … Lord Goldsmith said": an office the article opens on, before naming anyone, is the person named next as a subject',
    try: ({ doc, p, kind, namedHead, definite }) =>
      definite && kind === "person" && !namedHead ? officeAhead(doc, p) : null,
  },
  {
    name: "lead-description-ahead",
    doc: '"…, a schools minister has said. Ruth Ames told MPs": an indefinite description reporting the article\'s first sentence is the person named next as a subject',
    try: ({ doc, p, namedHead }) => (namedHead ? null : leadDescriptionAhead(doc, p)),
  },
  {
    name: "office-subject",
    doc: '"Speaking in Leeds, the chancellor said" with no name ever given that office: the person named as subject in the sentence before, else who spoke last within two sentences',
    try: ({ doc, p, kind, namedHead, definite }) =>
      definite && kind === "person" && !namedHead
        ? officeSubject(doc, p, isOn("quotes", "role-subject", doc.switches))
        : null,
  },
  {
    name: "ranked-office-subject",
    doc: '"Ann Roe, for the Tories, attacked the plan. The shadow chancellor said": office-subject for a ranked office, whose holder is given no role without the rank',
    try: ({ doc, p, kind, namedHead, definite }) =>
      definite && kind === "person" && !namedHead ? officeSubject(doc, p, false, false, true) : null,
  },
  {
    name: "office-tied",
    doc: '"Ravi Marsh has …. The probe follows the harbour minister\'s …. The minister said": an office the article tied to one person (office-tied.ts; switches "office-tied-holder", "office-tied-other")',
    // (after office-subject: the sentence before's subject, when there is one, comes first)
    try: ({ doc, p, kind, namedHead, definite }) =>
      definite && kind === "person" && !namedHead ? officeTied(doc, p) : null,
  },
  {
    ...OFFICE_SOLE_UNROLED_SWITCH,
    try: ({ doc, p, kind, namedHead, definite }) =>
      definite && kind === "person" && !namedHead ? officeSoleUnroled(doc, p) : null,
  },
  // (session 25: "the two-time champion", the person the sentence before opens on: s25-terms-switches.ts)
  DESCRIBED_NAMED_RULE,
  // (last: with no one found by the rules above, one person in view is who a description takes up)
  SOLE_PERSON_DESCRIPTION,
];
