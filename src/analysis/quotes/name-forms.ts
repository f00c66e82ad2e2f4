// Forms of a person's name that resolve-speaker reads: a name after a common noun, a relative
// named by the given name, a knight named by the first name.

import { FAMILY_NOUNS, ROLE_HEADS, TITLE_WORDS } from "../lexicons/titles.ts";
import { isOn } from "../steps.ts";
import type { Phrase } from "./phrases.ts";
import type { QuoteDoc } from "./state.ts";

/**
 * "a Franck Muller watch Sharon (said …)": a phrase running on from a common noun into a name the
 * model knows as a person is a clause with its "that" left out; the speaker is the name.
 */
export function personAfterNoun(doc: QuoteDoc, p: Phrase): [string, string] | null {
  const m =
    /^(?:a|an|the)\s.*\p{Lu}.*\s\p{Ll}[\p{L}-]*\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*)$/u.exec(
      p.text,
    );
  if (!m) return null;
  const nounAt = p.text.lastIndexOf(" ", p.text.length - m[1]!.length - 2) + 1;
  const noun = p.text
    .slice(nounAt, p.text.length - m[1]!.length)
    .trim()
    .toLowerCase();
  if (TITLE_WORDS.has(noun) || ROLE_HEADS.has(noun)) return null;
  const at = doc.actors.mentionAt(doc.article.docId, p.end - m[1]!.length, p.end);
  return at && doc.actors.byId.get(at.actorId)?.kind === "person" ? [m[0], m[1]!] : null;
}

const KIN_NAME = new RegExp(
  String.raw`(?:^|\s)(\p{Lu}[\p{L}'’-]+)['’]s?\s+(?:${FAMILY_NOUNS})\s+(\p{Lu}[\p{L}'’-]+)$`,
  "u",
);

/** "Fletcher's daughter Jill" → "Jill Fletcher"; else null. */
export function kinName(text: string): string | null {
  const m = KIN_NAME.exec(text);
  return m ? `${m[2]} ${m[1]}` : null;
}

/**
 * The relative's full name for a given name alone: from the phrase ("Fletcher's daughter Jill"),
 * or, switch "kin-bare-possessive", from a bare possessive the phrase stopped at ("Mr Eavis'
 * daughter Emily said": the reader backwards ends at the apostrophe, leaving "Emily").
 */
export function kinOf(doc: QuoteDoc, p: Phrase): string | null {
  const own = kinName(p.text);
  if (own || !isOn("quotes", "kin-bare-possessive", doc.switches)) return own;
  const before = doc.text.slice(Math.max(0, p.start - 60), p.start);
  return /\p{Lu}[\p{L}-]*s['’]\s+\p{Ll}+\s+$/u.test(before) ? kinName(before + p.text) : null;
}

/** "Sir John" / "Dame Ada": the article's full name "Sir John Bourn" before it, else null. */
export function knightName(doc: QuoteDoc, p: Phrase, core: string[]): string | null {
  if (core.length !== 2 || !/^(?:Sir|Dame)$/.test(core[0]!)) return null;
  let best: string | null = null;
  for (const f of doc.names.full) {
    if (f.at >= p.start) break;
    const ws = f.name.split(" ");
    if (ws.length > 2 && ws[0] === core[0] && ws[1] === core[1]) best = f.name;
  }
  return best;
}

/** "Lord Kemp" for a styled surname; a judge's style keeps "Justice" ("Lord Justice Kemp", "Mr
 *  Justice Collins"), as the article and readers name the judge. */
export const styledName = (words: readonly string[], surname: string): string =>
  words[1] === "Justice" ? `${words[0]} Justice ${surname}` : `${words[0]} ${surname}`;
