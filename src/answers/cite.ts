// Citations: spotting the same text carried by several outlets (wire copy), so an answer cites
// every article that carries it. The citation itself is built by corpus/source-ref.ts.

// Answers compare the same passages and sentences many times per question (and across
// questions): the normalised key and 3-gram set of a text are remembered (bounded).
const MEMO_LIMIT = 4096;
const keyMemo = new Map<string, string>();
const gramMemo = new Map<string, Set<number>>();
function remember<V>(memo: Map<string, V>, key: string, value: V): V {
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, value);
  return value;
}

const ASCII = /^[\x00-\x7f]*$/;

/** Plain ASCII text, whose key is its lower-cased letter and digit runs (no Unicode folding). */
export const isAsciiText = (text: string): boolean => ASCII.test(text);

/** Normalised text for spotting the same sentence carried by several outlets. */
export function sameTextKey(text: string): string {
  return keyMemo.get(text) ?? remember(keyMemo, text, computeKey(text));
}

function computeKey(text: string): string {
  // Plain ASCII (most news text) needs no Unicode normalisation: the same key, much faster.
  if (isAsciiText(text)) {
    return text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, " ")
      .trim();
  }
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** The word 3-grams of a text's key, hashed (the whole key when it has under 3 words). Words
 *  are hashed while scanning, so no gram strings are built; plain ASCII text is scanned as it
 *  stands (its key is its lower-cased letter and digit runs), other text through its key. */
export function gramSet(text: string): Set<number> {
  const ascii = isAsciiText(text);
  const src = ascii ? text : sameTextKey(text);
  const words: number[] = [];
  let h = 0x811c9dc5;
  let inWord = false;
  for (let c = 0; c <= src.length; c++) {
    let code = c < src.length ? src.charCodeAt(c) : 32;
    if (ascii) {
      if (code >= 65 && code <= 90) code += 32;
      else if (!((code >= 97 && code <= 122) || (code >= 48 && code <= 57))) code = 32;
    }
    if (code === 32) {
      if (inWord) words.push(h >>> 0);
      h = 0x811c9dc5;
      inWord = false;
    } else {
      h = Math.imul(h ^ code, 0x01000193);
      inWord = true;
    }
  }
  if (words.length === 0) words.push(0x811c9dc5); // an empty key is one empty word
  const out = new Set<number>();
  if (words.length < 3) {
    let all = 0x811c9dc5;
    for (const w of words) all = Math.imul(all ^ w, 0x01000193);
    out.add(all >>> 0);
    return out;
  }
  for (let i = 0; i + 2 < words.length; i++) {
    let g = Math.imul(0x811c9dc5 ^ words[i]!, 0x01000193);
    g = Math.imul(g ^ words[i + 1]!, 0x01000193);
    g = Math.imul(g ^ words[i + 2]!, 0x01000193);
    out.add((g ^ (g >>> 16)) >>> 0);
  }
  return out;
}

/** Jaccard similarity of two gram sets (it cannot exceed the smaller size over the larger). */
export function jaccard(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const g of small) if (large.has(g)) shared++;
  return shared / Math.max(1, a.size + b.size - shared);
}

/** Share of word 3-grams two texts have in common (Jaccard): wire copy scores near 1. */
export function overlap(a: string, b: string): number {
  const grams = (s: string) => gramMemo.get(s) ?? remember(gramMemo, s, gramSet(s));
  return jaccard(grams(a), grams(b));
}
