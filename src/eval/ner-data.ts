// Training data for the tagger: each CoNLL-2003 story made into an article as the corpus reader
// makes it, read into its text layer, and each layer token given the gold tag of the CoNLL token
// it starts in (BIO), so the tagger learns on the tokens it will tag. Only eng.train and
// eng.testa are ever read (never eng.testb).

import { readFileSync } from "node:fs";
import path from "node:path";
import { TAGS } from "../analysis/ner/model.ts";
import { sentenceRanges, wordsOf } from "../analysis/ner/tag-layer.ts";
import { buildArticle } from "../corpus/article.ts";
import { readText } from "../text/tokens.ts";
import { CONLL_DIR } from "./conll.ts";
import { type ConllStory, detokenizeSpans, readConll, storyText } from "./conll-read.ts";

export interface TrainSentence {
  words: string[];
  /** Gold tag of each word (index into TAGS). */
  gold: number[];
}

/** Gold entity spans of a story in its article text: [start, end, type]. */
function goldSpans(story: ConllStory): [number, number, string][] {
  const out: [number, number, string][] = [];
  let base = 0;
  story.sentences.forEach((tokens, j) => {
    const { text, starts } = detokenizeSpans(tokens);
    const tags = story.tags[j]!;
    let cur: [number, number, string] | null = null;
    tags.forEach((t, i) => {
      const s = base + starts[i]!;
      const e = s + tokens[i]!.length;
      const type = t === "O" ? "" : t.slice(2);
      if (cur && type === cur[2] && !t.startsWith("B-")) cur[1] = e;
      else {
        if (cur) out.push(cur);
        cur = type ? [s, e, type] : null;
      }
    });
    if (cur) out.push(cur);
    base += text.length + 2;
  });
  return out;
}

/** The split's sentences as the tagger trains on them. */
export function trainingSentences(split: "eng.train" | "eng.testa"): TrainSentence[] {
  const stories = readConll(readFileSync(path.join(CONLL_DIR, split), "utf8"));
  const out: TrainSentence[] = [];
  for (const story of stories) {
    const r = buildArticle(`conll/${story.index}.txt`, storyText(story), { published: story.date });
    if (!r.ok) continue;
    const layer = readText(r.article);
    const spans = goldSpans(story);
    for (const [from, to] of sentenceRanges(layer)) {
      const gold: number[] = [];
      for (let k = from; k < to; k++) {
        const at = layer.start[k]!;
        const span = spans.find(([s, e]) => at >= s && at < e);
        gold.push(span ? TAGS.indexOf(`${at === span[0] ? "B" : "I"}-${span[2]}` as never) : 0);
      }
      out.push({ words: wordsOf(layer, from, to), gold });
    }
  }
  return out;
}
