// Passage sentences as name words, and the corpus vocabulary that says which capitalised words
// are ordinary English ("Yet", "Social") rather than names.

import { STOPWORDS } from "../../search/stopwords.ts";
import type { TextLayer } from "../../text/tokens.ts";
import { nameWordsIn } from "../../text/views.ts";
import type { Article } from "../../types.ts";
import { SENTENCE_STARTERS } from "../lexicons/not-names.ts";
import type { Sent, Vocab } from "./types.ts";

/** The passage sentences of an article, their words read from its text layer. */
export function sentencesOf(article: Article, layer: TextLayer): Sent[] {
  const out: Sent[] = [];
  for (const p of article.passages) {
    const para = article.paragraphs[p.paragraph];
    const sents = (para?.sentences ?? []).filter((s) => s.start >= p.start && s.end <= p.end);
    for (const s of sents.length ? sents : [{ start: p.start, end: p.end }]) {
      out.push({
        start: s.start,
        end: s.end,
        para: p.paragraph,
        tokens: nameWordsIn(layer, s.start, s.end),
      });
    }
  }
  return out;
}

export function buildVocab(sentences: Sent[]): Vocab {
  const lower = new Map<string, number>();
  const capMid = new Map<string, number>();
  for (const s of sentences) {
    s.tokens.forEach((t, i) => {
      const k = t.text.toLowerCase();
      if (!t.cap) lower.set(k, (lower.get(k) ?? 0) + 1);
      else if (i > 0) capMid.set(k, (capMid.get(k) ?? 0) + 1);
    });
  }
  return { lower, capMid };
}

/** A word English prose mostly writes in lower case ("Yet", "Social", "Naval"). */
export function isCommon(word: string, vocab: Vocab): boolean {
  const k = word.toLowerCase();
  if (STOPWORDS.has(k) || SENTENCE_STARTERS.has(word)) return true;
  const low = vocab.lower.get(k) ?? 0;
  return low >= 1 && low >= (vocab.capMid.get(k) ?? 0);
}

/** A dictionary word: the corpus also prints it in lower case ("Sport", "Athletics"), unlike names. */
export function isWord(word: string, vocab: Vocab): boolean {
  const k = word.toLowerCase();
  return STOPWORDS.has(k) || (vocab.lower.get(k) ?? 0) >= 2;
}
