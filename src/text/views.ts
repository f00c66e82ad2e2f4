// Named views of words that differ from the text layer's plain WORD tokens, one per analysis
// that depends on the difference (kept exact so figures do not move):
//   nameWords     — names: possessive 's and sentence periods taken off, & as a word (actors,
//                   read from the text layer through nameWordsIn; on the text only where the
//                   layer holds none: the dropped headline);
//   clauseWordEnd — reporting clauses: abbreviation periods kept ("Mr.", "U.S.") (quotes, read
//                   from the text layer through clauseWordEndIn);
//   eventWordsIn  — event sentences: runs of layer tokens with , . % and currency ("15,000",
//                   "$1.5bn"), initials "U.S.", quote marks and punctuation (events, read from the
//                   text layer).

import { firstTokenFrom, Shape, type TextLayer, tokenAt } from "./tokens.ts";

/** A word of a name, with what names care about. */
export interface NameWord {
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

const NAME_WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[.'’\-&][\p{L}\p{M}\p{N}]+)*\.?|&/gu;
/** Abbreviations whose trailing period is part of the word. */
const KEEP_PERIOD =
  /^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Maj|Capt|Sgt|Adm|Prof|Rev|Fr|St|Jr|Sr|Inc|Corp|Co|Ltd|No)\.$/;

/** The words of `text` as names read them (offsets relative to `base`). */
export function nameWords(text: string, base = 0): NameWord[] {
  const out: NameWord[] = [];
  for (const m of text.matchAll(NAME_WORD))
    out.push(nameWord(text, m.index, m.index + m[0].length, base, text.length));
  return out;
}

/**
 * The name word matched at text[start, end) (the pattern's raw match), with its period and
 * possessive ending read as names read them; `limit` is where the text read ends.
 */
function nameWord(text: string, start: number, rawEnd: number, base: number, limit: number): NameWord {
  let word = text.slice(start, rawEnd);
  let end = rawEnd;
  if (word.endsWith(".") && !KEEP_PERIOD.test(word) && !/^(?:\p{Lu}\.)+$/u.test(word)) {
    word = word.slice(0, -1);
    end--;
  }
  let possessive = false;
  // every name word passes here: its tests read character codes, not patterns (same answers)
  const endsInS = word.charCodeAt(word.length - 1) === 115; /* s */
  if (endsInS && word.length > 2 && isApostrophe(word.charCodeAt(word.length - 2))) {
    word = word.slice(0, -2);
    end -= 2;
    possessive = true;
  } else if (endsInS && /^['’](?:\s|$)/u.test(text.slice(end, Math.min(limit, end + 2)))) {
    possessive = true;
  }
  // (named, not spread: a spread copies through a generic path; same fields in the same order)
  const { cap, acronym } = capsOf(word);
  // ("J.A. Elkins", "H.W. Lichtenberger": dotted initials are a person's, not an acronym)
  const initials = acronym && DOTTED_INITIALS.test(word) && !PLACE_INITIALS.has(word);
  return { text: word, start: start + base, end: end + base, possessive, cap, acronym: acronym && !initials };
}

const isApostrophe = (c: number): boolean => c === 39 || c === 8217;

/** Two or three dotted capitals ("J.A.", "H.W."); the places and bodies so written are no initials. */
const DOTTED_INITIALS = /^(?:\p{Lu}\.){2,3}$/u;
export const PLACE_INITIALS = new Set(
  "U.S. U.K. U.N. E.U. U.S.A. E.C. D.C. L.A. N.Y. N.J. N.H. N.C. S.C. N.D. S.D. N.M. R.I.".split(" "),
);

/** "eBay", "iTunes", "easyJet": a proper noun written with a lower-case first letter and a capital
 *  after it. */
export const CAMEL_NAME = /^[a-z]{1,4}[A-Z][a-z]{2,}$/;

/** Whether a word starts with an upper-case letter, and is an acronym: 2+ upper-case letters once
 *  dots, hyphens and "&" are left out. ASCII words by character codes, others by the patterns. */
function capsOf(word: string): { cap: boolean; acronym: boolean } {
  let letters = 0;
  let upper = true;
  for (let j = 0; j < word.length; j++) {
    const c = word.charCodeAt(j);
    if (c >= 128) return capsByPattern(word);
    if (c === 46 || c === 45 || c === 38) continue;
    letters++;
    if (c < 65 || c > 90) upper = false;
  }
  const first = word.charCodeAt(0);
  return { cap: (first >= 65 && first <= 90) || CAMEL_NAME.test(word), acronym: letters >= 2 && upper };
}

function capsByPattern(word: string): { cap: boolean; acronym: boolean } {
  const letters = word.replace(/[.\-&]/g, "");
  const cap = /\p{Lu}/u.test(word[0] ?? "") || CAMEL_NAME.test(word);
  return { cap, acronym: letters.length >= 2 && /^\p{Lu}+$/u.test(letters) };
}

/** A name word runs on at text[end] where the layer's word token stops: "AT&T", "Jose\u0301", "end.Then". */
const NAME_CONTINUES = /[.'’\-&]?[\p{L}\p{M}\p{N}]/uy;
const NAME_WORD_AT = new RegExp(NAME_WORD.source, "uy");
/** A layer token cut at its sentence's end can end on a separator ("Mr-" of "Mr-Smith"). */
const isSeparator = (c: number): boolean => c === 39 || c === 8217 || c === 46 || c === 45;

/** NAME_CONTINUES matches at text[i] within `end`; a space or other ASCII mark after the token
 *  (most words) is answered without the pattern. */
function nameRunsOn(text: string, i: number, end: number): boolean {
  if (i >= end) return false;
  const c = text.charCodeAt(i);
  if (c < 128 && !isAsciiAlnum(c) && c !== 46 && c !== 39 && c !== 45 && c !== 38) return false;
  NAME_CONTINUES.lastIndex = i;
  const m = NAME_CONTINUES.exec(text);
  return m !== null && i + m[0].length <= end;
}

const isAsciiAlnum = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * nameWords of text[start, end) read from the text layer: each word token of the layer is a name
 * word (the same pattern, less combining marks and "&"), its sentence period added by the same
 * rule; a lone "&" token is the word "&". Where the name word runs on past the token (an "&" or a
 * combining mark inside, a sentence cut inside a word) that one word is read from the text, and
 * where the layer holds no tokens (or tokens cross the range's ends) the rest is read from the
 * text as before, so the words stay exactly the same (property-tested).
 */
export function nameWordsIn(layer: TextLayer, start: number, end: number): NameWord[] {
  const { text } = layer;
  const out: NameWord[] = [];
  let k = firstTokenFrom(layer, start);
  let i = start;
  for (; k < layer.count; k++) {
    const s = layer.start[k]!;
    if (s < i) continue;
    if (s >= end) break;
    if (!onlySpaces(text, i, s) || layer.end[k]! > end) return rest(out, text, i, end);
    i = layer.end[k]!;
    const c = text.charCodeAt(s);
    if (c === 38 /* & */ && i === s + 1) out.push(nameWord(text, s, i, 0, end));
    if (!(layer.shape[k]! & Shape.punctuation)) {
      if (nameRunsOn(text, i, end) || isSeparator(text.charCodeAt(i - 1))) {
        NAME_WORD_AT.lastIndex = 0;
        i = s + (NAME_WORD_AT.exec(text.slice(s, end))?.[0].length ?? 0);
      } else if (i < end && text.charCodeAt(i) === 46 /* . */) i++;
      out.push(nameWord(text, s, i, 0, end));
    }
  }
  return onlySpaces(text, i, end) ? out : rest(out, text, i, end);
}

/** The name words of text[from, end), read from the text, after those read so far. */
function rest(out: NameWord[], text: string, from: number, end: number): NameWord[] {
  for (const w of nameWords(text.slice(from, end), from)) out.push(w);
  return out;
}

function onlySpaces(text: string, from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    const c = text.charCodeAt(j);
    if (c !== 32 && c !== 10 && c !== 13 && c !== 9 && !/\s/.test(text[j]!)) return false;
  }
  return true;
}

const CLAUSE_WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/uy;
/** Abbreviations whose period belongs to them in a reporting clause (lower case). */
const CLAUSE_ABBREV = new Set(
  "mr mrs ms dr gen sen rep gov st jr sr prof lt col capt sgt adm insp det supt rev fr no vs maj brig cmdr".split(
    " ",
  ),
);

/**
 * End of the word starting at text[i] as reporting clauses read it (a following period kept for
 * an abbreviation, a single capital or a dotted word), or -1 when no word starts there.
 */
export function clauseWordEnd(text: string, i: number): number {
  CLAUSE_WORD.lastIndex = i;
  const m = CLAUSE_WORD.exec(text);
  if (!m || m.index !== i) return -1;
  let end = i + m[0].length;
  const w = m[0];
  if (periodIsTheWords(text, end, w)) end = hyphenOn(text, end + 1);
  return end;
}

/** A word whose period is its own in a reporting clause: "Gen.", an initial, "U.S.", and a US
 *  party-state tag ("Rep. Ann Roe, R-Pa., said"; session 40). */
const clauseAbbreviation = (w: string): boolean =>
  CLAUSE_ABBREV.has(w.toLowerCase()) ||
  /^\p{Lu}$/u.test(w) ||
  w.includes(".") ||
  /^[DRI]-\p{Lu}\p{Ll}{1,4}$/u.test(w);

/** A period right before a comma ends no sentence, so it is the word's: "Cambridge, Mass., said",
 *  "Acme Co., which …" (session 43). */
const periodIsTheWords = (text: string, end: number, w: string): boolean =>
  text[end] === "." && (clauseAbbreviation(w) || text[end + 1] === ",");

/** "D.C.-based", "U.S.-led": a compound glued to initials' period is one word (session 40). */
const HYPHEN_ON = /-[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/uy;
function hyphenOn(text: string, end: number): number {
  if (text[end] !== "-") return end;
  HYPHEN_ON.lastIndex = end;
  const m = HYPHEN_ON.exec(text);
  if (!m) return end;
  // ("A.F.L.-C.I.O.": initials after the hyphen keep their period too)
  const to = end + m[0].length;
  return m[0].includes(".") && text[to] === "." ? to + 1 : to;
}

/** A word can continue at text[end] (the layer cut it at its sentence's end): "end.Then". */
const CONTINUES = /['’.-]?[\p{L}\p{N}]/uy;
const WORD_START = /[\p{L}\p{N}]/uy;

/**
 * clauseWordEnd read from the text layer: the layer's word token at i is the clause word (same
 * pattern), its period added by the same rule. Where the layer has no token at i, or cut the
 * word at a sentence end, the text is read as before, so the words stay exactly the same.
 */
export function clauseWordEndIn(layer: TextLayer, i: number): number {
  const { text } = layer;
  const k = tokenAt(layer, i);
  if (k < 0) return clauseWordEnd(text, i);
  WORD_START.lastIndex = i;
  if (!WORD_START.test(text)) return -1;
  let end = layer.end[k]!;
  CONTINUES.lastIndex = end;
  if (CONTINUES.test(text)) return clauseWordEnd(text, i);
  const w = text.slice(i, end);
  if (periodIsTheWords(text, end, w)) end = hyphenOn(text, end + 1);
  return end;
}

/** A word of an event sentence, offsets relative to the sentence. */
export interface EventWord {
  text: string;
  start: number;
  end: number;
}

/** Single-character tokens an event word runs on through: "15,000", "30%", "AT&T", "dogs’". */
const RUNS_ON = /['’,.%&-]/;
/** Initials: "U.S." is one event word even where the layer's token runs on ("A.B.C" → "A.B.", "C"). */
const INITIALS = /^(?:[A-Z]\.){2,}/;
const CURRENCY = /[$£€]/;
/** Quote marks and punctuation kept as words of their own. */
const MARK = /[“”"‘,;:()—–!?]/;
/** A word character after a period: the period is then no word ("3.x", ".com"). */
const ASCII_WORD = /\w/;

/**
 * The words of an event sentence read from the text layer: runs of layer tokens with no space
 * between them — word tokens joined by ' ’ , . % & - — ending on a letter, digit or %, a currency
 * sign in front ("$1.5bn", "15,000", "30%" whole); initials cut as "U.S."; quote marks and
 * punctuation apart. Exactly the words the sentence's former regular-expression view gave
 * (property-tested against it).
 */
export function eventWordsIn(layer: TextLayer, sStart: number, sEnd: number): EventWord[] {
  const { text, start, count } = layer;
  const out: EventWord[] = [];
  const r: EventReader = { layer, text, start, end: layer.end, count, sStart, sEnd, out };
  let k = firstTokenFrom(layer, sStart);
  while (k < count && start[k]! < sEnd) {
    const s = start[k]!;
    const c = text[s]!;
    if (isWord(r, k)) {
      k = wordsFrom(r, s, k);
      continue;
    }
    if (CURRENCY.test(c) && joins(r, k + 1) && isWord(r, k + 1)) {
      const e = wordEnd(r, run(r, k + 1).last);
      // As a prefix only of a word of two characters or more ("$5" gives "5", "$50" "$50").
      if ([...text.slice(start[k + 1]!, e)].length >= 2) {
        k = runWord(r, s, run(r, k + 1).last);
        continue;
      }
    }
    if (MARK.test(c) || (c === "." && !(s + 1 < sEnd && ASCII_WORD.test(text[s + 1]!)))) push(r, s, s + 1);
    k++;
  }
  return out;
}

/** One event sentence being read (the helpers below are module functions, not closures made per
 *  sentence: tsx names every closure it makes, a cost per call). */
interface EventReader {
  layer: TextLayer;
  text: string;
  start: Int32Array;
  end: Int32Array;
  count: number;
  sStart: number;
  sEnd: number;
  out: EventWord[];
}

function push(r: EventReader, a: number, b: number): void {
  r.out.push({ text: r.text.slice(a, b), start: a - r.sStart, end: b - r.sStart });
}

/** A one-unit token is a word only when it is a letter or digit (astral letters are two units). */
const isWord = (r: EventReader, k: number): boolean =>
  r.end[k]! - r.start[k]! > 1 || (r.layer.shape[k]! & Shape.punctuation) === 0;

const joins = (r: EventReader, k: number): boolean =>
  k < r.count &&
  r.start[k] === r.end[k - 1] &&
  r.start[k]! < r.sEnd &&
  (isWord(r, k) || RUNS_ON.test(r.text[r.start[k]!]!));

/** A word token cut at the sentence's end may end on its connector ("ab." of "ab.cd"). */
const wordEnd = (r: EventReader, k: number): number =>
  isWord(r, k) && RUNS_ON.test(r.text[r.end[k]! - 1]!) && r.end[k]! - r.start[k]! > 1
    ? r.end[k]! - 1
    : r.end[k]!;

/** The run of joined tokens from k: its last token and its last token ending on a letter, digit or %. */
function run(r: EventReader, k: number): { last: number; stop: number } {
  let last = k;
  let j = k;
  while (joins(r, j + 1)) {
    j++;
    if (isWord(r, j) || r.text[r.start[j]!] === "%") last = j;
  }
  return { last, stop: r.end[j]! };
}

/** The word from p to the end of token `last` (a period a cut ends on is a word of its own). */
function runWord(r: EventReader, p: number, last: number): number {
  const e = wordEnd(r, last);
  push(r, p, e);
  if (e < r.end[last]! && r.text[e] === ".") push(r, e, e + 1);
  return last + 1;
}

/** The words from text offset p inside word token k on; returns the next token to read. */
function wordsFrom(r: EventReader, p: number, k: number): number {
  const { text, start, end, count } = r;
  for (;;) {
    const run1 = run(r, k);
    const initials = text[p + 1] === "." ? INITIALS.exec(text.slice(p, run1.stop)) : null;
    if (!initials) return runWord(r, p, run1.last);
    const q = p + initials[0].length;
    push(r, p, q);
    let j = k;
    while (j < count && end[j]! <= q) j++;
    if (j >= count || start[j]! >= q) return j;
    p = q; // inside a token: the rest of "A.B.C" is a word of its own
    k = j;
  }
}
