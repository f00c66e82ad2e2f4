// The switches of study sets 23 on, one list for inline-switches.ts (each set's rules are in its
// own file, named for the set whose labels found them).

import { BODY_KIND_FIRST_SWITCH, COMPANY_NOT_PUBLIC_SWITCH } from "./body-kind.ts";
import { CAPS_LINE_SWITCH } from "./caps-line.ts";
import { CONTINUED_OWN_TAG_SWITCH } from "./continued-own-tag.ts";
import { DOCUMENT_OF_AUTHOR_SWITCH } from "./document-of.ts";
import { HEADLINE21C_SWITCHES } from "./headline21c-switches.ts";
import { NICKNAME_FULL_NAME_SWITCH, NICKNAME_NO_SPEAKER_SWITCH } from "./nickname.ts";
import { OFFICE_OF_BODY_SWITCH } from "./office-of-body.ts";
import { OFFICE_NAMES_OTHER_SWITCH } from "./office-spoken-of.ts";
import { POSSESSOR_NAME_SWITCH } from "./possessor-name.ts";
import { S22_ACTORS_SWITCHES } from "./s22-actors-switches.ts";
import { S22_CONT_SWITCHES } from "./s22-cont-switches.ts";
import { S22_CUE_SWITCHES } from "./s22-cue-switches.ts";
import { S22_DESC_SWITCHES } from "./s22-desc-switches.ts";
import { S22_NOSPK_SWITCHES } from "./s22-nospk-switches.ts";
import { S22_PRON_SWITCHES } from "./s22-pron-switches.ts";
import { S22_PRON2_SWITCHES } from "./s22-pron2-switches.ts";
import { S22_TERM_SWITCHES } from "./s22-term-switches.ts";
import { S23_DESC_SWITCHES } from "./s23-desc-switches.ts";
import { DOCUMENT_FIRST_MENTION_SWITCH } from "./s23-doc-switches.ts";
import { S23_NAME_SWITCHES } from "./s23-name-switches.ts";
import { S23_PRON_SWITCHES } from "./s23-pron-switches.ts";
import { S23_TERM_SWITCHES } from "./s23-term-switches.ts";
import { S24_CUE_SWITCHES } from "./s24-cue-switches.ts";
import { S24_NAME_SWITCHES } from "./s24-name-switches.ts";
import { S24_PRON_SWITCHES } from "./s24-pron-switches.ts";
import { S24_TERM_SWITCHES } from "./s24-term.ts";
import { S24B_NAMES_SWITCHES } from "./s24b-names-switches.ts";
import { S24B_SOURCES_SWITCHES } from "./s24b-sources-switches.ts";
import { S25_NAMES_SWITCHES } from "./s25-names-switches.ts";
import { S25_PRON_SWITCHES } from "./s25-pron-switches.ts";
import { S25_TERMS_SWITCHES } from "./s25-terms-switches.ts";
import { S25B_FRESH_SWITCHES } from "./s25b-fresh-switches.ts";
import { DESCRIPTION_FOCUS_SWITCH } from "./s26-desc.ts";
import { GOVERNED_TERM_SWITCH } from "./s26-terms.ts";
import { BRACKET_FIRM_PERSON_SWITCH } from "./s26b-bracket-firm.ts";
import { INDEFINITE_SOURCE_WIDE_SWITCH } from "./s26b-sources.ts";
import { AGENT_BEFORE_RELATIVE_SWITCH } from "./s27-agent-relative.ts";
import { CONTEXT_SANDWICH_SWITCH } from "./s27-context-sandwich.ts";
import { DOCUMENT_CHAIN_SWITCH } from "./s27-document-chain.ts";
import { S27_NAME_SWITCHES } from "./s27-names-switches.ts";
import { MINISTER_BARE_SWITCH, OFFICE_OWNS_OFFICE_SWITCH } from "./s27-office.ts";
import { MODEL_OVER_STALE_FALLBACK_SWITCH } from "./s27-pron.ts";
import { REPORT_IN_REPORT_SWITCH } from "./s27-report-in-report.ts";
import { SIBLING_TERM_SWITCH } from "./s27-sibling-term.ts";
import { S27_WIRE_SWITCHES } from "./s27-wire-switches.ts";
import { S34_SWITCHES } from "./s34-switches.ts";
import { S35_SWITCHES } from "./s35-switches.ts";
import { S36_SWITCHES } from "./s36-switches.ts";
import { S37_SWITCHES } from "./s37-switches.ts";
import { S38_SWITCHES } from "./s38-switches.ts";
import { S39_SWITCHES } from "./s39-switches.ts";
import { S41_SWITCHES } from "./s41-switches.ts";
import { S42_SWITCHES } from "./s42-switches.ts";
import { S43_SWITCHES } from "./s43-switches.ts";
import { S44_SWITCHES } from "./s44-switches.ts";
import { S45_SWITCHES } from "./s45-switches.ts";
import { S46_SWITCHES } from "./s46-switches.ts";
import { SET23_SWITCHES } from "./set23-switches.ts";
import { SET24_SWITCHES } from "./set24-switches.ts";
import { SET25_SWITCHES } from "./set25-switches.ts";
import { SET26_SWITCHES } from "./set26-switches.ts";
import { SET27_SWITCHES } from "./set27-switches.ts";
import { SET28_SWITCHES } from "./set28-switches.ts";
import { SET29_SWITCHES } from "./set29-switches.ts";
import { SET30_SWITCHES } from "./set30-switches.ts";
import { SET31_SWITCHES } from "./set31-switches.ts";
import { SET32_SWITCHES } from "./set32-switches.ts";
import { SET33_SWITCHES } from "./set33-switches.ts";
import { SET34_SWITCHES } from "./set34-switches.ts";
import { STRAY_SUBJECT_TAG_SWITCH } from "./spans.ts";
import { LIST_TAIL_APPOSITION_SWITCH } from "./subject-past-apposition.ts";
import { NAME_VERB_SENTENCE_SWITCH } from "./tags.ts";
import { TERMS21_SWITCHES } from "./terms21-switches.ts";
import { TERMS21B_SWITCHES } from "./terms21b-switches.ts";

export const STUDY_SET_SWITCHES = [
  ...S27_WIRE_SWITCHES,
  DOCUMENT_CHAIN_SWITCH,
  SIBLING_TERM_SWITCH,
  MINISTER_BARE_SWITCH,
  OFFICE_OWNS_OFFICE_SWITCH,
  BRACKET_FIRM_PERSON_SWITCH,
  ...SET23_SWITCHES,
  ...SET24_SWITCHES,
  ...SET25_SWITCHES,
  ...SET26_SWITCHES,
  ...SET28_SWITCHES,
  ...SET27_SWITCHES,
  ...SET29_SWITCHES,
  ...SET30_SWITCHES,
  ...TERMS21_SWITCHES,
  ...SET31_SWITCHES,
  ...SET32_SWITCHES,
  ...SET33_SWITCHES,
  ...TERMS21B_SWITCHES,
  ...HEADLINE21C_SWITCHES,
  ...SET34_SWITCHES,
  ...S22_CUE_SWITCHES,
  ...S22_NOSPK_SWITCHES,
  ...S22_CONT_SWITCHES,
  ...S22_PRON_SWITCHES,
  ...S22_PRON2_SWITCHES,
  ...S22_DESC_SWITCHES,
  ...S22_TERM_SWITCHES,
  ...S22_ACTORS_SWITCHES,
  ...S23_PRON_SWITCHES,
  ...S23_NAME_SWITCHES,
  ...S23_TERM_SWITCHES,
  POSSESSOR_NAME_SWITCH,
  ...S23_DESC_SWITCHES,
  ...S24_NAME_SWITCHES,
  ...S24B_NAMES_SWITCHES,
  ...S24_PRON_SWITCHES,
  ...S24_CUE_SWITCHES,
  ...S24_TERM_SWITCHES,
  ...S24B_SOURCES_SWITCHES,
  ...S25_NAMES_SWITCHES,
  ...S25_TERMS_SWITCHES,
  ...S25_PRON_SWITCHES,
  ...S25B_FRESH_SWITCHES,
  GOVERNED_TERM_SWITCH,
  DESCRIPTION_FOCUS_SWITCH,
  ...S27_NAME_SWITCHES,
  CAPS_LINE_SWITCH,
  DOCUMENT_OF_AUTHOR_SWITCH,
  OFFICE_OF_BODY_SWITCH,
  INDEFINITE_SOURCE_WIDE_SWITCH,
  AGENT_BEFORE_RELATIVE_SWITCH,
  MODEL_OVER_STALE_FALLBACK_SWITCH,
  REPORT_IN_REPORT_SWITCH,
  CONTEXT_SANDWICH_SWITCH,
  BODY_KIND_FIRST_SWITCH,
  NICKNAME_FULL_NAME_SWITCH,
  NICKNAME_NO_SPEAKER_SWITCH,
  OFFICE_NAMES_OTHER_SWITCH,
  DOCUMENT_FIRST_MENTION_SWITCH,
  COMPANY_NOT_PUBLIC_SWITCH,
  CONTINUED_OWN_TAG_SWITCH,
  STRAY_SUBJECT_TAG_SWITCH,
  LIST_TAIL_APPOSITION_SWITCH,
  NAME_VERB_SENTENCE_SWITCH,
  ...S34_SWITCHES,
  ...S35_SWITCHES,
  ...S36_SWITCHES,
  ...S37_SWITCHES,
  ...S38_SWITCHES,
  ...S39_SWITCHES,
  ...S41_SWITCHES,
  ...S42_SWITCHES,
  ...S43_SWITCHES,
  ...S44_SWITCHES,
  ...S45_SWITCHES,
  ...S46_SWITCHES,
];
