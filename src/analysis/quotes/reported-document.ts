// Reported speech by a document: "A Harbour Board survey released Monday found that …", "In a
// Gazette poll, 40 percent of riders said …", "Port records show the ferry …". The source is the
// poll, survey, report or record as the article names it (an unnamed speaker whose words name
// its maker), never a person: the shared rules stop at the participle ("released Monday") or
// the day, and a person's name inside it ("a report by Calloway's office") is the maker's.

import { isOn, type StepSwitches } from "../steps.ts";
import { type Phrase, phraseOf } from "./phrases.ts";
import { contentFrom } from "./reported-clause.ts";
import { isCap, type Tok } from "./tokens.ts";
import type { Speaker } from "./types.ts";

export const DOCUMENT_SWITCH = {
  name: "reported-document",
  doc: '"A Gazette poll released Monday found that …", "In a Gazette poll, …": a poll, survey or report as the source',
};

/** Heads of a document that reports a finding. */
const DOCUMENT_HEADS = new Set(
  `poll polls survey surveys study studies report reports research analysis audit review count tally records
  data memo filing filings results figures estimates documents emails census`.split(/\s+/),
);
/** Words that open a document's finding at the sentence start ("In a Gazette poll, …"), for the cue scan. */
export const DOCUMENT_WORDS: readonly string[] = ["poll", "polls", "survey", "surveys"];

/** Verbs by which a document reports. */
const FINDING_VERBS = new Set(
  `found finds find show shows showed shown showing suggest suggests suggested indicate indicates
  indicated conclude concludes concluded reveal reveals revealed estimate estimates estimated`.split(/\s+/),
);
/** Words after a document's head that lead to its maker ("a poll by", "a survey of", "released by"). */
const LINKS = /^(?:by|from|of|for|conducted|released|published|commissioned|taken)$/;

/** The document's words from toks[s] to its head toks[h], and its maker after "by/from/for" when named. */
function documentPhrase(toks: Tok[], s: number, h: number, stop: number, text: string): Phrase | null {
  let e = h;
  for (let k = h + 1; k < stop && LINKS.test(toks[k]!.lower); k++)
    if (/^(?:by|from|for)$/.test(toks[k]!.lower)) {
      let m = k + 1;
      // "by the progressive Center for …": past the article and a lowercase word or two.
      while (m < stop && m - k < 4 && toks[m]!.type === "w" && !isCap(toks[m]!)) m++;
      while (
        m < stop &&
        toks[m]!.type === "w" &&
        (isCap(toks[m]!) || /^(?:of|and|for)$/.test(toks[m]!.lower))
      )
        m++;
      if (m > k + 1) e = m - 1;
      break;
    }
  while (e > h && !isCap(toks[e]!)) e--;
  // A document naming its maker: a capital that is no determiner, day or month.
  return toks.slice(s, e + 1).some((t) => isCap(t) && !NOT_MAKER.test(t.text))
    ? phraseOf(toks, s, e, text)
    : null;
}

const NOT_MAKER =
  /^(?:A|An|The|This|That|These|Those|Its|Their|Our|New|Recent|Latest|Early|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

/** The speaker of a document's finding: the document as the article names it, unnamed. */
export function documentSpeaker(sp: Speaker, p: Phrase): Speaker | null {
  // "according to a count by the Harbour Board": a maker the actor model knows speaks itself.
  if (sp.id) return null;
  const words = p.text.toLowerCase().split(/\s+/);
  if (!words.some((w) => DOCUMENT_HEADS.has(w))) return null;
  const name = p.text.replace(/^(?:the|a|an)\s+/i, "");
  return { ...sp, text: p.text, name, id: null, kind: "unnamed" };
}

/** The head of a document in toks[from…to), or -1. */
function headIn(toks: Tok[], from: number, to: number): number {
  for (let k = from; k < to; k++) if (DOCUMENT_HEADS.has(toks[k]!.lower)) return k;
  return -1;
}

/** "A Gazette poll released Monday found": the document before the finding verb toks[j]. */
export function documentSubject(toks: Tok[], j: number, text: string, switches: StepSwitches): Phrase | null {
  if (!FINDING_VERBS.has(toks[j]!.lower) || !isOn("quotes", DOCUMENT_SWITCH.name, switches)) return null;
  // The noun phrase opening the sentence (or the clause after a comma) up to the verb.
  let s = j - 1;
  // "ABC News/Washington Post poll": a slash or an ampersand joins the makers.
  while (s > 0 && j - s < 16 && (toks[s - 1]!.type === "w" || /^[/&]$/.test(toks[s - 1]!.text))) s--;
  if (toks[s]?.type !== "w") return null;
  if (/^(?:but|and|yet|so)$/.test(toks[s]!.lower)) s++;
  const h = headIn(toks, s, j);
  return h >= 0 ? documentPhrase(toks, s, h, j, text) : null;
}

/** "In a Gazette poll released Monday, 40 percent of riders said …": the words after the comma. */
export function documentOpening(
  toks: Tok[],
  text: string,
  switches: StepSwitches,
): { speaker: Phrase; content: { start: number; end: number } } | null {
  if (toks[0]?.lower !== "in" || !isOn("quotes", DOCUMENT_SWITCH.name, switches)) return null;
  let c = 1;
  while (c < toks.length && c < 16 && toks[c]!.text !== ",") c++;
  if (toks[c]?.text !== ",") return null;
  const h = headIn(toks, 1, c);
  const speaker = h >= 0 ? documentPhrase(toks, 1, h, c, text) : null;
  const content = contentFrom(toks, c + 1);
  return speaker && content ? { speaker, content } : null;
}
