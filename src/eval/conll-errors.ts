// Sorts the CoNLL actor errors into classes a rule-writer can act on: missed organisations (sports
// clubs, companies, acronyms), kind confusions, predictions that are no gold actor (places,
// nationalities, fragments) and boundary errors (a descriptor glued to a name, a name cut short).

import { type ConllStory, goldOf, headlineOf } from "./conll-read.ts";
import { matchesGold, normName, type PredActor, type StoryPrediction } from "./conll-score.ts";
import { type ErrorClass, errorTally } from "./error-classes.ts";

const COMPANY =
  /\b(?:corp|corporation|inc|ltd|co|plc|ag|sa|nv|ab|spa|gmbh|group|holdings?|bank|motors|airlines?|industries|international|securities|capital|partners|fund|trust|energy|oil|petroleum|telecom|communications|systems|electric)\b/i;
const ACRONYM = /^[A-Z][A-Z0-9&.-]{1,7}$/;

function classOfMiss(gold: string, tag: "PER" | "ORG", sports: boolean): string {
  if (tag === "ORG") {
    if (sports) return "missed ORG: sports team/body";
    if (ACRONYM.test(gold)) return "missed ORG: acronym";
    if (COMPANY.test(gold)) return "missed ORG: company";
    return "missed ORG: other";
  }
  return sports ? "missed PER: sports" : "missed PER: other";
}

/** One word of `inner` sequence found inside `outer` (normalised, on word boundaries). */
function containsWords(outer: string, inner: string): boolean {
  return outer !== inner && ` ${outer} `.includes(` ${inner} `);
}

function classOfSpurious(name: string, story: ConllStory): string {
  const n = normName(name);
  const golds = [...goldOf(story, "PER"), ...goldOf(story, "ORG")].map(normName);
  const glued = golds.find((g) => containsWords(n, g));
  if (glued !== undefined) return "boundary: predicted name longer than gold (descriptor glued)";
  if (golds.some((g) => containsWords(g, n))) return "boundary: predicted name shorter than gold";
  if (goldOf(story, "LOC").some((g) => normName(g) === n)) return "non-gold: a place (gold LOC)";
  if (goldOf(story, "MISC").some((g) => normName(g) === n))
    return "non-gold: gold MISC (nationality, event…)";
  if (!/\s/.test(name.trim())) return "non-gold: one-word fragment";
  return "non-gold: other";
}

const seen = (a: PredActor) => (a.seenAs?.length ? `, here «${a.seenAs.join("», «")}»` : "");

export function classifyErrors(preds: readonly StoryPrediction[], maxExamples = 4): ErrorClass[] {
  const tally = errorTally();
  const add = tally.add;
  for (const { story, sports, actors } of preds) {
    const where = `[${story.index}] ${headlineOf(story).slice(0, 50)}`;
    for (const tag of ["PER", "ORG"] as const) {
      for (const g of goldOf(story, tag)) {
        if (actors.some((a) => matchesGold(a, g, tag))) continue;
        const longer = actors.find((a) => a.names.some((n) => containsWords(normName(n), normName(g))));
        if (longer)
          add(`boundary: gold ${tag} only inside a longer name`, `«${g}» in «${longer.name}» ${where}`);
        else add(classOfMiss(g, tag, sports), `«${g}» ${where}`);
      }
    }
    for (const a of actors) {
      const asPer = goldOf(story, "PER").some((g) => matchesGold(a, g, "PER"));
      const asOrg = goldOf(story, "ORG").some((g) => matchesGold(a, g, "ORG"));
      if (asPer && !asOrg && a.kind === "organization")
        add("kind: PER typed as organisation", `«${a.name}» ${where}`);
      else if (asOrg && !asPer && a.kind === "person")
        add("kind: ORG typed as person", `«${a.name}» ${where}`);
      else if (!asPer && !asOrg)
        add(classOfSpurious(a.name, story), `«${a.name}» (${a.kind}${seen(a)}) ${where}`);
    }
  }
  return tally.table(maxExamples);
}
