// The chunk rules, in order: each run of capitalised words goes down this table until a rule
// reads it (narrowing rules trim the run and pass it on). Switch one off by
// "actors.<name>" (the scorers' --ablate).

import { bodyNameAfterOffice, officeBeforeBodyName } from "../s23-name-steps.ts";
import { GERUND_OPENER_RULE } from "../s24-pron-steps.ts";
import { TAGGER_ORG_ROLE_BEFORE_RULE } from "../s25-pron-steps.ts";
import { GIVEN_NAME_LEAD_RULE } from "../s26-names-steps.ts";
import { INITIAL_SURNAME_RULE } from "../s27-initial-name.ts";
import { SURNAME_TAIL_RULE } from "../s28-surname-tail.ts";
import { ORG_HEAD_ON_STEP } from "../set27-steps.ts";
import { SENTENCE_PARTICIPLE_RULE } from "../set28-steps.ts";
import { TITLE_OF_BODY_NAME_STEP } from "../set33-steps.ts";
import { acronymInitials } from "./acronym-initials.ts";
import { acronymLedName } from "./acronym-led-name.ts";
import { affiliationBeforeRole } from "./affiliation.ts";
import { ampersandOrg } from "./ampersand-org.ts";
import { bandName } from "./band-name.ts";
import { personBareRole } from "./bare-role-apposition.ts";
import { BODY_THEN_NAME_RULE } from "./body-then-name.ts";
import { compoundModifier } from "./compound-modifier.ts";
import { demonymNounPrefix, demonymPrefix } from "./demonym-prefix.ts";
import { groupNoun } from "./group-noun.ts";
import { institutionNoun } from "./institution-or-descriptor.ts";
import { KIND_NOUN_NAME_RULE } from "./kind-noun-name.ts";
import { knownPhrase } from "./known-phrase.ts";
import { leadingArticle } from "./leading-article.ts";
import { loneWord } from "./lone-word.ts";
import { NAMED_GIVEN_NAME_RULE } from "./named-given-name.ts";
import { nationality } from "./nationality.ts";
import { notAnActor } from "./not-an-actor.ts";
import { numberLedName } from "./number-led.ts";
import { organisation } from "./organisation.ts";
import { partyPrefix } from "./party-prefix.ts";
import { personApposition } from "./person-apposition.ts";
import { taggerOrgPersonFrame } from "./person-frame.ts";
import { PLACE_WORD_NAME_RULE } from "./place-word-name.ts";
import { plainName } from "./plain-name.ts";
import { pluralVerbBody } from "./plural-verb-body.ts";
import { postNominals } from "./post-nominals.ts";
import { productModel } from "./product-model.ts";
import { RARE_ENDS_NAME_RULE } from "./rare-ends-name.ts";
import type { ChunkRule } from "./rule.ts";
import { sentenceInitialCommon } from "./sentence-initial-common.ts";
import {
  taggerDescriptor,
  taggerLoneWord,
  taggerOrganisation,
  taggerOrgOverPlace,
  taggerPlace,
} from "./tagger.ts";
import { titleName } from "./title-name.ts";
import { workTitle } from "./work-title.ts";

export type { ChunkRead, ChunkRule } from "./rule.ts";

export const CHUNK_RULES: readonly ChunkRule[] = [
  productModel,
  knownPhrase,
  // (before any rule reads a name out of "Dan Roper-led Republican")
  compoundModifier,
  // (set 28: "Praising Rovers …, she said")
  SENTENCE_PARTICIPLE_RULE,
  // (s24: "Bringing Rover to China …", "Monitoring firm Netscan …")
  GERUND_OPENER_RULE,
  sentenceInitialCommon,
  leadingArticle,
  // (before any rule reads a work's title, "drama Wasp", as a name)
  workTitle,
  // (a band's name reads as a person's: before title-name and plain-name)
  bandName,
  // (s32: "Aston Villa were drawn", before the tagger and plain-name read a person)
  pluralVerbBody,
  postNominals,
  ampersandOrg,
  institutionNoun,
  // (before demonym-prefix takes "British" off "British Phonographic Industry")
  acronymInitials,
  partyPrefix,
  // (set 33: "Chairman of the Audit Committee Ann Bell", before title-name gives up on it)
  TITLE_OF_BODY_NAME_STEP,
  // (s23: "Chief Secretary to the Cabinet Office Ann Bell", read before title-name takes the office alone)
  officeBeforeBodyName,
  bodyNameAfterOffice,
  // (s44: "Spaniard Raul Montesinos", before a run opening on a given name is read whole)
  demonymNounPrefix,
  // (s26: "Farid Omar Ben Salah", before title-name reads "Farid" as a job)
  GIVEN_NAME_LEAD_RULE,
  // (s31: "the Commons Oliver Heald", before organisation and the tagger take the run whole)
  BODY_THEN_NAME_RULE,
  // (s30: "games firm Pocket Tech", before title-name and plain-name read a person)
  KIND_NOUN_NAME_RULE,
  // (s39: "Mr Houston", "ombudsman Elizabeth France", before title-name and not-an-actor refuse the place word)
  PLACE_WORD_NAME_RULE,
  // (s40: "a resident named Caroline", before the lone word waits for a full name that never comes)
  NAMED_GIVEN_NAME_RULE,
  titleName, // 1.
  // (set 27: "Joint Committee on Human Rights")
  ORG_HEAD_ON_STEP,
  organisation, // 2.
  groupNoun, // 3.
  demonymPrefix, // 4.
  personApposition,
  // (set 22: "JF Sullivan, spokesman for …")
  personBareRole,
  taggerOrgOverPlace,
  notAnActor, // 5.
  nationality,
  taggerDescriptor,
  taggerPlace,
  taggerOrgPersonFrame,
  // (s25: "Liverpool forward Milan Baros", not the club the tagger reads)
  TAGGER_ORG_ROLE_BEFORE_RULE,
  // (s27: "E Hayot, writing …, said": an initial and a surname, not the tagger's organisation)
  INITIAL_SURNAME_RULE,
  taggerOrganisation,
  taggerLoneWord,
  loneWord,
  affiliationBeforeRole,
  // (before plain-name reads "Six Nations" as a person)
  numberLedName,
  plainName, // 6.
  // (s30: "Fathi Bin Shatwan", "said Sung Won Sohn": a common word inside a name, over a corpus)
  RARE_ENDS_NAME_RULE,
  acronymLedName,
  // (s28: "Man-of-the-match Duff", the surname of a person named before, when nothing read the run)
  SURNAME_TAIL_RULE,
];
