// Organisation names: known phrases, org heads ("State Department"), "X of Y" bodies, national
// bodies ("UK Athletics"), and a lower-case institution or descriptor noun after a run.

import type { NameWord as Token } from "../../text/views.ts";
import { EVENT_HEADS, NEVER, SENTENCE_STARTERS } from "../lexicons/not-names.ts";
import {
  INSTITUTION_NOUNS,
  KNOWN_ORGS,
  ORG_DESCRIPTOR_NOUNS,
  ORG_NAME_HEADS,
  ORG_STARTS,
} from "../lexicons/organisations.ts";
import { GIVEN_NAMES } from "../lexicons/person-names.ts";
import { DEMONYMS, NATIONS, PLACE_HEADS, PLACE_MODIFIERS, PLACES } from "../lexicons/places.ts";
import { HONORIFICS, TITLE_HEADS } from "../lexicons/titles.ts";
import { isOn } from "../steps.ts";
import { addOrg, afterHonorific, knownSurname } from "./article-actors.ts";
import { midSentence } from "./cues.ts";
import type { ArticleState, Via, Vocab } from "./types.ts";
import { isCommon, isWord } from "./vocabulary.ts";
import { COUNTRY_PREFIX, describesPeople, KNOWN_PHRASES, NATION_PREFIX } from "./word-classes.ts";

interface OrgSpan {
  tokens: Token[];
  strong: boolean;
  via: Via;
}

export function orgSpan(c: Token[], text: string, vocab: Vocab): OrgSpan | null {
  const words = c.map((t) => t.text);
  const last = words[words.length - 1]!;
  // known multi-word org
  for (const p of KNOWN_PHRASES) {
    if (p.length === words.length && p.every((w, i) => w === words[i]))
      return { tokens: c, strong: true, via: "name" };
  }
  const t = c;
  if (
    t.length >= 2 &&
    ORG_NAME_HEADS.has(last) &&
    (!t.every((x) => ORG_NAME_HEADS.has(x.text) || DEMONYMS.has(x.text)) ||
      (t.length === 2 && DEMONYMS.has(words[0]!) && !ORG_NAME_HEADS.has(words[0]!)))
  ) {
    return { tokens: t, strong: true, via: "name" };
  }
  // "Bank of England", "Office for National Statistics", "Committee to Protect Journalists"
  const of = words.findIndex((w) => w === "of" || w === "for" || w === "to");
  if (
    of > 0 &&
    of < words.length - 1 &&
    (ORG_STARTS.has(words[of - 1]!) || ORG_NAME_HEADS.has(words[of - 1]!))
  )
    return { tokens: t, strong: true, via: "name" };
  // (not "Mr Warner" or "Lady Ford": a firm's name after an honorific is a surname)
  if (
    t.length === 1 &&
    KNOWN_ORGS.has(last) &&
    !(t[0]!.acronym && isCommon(last, vocab)) &&
    !afterHonorific(text, t[0]!)
  ) {
    return { tokens: t, strong: true, via: t[0]!.acronym ? "acronym" : "name" };
  }
  // Known org followed by a division name: "BBC Scotland", "Sky Sports"
  if (t.length >= 2 && t.length <= 3 && KNOWN_ORGS.has(words[0]!) && !GIVEN_NAMES.has(words[1]!)) {
    return { tokens: t, strong: true, via: "name" };
  }
  return null;
}

/** A national body: "UK Athletics", "USA Track and Field", "Sport England" (not "Great Britain"). */
export function nationalBody(c: Token[], vocab: Vocab): OrgSpan | null {
  const words = c.map((t) => t.text);
  if (c.length < 2 || c.length > 4) return null;
  if (words.some((w) => TITLE_HEADS.has(w) || GIVEN_NAMES.has(w) || NEVER.has(w) || HONORIFICS.has(w)))
    return null;
  const last = words[words.length - 1]!;
  if (EVENT_HEADS.has(last) || PLACE_HEADS.has(last)) return null;
  const rest = words.slice(1).filter((w) => w !== "and" && w !== "of");
  if (
    NATION_PREFIX.has(words[0]!) &&
    rest.length > 0 &&
    rest.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && isWord(w, vocab) && !DEMONYMS.has(w) && !PLACES.has(w))
  )
    return { tokens: c, strong: true, via: "name" };
  if (
    c.length === 2 &&
    NATIONS.has(last) &&
    /^\p{Lu}\p{Ll}+$/u.test(words[0]!) &&
    isWord(words[0]!, vocab) &&
    !PLACE_MODIFIERS.has(words[0]!) &&
    !DEMONYMS.has(words[0]!) &&
    !SENTENCE_STARTERS.has(words[0]!)
  )
    return { tokens: c, strong: true, via: "name" };
  return null;
}

/**
 * A lower-case noun after a capitalised run: an institution noun belongs to the name ("Labour party",
 * "West Yorkshire police", "Superior court"); a descriptor ("Vanity Fair magazine") makes the run an
 * organisation without being part of it. A bare nationality ("British police") is not a name.
 */
export function institutionOrDescriptor(st: ArticleState, c: Token[], vocab: Vocab): boolean {
  const last = c[c.length - 1]!;
  if (last.possessive) return false;
  const m = /^ ([a-z][a-z-]+)\b/.exec(st.text.slice(last.end, last.end + 24));
  if (!m) return false;
  const noun = m[1]!;
  const words = c.map((t) => t.text);
  if (words.every((w) => describesPeople(w) || COUNTRY_PREFIX.has(w) || NEVER.has(w))) return false;
  if (words.some((w) => TITLE_HEADS.has(w) || HONORIFICS.has(w) || GIVEN_NAMES.has(w))) return false;
  if (INSTITUTION_NOUNS.has(noun)) {
    const end = last.end + 1 + noun.length;
    const withNoun: Token = { ...last, text: st.text.slice(last.start, end), end };
    addOrg(st, [...c.slice(0, -1), withNoun], true, "name");
    return true;
  }
  if (
    ORG_DESCRIPTOR_NOUNS.has(noun) &&
    (c.length >= 2 || !isCommon(last.text, vocab) || titled(st, c, noun))
  ) {
    if (c.length === 1 && knownSurname(st, c)) return false;
    if (words.some((w) => PLACES.has(w) || EVENT_HEADS.has(w))) return false;
    addOrg(st, c, true, c.length === 1 && c[0]!.acronym ? "acronym" : "name");
    return true;
  }
  return false;
}

/** The switch of the mid-sentence publication title. */
export const COMMON_WORD_TITLE_STEP = {
  name: "common-word-title",
  doc: "'Broadcast magazine said', 'a report in Time magazine': a common word capitalised mid-sentence before 'magazine' or 'newspaper' is the publication's title",
};

const PUBLICATIONS = new Set(["magazine", "newspaper", "tabloid", "journal"]);

/** One common word capitalised mid-sentence (after a lower-case word or a comma) before a
 *  publication noun: a title, whatever the corpus makes of the word elsewhere. */
function titled(st: ArticleState, c: Token[], noun: string): boolean {
  return (
    c.length === 1 &&
    PUBLICATIONS.has(noun) &&
    isOn("actors", COMMON_WORD_TITLE_STEP.name, st.switches) &&
    midSentence(st.text, c[0]!.start)
  );
}

/** A known multi-word organisation at the start of a run (or after one sentence-initial word). */
export function knownPhraseAt(c: Token[]): { from: number; to: number } | null {
  for (const from of [0, 1]) {
    for (const p of KNOWN_PHRASES) {
      if (p.length + from <= c.length && p.every((w, i) => w === c[from + i]!.text)) {
        return { from, to: from + p.length };
      }
    }
  }
  return null;
}
