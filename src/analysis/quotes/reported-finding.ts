// A body's or a study's finding: "The Halden Institute found the town was badly prepared", "the
// BCC found the economy still faced risks", "…, a Marlow study found." An organisation or a
// document "finds" what it reports, with or without "that"; a person who "found the keys" does
// not, so only a subject that names an organisation (its head noun or an acronym) or a document.

import { ORG_NOUNS } from "../lexicons/organisations.ts";
import type { Alternative } from "../steps.ts";
import type { Phrase } from "./phrases.ts";
import { clauseAt, contentFrom, lastContentTok } from "./reported-clause.ts";
import { type CueAt, cueWith, type ReportedCue, subjectOf, verbCue } from "./reported-cue.ts";
import type { Tok } from "./tokens.ts";

const FINDS = /^(?:found|finds|shows|showed|shown)$/;
/** The finding verb the shared lexicons leave out, for the cue scan. */
export const FINDING_CUE_WORDS: readonly string[] = ["shown"];
/** Heads of a document that finds ("a new study", "Ericsson's research"). */
const DOCUMENTS =
  /^(?:study|studies|survey|surveys|report|reports|research|poll|polls|analysis|review|audit)$/;

/** A subject that names an organisation ("the Halden Institute", "the BCC") or a document. */
function findsAsBody(p: Phrase): boolean {
  const last = p.text.split(/\s+/).pop()!;
  return (
    DOCUMENTS.test(last.toLowerCase()) ||
    (/^\p{Lu}/u.test(last) && ORG_NOUNS.has(last.toLowerCase())) ||
    /^\p{Lu}[\p{Lu}&]{1,5}$/u.test(last)
  );
}

/** "…, a Marlow study found.": the finding before its tag, from the sentence start to the comma. */
function tagBefore(toks: Tok[], sp: Phrase): { start: number; end: number } | null {
  const s = toks.findIndex((t) => t.start === sp.start);
  if (s < 3 || toks[s - 1]!.text !== ",") return null;
  return { start: toks[0]!.start, end: toks[s - 2]!.end };
}

export const REPORTED_FINDING: Alternative<CueAt, ReportedCue> = {
  name: "reported-finding",
  doc: '"The Halden Institute found the town was …", "…, a Marlow study found.": an organisation\'s or a study\'s finding, without "that"',
  try: (c) => {
    const { toks, j } = c;
    if (!FINDS.test(toks[j]!.lower) || !verbCue(c)) return null;
    const sp = subjectOf(c);
    if (!sp || !findsAsBody(sp)) return null;
    if (lastContentTok(toks, j + 1) < j + 1) return cueWith(sp, toks[j]!.lower, tagBefore(toks, sp));
    // "has shown that …" ("shown" is no verb of the shared "that" rule).
    const k = toks[j + 1]?.lower === "that" ? j + 2 : j + 1;
    return clauseAt(toks, k) ? cueWith(sp, toks[j]!.lower, contentFrom(toks, k)) : null;
  },
};
