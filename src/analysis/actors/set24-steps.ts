// Actor steps of the classes found on BBC study set 24 (one list for read-article.ts).

import { literal } from "../../text/regex-literal.ts";
import type { TextLayer } from "../../text/tokens.ts";
import { nameWordsIn } from "../../text/views.ts";
import type { Article } from "../../types.ts";
import type { Step } from "../steps.ts";
import { addPerson } from "./article-actors.ts";
import type { ArticleState, Local, Vocab } from "./types.ts";

/** What set 24's article steps read. */
interface Read {
  st: ArticleState;
  article: Article;
  vocab: Vocab;
  layerOf: (article: Article) => TextLayer;
}

/** "Malcolm X. Attallah Shabazz": a name ending on one capital and a period, then a name of two
 *  or more capitalised words. */
const MERGED =
  /^(\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)* \p{Lu})\. (\p{Lu}\p{Ll}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)+)$/u;

/** A one-letter word the article writes elsewhere with no period after it ("activist Malcolm
 *  X, recalled", "Plan B is") is no initial: the period after it ended a sentence, and the
 *  segmenter (which reads every lone capital as an initial) ran the next sentence's opening
 *  name onto it ("… and Malcolm X. Attallah Shabazz, the daughter of …"). The two are two
 *  names: the one written without the period, and the person after it. */
export const SENTENCE_END_LETTER_STEP: Step<Read> = {
  name: "letter-name-sentence-end",
  doc: '"… and Malcolm X. Attallah Shabazz, the daughter of …" where the article writes "Malcolm X" with no period elsewhere: two names, the period ends a sentence',
  run: ({ st, article, vocab, layerOf }) => {
    const body = st.text.slice(article.bodyStart);
    for (const l of [...st.persons.values()]) {
      for (const m of [...l.mentions]) {
        const x = MERGED.exec(m.text);
        if (!x || m.start < article.bodyStart) continue;
        const bare = new RegExp(`(?<![\\p{L}\\p{N}])${literal(x[1]!)}(?![\\p{L}\\p{N}.])`, "u");
        if (!bare.test(body)) continue;
        const at = m.start + x[1]!.length + 2;
        l.mentions = l.mentions.filter((y) => y !== m);
        const left = nameWordsIn(layerOf(article), m.start, at - 2);
        if (left.length > 0) addPerson(st, left, null, true, vocab);
        addPerson(st, nameWordsIn(layerOf(article), at, m.end), null, true, vocab);
      }
      if (l.mentions.length === 0) dropLocal(st, l);
    }
  },
};

/** A local left with no mention leaves the article's maps. */
function dropLocal(st: ArticleState, l: Local) {
  st.all = st.all.filter((x) => x !== l);
  for (const map of [st.persons, st.orgs, st.surnameOnly])
    for (const [k, x] of map) if (x === l) map.delete(k);
}

/** Set 24's article steps, run after set 22's. */
export const SET24_ARTICLE_STEPS = [SENTENCE_END_LETTER_STEP];
