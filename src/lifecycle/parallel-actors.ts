// The actor model on two threads, identical to buildActorModel's. Its per-article stages (reading
// an article's sentences and the tagger's names; its own actors, given the corpus vocabulary; its
// coreference, given the corpus's actors) run on both threads; the corpus-wide ones (the
// vocabulary's sum, the merge across articles, the model) run here. Batches go to the lane from
// the front of the corpus in the first stage; it keeps what it read and does the later stages of
// the same batches (actor-lane.ts), so the sentences and names never cross between threads.

import {
  type ArticleActors,
  type Assembly,
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
import { plainArticle } from "../corpus/article.ts";
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

/** What the stages share: the batches, the docs read here, and the progress over all three. */
interface Run {
  lane: Lane;
  inp: ActorStagesInput;
  count: number;
  batch(seq: number): Article[];
  /** A batch's docs read here (again, for a batch the lane read but failed later). */
  docsHere(seq: number): DocData[];
  /** A batch has passed a stage: its share of the actors' progress. */
  advance(seq: number, stage: Stage): void;
}

type Stage = "read" | "own" | "link";

/** Each article passes three per-article stages, of about these shares of their time (reading
 *  and tagging most): the progress's rate and time left hold through all three. */
const STAGE_WEIGHT: Record<Stage, number> = { read: 4, own: 2, link: 1 };
const WEIGHTS = STAGE_WEIGHT.read + STAGE_WEIGHT.own + STAGE_WEIGHT.link;

/** buildActorModel, its per-article stages shared with the lane. */
export async function actorsInTwoThreads(lane: Lane, inp: ActorStagesInput): Promise<ActorModel> {
  const { articles, switches, size } = inp;
  const batch = (seq: number) => articles.slice(seq * size, (seq + 1) * size);
  let steps = 0;
  const tagger = taggerOn(switches);
  const docs: DocData[][] = [];
  const run: Run = {
    lane,
    inp,
    count: Math.ceil(articles.length / size),
    batch,
    docsHere: (seq) => {
      docs[seq] ??= batch(seq).map((a) => readDoc(a, inp.layerOf(a), tagger));
      return docs[seq];
    },
    advance: (seq, stage) => {
      steps += batch(seq).length * STAGE_WEIGHT[stage];
      inp.progress(Math.floor(steps / WEIGHTS));
    },
  };
  lane.send({ type: "actors-start", off: [...switches.off] });
  const { vocab, laneRead } = await readStage(run);
  if (tagger) forgetTaggedWords();
  lane.send({ type: "actors-vocab", vocab });
  const as = corpusActors(await ownStage(run, vocab, laneRead), vocab, switches);
  lane.send({ type: "actors-names", actors: as.actors });
  const linked = await linkStage(run, as, laneRead);
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

/** Each article's sentences and tagger names, from the front of the corpus on either thread; the
 *  corpus vocabulary, and the batches the lane read (and keeps). */
async function readStage(run: Run): Promise<{ vocab: Vocab; laneRead: number[] }> {
  const vocab: Vocab = { lower: new Map(), capMid: new Map() };
  const laneRead: number[] = [];
  await runBatches(
    run.lane,
    {
      work: "actors (read)",
      count: run.count,
      request: (seq) => ({ type: "actors-read", seq, articles: run.batch(seq).map(plainArticle) }),
      here: (seq) => {
        addVocab(vocab, vocabOf(run.docsHere(seq)));
        run.advance(seq, "read");
      },
      take: (seq, part) => {
        addVocab(vocab, part as Vocab);
        laneRead.push(seq);
        run.advance(seq, "read");
      },
    },
    run.inp.log,
  );
  laneRead.sort((a, b) => a - b);
  return { vocab, laneRead };
}

/** Each article's own actors, given the corpus vocabulary, on the thread that read it; in corpus order. */
async function ownStage(run: Run, vocab: Vocab, laneRead: number[]): Promise<ArticleActors[]> {
  const { switches, layerOf } = run.inp;
  const own: ArticleActors[][] = new Array(run.count);
  await runBatches(
    run.lane,
    {
      work: "actors (own)",
      count: run.count,
      laneHolds: laneRead,
      request: (seq) => ({ type: "actors-own", seq }),
      here: (seq) => {
        own[seq] = run
          .docsHere(seq)
          .map((d) => readArticle(d.article, d.sentences, d.ner, vocab, switches, layerOf));
        run.advance(seq, "own");
      },
      take: (seq, results) => {
        own[seq] = results as ArticleActors[];
        run.advance(seq, "own");
      },
    },
    run.inp.log,
  );
  return own.flat();
}

/** Each article's coreference, given the corpus's actors, on the thread that read it. */
async function linkStage(run: Run, as: Assembly, laneRead: number[]): Promise<LinkedArticle[][]> {
  const { switches } = run.inp;
  const listsOf = (seq: number) => run.batch(seq).map((a) => as.mentionsByDoc.get(a.docId) ?? null);
  const linked: LinkedArticle[][] = new Array(run.count);
  await runBatches(
    run.lane,
    {
      work: "actors (link)",
      count: run.count,
      laneHolds: laneRead,
      request: (seq) => ({ type: "actors-link", seq, lists: listsOf(seq) }),
      here: (seq) => {
        const lists = listsOf(seq);
        linked[seq] = run.docsHere(seq).map((d, i) => {
          const list = lists[i];
          return list ? { list, genders: linkArticle(d, list, as.byId, switches) } : null;
        });
        run.advance(seq, "link");
      },
      take: (seq, results) => {
        linked[seq] = results as LinkedArticle[];
        run.advance(seq, "link");
      },
    },
    run.inp.log,
  );
  return linked;
}
