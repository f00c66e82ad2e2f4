// Named views of words that differ from the text layer's plain WORD tokens, one per analysis
// that depends on the difference (kept exact so figures do not move):
//   nameWords     — names: possessive 's and sentence periods taken off, & as a word (actors);
//   clauseWordEnd — reporting clauses: abbreviation periods kept ("Mr.", "U.S.") (quotes, read
//                   from the text layer through clauseWordEndIn);
//   eventWords    — event sentences: numbers with , . % and currency, quote marks, punctuation (events).

import { type TextLayer, tokenAt } from "./tokens.ts";

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
  for (const m of text.matchAll(NAME_WORD)) {
    let word = m[0];
    const start = m.index;
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
  }
  return out;
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
  if (text[end] === "." && (CLAUSE_ABBREV.has(w.toLowerCase()) || /^\p{Lu}$/u.test(w) || w.includes(".")))
    end++;
  return end;
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
  if (text[end] === "." && (CLAUSE_ABBREV.has(w.toLowerCase()) || /^\p{Lu}$/u.test(w) || w.includes(".")))
    end++;
  return end;
}

/** A word of an event sentence. */
export interface EventWord {
  text: string;
  start: number;
  end: number;
}

const EVENT_WORD =
  /(?:[A-Z]\.){2,}|[$£€]?[\p{L}\p{N}][\p{L}\p{N}'’,.%&-]*[\p{L}\p{N}%]|[\p{L}\p{N}]|[“”"‘]|[,;:()—–!?]|\.(?!\w)/gu;

/** The words of an event sentence: "U.S.", "$1.5bn", "15,000", "30%" whole; quote marks and punctuation apart. */
export function eventWords(s: string): EventWord[] {
  const out: EventWord[] = [];
  for (const m of s.matchAll(EVENT_WORD))
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}
