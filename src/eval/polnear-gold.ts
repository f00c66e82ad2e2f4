// PolNeAR gold attributions of one article, read from its brat annotations, and the rules the
// scorer uses to compare speakers: which words of a gold Source name someone, which Sources are
// pronouns, and (PolNeAR has no coreference links) the named Source a pronoun most likely stands for.

import { type Gender, genderOfName } from "../analysis/actors/index.ts";
import type { BratDoc } from "./brat.ts";

export interface GoldSpan {
  start: number;
  end: number;
  text: string;
}

export interface GoldAttribution {
  docId: string;
  /** The Content fragments (Content and Content2 roles), [start, end) into the article text. */
  content: Array<[number, number]>;
  contentStart: number;
  contentEnd: number;
  contentText: string;
  /** null for "Attribution-no-source" and events without a Source. */
  source: GoldSpan | null;
  /** The Cue's words ("said", "according to"), or null. */
  cue: string | null;
  /** A direct quotation: its Content opens with a double quotation mark (straight or curly). */
  direct: boolean;
  /** Folded name tokens of the Source (see nameTokens); empty when it names no one. */
  names: string[];
  /** The Source is a bare third-person pronoun ("he", "they"). */
  pronoun: boolean;
  /** The Source is "I", "we" or "you" (the writer speaking, an interview's questioner). */
  personal: boolean;
  /**
   * For a pronoun Source: the name tokens of the nearest earlier gold Source of the article that
   * names someone — an approximation of coreference, which PolNeAR does not annotate.
   */
  antecedent: string[] | null;
}

/** Opening double marks our quote extractor also reads (single marks double as apostrophes); two
 *  apostrophes are one double mark in the NYT's archive text (spans.ts reads them so). */
const OPENING_MARK = /^(?:["“„«”]|'')/;

/** Folds a word for comparison: no accents, lower case, no possessive. */
export const foldWord = (w: string): string =>
  w
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’]s$/, "")
    .replace(/[^\p{L}\p{N}]+/gu, "");

/** Third-person pronoun Sources: they stand for someone named earlier. */
export const PRONOUN_SOURCES = new Set("he she they it him her them who this that".split(" "));
/** First and second person: the writer or the reader, named nowhere in the text as a rule. */
export const PERSONAL_SOURCES = new Set("i we me us you my our".split(" "));

/**
 * Capitalised words that are not names: titles, honorifics, parties and nationalities, pronouns,
 * determiners and quantifiers (a Source may open a sentence: "Some officials said").
 */
const NOT_NAMES = new Set(
  `mr mrs ms miss dr sir rev president presidential vice former sen senator rep representative gov
  governor secretary attorney general judge justice chairman chairwoman chair speaker mayor
  leader majority minority minister prime chief executive press spokesman spokeswoman spokesperson
  adviser advisor aide manager director candidate nominee host anchor commentator analyst
  republican republicans democrat democrats democratic gop independent libertarian conservative
  liberal american americans us u.s
  i he she they we it you his her their our my its this that these those the a an some many most
  other others both all several another one two three each every any such
  according`
    .split(/\s+/)
    .filter(Boolean),
);

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*\.?/gu;

/** Starts a sentence: nothing but spaces, quotation marks or brackets since a sentence end or line. */
export function atSentenceStart(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && /[\s"“”‘’'(]/.test(text[i]!)) {
    if (text[i] === "\n") return true;
    i--;
  }
  return i < 0 || /[.!?:;]/.test(text[i]!);
}

/**
 * The name tokens of a Source: its capitalised words, folded, that are not titles, pronouns or
 * determiners (NOT_NAMES). A capitalised first word at a sentence start counts only when the
 * split's texts never write it in lower case ("Critics said": "critics" is a common word).
 */
export function nameTokens(source: GoldSpan, articleText: string, lowerWords: ReadonlySet<string>): string[] {
  const out: string[] = [];
  const startsSentence = atSentenceStart(articleText, source.start);
  let first = true;
  for (const m of source.text.matchAll(WORD)) {
    const w = m[0]!;
    const folded = foldWord(w.replace(/\.$/, ""));
    const isFirst = first;
    first = false;
    if (!/^\p{Lu}/u.test(w) || !folded || NOT_NAMES.has(folded) || NOT_NAMES.has(w.toLowerCase())) continue;
    if (isFirst && startsSentence && lowerWords.has(folded)) continue;
    if (!out.includes(folded)) out.push(folded);
  }
  return out;
}

/** The words a set of texts writes in lower case (folded), for the sentence-start test. */
export function lowerCaseWords(texts: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const t of texts)
    for (const m of t.matchAll(/(?<![\p{L}\p{N}])\p{Ll}[\p{L}]*/gu)) out.add(foldWord(m[0]));
  return out;
}

/** The gold attributions of one article, in Content order, with pronoun antecedents filled in. */
export function goldAttributions(
  docId: string,
  doc: BratDoc,
  text: string,
  lowerWords: ReadonlySet<string>,
): GoldAttribution[] {
  const out: GoldAttribution[] = [];
  for (const e of doc.events) {
    const contents = [...e.args]
      .filter(([role]) => /^Content\d*$/.test(role))
      .flatMap(([, ids]) => ids.map((id) => doc.spans.get(id)))
      .filter((s) => s !== undefined);
    if (contents.length === 0) continue;
    const content = contents.flatMap((c) => c.fragments).sort((a, b) => a[0] - b[0]);
    const srcSpan = e.type === "Attribution" ? doc.spans.get(e.args.get("Source")?.[0] ?? "") : undefined;
    const source = srcSpan ? { start: srcSpan.start, end: srcSpan.end, text: srcSpan.text } : null;
    const first = contents[0]!;
    out.push({
      docId,
      content,
      contentStart: content[0]![0],
      contentEnd: Math.max(...content.map((f) => f[1])),
      contentText: contents.map((c) => c.text).join(" … "),
      source,
      cue: doc.spans.get(e.args.get("Cue")?.[0] ?? "")?.text ?? null,
      direct: OPENING_MARK.test(text.slice(first.start, first.end).trimStart()),
      names: source ? nameTokens(source, text, lowerWords) : [],
      pronoun: !!source && PRONOUN_SOURCES.has(foldWord(source.text.trim())),
      personal: !!source && PERSONAL_SOURCES.has(foldWord(source.text.trim())),
      antecedent: null,
    });
  }
  out.sort((a, b) => a.contentStart - b.contentStart);
  fillAntecedents(out);
  return out;
}

/**
 * Nearest earlier named Source (by the Source's own position) for each pronoun Source. For "he" and
 * "she", a Source of the other gender is passed over: its gender is read from a given name or an
 * honorific (the bot's own lexicon, src/analysis/gender.ts), and a surname takes the gender the
 * article gives it elsewhere ("Hillary Clinton" … "Clinton"). Still an approximation: PolNeAR
 * annotates no coreference.
 */
function fillAntecedents(gold: GoldAttribution[]): void {
  const named = gold
    .filter((g) => g.source && g.names.length > 0)
    .sort((a, b) => a.source!.start - b.source!.start);
  const bySurname = new Map<string, Gender>();
  for (const n of named) {
    const g = genderOfName(n.source!.text);
    if (g !== "any") bySurname.set(n.names[n.names.length - 1]!, g);
  }
  const genderOf = (n: GoldAttribution): Gender =>
    bySurname.get(n.names[n.names.length - 1]!) ?? genderOfName(n.source!.text);
  for (const g of gold) {
    if (!g.pronoun || !g.source) continue;
    const p = foldWord(g.source.text.trim());
    const want: Gender = p === "he" || p === "him" ? "male" : p === "she" || p === "her" ? "female" : "any";
    let best: GoldAttribution | null = null;
    for (const n of named) {
      if (n.source!.start >= g.source.start) break;
      const gn = genderOf(n);
      if (want === "any" || gn === "any" || gn === want) best = n;
    }
    g.antecedent = best ? best.names : null;
  }
}
