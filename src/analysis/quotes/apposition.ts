// A speaker named twice: a role and the name in apposition to it ("Calder Mills' spokeswoman, Wren
// Atallah, said"). The name speaks; the role stays with it so the speaker can be linked to the
// organisation it works for ("… for the Harbour Trust", "the Harbour Trust's …").

import { ORG_NAME_HEADS, ORG_STARTS } from "../lexicons/organisations.ts";
import { PLACE_HEADS, PLACES } from "../lexicons/places.ts";
import { TITLE_HEADS, TITLE_MODIFIERS } from "../lexicons/titles.ts";
import { ALL_STEPS, isOn, type StepSwitches } from "../steps.ts";
import { OFFICE_OF_BODY_SWITCH, officeOfBody } from "./office-of-body.ts";
import type { Phrase } from "./phrases.ts";
import { nameRun, phraseOf } from "./phrases.ts";
import { possessedOffice } from "./s24b-possessed-office.ts";
import { CAPITAL_OFFICE_APPOSITION_SWITCH } from "./set29-switches.ts";
import { definiteOffice } from "./set32-switches.ts";
import type { Tok } from "./tokens.ts";

/** A speaker's words, with the role they were given in apposition to, if any. */
export interface NamedPhrase extends Phrase {
  role?: Phrase;
  /** Where an "of <place>" after the name ends ("Ann Roe of Iceland"). */
  tailEnd?: number;
}

/** A description rather than a name: its head word is in lower case ("the trust's spokeswoman"),
 *  or a role for a place or body ("Labour MP for Bath", "a spokesman for Calder Water"; switch
 *  "role-for-place"; "the festival organiser in Leeds"). */
const isRolePhrase = (
  p: Phrase,
  forPlace: boolean,
  text: string,
  toBody: boolean,
  cap = false,
  officeOf = false,
): boolean =>
  /(?:^|\s)\p{Ll}[\p{L}-]*$/u.test(p.text) ||
  (cap && capitalOffice(p.text)) ||
  // "The Governor of the Bank of Zemla, Robin Ashby-Crane," (office-of-body.ts, switch)
  // …not itself in apposition to a name before it ("Mr Hale, MP for Henley, Oxfordshire, said")
  (officeOf && officeOfBody(p.text) && !/,\s*$/.test(text.slice(Math.max(0, p.start - 3), p.start))) ||
  // "Mr Hale, MP for Henley, Oxfordshire, said": a role itself in apposition is followed by its place
  (forPlace && ROLE_FOR.test(p.text) && !/,\s*$/.test(text.slice(Math.max(0, p.start - 3), p.start))) ||
  (toBody && roleToBody(p, text));

/** "Scottish Finance Minister", "The Foreign Secretary": capitalised office words ending in an
 *  office head; the first may be a nationality ("Australian", "Welsh"). A name ("John Major") is
 *  none: its first word is neither an office word nor a nationality. */
function capitalOffice(text: string): boolean {
  const w = text.replace(/^the\s+/i, "").split(/\s+/);
  if (w.length < 2 || w.length > 4 || !TITLE_HEADS.has(w[w.length - 1]!)) return false;
  const office = (x: string) => TITLE_MODIFIERS.has(x) || TITLE_HEADS.has(x);
  return w.slice(1, -1).every(office) && (office(w[0]!) || /^\p{Lu}\p{Ll}+(?:an|ish|ese)$/u.test(w[0]!));
}

/** "chief secretary to the Treasury", "adviser to the President": a lowercase office "to" a body
 *  (switch "role-to-body"); after an opening clause ("Replying, adviser to …") but not after a
 *  name it stands in apposition to ("Mr Hale, adviser to the Treasury, Whitehall, said"). */
const roleToBody = (p: Phrase, text: string): boolean =>
  ROLE_TO.test(p.text) && !/\p{Lu}[\p{L}'’.-]*,\s*$/u.test(text.slice(Math.max(0, p.start - 40), p.start));

const ROLE_TO =
  /(?:^|\s)\p{Ll}[\p{L}-]*\s+to\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:and\s+|of\s+)?\p{Lu}[\p{L}'’.-]*){0,4}$/u;

const ROLE_FOR =
  /(?:^|\s)(?:\p{Ll}[\p{L}-]*|MP|MSP|MEP|AM|MLA)\s+(?:for|of|at|in)\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:and\s+|of\s+|upon\s+)?\p{Lu}[\p{L}'’.-]*){0,4}$/u;

/**
 * `<role>, <Name>,` with the role ending right before toks[c] (a comma): the name, with its role,
 * when only a name stands between that comma and the next comma, the verb at `stop`, or the end.
 */
export function nameAfterRole(
  toks: Tok[],
  c: number,
  role: Phrase,
  text: string,
  stop = -1,
  forPlace = false,
  toBody = false,
  switches?: StepSwitches,
): NamedPhrase | null {
  const cap = !!switches && isOn("quotes", CAPITAL_OFFICE_APPOSITION_SWITCH.name, switches);
  const officeOf = isOn("quotes", OFFICE_OF_BODY_SWITCH.name, switches ?? ALL_STEPS);
  // ("The Higher Education Minister, Kim Howells,": a definite capitalised office, set 32)
  const office = definiteOffice(role.text, switches) || possessedOffice(role.text, switches);
  if (toks[c]?.text !== "," || !(office || isRolePhrase(role, forPlace, text, toBody, cap, officeOf)))
    return null;
  let e = c + 1;
  const described = isOn("quotes", DESCRIBED_APPOSED_NAME_SWITCH.name, switches ?? ALL_STEPS);
  while (e < toks.length && e - c <= (described ? 7 : 5) && toks[e]!.type === "w" && e !== stop) e++;
  const after = toks[e];
  if (e === stop ? false : after && !(after.type === "p" && /^[,.;]$/.test(after.text))) return null;
  // "the chairman, Ambassador Ann Roe of Iceland, said": the name before "of" and a place or body (switch)
  const of = nameRun(toks, c + 1, e) && e - c <= 6 ? e : nameOfPlace(toks, c + 1, e, switches);
  // "Her coach, former Olympic hurdler Tony Brennan, said": the name after its own description (switch)
  const [from, to] = of >= 0 ? [c + 1, of] : ((described ? describedName(toks, c + 1, e) : null) ?? [-1, -1]);
  if (from < 0) return null;
  return { ...phraseOf(toks, from, to - 1, text), role, tailEnd: toks[e - 1]!.end };
}

export const DESCRIBED_APPOSED_NAME_SWITCH = {
  name: "apposition-described-name",
  doc: '"Her coach, former Olympic hurdler Tony Brennan, said", "Another analyst, Fiona Gault at Merchant Securities, said": the name in apposition after its own lower-case description, or before where they work',
};

/** Lower-case words that join or govern, no description's noun ("Technology and Intellectual Property"). */
const FUNCTION_WORD = /^(?:and|or|of|the|a|an|for|to|in|at|on|with|by|from|as|nor|but)$/;

/** toks[s..e) is a description ending in a lower-case noun ("former hurdler", "19-year-old"), then a
 *  name of two or three capitalised words, then perhaps where they are from or work ("at Merchant
 *  Securities", "from Rotherham"): the name as [start, end), else null. */
function describedName(toks: Tok[], s: number, e: number): readonly [number, number] | null {
  // (the tail: a preposition and capitalised words only)
  const t = toks.findIndex((x, i) => i > s + 1 && i < e - 1 && TAIL_PREPOSITION.test(x.lower));
  const end = t > 0 && toks.slice(t + 1, e).every((x) => /^\p{Lu}/u.test(x.text)) ? t : e;
  for (const n of [end - 2, end - 3]) {
    if (n < s || !nameRun(toks, n, end)) continue;
    // ("retired GP Dr John Whitworth": a title between the description and the name, session 44)
    const titled = n - 1 > s && HONORIFIC.test(toks[n - 1]!.text);
    const noun = toks[titled ? n - 2 : n - 1]!;
    const described =
      noun.type === "w" &&
      ((/^[\p{Ll}\d][\p{Ll}\d-]+$/u.test(noun.text) && !FUNCTION_WORD.test(noun.text)) ||
        ROLE_ACRONYM.test(noun.text));
    if ((n === s && end < e) || (n > s && described)) return [titled ? n - 1 : n, end];
  }
  return null;
}

/** Titles that may stand between a description and a name ("retired GP Dr Ann Roe"). */
const HONORIFIC = /^(?:Dr|Mr|Mrs|Ms|Miss|Prof|Sir|Dame|Rev)\.?$/;
/** Roles written as capitals that end a description ("retired GP", "Labour MP"). */
const ROLE_ACRONYM = /^(?:GP|MP|MEP|MSP|QC|AM|MLA)$/;

/** Words that open where a person in apposition is from or works. */
const TAIL_PREPOSITION = /^(?:at|from|of|in)$/;

export const NAME_OF_PLACE_SWITCH = {
  name: "apposition-name-of-place",
  doc: '"the chairman of the talks, Ambassador Ann Roe of Iceland, said": the name in apposition before "of" and a place or body',
};

/** toks[s..e) is a person's name of two words or more, "of" and one or two capitalised words (a
 *  place or body): the index of "of", else -1. A name that is itself a body's ("Bank of …") is none. */
function nameOfPlace(toks: Tok[], s: number, e: number, switches?: StepSwitches): number {
  if (!switches || !isOn("quotes", NAME_OF_PLACE_SWITCH.name, switches)) return -1;
  const of = toks.findIndex((t, i) => i > s && i < e && t.lower === "of");
  if (of < s + 2 || e - of > 3 || !nameRun(toks, s, of) || !nameRun(toks, of + 1, e)) return -1;
  const last = toks[of - 1]!.text;
  return ORG_STARTS.has(last) || ORG_NAME_HEADS.has(last) || PLACE_HEADS.has(last) || PLACES.has(last)
    ? -1
    : of;
}
