// Stage 3, before any cue is read: a sentence's words with the asides that never name a speaker
// taken out, or an office title joined into one word, so the cue rules read "Rep. Lena Ortiz
// said" for "Rep. Lena Ortiz (D-Wis.) said", "Senate leader Abel Korin said" for "…, R-Ky., said",
// "Orla Brennick has denounced" for "Already, Orla Brennick has denounced", "Priebus told" for
// "Priebus later Thursday told", and "Secretary of State" as one title word.

import { CLAUSE_BREAKERS, SENTENCE_ADVERBS, TIME_WORDS } from "../lexicons/clauses.ts";
import { ORG_NOUNS } from "../lexicons/organisations.ts";
import { ANONYMOUS_HEADS } from "../lexicons/sources.ts";
import { ROLE_HEADS, TITLE_HEADS, TITLE_OF_WORDS, TITLE_WORDS } from "../lexicons/titles.ts";
import type { Step } from "../steps.ts";
import { FRONT_AGO_STEP } from "./front-ago.ts";
import { FRONT_TIME_STEP } from "./front-time-phrase.ts";
import { MONTH_OPENER_STEP } from "./month-opener.ts";
import { isCap, isVerbish, type Tok } from "./tokens.ts";

/** The clause tokens of one sentence, as the steps below leave them. */
export interface SentenceTokens {
  toks: Tok[];
  /** Day names the article's people bear as surnames, lower case ("Mike Friday"): names there. */
  daySurnames?: ReadonlySet<string>;
}

/** "D-Wis", "R-Ky", "R-S.C.", "D": a party and state tag after a politician's name. */
const PARTY_TAG = /^(?:[RDI]|Dem|Rep|Ind)(?:-[A-Z][A-Za-z.]*)?$/;
const PARTS_OF_DAY = new Set(["night", "morning", "afternoon", "evening"]);
const isTag = (t: Tok | undefined) => t?.type === "w" && PARTY_TAG.test(t.text);
/** A verb beside a day name (defined once: tsx names a function made in a loop on every pass). */
const beside = (x: Tok | undefined) => !!x && isVerbish(x) && !isCap(x);

/** `(D-Wis.)`, `, R-Ky.,`: the end (exclusive) of a party tag opening at toks[i], else -1. */
function partyTagEnd(toks: Tok[], i: number): number {
  const open = toks[i]?.text;
  if ((open !== "(" && open !== ",") || !isTag(toks[i + 1]) || !isCap(toks[i - 1] ?? toks[i]!)) return -1;
  let e = i + 2;
  if (toks[e]?.text === ".") e++;
  if (open === "(") return toks[e]?.text === ")" ? e + 1 : -1;
  // ", R-Ky., said": the closing comma goes too when the verb follows it.
  if (toks[e]?.text !== ",") return -1;
  const next = toks[e + 1];
  return next?.type === "w" && !isCap(next) ? e + 1 : e;
}

const OPENERS_WITH_A_COMMA = (t: Tok) =>
  SENTENCE_ADVERBS.has(t.lower) ||
  /(?:ally|ously|ively|ately|ently|antly|edly|ably|ibly)$/.test(t.lower) ||
  CLAUSE_BREAKERS.has(t.lower);

/** "Already,", "Ultimately,", "To wit,", "Of course,": the end of an opening adverbial, else 0. */
function introEnd(toks: Tok[]): number {
  const first = toks[0];
  if (!first || !isCap(first) || !OPENERS_WITH_A_COMMA(first)) return 0;
  for (let c = 1; c < toks.length && c <= 3; c++) {
    const t = toks[c]!;
    if (t.text === ",") return isCap(toks[c + 1] ?? first) && toks[c + 1]?.type === "w" ? c + 1 : 0;
    if (t.type !== "w" || isCap(t)) return 0;
  }
  return 0;
}

/** Picture captions in brackets after a name: "Jane Doe (pictured) said". */
const CAPTION = /^(?:pictured|left|right|above|below|centre|center|inset|top|bottom)$/;
const DASH = /^[-–—]$/;

/** `(pictured)` / `- who has campaigned for years -` opening at toks[i] after a name and before a
 *  lower-case word: the end (exclusive) of the aside, else -1. */
function nameAsideEnd(toks: Tok[], i: number): number {
  const open = toks[i]!;
  const before = toks[i - 1];
  if (open.type !== "p" || before?.type !== "w" || !isCap(before)) return -1;
  if (open.text === "(") {
    let e = i + 1;
    while (e < toks.length && e - i <= 3 && toks[e]!.type === "w" && CAPTION.test(toks[e]!.lower)) e++;
    return e > i + 1 && toks[e]?.text === ")" ? e + 1 : -1;
  }
  if (!DASH.test(open.text)) return -1;
  for (let e = i + 1; e < toks.length && e - i <= 16; e++) {
    const t = toks[e]!;
    if (t.type === "q" || (t.type === "p" && /[.;:!?"“”]/.test(t.text))) return -1;
    if (t.type === "p" && DASH.test(t.text)) {
      const after = toks[e + 1];
      return e > i + 1 && after?.type === "w" && !isCap(after) ? e + 1 : -1;
    }
  }
  return -1;
}

/** Heads of a description that speaks: a source, a role, an office or a body ("the minister",
 *  "one unnamed correspondent", "the bank", "the band"). */
const describedHead = (t: Tok | undefined): boolean =>
  t?.type === "w" &&
  !isCap(t) &&
  (ANONYMOUS_HEADS.has(t.lower) ||
    ROLE_HEADS.has(t.lower) ||
    TITLE_WORDS.has(t.lower) ||
    ORG_NOUNS.has(t.lower) ||
    /^(?:band|trio|duo|quartet|orchestra|choir)$/.test(t.lower) ||
    /(?:man|woman|ent|ist|er|or)$/.test(t.lower));

/** `the minister - who was in Paris - said`: a dashed aside after a description's head and before
 *  a verb of saying: the end (exclusive) of the aside, else -1 (set 58: "One unnamed correspondent
 *  - all are anonymous - wrote:"). */
function descriptionAsideEnd(toks: Tok[], i: number): number {
  const open = toks[i]!;
  if (open.type !== "p" || !DASH.test(open.text) || !describedHead(toks[i - 1])) return -1;
  for (let e = i + 1; e < toks.length && e - i <= 16; e++) {
    const t = toks[e]!;
    if (t.type === "q" || (t.type === "p" && /[.;:!?"“”]/.test(t.text))) return -1;
    if (t.type === "p" && DASH.test(t.text)) {
      const after = toks[e + 1];
      return e > i + 1 && after?.type === "w" && isVerbish(after) && !isCap(after) ? e + 1 : -1;
    }
  }
  return -1;
}

/** The tokens without the spans `endAt` finds (a span's end where one starts at i, else -1). */
function withoutSpans(toks: Tok[], endAt: (toks: Tok[], i: number) => number): Tok[] {
  const out: Tok[] = [];
  for (let i = 0; i < toks.length; i++) {
    const e = endAt(toks, i);
    if (e < 0) out.push(toks[i]!);
    else i = e - 1;
  }
  return out;
}

export const TOKEN_STEPS: readonly Step<SentenceTokens>[] = [
  {
    name: "name-aside",
    doc: '"Jane Doe (pictured) said", "Jane Doe - who has campaigned for years - said": a caption or a dashed aside after a name is no part of the clause',
    run: (s) => {
      s.toks = withoutSpans(s.toks, nameAsideEnd);
    },
  },
  {
    name: "description-aside",
    doc: '"the minister - who was in Paris - said", "one correspondent - all are anonymous - wrote:": a dashed aside after a description\'s head, before a verb of saying, is no part of the clause',
    run: (s) => {
      s.toks = withoutSpans(s.toks, descriptionAsideEnd);
    },
  },
  {
    name: "party-affiliation",
    doc: '"Rep. Lena Ortiz (D-Wis.) said", "Abel Korin, R-Ky., said": the party tag is no part of the clause',
    run: (s) => {
      s.toks = withoutSpans(s.toks, partyTagEnd);
    },
  },
  {
    name: "intro-adverb",
    doc: '"Already, Orla Brennick has denounced … and said": an opening adverbial is never the speaker',
    run: (s) => {
      const e = introEnd(s.toks);
      if (e > 0) s.toks = s.toks.slice(e);
    },
  },
  FRONT_TIME_STEP,
  MONTH_OPENER_STEP,
  FRONT_AGO_STEP,
  {
    name: "time-not-speaker",
    doc: '"Priebus later Thursday told", "…, said Tuesday.": a day name beside a verb is never the speaker',
    run: (s) => {
      const { toks } = s;
      const out: Tok[] = [];
      for (let i = 0; i < toks.length; i++) {
        const t = toks[i]!;
        // "Thursday night": the part of the day goes with it.
        const e = PARTS_OF_DAY.has(toks[i + 1]?.lower ?? "") ? i + 2 : i + 1;
        const prev = toks[i - 1];
        const next = toks[e];
        const surname = s.daySurnames?.has(t.lower) && isCap(t);
        if (TIME_WORDS.has(t.lower) && !surname && (beside(prev) || beside(next))) i = e - 1;
        else out.push(t);
      }
      s.toks = out;
    },
  },
  {
    name: "office-title",
    doc: '"Secretary of State Imogen Farrow": an office with its "of" complement is one title word',
    run: (s) => {
      const { toks } = s;
      const out: Tok[] = [];
      for (let i = 0; i < toks.length; i++) {
        const t = toks[i]!;
        let e = i + 1;
        if (isCap(t) && TITLE_HEADS.has(t.text) && toks[e]?.lower === "of") {
          e++;
          while (e < toks.length && TITLE_OF_WORDS.has(toks[e]!.text)) e++;
        }
        // The complement must be followed by the name itself ("Secretary of State Imogen Farrow").
        const last = toks[e - 1]!;
        if (
          e > i + 2 &&
          last.text !== "the" &&
          last.text !== "and" &&
          toks[e]?.type === "w" &&
          isCap(toks[e]!)
        ) {
          const joined = toks
            .slice(i, e)
            .map((x) => x.text)
            .join("_");
          out.push({ ...t, text: joined, lower: joined.toLowerCase(), end: last.end });
          i = e - 1;
        } else out.push(t);
      }
      s.toks = out;
    },
  },
];
