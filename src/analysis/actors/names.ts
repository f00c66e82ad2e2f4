// Initials of names ("Drug Enforcement Administration" → "DEA"). Tokens, folding, slugs and
// similarity live in src/text/.

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

/** The generation a name's last word gives ("Jr." → "jr", "III" → "iii"), "" for none: a father
 *  and a son of one name are two people. */
export function generation(tokens: readonly string[]): string {
  const last = tokens[tokens.length - 1]?.replace(/\.$/, "").toLowerCase() ?? "";
  return /^(?:jr|sr|ii|iii|iv)$/.test(last) && tokens.length > 1 ? last : "";
}
