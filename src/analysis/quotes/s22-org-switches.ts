// Organisation speaker classes of session 22 (issue #13, BBC study sets 36-38 and PolNeAR train):
// a bare head noun for an organisation named just before whose head is no usual organisation
// noun ("the Countryside Alliance said …. The alliance said …"), and the publisher of a document
// given after "according to" ("…," according to a report published by research firm Analysys).

import { ORG_NOUNS } from "../lexicons/organisations.ts";
import { DOCUMENT_HEADS } from "../lexicons/sources.ts";
import { type Alternative, isOn, type StepSwitches } from "../steps.ts";
import { latestOrgByHead } from "./org-name-head.ts";
import { type Cue, type Phrase, phraseAfter } from "./phrases.ts";
import type { SpeakerInput } from "./speaker-input.ts";
import type { QuoteDoc } from "./state.ts";
import type { Tok } from "./tokens.ts";
import type { Speaker } from "./types.ts";

/** Last words of bodies' names that news writing reuses in lower case for the body ("the
 *  alliance", "the trust"), beyond the organisation nouns every rule reads (ORG_NOUNS). */
const BODY_HEAD_NOUNS = new Set(
  `alliance coalition trust society movement partnership consortium syndicate guild confederation
  tribunal caucus secretariat directorate brigade orchestra choir academy forum bureau`.split(/\s+/),
);

/** The latest organisation named in the body before `p` whose name ends in `p`'s head noun. */
function bodyNamedByHead(doc: QuoteDoc, p: Phrase): Speaker | null {
  return latestOrgByHead(doc, p, (head) => BODY_HEAD_NOUNS.has(head) && !ORG_NOUNS.has(head), headOfName);
}

/** Is `head` the name's head noun: its last word ("Upland Access Alliance"), or the word before
 *  its "of"/"for"/"on" ("Alliance for Safer Roads", "Royal Society of Arts")? */
function headOfName(name: string, head: string): boolean {
  const words = name.toLowerCase().split(/\s+/);
  const last = words[words.length - 1]!;
  if (last === head || last === `${head}s`) return true;
  const link = words.findIndex((w) => /^(?:of|for|on)$/.test(w));
  return link > 0 && words[link - 1] === head;
}

/** An ORG_DESCRIPTION_RULES entry (listed by that table for the ablation). */
export const BODY_HEAD_NOUN_RULE: Alternative<SpeakerInput, Speaker> = {
  name: "body-head-noun",
  doc: '"the Harbour Alliance said …. The alliance said “…”": the organisation named before whose name ends in that noun',
  try: ({ doc, p, definite }) => (definite ? bodyNamedByHead(doc, p) : null),
};

/** "the British authorities", "Danish authorities": a country's authorities are one body, an
 *  organisation named by its nationality (no description of people). */
export const NATIONAL_AUTHORITIES_RULE: Alternative<SpeakerInput, Speaker> = {
  name: "national-authorities",
  doc: '"the Danish authorities said": the country\'s authorities, an organisation',
  try: ({ p }) => {
    const m = /^(?:[Tt]he\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}\s+authorities)$/u.exec(p.text);
    return m ? { ...p, id: null, name: m[1]!, kind: "organization", gender: "plural" } : null;
  },
};

/** Participles that say who made a document ("a report published by …"). */
const MADE_BY =
  /^(?:published|issued|released|commissioned|compiled|produced|prepared|written|conducted|filed|drawn|carried|put|funded|sponsored)$/;

/** Nouns for what a body puts out beside the documents (DOCUMENT_HEADS): "figures released by". */
const PUT_OUT = new Set(
  "figures data estimates analysis findings forecast forecasts projections statistics".split(" "),
);
const isPutOut = (t: Tok | undefined) => !!t && (DOCUMENT_HEADS.has(t.lower) || PUT_OUT.has(t.lower));

/** After "according to" at toks[k]: "[<det> [<modifiers>]] <document> [<participle> [up|out]] by"
 *  — the token index of the agent after "by", else -1. */
function documentAgentAt(toks: Tok[], k: number): number {
  let i = k + 2;
  // "according to a note from investment bank Marlowe Stein": a document straight from its maker (session 43)
  if (/^(?:a|an|the|new|one|recent|latest)$/.test(toks[i]?.lower ?? "")) {
    let d = i + 1;
    while (d < i + 4 && toks[d]?.type === "w" && !DOCUMENT_HEADS.has(toks[d]!.lower)) d++;
    const from = toks[d + 1];
    if (DOCUMENT_HEADS.has(toks[d]?.lower ?? "") && /^(?:from|by)$/.test(from?.lower ?? ""))
      return toks[d + 2]?.type === "w" ? d + 2 : -1;
  }
  if (!isPutOut(toks[i])) {
    if (!/^(?:a|an|the|new|one|recent|latest)$/.test(toks[i]?.lower ?? "")) return -1;
    const end = Math.min(toks.length, i + 5);
    i++;
    while (i < end && toks[i]!.type === "w" && !isPutOut(toks[i])) i++;
    if (i >= end || !isPutOut(toks[i])) return -1;
  }
  i++;
  if (MADE_BY.test(toks[i]?.lower ?? "")) i++;
  if (/^(?:up|out|together)$/.test(toks[i]?.lower ?? "")) i++;
  return toks[i]?.lower === "by" && toks[i + 1]?.type === "w" ? i + 1 : -1;
}

/** `"…," according to a report published by UK-based consultancy Analysys`: the document's maker
 *  speaks (a CLOSING_TAG_RULES entry before tag-according-to, which would read "a report"). */
export const ACCORDING_DOCUMENT_BY_RULE: Alternative<{ toks: Tok[]; k: number; text: string }, Cue> = {
  name: "according-document-by",
  doc: '`"…," according to a report published by consultancy Calder`: the document\'s maker is the source',
  try: ({ toks, k, text }) => {
    if (toks[k]!.lower !== "according" || toks[k + 1]?.lower !== "to") return null;
    const at = documentAgentAt(toks, k);
    const p = at < 0 ? null : phraseAfter(toks, at, text);
    return p && /\p{Lu}/u.test(p.text) ? { speaker: p, cue: "according to", label: false } : null;
  },
};

/** `According to a study by the Harbour Trust, "…"`: the same rule for an opening "according to" at toks[k]. */
export const accordingDocumentBy = (
  toks: Tok[],
  k: number,
  text: string,
  switches: StepSwitches,
): Cue | null =>
  isOn("quotes", ACCORDING_DOCUMENT_BY_RULE.name, switches)
    ? ACCORDING_DOCUMENT_BY_RULE.try({ toks, k, text })
    : null;
