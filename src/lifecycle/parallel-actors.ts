// The actor model on two threads, identical to buildActorModel's. Its per-article stages (reading
// an article's sentences and the tagger's names; its own actors, given the corpus vocabulary; its
// coreference, given the corpus's actors) run on both threads; the corpus-wide ones (the
// vocabulary's sum, the merge across articles, the model) run here. Batches go to the lane from
// the front of the corpus in the first stage; it keeps what it read and does the later stages of
// the same batches (actor-lane.ts), so the sentences and names never cross between threads.

import {
  type ArticleActors,
  addVocab,
  corpusActors,
  type DocData,
  finishModel,
  linkArticle,
  readArticle,
  readDoc,
  taggerOn,
  type Vocab,
  vocabOf,
} from "../analysis/actors/stages.ts";
import { forgetTaggedWords } from "../analysis/ner/index.ts";
import type { StepSwitches } from "../analysis/steps.ts";
import type { Logger } from "../log.ts";
import type { TextLayer } from "../text/tokens.ts";
import type { ActorModel, Article } from "../types.ts";
import type { LinkedArticle } from "./actor-lane.ts";
import { type Lane, runBatches } from "./lane.ts";

export interface ActorStagesInput {
  articles: readonly Article[];
  switches: StepSwitches;
  layerOf: (article: Article) => TextLayer;
  size: number;
  /** Articles done (0 to every article, over the three per-article stages). */
  progress: (done: number) => void;
  log?: Logger;
}

/** buildActorModel, its per-article stages shared with the lane. */
export async function actorsInTwoThreads(lane: Lane, inp: ActorStagesInput): Promise<ActorModel> {
  const { articles, switches, size, log } = inp;
  const count = Math.ceil(articles.length / size);
  const batch = (seq: number) => articles.slice(seq * size, (seq + 1) * size);
  // each article passes three per-article stages: progress is a third of an article per stage
  let steps = 0;
  const advance = (seq: number) => {
    steps += batch(seq).length;
    inp.progress(Math.floor(steps / 3));
  };
  const tagger = taggerOn(switches);
  const docs: DocData[][] = new Array(count);
  // a batch the lane read but failed later is read again here
  const docsHere = (seq: number) => {
    docs[seq] ??= batch(seq).map((a) => readDoc(a, inp.layerOf(a), tagger));
    return docs[seq];
  };
  lane.send({ type: "actors-start", off: [...switches.off] });

  const vocab: Vocab = { lower: new Map(), capMid: new Map() };
  const laneRead: number[] = [];
  await runBatches(
    lane,
    {
      work: "actors (read)",
      count,
      request: (seq) => ({ type: "actors-read", seq, articles: batch(seq) }),
      here: (seq) => {
        addVocab(vocab, vocabOf(docsHere(seq)));
        advance(seq);
      },
      take: (seq, part) => {
        addVocab(vocab, part as Vocab);
        laneRead.push(seq);
        advance(seq);
      },
    },
    log,
  );
  if (tagger) forgetTaggedWords();
  laneRead.sort((a, b) => a - b);
  lane.send({ type: "actors-vocab", vocab });

  const own: ArticleActors[][] = new Array(count);
  await runBatches(
    lane,
    {
      work: "actors (own)",
      count,
      laneHolds: laneRead,
      request: (seq) => ({ type: "actors-own", seq }),
      here: (seq) => {
        own[seq] = docsHere(seq).map((d) =>
          readArticle(d.article, d.sentences, d.ner, vocab, switches, inp.layerOf),
        );
        advance(seq);
      },
      take: (seq, results) => {
        own[seq] = results as ArticleActors[];
        advance(seq);
      },
    },
    log,
  );
  const as = corpusActors(own.flat(), vocab, switches);
  own.length = 0;

  lane.send({ type: "actors-names", actors: as.actors });
  const listsOf = (seq: number) => batch(seq).map((a) => as.mentionsByDoc.get(a.docId) ?? null);
  const linked: LinkedArticle[][] = new Array(count);
  await runBatches(
    lane,
    {
      work: "actors (link)",
      count,
      laneHolds: laneRead,
      request: (seq) => ({ type: "actors-link", seq, lists: listsOf(seq) }),
      here: (seq) => {
        const lists = listsOf(seq);
        linked[seq] = docsHere(seq).map((d, i) => {
          const list = lists[i];
          return list ? { list, genders: linkArticle(d, list, as.byId, switches) } : null;
        });
        advance(seq);
      },
      take: (seq, results) => {
        linked[seq] = results as LinkedArticle[];
        advance(seq);
      },
    },
    log,
  );
  lane.send({ type: "actors-end" });
  // the lane's lists replace this thread's; genders in corpus order, as buildActorModel sets them
  for (const [seq, results] of linked.entries()) {
    batch(seq).forEach((a, i) => {
      const r = results[i];
      if (!r) return;
      as.mentionsByDoc.set(a.docId, r.list);
      as.gendersByDoc.set(a.docId, r.genders);
    });
  }
  return finishModel(as);
}
