// "Tom Marr on Monday said", "the minister last week told", "Ms Hale in a statement said": a
// time or setting phrase between the subject and its verb is read past, so the subject speaks,
// not "Monday" or "the weekend" (switch "subject-past-adverbial").

import { TIME_DETERMINERS, TIME_NOUNS, TIME_WORDS } from "../lexicons/clauses.ts";
import { DOCUMENT_HEADS } from "../lexicons/sources.ts";
import { type Alternative, isOn } from "../steps.ts";
import { type Phrase, phraseBefore } from "./phrases.ts";
import { SUBJECT_PAST_MONTH_SWITCH } from "./set28-switches.ts";
import type { VerbAt } from "./subject-past-apposition.ts";
import type { Tok } from "./tokens.ts";

/** Settings a statement is made in ("in a statement", "in an interview", "at a news conference"). */
const SETTINGS = new Set([
  "interview",
  "speech",
  "statement",
  "letter",
  "message",
  "conference",
  "briefing",
  "broadcast",
  "debate",
  "meeting",
  "weekend",
  "rally",
]);
/** Parts of a day after a day's name ("on Monday night"). */
const DAY_PARTS = new Set(["morning", "afternoon", "evening", "night"]);
const SINGLE = new Set(["however", "too", "though", "meanwhile"]);
const SETTING_DETS = new Set(["a", "an", "the", "his", "her", "its", "their"]);

const MONTHS = /^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/;

/** "in March", "in May 2003" ending at toks[b] (set 28): where it begins, or -1. */
export function monthPhraseStart(toks: Tok[], b: number): number {
  const w = (k: number) => (k >= 0 && toks[k]!.type === "w" ? toks[k]!.lower : "");
  const m = /^\d{4}$/.test(w(b)) ? b - 1 : b;
  // (a capital: "may" and "march" are words too)
  return MONTHS.test(w(m)) && /^\p{Lu}/u.test(toks[m]!.text) && w(m - 1) === "in" ? m - 1 : -1;
}

/** "Tom Marr on Monday said", "the minister last week told", "Ms Hale in a statement said",
 *  "Ray Donnell in March said" (switch subject-past-month): the subject before the phrase. */
export const SUBJECT_PAST_ADVERBIAL_RULE: Alternative<VerbAt, Phrase> = {
  name: "subject-past-adverbial",
  doc: '"Tom Marr on Monday said", "the minister last week told", "Ms Hale in a statement said": the subject before a time or setting phrase',
  try: ({ toks, b, text, switches }) => {
    let a = b > 0 ? adverbialStart(toks, b) : -1;
    if (a < 0 && b > 0 && isOn("quotes", SUBJECT_PAST_MONTH_SWITCH.name, switches))
      a = monthPhraseStart(toks, b);
    const p = a > 0 && toks[a - 1]!.type === "w" ? phraseBefore(toks, a, text) : null;
    return p && (/^\p{Lu}/u.test(p.text) || /^the\s/i.test(p.text)) ? p : null;
  },
};

/** Where the time or setting phrase ending at toks[b] begins, or -1. */
function adverbialStart(toks: Tok[], b: number): number {
  const w = (k: number) => (k >= 0 && toks[k]!.type === "w" ? toks[k]!.lower : "");
  // (a day's name beside the verb is already out of the words: "Tom Marr on [Monday] said")
  if (SINGLE.has(w(b)) || w(b) === "on") return b;
  // "last week", "earlier this month"
  if (TIME_NOUNS.has(w(b)) && TIME_DETERMINERS.has(w(b - 1)))
    return /^(?:earlier|later)$/.test(w(b - 2)) ? b - 2 : b - 1;
  // "on Monday", "on Monday night"
  const day = DAY_PARTS.has(w(b)) && TIME_WORDS.has(w(b - 1)) ? b - 1 : b;
  if (TIME_WORDS.has(w(day)) && w(day - 1) === "on") return day - 1;
  // "in a statement", "in a radio interview", "at the weekend", "at a news conference"
  if (SETTINGS.has(w(b)) || DOCUMENT_HEADS.has(w(b))) {
    for (let k = b - 1; k >= b - 3 && k >= 1; k--) {
      if (SETTING_DETS.has(w(k)) && /^(?:in|at|during)$/.test(w(k - 1))) return k - 1;
      if (toks[k]!.type !== "w") break;
    }
  }
  return -1;
}
