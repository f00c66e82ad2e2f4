// Actor rules of session 23's name task (issue #13, BBC study sets 42-48): words before a role
// and a full name that the model read as people of their own.

import { DEMONYMS, PLACES } from "../lexicons/places.ts";
import { TITLE_HEADS, TITLE_WORDS } from "../lexicons/titles.ts";
import { addOrg, addPerson } from "./article-actors.ts";
import type { ChunkRule } from "./chunk-rules/rule.ts";
import { knownGivenName as given } from "./gender.ts";
import type { ArticleState } from "./types.ts";
import { NATION_PREFIX, ROLE_WORDS_LC, span, TITLE_MODIFIERS_LC } from "./word-classes.ts";

/** The switch of the role-modifier reading (read in chunk-rules/tagger.ts's lone-word guess). */
export const ROLE_MODIFIER_GIVEN_NAME_STEP = {
  name: "role-modifier-given-name",
  doc: "'Tony host Carl Brandt': a lone given name before a lower-case role and a full name names the event or show, not a person",
};

/** Lower-case words that may make up a role ("host", "executive producer", "new head coach"). */
const roleWord = (w: string) =>
  w !== "the" && w !== "and" && (ROLE_WORDS_LC.has(w) || TITLE_WORDS.has(w) || TITLE_MODIFIERS_LC.has(w));

/** " host Carl Brandt", " executive producer Ann Bell": one to three role words, then two capitalised words. */
const ROLE_THEN_FULL_NAME = /^ ((?:\p{Ll}[\p{L}-]* ){1,3})\p{Lu}\p{Ll}+ \p{Lu}[\p{L}'’-]+/u;

/**
 * Is the lone given name ending at `end` a modifier of the role and full name after it? A person
 * is never written by the given name alone before another's role ("Tony host Carl Brandt"): the
 * word is an event, award or show the role belongs to, so the tagger's person guess is not taken.
 */
export function givenNameModifier(st: ArticleState, word: string, end: number): boolean {
  if (!given(word)) return false;
  const m = ROLE_THEN_FULL_NAME.exec(st.text.slice(end, end + 80));
  if (!m) return false;
  const ws = m[1]!.trim().split(" ");
  return ws.every(roleWord) && (ROLE_WORDS_LC.has(ws[ws.length - 1]!) || TITLE_WORDS.has(ws[ws.length - 1]!));
}

/** The switch of the long office title ("Chief Secretary to the Treasury Ann Bell"). */
const OFFICE_TO_BODY_NAME_STEP = {
  name: "office-to-body-name",
  doc: "'Parliamentary Secretary to the Cabinet Office Dana Kerr': the name after an office's body is the office holder; the office alone is no person",
};

/** " to the Cabinet Office Dana Kerr": the body's words, then a name opening on a given name. */
const TO_BODY_NAME =
  /^ (?:to|of|for) the ((?:\p{Lu}[\p{L}-]* ){1,4})(\p{Lu}\p{Ll}+(?: \p{Lu}[\p{L}'’-]+){1,2})\b/u;

/** "Parliamentary Secretary" right before " to the <Body> <Name>": the office is read with the name. */
export const officeBeforeBodyName: ChunkRule = {
  ...OFFICE_TO_BODY_NAME_STEP,
  try: ({ st, c }) => {
    if (!TITLE_HEADS.has(c[c.length - 1]!.text) || c.some((t) => t.possessive)) return null;
    const m = TO_BODY_NAME.exec(st.text.slice(c[c.length - 1]!.end, c[c.length - 1]!.end + 120));
    const first = m?.[2]?.split(" ")[0];
    return first && given(first) ? true : null;
  },
};

/** "Cabinet Office Dana Kerr" after "Parliamentary Secretary to the ": the body, and its office holder. */
export const bodyNameAfterOffice: ChunkRule = {
  name: "body-name-after-office",
  doc: "'… Secretary to the Cabinet Office Dana Kerr': the run after an office's 'to the' is the body and the holder's name",
  try: ({ st, c, vocab }) => {
    if (c.length < 3) return null;
    const before = st.text.slice(Math.max(0, c[0]!.start - 80), c[0]!.start);
    const office = /((?:\p{Lu}[\p{L}-]* ){0,3}(\p{Lu}[\p{L}-]*)) (?:to|of|for) the $/u.exec(before);
    if (!office || !TITLE_HEADS.has(office[2]!)) return null;
    // the name: the last two or three words, opening on a given name, the body before it
    for (const n of [2, 3]) {
      const name = c.slice(c.length - n);
      const body = c.slice(0, c.length - n);
      if (body.length === 0 || !given(name[0]!.text)) continue;
      if (!name.every((t) => t.cap && !t.possessive) || body.some((t) => t.possessive)) continue;
      addOrg(st, body, true, "name");
      addPerson(st, name, `${before.slice(office.index)}${span(st.text, body)}`, true, vocab);
      return true;
    }
    return null;
  },
};

/** The switch of a clipping past a country's name (read in resolve-locally.ts's clipped-org-name). */
export const CLIPPED_PAST_COUNTRY_STEP = {
  name: "clipped-org-past-country",
  doc: "'the Fed' in an article naming the 'US Federal Reserve': a clipping of the word after a country's name or adjective",
};

/** The words of an organisation's name a clipping may shorten: the first, and with `on` the one
 *  after a country's name or adjective ("US Federal Reserve", "Canadian Monetary Authority"). */
export function clippable(tokens: readonly string[], on: boolean): string[] {
  const w = tokens[0]!;
  const country = NATION_PREFIX.has(w) || DEMONYMS.has(w) || PLACES.has(w);
  return on && country && tokens.length >= 3 ? [w, tokens[1]!] : [w];
}
