// What an article says a short form stands for, read from its own text with general English
// patterns: roles given to named people ("Arsenal boss Arsène Wenger", "Gordon Brown, the
// chancellor,", "the chancellor, Gordon Brown,"), acronyms introduced after a name ("National
// Institute of Economic and Social Research (NIESR)") and aliases ("JK, also known as Jason
// King"). Linear passes over one article.

import { indexesOf, stickyAt } from "../../../text/literal-at.ts";
import { DEMONYM_NOUNS } from "../../lexicons/places.ts";
import { OFFICE_PORTFOLIOS, OFFICE_RANKS, ROLE_HEADS } from "../../lexicons/titles.ts";
import { isOn, type StepSwitches } from "../../steps.ts";
import {
  AS_ROLE_PREDICATE_STEP,
  asRolePredicate,
  OPENING_PHRASE_OBJECT_STEP,
  openingPhraseObject,
} from "../set35-steps.ts";

/** A role the article gives a named person, at the offset where it does. */
export interface RoleLink {
  /** The role's head noun, lower case ("boss", "chancellor"). */
  head: string;
  /** Every word of the role, lower case ("arsenal", "boss"). */
  words: string[];
  /** The name as written ("Arsène Wenger"). */
  name: string;
  at: number;
  /** The role is held no more ("former chancellor", "ex-Tory chancellor"). */
  past: boolean;
}

export interface ArticleCoref {
  roles: RoleLink[];
  /** A description and its link agree on a past office ("the chancellor" is no ex-chancellor). */
  pastAgrees: boolean;
  /** Acronym (as written) → the full name it was introduced after. */
  acronyms: Map<string, string>;
  /** A short form (nickname, initials) → the full name given with "also known as"/"aka". */
  aliases: Map<string, string>;
}

const NAME = String.raw`(?:(?:Mr|Mrs|Ms|Dr|Sir|Lord|Lady|Dame|Prof)\.?\s)?\p{Lu}[\p{L}'’-]+(?:\s(?:van|von|de|der|da|du|del|la|le)?\s?\p{Lu}[\p{L}'’-]+){1,3}`;

const WORD = String.raw`[\p{L}][\p{L}'’-]*`;

/** A clergy style before a name, not part of it: "the Rt Rev", "the Most Reverend", "the Rev". */
const CLERGY_STYLE = String.raw`(?:the\s(?:(?:Most|Right|Very|Rt|Rev|Revd|Reverend)\.?\s)+)?`;

/** An owner named before a role, in place of "the": "Calder Bank's chief executive". */
const OWNER = String.raw`(?:\p{Lu}[\p{L}&.-]*\s){0,3}\p{Lu}[\p{L}&.-]*['’]s`;

/** Role nouns (lower case), with the words before them in the phrase ("arsenal boss"). */
export function roleOf(phrase: string): { head: string; words: string[] } | null {
  const ws = phrase
    .toLowerCase()
    .replace(/['’]s\b/g, "")
    .split(/\s+/)
    .filter((w) => w && !/^(?:the|a|an|his|her|its|their|former|then|now)$/.test(w));
  const isHead = (w: string) => ROLE_HEADS.has(w) || DEMONYM_NOUNS.has(w);
  // "a friend of the Tory leader", "an aide to the minister": the role is the noun before the
  // preposition, not the one inside it (which names someone else).
  const prep = ws.findIndex((w) => /^(?:of|for|to|at|with|from)$/.test(w));
  const end = prep > 0 && ws.slice(0, prep).some(isHead) ? prep : ws.length;
  for (let i = end - 1; i >= 0; i--) if (isHead(ws[i]!)) return { head: ws[i]!, words: ws.slice(0, i + 1) };
  return null;
}

/** The role head is only a possessive owner in the phrase ("the painter's niece"). */
const OWNED_AFTER = /['’]s?\s+\p{Ll}/uy;
const ownerOnly = (phrase: string, head: string): boolean => {
  const lc = phrase.toLowerCase();
  // (?:^|\s)<head>['’]s?\s+\p{Ll}, found by the head's occurrences (text/literal-at.ts)
  return [...indexesOf(lc, head)].some(
    (i) => (i === 0 || /\s/.test(lc[i - 1]!)) && stickyAt(OWNED_AFTER, lc, i + head.length) !== null,
  );
};

/** How readCoref reads: its switchable choices. */
export interface CorefReadOptions {
  /** "coref-role-not-owner" */
  notOwner: boolean;
  /** "coref-opening-phrase-object" (set35-steps.ts) */
  openingObject: boolean;
  /** "coref-as-role-predicate" (set35-steps.ts) */
  asPredicate: boolean;
  /** "coref-role-past-agrees" */
  pastAgrees: boolean;
}

/** The read options the switches leave on. */
export const corefReadOptions = (switches: StepSwitches): CorefReadOptions => ({
  notOwner: isOn("actors", "coref-role-not-owner", switches),
  openingObject: isOn("actors", OPENING_PHRASE_OBJECT_STEP.name, switches),
  asPredicate: isOn("actors", AS_ROLE_PREDICATE_STEP.name, switches),
  pastAgrees: isOn("actors", ROLE_PAST_AGREES_STEP.name, switches),
});

const ALL_READ: CorefReadOptions = {
  notOwner: true,
  openingObject: true,
  asPredicate: true,
  pastAgrees: true,
};

/** "Ex-Conservative chancellor Ken Clarke" is no "the chancellor" (session 30, set 60). */
export const ROLE_PAST_AGREES_STEP = {
  name: "coref-role-past-agrees",
  doc: '"the chancellor" is not the person introduced as "ex-Conservative chancellor Ken Clarke": a role link and a description agree on a past office',
};

/** A role phrase for an office held no more. */
const PAST_ROLE = /(?:^|\s)(?:former|ex-|late(?![\w-])|one-time|erstwhile|then-)/i;

export function readCoref(text: string, from = 0, opts: CorefReadOptions = ALL_READ): ArticleCoref {
  const { notOwner, openingObject } = opts;
  const body = text.slice(from);
  const roles: RoleLink[] = [];
  const push = (phrase: string, name: string, at: number) => {
    const r = roleOf(phrase);
    // "Ann Roe, the painter's niece,": a role found only as the owner is another person's (switch).
    if (r && notOwner && ownerOnly(phrase, r.head)) return;
    // Two patterns may read one apposition ("Ruth Aldane, Calder Bank's head of lending,"): once.
    const dup = roles.some((l) => l.at === from + at && l.name === name.trim());
    if (r && !dup && name.split(/\s+/).length >= 2)
      roles.push({ ...r, name: name.trim(), at: from + at, past: PAST_ROLE.test(phrase) });
  };
  // "Arsenal boss Arsène Wenger", "Chancellor Gordon Brown", "Economy minister German Gref".
  const before = new RegExp(String.raw`((?:${WORD}\s){0,3}${WORD})\s(${NAME})`, "gu");
  for (const m of body.matchAll(before)) {
    const words = m[1]!.split(/\s+/);
    const last = words[words.length - 1]!.toLowerCase();
    if (!ROLE_HEADS.has(last)) continue;
    push(m[1]!, m[2]!, m.index! + m[0].length - m[2]!.length);
  }
  // "Gordon Brown, the chancellor," / "Wenger, the Arsenal boss, said".
  const after = new RegExp(
    String.raw`(${NAME}),\s((?:the|a|an|his|her|${OWNER})\s(?:${WORD}\s){0,5}${WORD})(?=[,.;]|\s(?:who|said|says|told)\b)`,
    "gu",
  );
  for (const m of body.matchAll(after)) {
    const tail = body.slice(m.index! + m[0].length, m.index! + m[0].length + 8);
    // "Echoing Ann Roe, the prime minister said": no apposition (switch)
    if (frontedPhrase(body, m) || (openingObject && openingPhraseObject(body, m.index!, tail))) continue;
    push(m[2]!, m[1]!, m.index!);
  }
  // "Tom Pike, chief executive of Harlow Mills," / "Tom Pike, 54, Harlow's mayor," / "Tom Pike, 54,
  // the former mayor,": no article, or an age first; the role's head written in lower case, so a
  // list of names ("Tom Pike, Ann Roy, …") gives none.
  const bare = new RegExp(
    String.raw`(${NAME}),\s(?:\d{1,3},\s)?((?:the\s|an?\s)?(?:${WORD}\s){0,6}${WORD})(?=[,.;]|\s(?:who|said|says|told)\b)`,
    "gu",
  );
  for (const m of body.matchAll(bare)) {
    const r = roleOf(m[2]!);
    const fresh = !/^(?:the|an?)\s/.test(m[2]!) || /^\d/.test(m[0].slice(m[1]!.length + 2));
    if (r && fresh && bareRole(m[1]!, m[2]!, r.head)) push(m[2]!, m[1]!, m.index!);
  }
  // "the chancellor, Gordon Brown," / "The company's founder, Bill Smith" / "Calder Bank's chief
  // executive, Ruth Aldane," (a sentence may open on the description); a clergy style may stand
  // before the name ("The Bishop of Hale, the Rt Rev Dr Ann Roe,").
  const pre = new RegExp(
    String.raw`\b((?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|${OWNER})\s(?:${WORD}\s){0,4}${WORD}),\s${CLERGY_STYLE}(${NAME})(?=[,.;]|\s\p{Ll})`,
    "gu",
  );
  for (const m of body.matchAll(pre)) {
    // "his second term as US President, Tony Blair has said" (switch)
    if (opts.asPredicate && asRolePredicate(m[1]!)) continue;
    push(m[1]!, m[2]!, m.index! + m[0].length - m[2]!.length);
  }
  roles.sort((a, b) => a.at - b.at);

  const acronyms = readAcronyms(text, from);

  // "JK, also known as Jason King" / "Slim (aka Norman Cook)": a one-word short form only.
  const aliases = new Map<string, string>();
  const aka = new RegExp(
    String.raw`(?<!\p{Lu}[\p{L}'’.-]*\s)\b(\p{Lu}[\p{L}\p{N}.'’-]*)[,(]?\s[-–—(]?\s?(?:also known as|aka|a\.k\.a\.)\s(${NAME})`,
    "gu",
  );
  for (const m of body.matchAll(aka)) aliases.set(m[1]!, m[2]!);
  return { roles, acronyms, aliases, pastAgrees: opts.pastAgrees };
}

/**
 * "Writing in the Westmoor Gazette, the bishop said": a name right after a preposition, then a
 * role and a verb of saying, ends a fronted phrase; the role is the sentence's subject, not the
 * name's apposition.
 */
function frontedPhrase(body: string, m: RegExpMatchArray): boolean {
  const before = body.slice(Math.max(0, m.index! - 20), m.index!);
  const after = body.slice(m.index! + m[0].length, m.index! + m[0].length + 8);
  return (
    /\b(?:in|on|at|to|from|with|by|into|for)\s(?:the\s)?$/i.test(before) &&
    /^\s(?:said|says|told)\b/.test(after)
  );
}

/** "National Institute of Economic and Social Research (NIESR)": acronym → the name it abbreviates. */
export function readAcronyms(text: string, from = 0): Map<string, string> {
  const body = from ? text.slice(from) : text;
  const acronyms = new Map<string, string>();
  const acr =
    /((?:\p{Lu}[\p{L}&'’.-]*\s+)(?:(?:of|and|for|the|on|in|to|&|\p{Lu}[\p{L}&'’.-]*)\s+){0,8}\p{Lu}[\p{L}&'’.-]*)\s*\((\p{Lu}[\p{Lu}\p{N}&]{1,9})\)/gu;
  for (const m of body.matchAll(acr)) {
    const words = m[1]!.split(/\s+/);
    const letters = m[2]!.replace(/[^\p{Lu}]/gu, "");
    // The acronym's letters are the initials of the name's last capitalised words, in order.
    const initials = words.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]!);
    let k = initials.length - 1;
    for (let i = letters.length - 1; i >= 0 && k >= 0; i--) {
      while (k >= 0 && initials[k] !== letters[i]) k--;
      if (k < 0) break;
      if (i === 0) {
        // Trim the name to start at the word matching the acronym's first letter.
        let seen = 0;
        const startWord = words.findIndex((w) => /^\p{Lu}/u.test(w) && seen++ === k);
        const full = words.slice(startWord).join(" ");
        if (full.split(" ").length >= 2) acronyms.set(m[2]!, full);
      }
      k--;
    }
  }

  return acronyms;
}

/**
 * The named person an article's description ("the Arsenal boss", "the chancellor") stands for:
 * the latest role link before `at` with the same head noun (and any capitalised modifier, such
 * as "Arsenal", among its words), else the first one after it. Null when the article links no
 * name to that role.
 */
export function personForRole(coref: ArticleCoref, description: string, at: number): string | null {
  return roleLinkFor(coref, description, at)?.name ?? null;
}

/** The role link personForRole reads the name from (with where the article gives it), or null. */
export function roleLinkFor(coref: ArticleCoref, description: string, at: number): RoleLink | null {
  const r = roleOf(description);
  if (!r) return null;
  const mods = r.words.slice(0, -1).filter((w) => !/^\d|year-old$/.test(w));
  // "shadow", "deputy" make another office: the description and the link agree on them.
  const rank = (ws: readonly string[]) => ws.filter((w) => OFFICE_RANKS.has(w)).join(" ");
  // A capitalised modifier ("the Arsenal boss") or a portfolio ("the prime minister") must be the
  // link's too; other modifiers ("the embattled minister") need not, but a link carrying every
  // one of them is the better reading.
  const past = PAST_ROLE.test(description);
  const fits = (l: RoleLink, every: boolean) =>
    headsAgree(l.head, r.head) &&
    // (a present office is no ex-holder introduced later: "the chancellor … ex-chancellor Ken Clarke")
    !(coref.pastAgrees && l.past && !past && l.at > at) &&
    partyForms(mods).every(
      (w) =>
        partyForms(l.words).includes(w) ||
        (!every && !PARTIES.has(w) && !isProper(description, w) && !OFFICE_PORTFOLIOS.has(w)),
    ) &&
    rank(r.words) === rank(l.words.slice(0, l.words.lastIndexOf(l.head) + 1));
  return (
    nearestLink(coref.roles, (l) => fits(l, true), at) ?? nearestLink(coref.roles, (l) => fits(l, false), at)
  );
}

/** A party's names as one word: "Tory", "Conservative"; "Lib Dem", "Liberal Democrat" (session 43). */
const PARTY_WORD: ReadonlyMap<string, string> = new Map([
  ["tory", "conservative"],
  ["tories", "conservative"],
  ["conservatives", "conservative"],
  ["democrats", "democrat"],
  ["democratic", "democrat"],
  ["republicans", "republican"],
  ["gop", "republican"],
]);
const PARTIES = new Set(["conservative", "libdem", "labour", "democrat", "republican"]);

/** Lower-case role words with each party written one way ("the Lib Dem leader" → libdem, leader). */
function partyForms(ws: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < ws.length; i++) {
    const two = `${ws[i]} ${ws[i + 1] ?? ""}`;
    if (/^(?:lib dems?|liberal democrats?)$/.test(two)) {
      out.push("libdem");
      i++;
    } else out.push(PARTY_WORD.get(ws[i]!) ?? ws[i]!);
  }
  return out;
}

/** Heads a "boss" stands in for: "Arsenal boss Ann Roe" is "the Arsenal manager", "Calder boss
 *  Ann Roe" "the Calder chief" (session 43). Two of them are no one role ("manager", "coach"). */
const BOSS_OF = new Set(["manager", "coach", "chief", "executive"]);
/** Role nouns sports copy uses for one another ("Somerset captain Ann Roe" … "the Somerset skipper"). */
const SAME_ROLE: ReadonlyMap<string, string> = new Map([
  ["skipper", "captain"],
  ["keeper", "goalkeeper"],
  ["paceman", "bowler"],
  ["seamer", "bowler"],
  ["spinner", "bowler"],
]);
const sameRole = (w: string) => SAME_ROLE.get(w) ?? w;
const headsAgree = (a: string, b: string): boolean =>
  sameRole(a) === sameRole(b) || (a === "boss" && BOSS_OF.has(b)) || (b === "boss" && BOSS_OF.has(a));

/** The latest link before `at` that fits, else the first after it. */
function nearestLink(
  roles: readonly RoleLink[],
  fits: (l: RoleLink) => boolean,
  at: number,
): RoleLink | null {
  let best: RoleLink | null = null;
  for (const l of roles) {
    if (!fits(l)) continue;
    if (l.at < at) best = l;
    else if (!best) return l;
    else break;
  }
  return best;
}

/** Words that open no name ("On Wednesday", "For Trump"). */
const NOT_A_NAME_START =
  /^(?:On|In|At|For|From|By|With|After|Before|Since|Until|During|Earlier|Later|Even|Also|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/**
 * "chief executive of Harlow Mills", "Harlow's mayor": a role in apposition with no article, its
 * head in lower case and before any preposition, and no verb or clause word before it ("Gawker
 * Media, is the candidate's first", "ABC News, response focused on …", "Ron Howard, endorsed …").
 */
function bareRole(name: string, phrase: string, head: string): boolean {
  if (NOT_A_NAME_START.test(name.split(/\s+/)[0]!) || isProper(phrase, head)) return false;
  const ws = phrase.replace(/['’]s\b/g, "").split(/\s+/);
  const at = ws.findIndex((w) => w.toLowerCase() === head);
  if (at < 0) return false;
  return ws
    .slice(0, at)
    .every(
      (w) =>
        /^\p{Lu}/u.test(w) ||
        (!/(?:ed|ing)$/.test(w) &&
          !/^(?:is|was|are|were|has|had|have|and|or|but|who|whose|when|which|that|to|of|for|from|at|in|on|with|by|also|you|you.re)$/.test(
            w,
          )),
    );
}

/** Is `w` (lower case) capitalised where `phrase` writes it? */
function isProper(phrase: string, w: string): boolean {
  return phrase.split(/\s+/).some((x) => x.toLowerCase().replace(/['’]s$/, "") === w && /^\p{Lu}/u.test(x));
}

// Coreference mentions for the actor model: he/she and role descriptions resolved to actors.
