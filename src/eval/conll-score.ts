// Scores predicted actors per CoNLL-2003 story against the story's distinct gold PER/ORG strings.
// The rule (kept fixed so figures compare across runs and systems):
// - a gold string is found when a predicted actor of the story has it as name or alias (case,
//   diacritics, dots and possessive 's ignored), or, for PER, it equals a predicted person's last name;
// - precision counts (story, actor) pairs that match some gold PER/ORG string by the same test;
// - kind accuracy: of the matched pairs, those whose kind agrees with a gold string they match.

import { type ConllStory, goldOf } from "./conll-read.ts";

export type PredKind = "person" | "organization";

export interface PredActor {
  name: string;
  kind: PredKind;
  /** Every name and alias of the actor (the name included). */
  names: string[];
  /** The names this story itself used, when known (for error examples only). */
  seenAs?: string[];
}

export interface StoryPrediction {
  story: ConllStory;
  sports: boolean;
  actors: PredActor[];
}

export interface ConllScores {
  stories: number;
  gold: number;
  goldPer: number;
  goldOrg: number;
  found: number;
  foundPer: number;
  foundOrg: number;
  predicted: number;
  matched: number;
  kindOk: number;
  precision: number;
  recall: number;
  f1: number;
  personRecall: number;
  orgRecall: number;
  kindAccuracy: number;
}

/** Case, diacritics, dots and a possessive 's ignored; whitespace collapsed. */
export function normName(s: string): string {
  return s
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’]s\b/g, "")
    .replace(/\./g, "")
    .replace(/\s+/g, " ")
    .trim();
}

function lastName(a: PredActor): string | null {
  if (a.kind !== "person") return null;
  const words = normName(a.name).split(" ");
  return words.length > 1 ? words[words.length - 1]! : null;
}

/** Does the predicted actor name this gold string (of type PER or ORG)? */
export function matchesGold(a: PredActor, gold: string, tag: "PER" | "ORG"): boolean {
  const g = normName(gold);
  if (a.names.some((n) => normName(n) === g)) return true;
  return tag === "PER" && lastName(a) === g;
}

const round = (x: number) => Math.round(x * 1000) / 1000;
const ratio = (a: number, b: number) => round(a / Math.max(1, b));

export function scoreStories(preds: readonly StoryPrediction[]): ConllScores {
  let goldPer = 0;
  let goldOrg = 0;
  let foundPer = 0;
  let foundOrg = 0;
  let predicted = 0;
  let matched = 0;
  let kindOk = 0;
  for (const { story, actors } of preds) {
    const per = goldOf(story, "PER");
    const org = goldOf(story, "ORG");
    goldPer += per.length;
    goldOrg += org.length;
    foundPer += per.filter((g) => actors.some((a) => matchesGold(a, g, "PER"))).length;
    foundOrg += org.filter((g) => actors.some((a) => matchesGold(a, g, "ORG"))).length;
    for (const a of actors) {
      predicted++;
      const asPer = per.some((g) => matchesGold(a, g, "PER"));
      const asOrg = org.some((g) => matchesGold(a, g, "ORG"));
      if (!asPer && !asOrg) continue;
      matched++;
      if ((a.kind === "person" && asPer) || (a.kind === "organization" && asOrg)) kindOk++;
    }
  }
  const gold = goldPer + goldOrg;
  const found = foundPer + foundOrg;
  const precision = matched / Math.max(1, predicted);
  const recall = found / Math.max(1, gold);
  return {
    stories: preds.length,
    gold,
    goldPer,
    goldOrg,
    found,
    foundPer,
    foundOrg,
    predicted,
    matched,
    kindOk,
    precision: round(precision),
    recall: round(recall),
    f1: round((2 * precision * recall) / Math.max(1e-9, precision + recall)),
    personRecall: ratio(foundPer, goldPer),
    orgRecall: ratio(foundOrg, goldOrg),
    kindAccuracy: ratio(kindOk, matched),
  };
}
