// Switches of the speaker classes found on BBC study set 26 (one list for inline-switches.ts).

import { ELIDED_ARTICLE_SWITCH } from "./elided-article.ts";
import { POINTING_OUT_SWITCH } from "./particle-participle.ts";
import { SAY_GAP_SWITCH } from "./say-gap.ts";
import { UNPUNCTUATED_TAG_SWITCH } from "./unpunctuated-tag.ts";

/** `"…," Ms Hale added in remarks quoted by the weekly paper Tribune.`: "quoted by" names the one
 *  who passes the words on, so it is no "quoted … as saying" tag (quoted-as-saying.ts). */
export const QUOTED_BY_SWITCH = {
  name: "quoted-by-not-speaker",
  doc: '`"…," Ms Hale added in remarks quoted by the paper Tribune`: the one "quoted by" passes the words on; the tag\'s subject spoke them',
};

/** "Jo Pike, editor of union-backed Tide magazine, which ran the poll, said": a name after a
 *  preposition and a lowercase hyphened modifier is its object too (object-of-preposition.ts). */
export const HYPHENED_MODIFIER_SWITCH = {
  name: "preposition-hyphened-modifier",
  doc: '"Jo Pike, editor of union-backed Tide magazine, which ran the poll, said": the person before the preposition, past a hyphened modifier of its object',
};

/** "The states which joined the union will see 4.6% growth, the agency said": "see" before a
 *  counted object is met, not a view taken (reported-object-guards.ts). */
export const SEEN_COUNT_SWITCH = {
  name: "reported-seen-count",
  doc: '"will see 4.6% growth", "saw 20,000 visitors": "see" before a counted object takes no stance (no reported speech)',
};

/** The inline switches of set 26's classes, for the ablation. */
export const SET26_SWITCHES = [
  SAY_GAP_SWITCH,
  QUOTED_BY_SWITCH,
  POINTING_OUT_SWITCH,
  UNPUNCTUATED_TAG_SWITCH,
  ELIDED_ARTICLE_SWITCH,
  HYPHENED_MODIFIER_SWITCH,
  SEEN_COUNT_SWITCH,
];
