// Speaker rules for a definite description no name is given beside ("the singer", "the chancellor"):
// the same words the article linked to a person before, an office the article opens on before
// naming anyone (or an indefinite description reporting the lead), or the subject of the
// sentence before. Tried in this order, between the
// description-subject and person-description rules of resolve-speaker.ts.

import { type Alternative, isOn } from "../steps.ts";
import { leadDescriptionAhead } from "./lead-description.ts";
import { officeAhead } from "./office-ahead.ts";
import { officeSubject } from "./office-subject.ts";
import { sameDescription } from "./same-description.ts";
import type { SpeakerInput } from "./speaker-input.ts";
import type { Speaker } from "./types.ts";

export const DESCRIPTION_REUSE_RULES: readonly Alternative<SpeakerInput, Speaker>[] = [
  {
    name: "same-description",
    doc: '"The singer grabbed …. … The singer did not want": the person the model linked the same description to earlier',
    try: ({ doc, p, kind, namedHead, definite }) =>
      definite && kind === "person" && !namedHead ? sameDescription(doc, p) : null,
  },
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
];
