// "Who is the chief executive of Fiat?" asks who holds a role (of an organisation or a place). Its
// answer is a name the sentence puts in apposition with that role — "Fiat chief executive Sergio
// Marchionne", "Philip Knight, chairman of Nike,", "X is the mayor of Leeds" — not any name near the
// role's words: "London mayor Ken Livingstone" does not answer for Middlesbrough, "Charlton defender
// X" not for Charlton's manager, and a "former" holder not for "who is".

import { TITLE_HEADS, TITLE_WORDS } from "../analysis/lexicons/titles.ts";
import type { QueryTerm } from "../search/types.ts";
import { foldKey } from "../text/fold.ts";
import type { StatedValue } from "./direct-values.ts";
import { termsOf } from "./question-terms.ts";

export interface AskedRole {
  /** The role's head word as asked, lowercased ("executive" for "chief executive", "mayor"). */
  head: string;
  /** All the role's words as asked, lowercased ("deputy", "mayor"). */
  words: string[];
  /** The folded words naming whose role it is ("fiat"); empty when the question names no one. */
  of: string[];
  /** "Who was …": a former holder answers too. */
  past: boolean;
}

// Heads that name the same office in news copy ("IMF boss" for its chief executive).
const SAME_ROLE: ReadonlyArray<readonly string[]> = [
  ["executive", "ceo", "boss", "chief", "head"],
  ["chairman", "chairwoman", "chair", "chairperson"],
  ["manager", "boss", "coach"],
  ["spokesman", "spokeswoman", "spokesperson"],
  ["president", "head"],
  ["leader", "head"],
];
/** Another name of the asked role counts this much in the search for its holder. */
const OTHER_NAME_WEIGHT = 0.6;
const EXTRA_HEADS = ["boss", "ceo", "head", "owner", "captain", "founder", "chief", "executive"];
const HEADS: ReadonlySet<string> = new Set([
  ...[...TITLE_HEADS].map((w) => w.toLowerCase().replace(/\.$/, "")),
  ...EXTRA_HEADS,
]);
/** Lowercase words that may stand in a role phrase ("acting", "chief", "managing", "former"). */
const ROLE_WORDS: ReadonlySet<string> = new Set(
  [...TITLE_WORDS, ...HEADS, "and", "ex"].filter((w) => w !== "the"),
);
const FORMER = new Set(["former", "ex", "then", "outgoing", "late", "previous", "erstwhile"]);
/** Words making another office of the role ("deputy mayor", "assistant coach") unless asked. */
const OTHER_OFFICE = new Set(["deputy", "assistant", "vice", "associate", "shadow", "junior", "co"]);
// Capitalised words that open a sentence or a phrase but name no one.
const NOT_QUALIFIERS = new Set(
  "the a an his her its their our my your this that these those but and or so as when while after before if".split(
    " ",
  ),
);

/** The role a who-question asks about ("is the chief executive of Fiat"), or null. */
export function askedRole(topic: string): AskedRole | null {
  const m = /^(is|was|are|were)\s+(?:the\s+|a\s+|an\s+)?(.+?)[\s?.!]*$/i.exec(topic.trim());
  if (!m) return null;
  const words = m[2]!.split(/\s+/);
  const ofAt = words.findIndex((w, i) => i > 0 && /^(?:of|at|for|in)$/.test(w));
  const after = ofAt >= 0 ? words.slice(ofAt + 1).filter((w) => !/^the$/i.test(w)) : [];
  const before = ofAt >= 0 ? words.slice(0, ofAt) : words;
  let i = 0;
  const owner: string[] = [];
  while (i < before.length && /^\p{Lu}/u.test(before[i]!)) owner.push(before[i++]!);
  const role = before.slice(i).map((w) => w.toLowerCase());
  const head = role.at(-1);
  if (!head || !HEADS.has(head) || role.some((w) => !/^[a-z-]+$/.test(w))) return null;
  return {
    head,
    words: role,
    of: foldedWords([...owner, ...after].join(" ")),
    past: /^(?:was|were)$/i.test(m[1]!),
  };
}

/** The head and the other heads naming the same office. */
function sameRole(head: string): Set<string> {
  return new Set([head, ...SAME_ROLE.filter((g) => g.includes(head)).flat()]);
}

/** A role phrase in a sentence: its role words (lowercased) and the other words qualifying it. */
interface RolePhrase {
  roles: string[];
  qualifiers: string[];
}

/**
 * For a who-question about a role: 1 when the value is named in apposition with the asked role of
 * the asked owner; 0.8 when the phrase names no owner but the article's headline does
 * (`ownerInHeadline`: the story is about the owner, "Nike profits jump … Philip Knight, chairman,
 * said"); else 0 (no answer from this mention).
 */
export function roleFit(
  sentence: string,
  sentenceStart: number,
  v: StatedValue,
  role: AskedRole,
  ownerInHeadline: boolean,
): number {
  const phrases = [
    phraseBefore(sentence.slice(0, v.start - sentenceStart)),
    phraseAfter(sentence.slice(v.end - sentenceStart)),
  ];
  const same = sameRole(role.head);
  let best = 0;
  for (const p of phrases) {
    if (!p?.roles.some((w) => same.has(w))) continue;
    if (!role.past && p.roles.some((w) => FORMER.has(w))) continue;
    if (p.roles.some((w) => OTHER_OFFICE.has(w) && !role.words.includes(w))) continue;
    if (role.of.length === 0) return 1;
    const named = new Set([...p.qualifiers, ...p.roles].flatMap(foldedWords));
    if (role.of.some((w) => named.has(w))) return 1;
    if (p.qualifiers.length === 0 && ownerInHeadline) best = Math.max(best, 0.8);
  }
  return best;
}

/** The role phrase right before a name: "said Fiat chief executive" → roles chief executive, of
 *  Fiat; "the chief executive of Fiat," → the same. */
function phraseBefore(pre: string): RolePhrase | null {
  const text = pre.replace(/\s*,?\s*$/, "");
  const of = /\s+(?:of|at|for)\s+(?:the\s+)?((?:\p{Lu}[\p{L}\p{N}&.'’-]*\s*){1,4})$/u.exec(text);
  const head = of ? text.slice(0, of.index) : text;
  const words = head.split(/\s+/).filter(Boolean);
  const out: RolePhrase = { roles: [], qualifiers: of ? [of[1]!.trim()] : [] };
  for (let i = words.length - 1; i >= 0 && i >= words.length - 7; i--) {
    if (!take(words[i]!, out)) break;
  }
  const last = out.roles.length > 0 ? words.at(-1)!.toLowerCase() : "";
  return HEADS.has(last) ? out : null;
}

/** The role phrase right after a name: ", chairman and chief executive," / " is the mayor of Leeds". */
function phraseAfter(post: string): RolePhrase | null {
  const lead =
    /^(?:\s*,\s*(?:who\s+(?:is|was)\s+)?|\s+(?:is|was|became|becomes|remains|has\s+been|had\s+been)\s+(?:named\s+|appointed\s+|made\s+)?)(?:the\s+|a\s+|an\s+)?/i.exec(
      post,
    );
  if (!lead) return null;
  const rest = post.slice(lead[0].length);
  const words = /^[^,;:.!?()"“”]*/.exec(rest)![0].split(/\s+/).filter(Boolean);
  const out: RolePhrase = { roles: [], qualifiers: [] };
  let i = 0;
  for (; i < words.length && i < 7; i++) if (!take(words[i]!, out)) break;
  if (/^(?:of|at|for)$/i.test(words[i] ?? "")) {
    const owner: string[] = [];
    for (const w of words.slice(i + 1)) {
      if (/^the$/i.test(w)) continue;
      if (!/^\p{Lu}/u.test(w)) break;
      owner.push(w);
    }
    if (owner.length > 0) out.qualifiers.push(owner.join(" "));
  }
  return out.roles.some((w) => HEADS.has(w)) ? out : null;
}

/** Adds a word to a role phrase: a role word, or a capitalised/possessive qualifier. */
function take(word: string, out: RolePhrase): boolean {
  const w = word.replace(/['’]s$/, "");
  const lower = w.toLowerCase();
  if (/^ex-/.test(lower)) {
    out.roles.push("ex");
    return take(w.slice(3), out);
  }
  if (ROLE_WORDS.has(lower)) {
    out.roles.push(lower);
    return true;
  }
  if (/^\p{Lu}/u.test(w) && !NOT_QUALIFIERS.has(lower)) {
    out.qualifiers.push(w);
    return true;
  }
  return false;
}

function foldedWords(text: string): string[] {
  return foldKey(text)
    .replace(/['’]s\b/g, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && w !== "the");
}

/** The search for a role question's holder wherever the question's other words rank it: the
 *  owner's words and the role's head ("Middlesbrough mayor"), its other names weighted below. */
export function roleQuery(role: AskedRole, ownerTerms: readonly string[]): QueryTerm[] {
  const out = new Map<string, number>(ownerTerms.map((t) => [t, 1]));
  for (const w of sameRole(role.head)) {
    const t = termsOf(w)[0];
    if (t && !out.has(t)) out.set(t, w === role.head ? 1 : OTHER_NAME_WEIGHT);
  }
  return [...out].map(([term, weight]) => ({ term, weight }));
}
