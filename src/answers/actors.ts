// /actors: every person and organisation the coverage names, most prominent first; and the
// autocomplete for /actor (prefix or fuzzy on any alias via MiniSearch, by prominence).

import type { Coverage } from "../coverage.ts";
import { foldKey } from "../text/fold.ts";
import { actorIndex } from "./actor-index.ts";
import type { ActorsAnswer } from "./actor-types.ts";
import { CHOICE_LIMITS as LIMITS } from "./choice-limits.ts";
import { actorNames } from "./name-lookup.ts";
import { pageWindow } from "./pages.ts";
import type { Choice, ErrorAnswer } from "./types.ts";

/** Actors per page: what one Discord embed lists comfortably. */
export const ACTORS_PAGE_SIZE = 40;

/** One page of the actors, most prominent first (a large coverage names tens of thousands). */
export function actors(coverage: Coverage, rawPage: unknown = 1): ActorsAnswer | ErrorAnswer {
  const all = coverage.actors.actors;
  const w = pageWindow(all.length, ACTORS_PAGE_SIZE, rawPage, "actors");
  if ("error" in w) return { command: "actors", error: w.error };
  const order = actorIndex(coverage).byProminence();
  return {
    command: "actors",
    page: w.page,
    pages: w.pages,
    total: all.length,
    actors: order.slice(w.from, w.to).map((i) => {
      const a = all[i]!;
      return { name: a.name, kind: a.kind, mentions: a.mentions, documents: [...a.documents] };
    }),
  };
}

/** Autocomplete's score of an actor's folded aliases for a short folded partial name (0 = no
 *  match): 4 an alias starts with it, 3 a word does, 2 an alias contains it, 1 nothing typed. */
function choiceScore(want: string, aliases: readonly string[]): number {
  if (!want) return 1;
  let score = 0;
  for (const f of aliases) {
    if (f.startsWith(want)) return 4;
    if (f.split(/[\s-]+/).some((w) => w.startsWith(want))) score = Math.max(score, 3);
    else if (f.includes(want)) score = Math.max(score, 2);
  }
  return score;
}

/** Up to 25 actor names for a partly typed name, each within Discord's 100 characters. From 3
 *  characters the MiniSearch name lookup answers (prefix and fuzzy); shorter input walks the
 *  actors by prominence and stops once 25 distinct names start with it. */
export function actorChoices(coverage: Coverage, partial: string): Choice[] {
  const want = foldKey(partial.replace(/[\u0000-\u001f]/g, " "));
  const index = actorIndex(coverage);
  const all = coverage.actors.actors;
  const out: Choice[] = [];
  const seen = new Set<string>();
  const take = (name0: string): boolean => {
    const name = name0.length > LIMITS.choiceName ? `${name0.slice(0, LIMITS.choiceName - 1)}…` : name0;
    if (seen.has(name)) return false;
    seen.add(name);
    out.push({ name, value: name.slice(0, LIMITS.choiceValue) });
    return out.length >= LIMITS.choices;
  };
  if (want.length >= 3) {
    // MiniSearch: each typed word a prefix of a word of a name or alias, or one edit away.
    for (const hit of actorNames(coverage).complete(want, LIMITS.choices * 2))
      if (take(all[hit.owner]!.name)) break;
    return out;
  }
  // Scores are 4 (an alias starts so), 3 (a word does), 2 (contains) or 1 (nothing typed): walk
  // the actors in prominence order, bucketed by score.
  const buckets: number[][] = [[], [], [], [], []];
  const firsts = new Set<string>();
  for (const i of index.byProminence()) {
    const score = choiceScore(want, index.folded[i]!);
    if (score <= 0) continue;
    buckets[score]!.push(i);
    if (score === 4 || !want) {
      firsts.add(all[i]!.name.slice(0, LIMITS.choiceName - 1));
      if (firsts.size > LIMITS.choices) break;
    }
  }
  for (const b of [4, 3, 2, 1]) for (const i of buckets[b]!) if (take(all[i]!.name)) return out;
  return out;
}
