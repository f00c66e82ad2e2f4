// Actor rules of the classes found on BBC study set 35 (a switch read by coref/read-coref.ts).

/**
 * "Echoing the trade minister Ann Roe, the prime minister said …": a sentence that opens on a
 * participle or a preposition ("Echoing", "Following", "Like", "Unlike") names its object before
 * a comma; the role after the comma, running on into "said" with no closing comma, is the
 * sentence's subject, not the name's apposition ("Ann Roe, the prime minister, said" keeps it).
 */
export const OPENING_PHRASE_OBJECT_STEP = {
  name: "coref-opening-phrase-object",
  doc: "'Echoing Ann Roe, the prime minister said': the name ends an opening phrase; the role is no apposition of it",
} as const;

/** Words that open a phrase whose object a comma closes before the clause's subject. */
const OPENING = /^(?:\p{Lu}\p{Ll}+ing|Like|Unlike|Despite|Against|Besides)\s/u;

/** Does the name at `at` close its sentence's opening phrase, the role after its comma running on
 *  into "said"/"says" (`tail`, the text right after the role) with no closing comma? */
export function openingPhraseObject(text: string, at: number, tail: string): boolean {
  if (!/^\s+(?:said|says)\b/.test(tail)) return false;
  const head = text.slice(Math.max(0, at - 300), at);
  const ends = [...head.matchAll(/[.!?]["”’]?\s+|\n/gu)].map((m) => m.index! + m[0].length);
  const before = head.slice(ends.length ? ends[ends.length - 1]! : 0);
  // (no comma before the name: the name is the opening phrase's last word)
  return OPENING.test(before) && !before.includes(",");
}

/**
 * "… as he begins his second term as US President, Tony Blair has said": a phrase before a comma
 * and a name whose role noun comes after "as" says what the clause's subject is or does, it is no
 * description of the name after the comma ("the chancellor, Gordon Brown," keeps its apposition).
 */
export const AS_ROLE_PREDICATE_STEP = {
  name: "coref-as-role-predicate",
  doc: "'his second term as US President, Tony Blair has said': a role after 'as' is no apposition of the name after the comma",
} as const;

/** Does the role phrase hold "as" before its last word (the role a predicate of another subject)? */
export const asRolePredicate = (phrase: string): boolean => /\sas\s/i.test(phrase);
