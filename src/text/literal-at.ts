// Patterns built around one word of the article ("Mr <surname>", "<name>, 67,") cost a
// compilation each when written as a new regular expression: with Unicode classes (\p{L}) about
// 0.4 ms, more than the whole rest of an article's reading of that name. These find the word
// with indexOf and test what stands around it with patterns compiled once.

/** Each index at or after `from` where `word` is written in `text` (overlaps included). */
export function* indexesOf(text: string, word: string, from = 0): Generator<number> {
  if (word === "") return;
  for (let i = text.indexOf(word, from); i >= 0; i = text.indexOf(word, i + 1)) yield i;
}

const ASCII_WORD = /[A-Za-z0-9_]/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Is there a \b (an ASCII word boundary, as \b reads even with the u flag) at `i`? */
export const asciiBoundary = (text: string, i: number): boolean =>
  (i > 0 && ASCII_WORD.test(text[i - 1]!)) !== (i < text.length && ASCII_WORD.test(text[i]!));

/** The code point ending just before `i` (a surrogate pair read whole), or "" at the start. */
const pointBefore = (text: string, i: number): string => {
  if (i <= 0) return "";
  const c = text.charCodeAt(i - 1);
  return c >= 0xdc00 && c <= 0xdfff && i >= 2 ? text.slice(i - 2, i) : text[i - 1]!;
};
/** The code point starting at `i`, or "" at the end. */
const pointAt = (text: string, i: number): string => {
  const cp = text.codePointAt(i);
  return cp === undefined ? "" : String.fromCodePoint(cp);
};

/** Does no letter or digit touch [start, end) on either side ((?<![\p{L}\p{N}]) … (?![\p{L}\p{N}]))? */
const standsAlone = (text: string, start: number, end: number): boolean =>
  !LETTER_OR_DIGIT.test(pointBefore(text, start)) && !LETTER_OR_DIGIT.test(pointAt(text, end));

/** Is a letter or digit the code point right after `end` ((?=[\p{L}\p{N}]))? */
export const letterOrDigitAt = (text: string, end: number): boolean =>
  LETTER_OR_DIGIT.test(pointAt(text, end));

/** Does the sticky `re` match at `i`? The match, or null. */
export function stickyAt(re: RegExp, text: string, i: number): RegExpExecArray | null {
  re.lastIndex = i;
  return re.exec(text);
}

const SPACE = /\s/;

/** Where the words written from `i` on, one or more spaces apart (w1\s+w2…), end; -1 if they aren't. */
function wordsEndAt(text: string, i: number, words: readonly string[]): number {
  let at = i;
  for (const [k, w] of words.entries()) {
    if (k > 0) {
      const gap = at;
      while (at < text.length && SPACE.test(text[at]!)) at++;
      if (at === gap) return -1;
    }
    if (!text.startsWith(w, at)) return -1;
    at += w.length;
  }
  return at;
}

/** Spans from `from` on where the words are written one or more spaces apart with no letter or
 *  digit touching them: what (?<![\p{L}\p{N}])w1\s+w2(?![\p{L}\p{N}]) with the g flag matches. */
export function wordsStandingAlone(
  text: string,
  words: readonly string[],
  from = 0,
): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const first = words[0];
  if (!first) return out;
  for (let start = text.indexOf(first, from); start >= 0; ) {
    const end = wordsEndAt(text, start, words);
    if (end >= 0 && standsAlone(text, start, end)) {
      out.push([start, end]);
      start = text.indexOf(first, end);
    } else start = text.indexOf(first, start + 1);
  }
  return out;
}
