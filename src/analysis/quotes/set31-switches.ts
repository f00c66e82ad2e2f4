// Switches of the speaker classes found on BBC study set 31 (one list for inline-switches.ts).

/** "the work and pensions minister has said": "and" between two lower-case words of a portfolio
 *  before an office head joins one office, not two subjects (portfolio-and.ts, read by tokens.ts). */
export const PORTFOLIO_AND_SWITCH = {
  name: "portfolio-and",
  doc: '"…, the work and pensions minister has said", "said the trade and industry secretary": "and" inside a lower-case portfolio keeps one office',
};

/** The inline switches of set 31's classes, for the ablation. */
export const SET31_SWITCHES = [PORTFOLIO_AND_SWITCH];
