// The parallel build's second thread (lifecycle/parallel-build.ts): first its share of the actor
// model's per-article stages (actor-lane.ts, which keeps its batches until the model is built);
// then, given the actor model, the per-article part of quotes and events on each batch of
// articles it is sent, sending the results back, pointing at the articles instead of copying them.

import type { MessagePort } from "node:worker_threads";
import { workerData } from "node:worker_threads";
import { actorModelSnapshot, warmActors } from "../analysis/actors/index.ts";
import { warmTagger } from "../analysis/ner/index.ts";
import { analysisLayers } from "../coverage.ts";
import { ActorLane } from "./actor-lane.ts";
import {
  ARTICLE_WORK,
  type LaneReply,
  type LaneRequest,
  sharedObjects,
  type WorkContext,
} from "./article-work.ts";
import { withRefs } from "./thread-refs.ts";

const port = (workerData as { port: MessagePort }).port;
const post = (reply: LaneReply) => port.postMessage(reply);
let context: WorkContext | null = null;
const layers = analysisLayers(0, () => {});

const actorLane = new ActorLane();

// Before the first batch (the lane may have been started while the corpus was still being read):
// the tagger is compiled while there is nothing to do yet, not in the build's first stage.
warmTagger();

port.on("message", (m: LaneRequest) => {
  if (m.type === "model") {
    const actors = actorModelSnapshot.decode(m.bytes);
    warmActors(actors);
    context = { actors, switches: { off: new Set(m.off) }, layerOf: layers("lane") };
    return;
  }
  const seq = "seq" in m ? m.seq : -1;
  try {
    if (m.type !== "batch") {
      const results = actorLane.handle(m);
      if (seq >= 0) post({ type: "result", seq, results });
      return;
    }
    if (!context) throw new Error("no actor model was sent before the articles");
    const c = context;
    const results = m.articles.map((a) => ARTICLE_WORK[m.work](a, c));
    post({ type: "result", seq, results: withRefs(results, sharedObjects(m.articles)) });
  } catch (e) {
    if (seq >= 0) post({ type: "failed", seq, message: (e as Error).message });
    else throw e;
  }
});
