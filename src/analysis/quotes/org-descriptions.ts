// Speaker rules for organisations given by a description the usual organisation nouns miss: one
// the article said an organisation was ("the former monopoly"), and a plural noun for the list of
// organisations it introduced with it ("Technology firms Sony, Philips and Acer … the firms said").
// Tried after the description-reuse rules of resolve-speaker.ts.

import type { Alternative } from "../steps.ts";
import { ITS_MAKERS_RULE } from "./its-makers.ts";
import { ORG_NAME_HEAD_RULE } from "./org-name-head.ts";
import { orgSameDescription } from "./org-same-description.ts";
import type { Phrase } from "./phrases.ts";
import { membersBody } from "./public-body.ts";
import { SITTING_BODY_RULE } from "./residual19-switches.ts";
import { BODY_HEAD_NOUN_RULE, NATIONAL_AUTHORITIES_RULE } from "./s22-org-switches.ts";
import { S24_DESC_RULES } from "./s24-desc-switches.ts";
import { MODIFIED_GROUP_RULE, PLURAL_PAIR_RULE } from "./set30-group.ts";
import { KIND_AFTER_NAMED_RULE, KIND_STATEMENT_RULE } from "./set32-org.ts";
import { CAPITAL_GOVERNMENT_RULE, LEAD_BODY_NAMED_NEXT_RULE } from "./set33-capital.ts";
import type { SpeakerInput } from "./speaker-input.ts";
import { SPEAKING_ORG_NOUN_RULE } from "./speaking-org-noun.ts";
import { type QuoteDoc, speakerForActor } from "./state.ts";
import type { Speaker } from "./types.ts";

// (a bare "the report" is the reporting body's, before the organisation quoted last: report-body.ts)
// (the document rules of session 23 run first: s23-doc-switches.ts)
export { REPORT_BODY_RULES } from "./s23-doc-switches.ts";

/** A capitalised name of one to four words. */
const NAME = "\\p{Lu}[\\p{L}\\p{N}&.'’-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}&.'’-]*){0,3}";

/** "the firms said" after "Technology firms Sony, Philips, Matsushita and Samsung": that list, the
 *  latest one the article gives right after the same plural noun; else null. */
function listAfterNoun(doc: QuoteDoc, p: Phrase): Speaker | null {
  const m = /^the\s+(\p{Ll}+s)$/iu.exec(p.text);
  if (!m || /ss$/.test(m[1]!)) return null;
  const re = new RegExp(`\\b${m[1]}\\s+(${NAME}(?:,\\s+${NAME})*,?\\s+and\\s+${NAME})`, "gu");
  let list: string | null = null;
  for (const hit of doc.text.slice(doc.article.bodyStart, p.start).matchAll(re)) list = hit[1]!;
  return list ? { ...p, id: null, name: list, kind: "organization", gender: "plural" } : null;
}

export const ORG_DESCRIPTION_RULES: readonly Alternative<SpeakerInput, Speaker>[] = [
  // (session 35: "JP Morgan said …. The bank said")
  SPEAKING_ORG_NOUN_RULE,
  // (session 36: "…, according to its authors")
  ITS_MAKERS_RULE,
  // (session 24: "the festival", "the researchers")
  ...S24_DESC_RULES,
  {
    name: "members-body",
    doc: '"…, the transport select committee said. The MPs said …": members speak for the body that just spoke',
    try: ({ doc, p }) => membersBody(doc, p),
  },
  {
    name: "org-same-description",
    doc: '"its status as the former telecoms monopoly … the former monopoly said": the organisation named where the article last said something was "the … monopoly"',
    try: ({ doc, p, definite }) => (definite ? orgSameDescription(doc, p) : null),
  },
  {
    name: "plural-org-list",
    doc: '"Technology firms Sony, Philips and Acer … the firms said": the list the article gave after the same plural noun',
    try: ({ doc, p }) => listAfterNoun(doc, p),
  },
  SITTING_BODY_RULE,
  MODIFIED_GROUP_RULE,
  PLURAL_PAIR_RULE,
  ORG_NAME_HEAD_RULE,
  // (session 22: "the alliance", "the Danish authorities")
  BODY_HEAD_NOUN_RULE,
  NATIONAL_AUTHORITIES_RULE,
  KIND_STATEMENT_RULE,
  KIND_AFTER_NAMED_RULE,
  // (set 33)
  CAPITAL_GOVERNMENT_RULE,
  LEAD_BODY_NAMED_NEXT_RULE,
];

/** The heads of a body inside an organisation: its jury, panel, board ("the AFI jury"). */
const BODY_HEADS = new Set(["jury", "panel", "judges", "board", "trustees", "directors", "executive"]);

/** "the 12-strong TFA jury concluded": a body of an organisation the model holds, named by its
 *  capitalised modifier, speaks for that organisation (switch "org-body"). */
export const ORG_BODY: Alternative<SpeakerInput, Speaker> = {
  name: "org-body",
  doc: '"the 12-strong TFA jury", "the Harbour Trust board": a jury, panel or board named for an organisation speaks for it',
  try: ({ doc, p, words, lastWord, definite }) => {
    if (!definite || !BODY_HEADS.has(lastWord) || words.length < 3) return null;
    const name = /(\p{Lu}[\p{L}&'’-]*(?:\s+\p{Lu}[\p{L}&'’-]*)*)\s+\p{Ll}+$/u.exec(p.text);
    if (!name) return null;
    const at = p.start + name.index;
    const hit = doc.actors.mentionAt(doc.article.docId, at, at + name[1]!.length);
    const actor = hit ? doc.actors.byId.get(hit.actorId) : doc.actors.resolve(name[1]!);
    return actor?.kind === "organization" ? speakerForActor(doc, actor.id, p) : null;
  },
};
