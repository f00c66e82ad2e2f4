// Switches of the speaker classes found on BBC study set 24 (one list for inline-switches.ts).

import { isOn, type StepSwitches } from "../steps.ts";

/** "the government said" in an article on Seoul: countries past country-government.ts's first
 *  list ("South Korean government"). */
export const MORE_COUNTRIES_SWITCH = {
  name: "country-government-more",
  doc: '"the government said" in an article naming South Korea (or Brazil, Kenya, …) most: that country\'s government, past the first list of countries',
};

/** `"…," his son said` after "Mr Roe's son Ivo, 40, said": the relative so named
 *  (kin-description.ts). */
export const KIN_DESCRIPTION_SWITCH = {
  name: "kin-description",
  doc: '`"…," his son said` after "Mr Roe\'s son Ivo said": the relative the article named by a possessive name, the kin noun and a given name',
};

/** "the ministry said" after "the Finance and Economy Ministry said": that body, not "Economy
 *  Ministry" (portfolio-org.ts). */
export const PORTFOLIO_ORG_SWITCH = {
  name: "description-portfolio-org",
  doc: '"the ministry said" after "the Trade and Industry Ministry said": the body whose portfolio runs through "and", not the name\'s tail',
};

/** "… and Malcolm X. Attallah Shabazz, the daughter of …" where the article writes "Malcolm X"
 *  with no period elsewhere: the speaker phrase is the second name (letter-sentence-end.ts; the
 *  actor model's step is actors.letter-name-sentence-end). */
export const LETTER_SENTENCE_END_SWITCH = {
  name: "letter-name-sentence-end",
  doc: '"… and Malcolm X. Attallah Shabazz, the daughter of …" where the article writes "Malcolm X" with no period elsewhere: the speaker is the second name',
};

/** `"…," consultancy 4Cast said`: a word led by digits, then a capital and lower case, is a
 *  name's word as a capitalised one is (tokens.ts). */
export const DIGIT_LED_NAME_SWITCH = {
  name: "digit-led-name",
  doc: '`"…," consultancy 4Cast said`, "3Com said:": a word of digits, then a capital and lower case, reads as a capitalised name word',
};

/** "Mr Harrow, who once worked on the paper, is heard asking …": the subject past the clause
 *  (heard-apposition.ts). */
export const HEARD_PAST_APPOSITION_SWITCH = {
  name: "heard-saying-past-apposition",
  doc: '"Mr Harrow, who once worked on the paper, is heard asking …": the subject of "is heard" past an apposition or relative clause set off by commas',
};

/** `"…," she said. "Ditto."`: a one- or two-word sentence opening its own sentence is a
 *  statement, not a term (kind.ts). */
export const SHORT_SENTENCE_SWITCH = {
  name: "short-sentence-statement",
  doc: '`"…," she said. "Ditto."`, `"Me too."`: a capitalised quotation of one or two words ending on . ! or ? and opening its sentence is a statement',
};

/** "His report demands … - Compelling "failing states" to …": an untagged quotation on a bulleted
 *  line is the words of the one whose report sets the demands out (list-owner.ts). */
export const LIST_REPORT_OWNER_SWITCH = {
  name: "list-report-owner",
  doc: '"His report demands a major overhaul …" then a bulleted list: an untagged quotation on a bulleted line is the report owner\'s words',
};

/** The switches of set 24's classes, for the ablation (the kin-description and
 *  heard-saying-past-apposition rules stand in their own tables: SPEAKER_RULES, SUBJECT_RULES). */
export const SET24_SWITCHES = [
  MORE_COUNTRIES_SWITCH,
  PORTFOLIO_ORG_SWITCH,
  LETTER_SENTENCE_END_SWITCH,
  DIGIT_LED_NAME_SWITCH,
  SHORT_SENTENCE_SWITCH,
  LIST_REPORT_OWNER_SWITCH,
];

/** Is the short-sentence switch on for this article's run? */
export const shortOn = (doc: { switches: StepSwitches }) =>
  isOn("quotes", SHORT_SENTENCE_SWITCH.name, doc.switches);
