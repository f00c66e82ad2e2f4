// `npm run eval -- conll [train|testa] [--errors] [--json]`: the actor model against CoNLL-2003
// PER/ORG gold (issue #14), with compromise scored by the same rule beside it. Every story of the
// split becomes an article and the real pipeline runs over them at once. eng.testb is never read.

import { readFileSync } from "node:fs";
import path from "node:path";
import nlp from "compromise";
import { actorStepNames, buildActorModel } from "../analysis/actors/index.ts";
import { ALL_STEPS, type StepSwitches } from "../analysis/steps.ts";
import { buildArticle } from "../corpus/article.ts";
import type { Article } from "../types.ts";
import { ablate, formatAblation } from "./ablation.ts";
import { classifyErrors } from "./conll-errors.ts";
import { type ConllStory, isSports, readConll, storyText } from "./conll-read.ts";
import { type ConllScores, type PredActor, type StoryPrediction, scoreStories } from "./conll-score.ts";
import { dataSet } from "./data-dir.ts";

export const CONLL_DIR = process.env.CONLL_DIR ?? dataSet("conll2003").dir;
const SPLITS = { train: "eng.train", testa: "eng.testa" } as const;

/** Each story as an article; stories the corpus reader refuses are left out (and counted). */
export function storyArticles(stories: readonly ConllStory[], split: string): Map<number, Article> {
  const out = new Map<number, Article>();
  for (const s of stories) {
    const r = buildArticle(`conll-${split}/${s.index}.txt`, storyText(s), {
      published: s.date,
      outlet: "Reuters",
    });
    if (r.ok) out.set(s.index, r.article);
  }
  return out;
}

/** The actor model's actors per story (those whose documents include the story). */
export function pipelinePredictions(
  stories: readonly ConllStory[],
  split: string,
  switches: StepSwitches = ALL_STEPS,
): StoryPrediction[] {
  const articles = storyArticles(stories, split);
  const model = buildActorModel([...articles.values()], switches);
  const byDoc = new Map<string, PredActor[]>();
  for (const a of model.actors) {
    const names = [a.name, ...a.aliases.map((x) => x.text)];
    for (const d of a.documents) {
      const seenAs = a.aliases.filter((x) => x.docIds.includes(d)).map((x) => x.text);
      byDoc.set(d, [...(byDoc.get(d) ?? []), { name: a.name, kind: a.kind, names, seenAs }]);
    }
  }
  return stories.map((story) => ({
    story,
    sports: isSports(story),
    actors: byDoc.get(articles.get(story.index)?.docId ?? "") ?? [],
  }));
}

const trimPunct = (s: string) => s.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$/gu, "");

/** compromise's people() and organizations() per story, distinct strings. */
export function compromisePredictions(stories: readonly ConllStory[]): StoryPrediction[] {
  return stories.map((story) => {
    const doc = nlp(storyText(story));
    const actors: PredActor[] = [];
    const seen = new Set<string>();
    const add = (list: string[], kind: PredActor["kind"]) => {
      for (const raw of list) {
        const name = trimPunct(raw);
        if (!name || seen.has(`${kind}:${name}`)) continue;
        seen.add(`${kind}:${name}`);
        actors.push({ name, kind, names: [name] });
      }
    };
    add(doc.people().out("array") as string[], "person");
    add(doc.organizations().out("array") as string[], "organization");
    return { story, sports: isSports(story), actors };
  });
}

interface SystemScores {
  all: ConllScores;
  nonSports: ConllScores;
  sports: ConllScores;
}

function scoreSystem(preds: StoryPrediction[]): SystemScores {
  return {
    all: scoreStories(preds),
    nonSports: scoreStories(preds.filter((p) => !p.sports)),
    sports: scoreStories(preds.filter((p) => p.sports)),
  };
}

function line(label: string, s: ConllScores): string {
  return `  ${label.padEnd(11)} P ${s.precision} R ${s.recall} F1 ${s.f1}  PER R ${s.personRecall} ORG R ${s.orgRecall}  kind ${s.kindAccuracy}  (${s.stories} stories, ${s.gold} gold, ${s.predicted} predicted)`;
}

export async function runConll(args: readonly string[]): Promise<void> {
  const split = args.find((a) => a in SPLITS) as keyof typeof SPLITS | undefined;
  const name = split ?? "train";
  const t0 = performance.now();
  const stories = readConll(readFileSync(path.join(CONLL_DIR, SPLITS[name]), "utf8"));
  if (args.includes("--ablate")) {
    // the actor model only (compromise has no steps): every figure with each step switched off
    const figures = (sw: StepSwitches) => {
      const s = scoreStories(pipelinePredictions(stories, name, sw));
      return {
        P: s.precision,
        R: s.recall,
        F1: s.f1,
        perR: s.personRecall,
        orgR: s.orgRecall,
        kind: s.kindAccuracy,
      };
    };
    const result = await ablate(actorStepNames(), figures);
    process.stdout.write(
      `CoNLL-2003 ${SPLITS[name]}: actor model, ${stories.length} stories\n${formatAblation(result)}\n`,
    );
    return;
  }
  const ours = pipelinePredictions(stories, name);
  const t1 = performance.now();
  const theirs = compromisePredictions(stories);
  const t2 = performance.now();
  const result = {
    split: name,
    sportsRule: "headline starts with a sport's name and a dash (SOCCER -, CRICKET -, TENNIS - …)",
    ours: scoreSystem(ours),
    compromise: scoreSystem(theirs),
    ms: { pipeline: Math.round(t1 - t0), compromise: Math.round(t2 - t1) },
  };
  // error classes from train only: testa is for measuring, not for reading
  const errors = args.includes("--errors") && name === "train" ? classifyErrors(ours) : null;
  if (args.includes("--json")) {
    process.stdout.write(`${JSON.stringify({ ...result, errors })}\n`);
    return;
  }
  const out: string[] = [
    `CoNLL-2003 ${SPLITS[name]}: ${stories.length} stories (sports = ${result.sportsRule})`,
  ];
  for (const [sys, s] of [
    ["actor model", result.ours],
    ["compromise", result.compromise],
  ] as const) {
    out.push(`${sys}:`, line("all", s.all), line("non-sports", s.nonSports), line("sports", s.sports));
  }
  out.push(`elapsed: pipeline ${result.ms.pipeline} ms, compromise ${result.ms.compromise} ms`);
  if (args.includes("--errors") && !errors) out.push("(--errors lists train errors only)");
  for (const c of errors ?? []) {
    out.push(`\n${c.count.toString().padStart(5)}  ${c.name}`);
    for (const e of c.examples) out.push(`       ${e}`);
  }
  process.stdout.write(`${out.join("\n")}\n`);
}
