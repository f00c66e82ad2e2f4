// Initials and short forms of names ("Drug Enforcement Administration" → "DEA", "Man Utd").
// Tokens, folding, slugs and similarity live in src/text/.

import { foldKey } from "../../text/fold.ts";

export const INITIALS_HYPHEN_STEP = {
  name: "initials-hyphen-lowercase",
  doc: '"Clinton-backing Senate" is CS, not CBS; "Co-operation" gives one letter: a hyphen before a lower-case part joins one word',
};

/**
 * First letters of the significant words: "Drug Enforcement Administration" → "DEA". With
 * `hyphenWord` (step INITIALS_HYPHEN_STEP), a hyphen before a lower-case part does not split.
 */
/** Words an acronym skips inside a name ("Court of Arbitration for Sport" → "CAS"). */
export const ACRONYM_SKIP = /^(?:of|and|for|the|&|on|de|del|to)$/i;

export function initials(name: string, hyphenWord = true): string {
  return name
    .split(hyphenWord ? /\s+|-(?!\p{Ll})/u : /[\s-]+/)
    .filter((w) => w && !ACRONYM_SKIP.test(w))
    .map((w) => w[0]!.toUpperCase())
    .join("");
}

/**
 * Initials where an upper-case word gives all its letters: "UK Athletics" → "UKA",
 * "BBC Radio Scotland" → "BBCRS". Null when no word is an acronym (then it equals `initials`).
 */
export function acronymInitials(name: string): string | null {
  const ws = name.split(/[\s-]+/).filter((w) => w && !ACRONYM_SKIP.test(w));
  if (!ws.some((w) => /^\p{Lu}{2,}$/u.test(w.replace(/\./g, "")))) return null;
  return ws
    .map((w) => {
      const letters = w.replace(/\./g, "");
      return /^\p{Lu}{2,}$/u.test(letters) ? letters : w[0]!.toUpperCase();
    })
    .join("");
}

/** Are the letters of `short` the first of `long` and then, in order, some of the rest? ("Utd" in
 *  "United", "CENTR" in the initials "CENTLDR") */
export function lettersInOrder(short: string, long: string): boolean {
  if (!short || short[0] !== long[0]) return false;
  let k = 1;
  for (let i = 1; i < long.length && k < short.length; i++) if (long[i] === short[k]) k++;
  return k === short.length;
}

/** "Lib Dems" for "Liberal Democrats", "Man Utd" for "Manchester United": as many words, each the
 *  same, the other's start (three letters or more), or, up to four letters, its letters in order;
 *  one at least shorter. */
export function abbreviates(short: readonly string[], long: readonly string[]): boolean {
  if (short.length !== long.length) return false;
  let shorter = false;
  for (let i = 0; i < short.length; i++) {
    const a = foldKey(short[i]!);
    const b = foldKey(long[i]!);
    if (a === b) continue;
    const stem = a.length > 3 && a.endsWith("s") && b.endsWith("s") ? a.slice(0, -1) : a;
    const start = stem.length >= 3 && b.startsWith(stem) && b.length > stem.length + 1;
    const letters = a.length >= 3 && a.length <= 4 && b.length >= a.length + 2 && lettersInOrder(a, b);
    if (!start && !letters) return false;
    shorter = true;
  }
  return shorter;
}

/** The generation a name's last word gives ("Jr." → "jr", "III" → "iii"), "" for none: a father
 *  and a son of one name are two people. */
export function generation(tokens: readonly string[]): string {
  const last = tokens[tokens.length - 1]?.replace(/\.$/, "").toLowerCase() ?? "";
  return /^(?:jr|sr|ii|iii|iv)$/.test(last) && tokens.length > 1 ? last : "";
}
