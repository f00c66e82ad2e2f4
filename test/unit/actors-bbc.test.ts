// The actor model against the hand-labelled BBC sample (test/fixtures/labels/ACTORS.md):
// mention precision/recall by span (honorifics and possessives aside) and alias resolution.
// Skipped when the shared data folder is not there.
import { beforeAll, describe, expect, it } from "vitest";
import { buildActorModel } from "../../src/analysis/actors/index.ts";
import { loadCorpus } from "../../src/corpus/load.ts";
import {
  type ActorScores,
  BBC_LABELS,
  readLabels,
  scoreActors,
  splitLabels,
} from "../../src/eval/actors-bbc.ts";
import { needData } from "../helpers/data.ts";

const BBC = needData("bbc-news");
const DATA = BBC.dir;

describe.skipIf(BBC.missing)(`actors on the labelled BBC sample${BBC.why}`, () => {
  let scores: ActorScores;
  let heldOut: ActorScores;
  beforeAll(async () => {
    const corpus = await loadCorpus(DATA);
    const model = buildActorModel(corpus.articles);
    const byDoc = new Map(corpus.articles.map((a) => [a.docId, a]));
    scores = scoreActors(model, byDoc, readLabels(BBC_LABELS));
    heldOut = scoreActors(model, byDoc, splitLabels(readLabels(BBC_LABELS)).heldOut);
    console.log(`actors on BBC (${corpus.articles.length} articles):`, scores);
  });

  it("recognises labelled mentions with good precision and recall", () => {
    expect(scores.gold).toBe(503);
    expect(scores.precision).toBeGreaterThanOrEqual(0.945);
    expect(scores.recall).toBeGreaterThanOrEqual(0.96);
    expect(scores.recallInPassages).toBeGreaterThanOrEqual(0.965);
    expect(scores.kindAccuracy).toBeGreaterThanOrEqual(0.975);
  });

  it("links surnames, acronyms and short forms to the actor's canonical mention", () => {
    expect(scores.aliasAccuracy).toBeGreaterThanOrEqual(0.92);
    expect(scores.aliasAccuracyRecognised).toBeGreaterThanOrEqual(0.955);
  });

  it("holds up on the held-out half (the articles the rules were not tuned on)", () => {
    expect(heldOut.precision).toBeGreaterThanOrEqual(0.925);
    expect(heldOut.recall).toBeGreaterThanOrEqual(0.955);
    expect(heldOut.aliasAccuracy).toBeGreaterThanOrEqual(0.89);
  });
});
