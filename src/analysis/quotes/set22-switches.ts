// Switches of the speaker classes found on BBC study set 22 (one list for inline-switches.ts).

/** "Ann Roe paid tribute to Kay, saying:": an irregular past right after a name, with a bare
 *  noun as its object, ends the name (name-verb-object.ts); the noun is no speaker. */
export const PAST_BARE_OBJECT_SWITCH = {
  name: "subject-name-past-bare-noun",
  doc: '"Ann Roe paid tribute to Kay, saying:", "Roe took issue with the referee, saying:": a name\'s irregular past and bare noun object ("paid tribute") cut the subject phrase to the name',
};

/** `"…," Dr Pavel Orn games director at graphics firm Zentrix told`: the name before an
 *  apposition written without commas, not the firm (unpunctuated-role.ts). */
export const UNPUNCTUATED_ROLE_SWITCH = {
  name: "tag-name-unpunctuated-role",
  doc: '`"…," Dr Pavel Orn games director at graphics firm Zentrix told`: a name, then its role and firm with no commas, before the verb: the name, not the firm',
};

/** "Trade and Industry Secretary Ola Brems said:": "Trade and" is the office's, no second
 *  subject for the joint-cue step (portfolio-title.ts). */
export const PORTFOLIO_TITLE_SWITCH = {
  name: "joint-cue-portfolio-title",
  doc: '"Trade and Industry Secretary Ola Brems said:", "Economy and Labour Minister … called": a portfolio with "and" before a title is no second subject',
};

/** `described as "…" by scouts who saw them live`: a passive's bare plural agent of people is the
 *  speaker (bare-agent.ts). */
export const AGENT_BARE_PLURAL_SWITCH = {
  name: "agent-bare-plural",
  doc: '`described as "…" by scouts who saw them live`, `… by critics.`: a bare plural of people after "by" is the passive\'s agent',
};

/** The switches of set 22's classes, for the ablation. */
export const SET22_SWITCHES = [
  PAST_BARE_OBJECT_SWITCH,
  UNPUNCTUATED_ROLE_SWITCH,
  PORTFOLIO_TITLE_SWITCH,
  AGENT_BARE_PLURAL_SWITCH,
];
