// Headline words whose speaker only the body shows (session 15):
// - "Minister rebuts 'sham' claims": the words a title's person rebuts (denies, dismisses) as
//   someone's claims are not that person's; they are the body's speaker of the same term.
// - "Holt hails 'superb' win" over `… "It was a superb performance," Holt said.`: a one-word
//   headline quotation a body statement of a person the title names holds is that person's; a
//   one-word body term ("condemned it as a "sham"") is its speaker's.
// - "Sales 'fall' 40%" over "… sales fell 40% …, Ledger Weekly has said.": a headline verb the
//   lead uses in its irregular past is used in the lead.

import type { QuoteDoc } from "./state.ts";
import type { QuoteFound } from "./types.ts";

export const HEADLINE_BODY_SWITCHES = [
  {
    name: "headline-rebutted-claim",
    doc: "\"Minister rebuts 'sham' claims\": the person who rebuts, denies or dismisses a headline's quoted claim is not its speaker",
  },
  {
    name: "headline-word-in-body",
    doc: "\"Holt hails 'superb' win\": a one-word headline quotation is the body's speaker of the same one-word term, or of a statement holding it by a person the title names",
  },
  {
    name: "headline-irregular-past",
    doc: '"Sales \'fall\' 40%" over "… sales fell 40% …": a headline verb the lead uses in its irregular past is used in the lead',
  },
] as const;

/** Verbs a title's person rebuts someone's quoted claim with. */
const REBUT_VERB = /^(?:rebuts|denies|rejects|dismisses|refutes|disputes|counters|shrugs|laughs)$/;
/** Nouns after the quoted words that make them someone's claim ("'sham' claims"). */
const CLAIM_NOUN =
  /^\s*(?:claims?|allegations?|charges?|accusations?|jibes?|slurs?|taunts?|criticism|suggestions?)\b/;

/** "Minister rebuts 'sham' claims": the title's verb before the words rebuts them as a claim. */
export function rebuttedClaim(verb: string, titleAfter: string): boolean {
  return REBUT_VERB.test(verb) && CLAIM_NOUN.test(titleAfter);
}

const fold = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();

const named = (q: QuoteFound) =>
  q.kind !== "reported" &&
  !!q.speakerName &&
  (q.speakerKind === "person" || q.speakerKind === "organization");

/** The body quotation whose speaker says the one-word headline quotation `word`: a term of just
 *  that word, else a statement holding it by a person the title names. */
export function bodyWordSpeaker(
  doc: QuoteDoc,
  word: string,
  found: readonly QuoteFound[],
  title: { start: number; end: number },
): QuoteFound | null {
  const w = fold(word);
  if (!w || w.includes(" ")) return null;
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${w.replace(/[^\p{L}\p{N}]/gu, "")}(?![\\p{L}\\p{N}])`, "giu");
  const term = found.find((q) => named(q) && fold(q.text) === w);
  // (not a word the body also uses outside quotation marks: "'Blog' picked as word of the year")
  if (term && !usedUnquoted(doc, re, found, title.end)) return term;
  const inTitle = new Set(
    [...doc.text.slice(title.start, title.end).matchAll(/\p{Lu}[\p{L}'’-]+/gu)]
      .map((m) => doc.actors.resolve(m[0]))
      .filter((a) => a?.kind === "person")
      .map((a) => a!.id),
  );
  return (
    found.find(
      (q) =>
        named(q) && q.speakerKind === "person" && inTitle.has(q.speakerId ?? "") && !!fold(q.text).match(re),
    ) ?? null
  );
}

/** The body uses the word outside every quotation too. */
function usedUnquoted(doc: QuoteDoc, re: RegExp, found: readonly QuoteFound[], from: number): boolean {
  return [...doc.text.slice(from).matchAll(re)].some((m) => {
    const at = from + m.index;
    return !found.some((q) => q.kind !== "reported" && q.start <= at && at < q.end);
  });
}

/** Irregular past tenses of verbs a headline uses in the present ("falls" → "fell"). */
const IRREGULAR_PAST: ReadonlyMap<string, string> = new Map([
  ["falls", "fell"],
  ["fall", "fell"],
  ["rises", "rose"],
  ["rise", "rose"],
  ["grows", "grew"],
  ["grow", "grew"],
  ["wins", "won"],
  ["win", "won"],
  ["loses", "lost"],
  ["lose", "lost"],
  ["sells", "sold"],
  ["sell", "sold"],
  ["sinks", "sank"],
  ["shrinks", "shrank"],
  ["takes", "took"],
  ["leaves", "left"],
  ["quits", "quit"],
]);

/** The lead uses the headline word's irregular past ("fell" for 'falls'). */
export function pastInLead(lead: string, word: string): boolean {
  const past = IRREGULAR_PAST.get(word.toLowerCase());
  return !!past && new RegExp(`(?<![\\p{L}])${past}(?![\\p{L}])`, "iu").test(lead);
}
