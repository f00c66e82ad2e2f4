// Word-level helpers for names in news prose: tokens with offsets (possessives and sentence
// periods taken off), diacritic folding, slugs, edit distance and trigram similarity.

export interface Token {
  /** The word as printed, without a possessive ending or a sentence-final period. */
  text: string;
  start: number;
  end: number;
  /** Followed by ’s / 's / a bare apostrophe. */
  possessive: boolean;
  /** Starts with an upper-case letter (or a digit inside a name). */
  cap: boolean;
  /** Upper-case letters only (2+), dots allowed: "FBI", "U.S.". */
  acronym: boolean;
}

const TOKEN_RE = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[.'’\-&][\p{L}\p{M}\p{N}]+)*\.?|&/gu;
/** Abbreviations whose trailing period is part of the word. */
const KEEP_PERIOD =
  /^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Maj|Capt|Sgt|Adm|Prof|Rev|Fr|St|Jr|Sr|Inc|Corp|Co|Ltd|No)\.$/;

/** The words of `text` (offsets relative to `base`). */
export function tokenize(text: string, base = 0): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    let word = m[0];
    let start = m.index;
    let end = start + word.length;
    if (word.endsWith(".") && !KEEP_PERIOD.test(word) && !/^(?:\p{Lu}\.)+$/u.test(word)) {
      word = word.slice(0, -1);
      end--;
    }
    let possessive = false;
    const pm = /['’]s$/u.exec(word);
    if (pm && word.length > 2) {
      word = word.slice(0, -2);
      end -= 2;
      possessive = true;
    } else if (/^['’](?:\s|$)/u.test(text.slice(end, end + 2)) && /s$/.test(word)) {
      possessive = true;
    }
    const first = word[0] ?? "";
    const cap = /\p{Lu}/u.test(first);
    const letters = word.replace(/[.\-&]/g, "");
    const acronym = letters.length >= 2 && /^\p{Lu}+$/u.test(letters);
    out.push({ text: word, start: start + base, end: end + base, possessive, cap, acronym });
    start = end;
  }
  return out;
}

/** Lower case, diacritics folded, apostrophes/dots unified: the key names are compared by. */
export function fold(s: string): string {
  return s
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/\./g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** A stable id part: "Marco Rubio" → "marco-rubio". */
export function slug(s: string): string {
  return (
    fold(s)
      .replace(/&/g, " and ")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "") || "unnamed"
  );
}

/** Levenshtein distance, stopping early once above `max`. */
export function editDistance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

function trigrams(s: string): Set<string> {
  const t = `  ${fold(s)} `;
  const g = new Set<string>();
  for (let i = 0; i + 3 <= t.length; i++) g.add(t.slice(i, i + 3));
  return g;
}

/** Jaccard similarity of character trigrams (0–1). */
export function trigramSimilarity(a: string, b: string): number {
  const ga = trigrams(a);
  const gb = trigrams(b);
  let shared = 0;
  for (const g of ga) if (gb.has(g)) shared++;
  return shared / Math.max(1, ga.size + gb.size - shared);
}

/** First letters of the significant words: "Drug Enforcement Administration" → "DEA". */
export function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => w && !/^(?:of|and|for|the|&|on|de|del|to)$/i.test(w))
    .map((w) => w[0]!.toUpperCase())
    .join("");
}

/**
 * Initials where an upper-case word gives all its letters: "UK Athletics" → "UKA",
 * "BBC Radio Scotland" → "BBCRS". Null when no word is an acronym (then it equals `initials`).
 */
export function acronymInitials(name: string): string | null {
  const ws = name.split(/[\s-]+/).filter((w) => w && !/^(?:of|and|for|the|&|on|de|del|to)$/i.test(w));
  if (!ws.some((w) => /^\p{Lu}{2,}$/u.test(w.replace(/\./g, "")))) return null;
  return ws
    .map((w) => {
      const letters = w.replace(/\./g, "");
      return /^\p{Lu}{2,}$/u.test(letters) ? letters : w[0]!.toUpperCase();
    })
    .join("");
}
