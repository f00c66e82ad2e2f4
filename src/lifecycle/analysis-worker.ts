// The parallel build's second thread (lifecycle/parallel-build.ts): given the actor model, it
// runs the per-article part of an analysis on each batch of articles it is sent and sends the
// results back, pointing at the articles instead of copying them. It keeps nothing of a batch.

import type { MessagePort } from "node:worker_threads";
import { workerData } from "node:worker_threads";
import { actorModelSnapshot, warmActors } from "../analysis/actors/index.ts";
import { analysisLayers } from "../coverage.ts";
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

port.on("message", (m: LaneRequest) => {
  if (m.type === "model") {
    const actors = actorModelSnapshot.decode(m.bytes);
    warmActors(actors);
    context = { actors, switches: { off: new Set(m.off) }, layerOf: layers("lane") };
    return;
  }
  try {
    if (!context) throw new Error("no actor model was sent before the articles");
    const c = context;
    const results = m.articles.map((a) => ARTICLE_WORK[m.work](a, c));
    post({ type: "result", seq: m.seq, results: withRefs(results, sharedObjects(m.articles)) });
  } catch (e) {
    post({ type: "failed", seq: m.seq, message: (e as Error).message });
  }
});
