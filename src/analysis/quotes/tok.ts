// A token of a sentence as the quote readers see it, and the two tests every token module reads.
// A leaf module: tokens.ts builds tokens and calls markers (portfolio-and.ts,
// s25-role-modifier.ts) that read them, so those markers import from here, not from tokens.ts.

export interface Tok {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** word, punctuation, or a quotation (index into the spans). */
  type: "w" | "p" | "q";
  quote?: number;
  /** "4Cast", "3Com": a word led by digits, then a capital and lower case, reads as a capitalised
   *  word (switch "digit-led-name"). */
  cap?: true;
  /** An "and" inside a lower-case portfolio ("the work and pensions minister"): it joins one
   *  office's words (switch "portfolio-and", portfolio-and.ts). */
  joins?: true;
  /** "state" in "said Florida state archivist Jody Norman": no verb (s25-role-modifier.ts). */
  roleModifier?: true;
}

export const isCap = (t: Tok) => t.type === "w" && (t.cap === true || upperFirst(t.text));

/** Does the word open on a capital? ASCII by its code: the rules ask this of every token. */
const upperFirst = (w: string): boolean => {
  const c = w.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(w);
};

/** An agent noun's ending ("archivist", "spokesman", "prosecutor"). */
export const ROLE_LIKE = /(?:man|woman|person|er|or|ist|ian|ant|ent)$/;
