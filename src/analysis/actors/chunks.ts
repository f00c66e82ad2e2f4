// Runs of capitalised words within a sentence, the units the chunk rules read.

import type { NameWord as Token } from "../../text/views.ts";
import { NEVER } from "../lexicons/not-names.ts";
import {
  KNOWN_ORGS,
  ORG_CONNECTORS,
  ORG_NAME_HEADS,
  ORG_STARTS,
  WEEKDAY_PAPER_HEADS,
} from "../lexicons/organisations.ts";
import { GIVEN_NAMES, PARTICLES_IN_ACTOR_NAMES } from "../lexicons/person-names.ts";
import { DEMONYMS } from "../lexicons/places.ts";
import { TITLE_HEADS, TITLE_MODIFIERS } from "../lexicons/titles.ts";
import { type NameRunRules, nameRuns } from "../name-runs.ts";
import { innerAndJoins } from "./s22-org-steps.ts";
import { twoBodiesAnd } from "./s26-names-and.ts";
import type { Sent } from "./types.ts";
import { joined, MONTH_GIVEN_NAMES, MONTH_SURNAMES, NATION_PREFIX } from "./word-classes.ts";

/** The last text's rules: an article's sentences share them (tsx names each closure made, per call). */
let lastRules: { text: string; innerAnd: boolean; twoBodies: boolean; rules: NameRunRules<Token> } | null =
  null;

/** The actor model's rules for the capitalised-run walk (name-runs.ts) over one text. */
function actorRunRules(text: string, innerAnd: boolean, twoBodies: boolean): NameRunRules<Token> {
  if (lastRules?.text !== text || lastRules.innerAnd !== innerAnd || lastRules.twoBodies !== twoBodies)
    lastRules = { text, innerAnd, twoBodies, rules: makeRunRules(text, innerAnd, twoBodies) };
  return lastRules.rules;
}

const ARTICLE = /^(?:The|An)$/; // (not "A": "Charles A Blixt" has a middle initial)

function makeRunRules(text: string, innerAnd: boolean, twoBodies: boolean): NameRunRules<Token> {
  const adj = (a: Token, b: Token) => joined(text, a, b, 0);
  return {
    cap: (t) => t.cap,
    particle: (t) => PARTICLES_IN_ACTOR_NAMES.has(t.text),
    maxParticles: Number.POSITIVE_INFINITY,
    joined: adj,
    particleStarts: true,
    // ("… analyst Vadim Mitroshin The dispute": a capitalised article inside a run opens a sentence
    // whose full stop the copy lost)
    stops: (t, prev) => (NEVER.has(t.text) && !monthSurname(t, prev)) || (ARTICLE.test(t.text) && prev.cap),
    // "of"/"for"/"and"/"&" join organisation names and titles ("Secretary of State")
    connector: (t, from, j) => {
      const next = t[j]!;
      if (!ORG_CONNECTORS.has(next.text)) return -1;
      const chunk = t.slice(from, j);
      // (session 26, switch "two-bodies-and": s26-names-and.ts)
      if (twoBodies && next.text === "and" && twoBodiesAnd(chunk, t, j, text)) return -1;
      // (session 22, switch "org-inner-and": s22-org-steps.ts)
      const inner = innerAnd && next.text === "and" && innerAndJoins(chunk, t, j, text);
      if (!inner && !connectorJoins(chunk, t, j, text)) return -1;
      let k = j + 1;
      if (next.text === "of" && t[k]?.text === "the" && adj(next, t[k]!)) k++;
      return t[k]?.cap && adj(t[k - 1]!, t[k]!) ? k : -1;
    },
  };
}

/** Runs of capitalised words (with particles and org connectors) within a sentence, without
 *  words that are never names at their ends. */
export function chunksOf(
  s: Sent,
  text: string,
  innerAnd = true,
  twoBodies = true,
  papers = true,
  nameable = true,
): Token[][] {
  const out: Token[][] = [];
  const t = s.tokens;
  for (const [from, to] of nameRuns(t, actorRunRules(text, innerAnd, twoBodies))) {
    if (!NEVER.has(t[from]!.text) || to - from > 1) {
      // "June Carter", "Jan Brewer": a month that is also a given name, before one surname.
      const given = to - from === 2 && monthGivenName(t[from]!, t[from + 1]!, t[from - 1]);
      const chunk = given ? t.slice(from, to) : trimNever(t.slice(from, to), papers, nameable);
      if (chunk.length > 0) out.push(chunk);
    }
  }
  return out;
}

/** "Christine May", "Brian June": a month right after a known given name is a surname. */
const monthSurname = (t: Token, prev: Token | undefined): boolean =>
  MONTH_SURNAMES.has(t.text) && !!prev && GIVEN_NAMES.has(prev.text);

/** Words before a month that make it a date ("in May", "since June", "last April"). */
const DATE_WORDS = new Set(
  "in on by since until till from of last next this that early late mid during before after through to each every".split(
    " ",
  ),
);

/** A month that is a given name: one surname-shaped word after it, no date word before it
 *  ("Jan Brewer", not "in May Smith" or "Jan 5"). */
function monthGivenName(month: Token, next: Token, prev: Token | undefined): boolean {
  if (!MONTH_GIVEN_NAMES.has(month.text) || NEVER.has(next.text)) return false;
  if (prev && DATE_WORDS.has(prev.text.toLowerCase())) return false;
  return /^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?$/u.test(next.text);
}

/** The switch of the weekday-paper reading. */
export const WEEKDAY_PAPER_STEP = {
  name: "weekday-paper",
  doc: "'the Sunday Telegraph said': a weekday that starts a newspaper's name (Sunday Times, Sunday Mirror) is part of it",
};

/** "Sunday Telegraph": a weekday that starts a newspaper's name is part of it. */
const weekdayPaper = (chunk: readonly Token[], i: number, on: boolean): boolean =>
  on && /^(?:Sunday|Saturday)$/.test(chunk[i]!.text) && WEEKDAY_PAPER_HEADS.has(chunk[i + 1]?.text ?? "");

/** The switch of the medium word that opens a body's name. */
export const MEDIUM_ORG_WORD_STEP = {
  name: "medium-word-org-name",
  doc: "'the Internet Corporation for Assigned Names and Numbers', 'the Internet Watch Foundation': a medium's name (Internet, Web, TV) opening a run that ends in a body's head word is part of the name",
};

/** Medium words that are no name alone but may open a body's ("Internet Watch Foundation"). */
const MEDIUM_WORDS = new Set(["Internet", "Web", "TV"]);

/** "Internet" before the capitalised words of a body's name ending in its head word. */
const mediumOrgWord = (chunk: readonly Token[], i: number, on: boolean): boolean =>
  on &&
  MEDIUM_WORDS.has(chunk[i]!.text) &&
  chunk.slice(i + 1).some((t) => ORG_NAME_HEADS.has(t.text)) &&
  chunk[i + 1]?.cap === true;

function trimNever(chunk: Token[], papers: boolean, nameable: boolean): Token[] {
  let a = 0;
  let b = chunk.length;
  while (
    a < b &&
    (NEVER.has(chunk[a]!.text) || !chunk[a]!.cap) &&
    !weekdayPaper(chunk, a, papers) &&
    !mediumOrgWord(chunk, a, nameable)
  ) {
    if (!chunk[a]!.cap && PARTICLES_IN_ACTOR_NAMES.has(chunk[a]!.text)) break;
    a++;
  }
  while (
    b > a &&
    (NEVER.has(chunk[b - 1]!.text) || !chunk[b - 1]!.cap) &&
    !monthSurname(chunk[b - 1]!, chunk[b - 2])
  )
    b--;
  return chunk.slice(a, b);
}

/** "of"/"for"/"and"/"&" continue a name only inside titles and organisation names. */
function connectorJoins(chunk: readonly Token[], t: readonly Token[], j: number, text: string): boolean {
  const word = t[j]!.text;
  const last = chunk[chunk.length - 1]!.text;
  if (word === "&") return true;
  // "Committee to Protect Journalists": an org head, "to", then a capitalised verb and its object
  if (word === "to") {
    const verb = t[j + 1];
    const obj = t[j + 2];
    return (
      (ORG_NAME_HEADS.has(last) || ORG_STARTS.has(last)) &&
      !!verb?.cap &&
      !!obj?.cap &&
      joined(text, verb, obj, 0) &&
      !NEVER.has(verb.text)
    );
  }
  // "the Fraser of Allander Institute": "the", a name, "of", and a run ending on an org's head is
  // one body (a person is "Ann Fraser of the Allander Institute", never after "the")
  if (
    word === "of" &&
    chunk.length === 1 &&
    /\bthe\s$/.test(text.slice(chunk[0]!.start - 4, chunk[0]!.start))
  )
    if (runEndsOrg(t, j, text)) return true;
  if (word === "of" || word === "for" || word === "on") {
    return (
      TITLE_HEADS.has(last) ||
      ORG_NAME_HEADS.has(last) ||
      ORG_STARTS.has(last) ||
      (word !== "on" && chunk.some((c) => ORG_NAME_HEADS.has(c.text) || ORG_STARTS.has(c.text)))
    );
  }
  if (word === "and") {
    const after = t[j + 1];
    // "USA Track and Field": a national body's name runs on through one more word
    if (NATION_PREFIX.has(chunk[0]!.text) && chunk.length >= 2 && after?.cap && !t[j + 2]?.cap) return true;
    if (
      chunk.some((c) => c.text === "of") &&
      (ORG_STARTS.has(chunk[0]!.text) || ORG_NAME_HEADS.has(chunk[0]!.text)) &&
      after &&
      !GIVEN_NAMES.has(after.text) &&
      !t[j + 2]?.cap
    )
      return true;
    if (ORG_NAME_HEADS.has(last) || KNOWN_ORGS.has(last) || chunk[chunk.length - 1]!.acronym) return false;
    // look ahead along the capitalised run
    let k = j + 1;
    let endsOrg = false;
    let hasTitle = false;
    while (k < t.length && t[k]!.cap && joined(text, t[k - 1]!, t[k]!, 0)) {
      if (TITLE_HEADS.has(t[k]!.text)) hasTitle = true;
      endsOrg = ORG_NAME_HEADS.has(t[k]!.text);
      k++;
    }
    const leftIsTitle = chunk.every((c) => TITLE_MODIFIERS.has(c.text) || DEMONYMS.has(c.text));
    const run = t.slice(j + 1, k).map((x) => x.text);
    return (endsOrg && !run.some((w) => GIVEN_NAMES.has(w))) || (hasTitle && leftIsTitle);
  }
  return false;
}

/** Does the capitalised run right after the connector t[j] end on an organisation's head word? */
function runEndsOrg(t: readonly Token[], j: number, text: string): boolean {
  let k = j + 1;
  let endsOrg = false;
  while (k < t.length && t[k]!.cap && (k === j + 1 || joined(text, t[k - 1]!, t[k]!, 0))) {
    endsOrg = ORG_NAME_HEADS.has(t[k]!.text);
    k++;
  }
  return endsOrg && k > j + 2;
}
