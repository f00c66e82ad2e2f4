// Coreference's steps, each switchable for ablation (eval --ablate) and tests.

import { COREF_KNOWN_GENDER_NEARER_STEP } from "../s26-pron-steps.ts";
import {
  COREF_FRONTED_CLAUSE_SUBJECT_STEP,
  COREF_FRONTED_PHRASE_SUBJECT_STEP,
  COREF_ROLE_PREMODIFIED_SUBJECT_STEP,
} from "../s27-pron-steps.ts";
import { AS_ROLE_PREDICATE_STEP, OPENING_PHRASE_OBJECT_STEP } from "../set35-steps.ts";
import { CHIEF_POST_STEP } from "./chief-post.ts";
import { COREF_CONTRAST_DESCRIPTION_STEP } from "./contrast.ts";
import { DESCRIPTION_SUBJECT_FIRST_STEP } from "./described-person.ts";
import { SURNAME_NO_GENDER_STEP } from "./genders.ts";
import { ROLE_PAST_AGREES_STEP } from "./read-coref.ts";
import { RELATION_OF_STEP } from "./relation-of.ts";
import { SAME_EPITHET_STEP } from "./same-epithet.ts";
import { APPOSED_SPEAKER_STEP, CLAUSE_SUBJECT_STEP } from "./speech-cues.ts";
import { SUBORDINATE_DESCRIPTION_STEP } from "./subordinate-description.ts";

/** Coreference's switchable steps ("actors.<name>"). */
export const COREF_STEPS = [
  { name: "coref-pronouns", doc: "he/she to the latest person of that gender, preferring speakers" },
  { name: "coref-roles", doc: "role descriptions ('the Arsenal boss') to the person given that role" },
  {
    name: "coref-role-not-owner",
    doc: "'Ann Roe, the painter's niece,': Ann Roe is given no role 'painter' (the owner's)",
  },
  {
    name: "coref-apposition-gender",
    doc: "'Mirel Dane, the painter's stepsister,': a person of unknown given name takes the kin noun's gender",
  },
  {
    // (session 18, PolNeAR: "said 9/11 widow Terry Strada. She continued" — Terry read as a man's name)
    name: "coref-role-before-gender",
    doc: "'9/11 widow Terry Roe': a kin or role noun right before the name gives the gender, over the given name",
  },
  { name: "coref-aliases", doc: "'JK, also known as Jason King': every later JK is Jason King" },
  { name: "coref-inverted-apposition", doc: "'said the head of X, Jo Marr': Jo Marr speaks (a subject)" },
  { name: "coref-object-not-subject", doc: "'Vale thanked him': him/her is not the one before its verb" },
  {
    name: "coref-possessive-subject",
    doc: "'Ann Roe picked up her award': his/her is the clause's own subject",
  },
  { name: "coref-opening-apposition", doc: "'One woman, Ann Roe, found her sister': Ann Roe is the subject" },
  { name: "coref-participle-after-object", doc: "'Todd defended Kale, who …, saying': Kale does not speak" },
  {
    name: "coref-demonym",
    doc: "'the Dutchman': the one person the article gives that nationality before a name",
  },
  {
    name: "coref-only-unknown-gender",
    doc: "'Roe, who …, won. But he then lost': the one subject of unknown gender in the previous sentence takes he/she",
  },
  {
    name: "coref-only-fitting-gender",
    doc: "'Ms Baird joined Health Minister Gordon Petrie. “…,” he said': of the people named in the previous sentence and this one, all of known gender, the one whose gender fits takes he/she",
  },
  {
    name: "coref-attributes",
    doc: "'The Russian' after 'The 34-year-old American' (Vale): never a person stated to have another nationality or age",
  },
  { name: "coref-told-listener", doc: "'the 25-year-old told Radio Vale': who is told listens, not speaks" },
  SAME_EPITHET_STEP,
  OPENING_PHRASE_OBJECT_STEP,
  AS_ROLE_PREDICATE_STEP,
  COREF_KNOWN_GENDER_NEARER_STEP,
  COREF_ROLE_PREMODIFIED_SUBJECT_STEP,
  COREF_FRONTED_PHRASE_SUBJECT_STEP,
  COREF_FRONTED_CLAUSE_SUBJECT_STEP,
  COREF_CONTRAST_DESCRIPTION_STEP,
  SURNAME_NO_GENDER_STEP,
  ROLE_PAST_AGREES_STEP,
  CLAUSE_SUBJECT_STEP,
  APPOSED_SPEAKER_STEP,
  SUBORDINATE_DESCRIPTION_STEP,
  DESCRIPTION_SUBJECT_FIRST_STEP,
  CHIEF_POST_STEP,
  RELATION_OF_STEP,
] as const;
