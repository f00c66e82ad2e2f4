// The actor model's build in stages, so a build on two threads (lifecycle/parallel-actors.ts) can
// run the per-article ones on either thread and the corpus-wide ones on one; buildActorModel runs
// them in a row. Per article: its sentences and the tagger's names (readDoc), then, with the
// corpus vocabulary, its own actors (readArticle); across articles: the merge into the corpus's
// actors (corpusActors); per article again, with those actors: its coreference (linkArticle);
// and the model (finishModel).

import type { TextLayer } from "../../text/tokens.ts";
import type { Article } from "../../types.ts";
import { nerSpans } from "../ner/index.ts";
import { isOn, type StepSwitches } from "../steps.ts";
import { type Assembly, nameActors } from "./assemble.ts";
import { CHUNK_RULES } from "./chunk-rules/index.ts";
import { mergeAcrossArticles } from "./merge.ts";
import type { ArticleActors } from "./read-article.ts";
import type { DocData, Local, Pending, Vocab } from "./types.ts";
import { buildVocab, sentencesOf } from "./vocabulary.ts";

export { type Assembly, finishModel, linkArticle } from "./assemble.ts";
export { type ArticleActors, readArticle } from "./read-article.ts";
export type { DocData, Vocab } from "./types.ts";

/** The chunk rules that ask the tagger: with all of them off, no article is tagged. */
const TAGGER_RULES = CHUNK_RULES.map((r) => r.name).filter((n) => n.startsWith("tagger-"));

/** Whether any step asks the tagger (else no article is tagged). */
export const taggerOn = (switches: StepSwitches): boolean =>
  TAGGER_RULES.some((r) => isOn("actors", r, switches));

/** An article's passage sentences as name words, and the tagger's names (when `tagger`). */
export function readDoc(article: Article, layer: TextLayer, tagger: boolean): DocData {
  return { article, sentences: sentencesOf(article, layer), ner: tagger ? nerSpans(layer) : [] };
}

/** The vocabulary's counts over these articles (the corpus's is the sum over its parts: addVocab). */
export const vocabOf = (docs: readonly DocData[]): Vocab => buildVocab(docs.flatMap((d) => d.sentences));

/** Adds a part's counts to the whole's. */
export function addVocab(into: Vocab, part: Vocab): void {
  for (const [k, n] of part.lower) into.lower.set(k, (into.lower.get(k) ?? 0) + n);
  for (const [k, n] of part.capMid) into.capMid.set(k, (into.capMid.get(k) ?? 0) + n);
}

/** The corpus's actors from every article's own, given in corpus order. */
export function corpusActors(
  perArticle: readonly ArticleActors[],
  vocab: Vocab,
  switches: StepSwitches,
): Assembly {
  const locals: Local[] = [];
  const pending: Pending[] = [];
  for (const r of perArticle) {
    for (const l of r.locals) l.id = locals.push(l) - 1;
    for (const p of r.pending) pending.push(p);
  }
  return nameActors(mergeAcrossArticles(locals, switches), pending, vocab, switches);
}
