// Switches of the speaker classes found on BBC study set 25 (one list for inline-switches.ts).

/** `… a "last resort" which was rarely used, a spokesman said.`: a closing tag naming its source
 *  by a description, a lowercase group or "they" speaks for the sentence's quotations
 *  (described-closing-tag.ts). */
export const DESCRIBED_CLOSING_TAG_SWITCH = {
  name: "described-closing-tag",
  doc: '`… a "last resort" which was rarely used, a spokesman said.`, `…, its chief has said.`, `…, rural MPs say.`, `…, said a panel of experts.`, `…, they say, although …`: a closing tag with a description, lowercase group or "they" speaks for the quotations before it',
};

/** `Mr Dunmore has failed, he claimed, saying …`: a person the sentence names before a he/she tag
 *  whose verb a comma follows is not the he/she, as before a tag closing the sentence (tag-frame.ts). */
export const TAG_FRAME_COMMA_SWITCH = {
  name: "tag-frame-comma",
  doc: "`Mr Dunmore has failed, he claimed, saying …`: a person named before a he/she tag followed by a comma is not the he/she",
};

/** `Mr Dunmore has failed, he claimed, saying …`: a participle right after a tag set off by commas
 *  takes the tag's speaker (participle-after-tag.ts; a SUBJECT_RULES entry, listed by its table). */
export const PARTICIPLE_AFTER_TAG_SWITCH = {
  name: "participle-after-tag",
  doc: "`Mr Dunmore has failed, he claimed, saying he has the \"wrong answer\"`: a participle right after a tag set off by commas has the tag's speaker, not the sentence's opening subject",
};

/** "Dr Ezra Avram, of the Institute for Road and Rail at the University of Calder in Bristol said:":
 *  the name before a long affiliation chain, not its last place (affiliation-chain.ts). */
export const AFFILIATION_CHAIN_SWITCH = {
  name: "subject-before-affiliation-chain",
  doc: '"Dr Ezra Avram, of the Institute for Road and Rail at the University of Calder in Bristol said:": the name before a long affiliation with no closing comma, not the place ending it',
};

/** "Ann Roe is suing the studio …. The lawsuit said": "is suing" and "sues" name a lawsuit's filer
 *  as "filed a suit" and "sued" do (lawsuit-filer.ts). */
export const LAWSUIT_SUING_SWITCH = {
  name: "lawsuit-filer-suing",
  doc: '"Ann Roe is suing the studio over …. The lawsuit said": the one suing files the lawsuit that speaks',
};

/** "the world 100m and 200m record holder told Radio Five": "and" between two measures modifies one
 *  head (measures-and.ts, read in phrases.ts), and a record or title holder is a person's
 *  description, the one person the article has named (sole-person-description.ts). */
export const RECORD_HOLDER_SWITCH = {
  name: "description-record-holder",
  doc: '"the world 100m and 200m record holder told Radio Five": one description ("and" between measures), a person\'s, the one person named before it',
};

/** `…, lenders have said.`, `…, a committee of MPs has warned.` (session 33): a closing tag's
 *  described source may be a plural agent noun or a body's noun before "of" (described-closing-tag.ts). */
export const DESCRIBED_TAG_GROUPS_SWITCH = {
  name: "described-tag-groups",
  doc: "`…, lenders have said.`, `…, a committee of MPs and peers has warned.`: a plural agent noun (lenders, campaigners) or a body before 'of' as a closing tag's described source",
};

/** The inline switches of set 25's classes, for the ablation (the CUE_RULES entry above is
 *  listed by its table). */
export const SET25_SWITCHES = [
  TAG_FRAME_COMMA_SWITCH,
  AFFILIATION_CHAIN_SWITCH,
  LAWSUIT_SUING_SWITCH,
  RECORD_HOLDER_SWITCH,
  DESCRIBED_TAG_GROUPS_SWITCH,
];
