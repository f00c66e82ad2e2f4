// The organisation a speaker speaks for, from the words that name them: "a spokesperson for the
// Calder Water Authority", "the Harbour Trust's spokeswoman, Wren Atallah", "a Calder Water
// Authority spokesman". The quotation is then linked to the organisation's actor as well.

import { ORG_NOUNS } from "../lexicons/organisations.ts";
import { ANONYMOUS_HEADS } from "../lexicons/sources.ts";
import { TITLE_WORDS } from "../lexicons/titles.ts";
import type { QuoteDoc } from "./state.ts";
import { ROLE_LIKE } from "./tokens.ts";
import type { Speaker } from "./types.ts";

const isRoleWord = (w: string) => {
  const l = w.toLowerCase();
  return ANONYMOUS_HEADS.has(l) || TITLE_WORDS.has(l) || (ROLE_LIKE.test(l) && /^\p{Ll}/u.test(w));
};

/** The words naming the organisation in a role or anonymous source's phrase, or null. */
function organisationWords(role: string): string | null {
  const words = role.split(/\s+/);
  // "a spokesperson for the Calder Water Authority", "an aide to Senator Pell": the head first.
  const link = words.findIndex(
    (w, i) =>
      /^(?:for|at|of|with|from|to)$/.test(w) &&
      i > 0 &&
      (isRoleWord(words[i - 1]!) || (words[i - 1] === "close" && isRoleWord(words[i - 2] ?? ""))),
  );
  if (link > 0) return capitalised(words.slice(link + 1));
  // "the Harbour Trust's spokeswoman", "Calder Mills' press officer": the possessor.
  const own = words.findIndex((w) => /\p{Lu}.*['’]s?$/u.test(w) && /['’]/u.test(w));
  if (
    own >= 0 &&
    words.slice(own + 1).every((w) => /^\p{Ll}/u.test(w)) &&
    isRoleWord(words[words.length - 1]!)
  )
    return capitalised(words.slice(0, own + 1).map((w, i) => (i === own ? w.replace(/['’]s?$/u, "") : w)));
  // "a Calder Water Authority spokesman": capitalised words before a role head.
  const last = words[words.length - 1]!;
  if (!ANONYMOUS_HEADS.has(last.toLowerCase())) return null;
  let s = /^(?:a|an|the)$/i.test(words[0]!) ? 1 : 0;
  const caps = [];
  for (; s < words.length - 1 && /^\p{Lu}/u.test(words[s]!); s++) caps.push(words[s]!);
  return caps.length > 0 && ORG_NOUNS.has(caps[caps.length - 1]!.toLowerCase()) ? caps.join(" ") : null;
}

/** Words from the first capitalised one on, without a leading "the"; null when none is capitalised. */
function capitalised(words: string[]): string | null {
  const from = words.findIndex((w) => /^\p{Lu}/u.test(w));
  if (from < 0) return null;
  return (
    words
      .slice(from)
      .join(" ")
      .replace(/[,.;]+$/, "") || null
  );
}

/** The organisation actor a speaker's role ties them to, when the model knows it as one. */
export function speakerOrganisation(doc: QuoteDoc, role: string): Speaker["org"] {
  const words = organisationWords(role);
  if (!words) return undefined;
  const actor = doc.actors.resolve(words);
  if (actor?.kind === "organization") return { id: actor.id, name: actor.name };
  return ORG_NOUNS.has(words.split(" ").pop()!.toLowerCase()) ? { id: null, name: words } : undefined;
}
