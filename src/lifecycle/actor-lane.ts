// The actor model's per-article stages as the lane (analysis-worker.ts) runs them for its share of
// the articles (lifecycle/parallel-actors.ts runs the rest and the corpus-wide stages). The lane
// keeps each batch's sentences and tagger names from the first stage to the last, so they never
// cross between threads; what crosses is small: vocabulary counts, each article's own actors,
// the corpus's actors (once) and each article's mentions.

import {
  type ArticleActors,
  type DocData,
  linkArticle,
  readArticle,
  readDoc,
  taggerOn,
  type Vocab,
  vocabOf,
} from "../analysis/actors/stages.ts";
import { forgetTaggedWords } from "../analysis/ner/index.ts";
import type { StepSwitches } from "../analysis/steps.ts";
import { readText } from "../text/tokens.ts";
import type { Actor, Article, Mention } from "../types.ts";

/** The actor stages' messages to the lane; those with a `seq` are answered with a result. */
export type ActorLaneRequest =
  | { type: "actors-start"; off: string[] }
  | { type: "actors-read"; seq: number; articles: Article[] }
  | { type: "actors-vocab"; vocab: Vocab }
  | { type: "actors-own"; seq: number }
  | { type: "actors-names"; actors: Actor[] }
  | { type: "actors-link"; seq: number; lists: (Mention[] | null)[] }
  | { type: "actors-end" };

/** An article's mentions once linked, and its persons' genders; null for an article without any. */
export type LinkedArticle = { list: Mention[]; genders: Map<string, "male" | "female"> } | null;

/** The lane's side of the actor stages, for the batches it holds. */
export class ActorLane {
  private switches: StepSwitches = { off: new Set() };
  private readonly held = new Map<number, DocData[]>();
  private vocab: Vocab | null = null;
  private byId: Map<string, Actor> | null = null;

  /** The result for a batch's request, undefined for the others. */
  handle(m: ActorLaneRequest): unknown {
    switch (m.type) {
      case "actors-start":
        this.switches = { off: new Set(m.off) };
        return undefined;
      case "actors-read": {
        const tagger = taggerOn(this.switches);
        const docs = m.articles.map((a) => readDoc(a, readText(a), tagger));
        this.held.set(m.seq, docs);
        return vocabOf(docs);
      }
      case "actors-vocab":
        this.vocab = m.vocab;
        forgetTaggedWords();
        return undefined;
      case "actors-own": {
        const vocab = this.vocab;
        if (!vocab) throw new Error("no vocabulary was sent before the actors");
        return this.docs(m.seq).map(
          (d): ArticleActors => readArticle(d.article, d.sentences, d.ner, vocab, this.switches, readText),
        );
      }
      case "actors-names":
        this.byId = new Map(m.actors.map((a) => [a.id, a]));
        return undefined;
      case "actors-link": {
        const byId = this.byId;
        if (!byId) throw new Error("no actors were sent before the mentions");
        return this.docs(m.seq).map((d, i): LinkedArticle => {
          const list = m.lists[i];
          return list ? { list, genders: linkArticle(d, list, byId, this.switches) } : null;
        });
      }
      case "actors-end":
        this.held.clear();
        this.vocab = null;
        this.byId = null;
        return undefined;
    }
  }

  private docs(seq: number): DocData[] {
    const docs = this.held.get(seq);
    if (!docs) throw new Error(`batch ${seq} was not read on this thread`);
    return docs;
  }
}
