// The learned tagger's last word on lone words: one the article's own names left unresolved
// (no surname, short form, acronym or organisation behaviour claimed it) takes the type the
// tagger gives that word across the article, the margins of each reading summed ("at WorldCom"
// read once as a place loses to "WorldCom said" read twice as an organisation).

import type { ActorKind } from "../../types.ts";
import { attach, newLocal } from "./article-actors.ts";
import type { ArticleState, Pending, Vocab } from "./types.ts";
import { isCommon } from "./vocabulary.ts";

export const TAGGER_GUESS_STEP = {
  name: "tagger-guess",
  doc: "a lone word no rule resolved takes the tagger's type across the article: an organisation, a surname, or a place (dropped)",
};

type Guess = NonNullable<Pending["guess"]>["kind"];

/** The summed margin at which the tagger's organisation stands on one mention ("Nyva 3 Glentoran 1";
 *  chosen on eng.testa: 20 loses a tenth of the clubs it finds, precision unchanged). */
const LONE_ORG_MARGIN = 8;

/** The summed margin a lone word needs to be taken for a surname on the tagger's word alone (chosen on eng.testa). */
const LONE_PERSON_MARGIN = 8;

/** The tagger's type of each word of the article, by the summed margins of its readings. */
function votes(pending: readonly Pending[]): Map<string, { kind: Guess; margin: number }> {
  const sums = new Map<string, Map<Guess, number>>();
  for (const p of pending) {
    if (!p.guess) continue;
    const m = sums.get(p.key) ?? new Map<Guess, number>();
    m.set(p.guess.kind, (m.get(p.guess.kind) ?? 0) + p.guess.margin);
    sums.set(p.key, m);
  }
  const out = new Map<string, { kind: Guess; margin: number }>();
  for (const [k, m] of sums) {
    const [kind, margin] = [...m].sort((a, b) => b[1] - a[1])[0]!;
    out.set(k, { kind, margin });
  }
  return out;
}

/** "MSPs", "an Oscar", "the Asteroid": plural acronyms and words after "a"/"an" (for a person,
 *  also "the") are not one actor. */
function notOneActor(st: ArticleState, p: Pending, kind: ActorKind): boolean {
  const before = st.text.slice(Math.max(0, p.start - 4), p.start);
  const article = kind === "person" ? /(?:^|[^\p{L}])(?:a|an|the) $/iu : /(?:^|[^\p{L}])an? $/iu;
  return /^\p{Lu}{2,}s$/u.test(p.text) || article.test(before);
}

/** Lone words left over take the tagger's type; returns those still left (for the corpus). */
export function takeTaggerGuesses(st: ArticleState, left: Pending[], vocab: Vocab): Pending[] {
  const typeOf = votes(left);
  // "Tony host Carl Brandt … Tony host to …": a word the article uses as a role's modifier is no person
  const modifiers = new Set(left.filter((p) => p.roleModifier).map((p) => p.key));
  const rest: Pending[] = [];
  for (const p of left) {
    const vote = typeOf.get(p.key);
    const kind = vote?.kind === "person" && modifiers.has(p.key) ? undefined : vote?.kind;
    // "the Budget", "the Government": a word the corpus mostly prints in lower case is no guess
    if (!kind || (isCommon(p.text, vocab) && !p.acronym)) {
      rest.push(p);
      continue;
    }
    // a place, or a kind of thing the tagger took for a name, is not left for the corpus either
    if (kind === "place" || notOneActor(st, p, kind)) continue;
    // "a deal with Kelvane … Kelvane will pay": a brand the tagger half-reads as a surname waits for the corpus
    if (kind === "person" && vote!.margin < LONE_PERSON_MARGIN) {
      rest.push(p);
      continue;
    }
    const map = kind === "person" ? st.surnameOnly : st.orgs;
    let l = map.get(p.key);
    if (!l) {
      l = newLocal(st, kind, [p.text], false);
      // a confident organisation stands on one mention; a person or a weaker guess needs two
      l.sure = kind === "organization" && vote!.margin >= LONE_ORG_MARGIN;
      if (kind === "person") l.surname = p.key;
      map.set(p.key, l);
    }
    attach(l, p, kind === "person" ? "surname" : p.acronym ? "acronym" : "name");
  }
  return rest;
}
