// Switches of the speaker classes found on BBC study set 25 (one list for inline-switches.ts).

/** `… a "last resort" which was rarely used, a spokesman said.`: a closing tag naming its source
 *  by a description, a lowercase group or "they" speaks for the sentence's quotations
 *  (described-closing-tag.ts). */
export const DESCRIBED_CLOSING_TAG_SWITCH = {
  name: "described-closing-tag",
  doc: '`… a "last resort" which was rarely used, a spokesman said.`, `…, its chief has said.`, `…, rural MPs say.`, `…, said a panel of experts.`, `…, they say, although …`: a closing tag with a description, lowercase group or "they" speaks for the quotations before it',
};

/** The inline switches of set 25's classes, for the ablation (the CUE_RULES entry above is
 *  listed by its table). */
export const SET25_SWITCHES: { name: string; doc: string }[] = [];
